"""`archive crawl` and `archive reprocess`: fill the archive from the portals, or again
from the raw captures."""

from __future__ import annotations

import sys

import click

from ..defaults import LOG_LEVEL, RECHECK_DAYS
from .options import DB_OPTION, PORTALS_OPTION, RAW_DB_OPTION, existing_raw, setting_pairs


@click.command()
@click.argument("portals", nargs=-1)
@DB_OPTION
@RAW_DB_OPTION
@PORTALS_OPTION
@click.option(
    "--mirror",
    "mirror_url",
    metavar="URL",
    help="Crawl the saved sites served by `archive mirror` at URL instead of the live portals.",
)
@click.option("--backfill", is_flag=True, help="Walk every listing page, even past pages with nothing new.")
@click.option(
    "--recheck-days",
    default=RECHECK_DAYS,
    show_default=True,
    type=click.IntRange(0),
    help="Fetch again stored articles published in the last N days, to catch edits.",
)
@click.option(
    "--redis",
    "redis_url",
    metavar="URL",
    help="Share the crawl with other machines through Redis, e.g. redis://10.0.0.5:6379/0 "
    "(needs the [distributed] extra). This process writes the archive.",
)
@click.option(
    "--worker", is_flag=True, help="With --redis: join the crawl opened on the archive's machine; store nothing here."
)
@click.option(
    "--log-level", default=LOG_LEVEL, show_default=True, type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"])
)
@click.option(
    "--set",
    "-s",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    callback=setting_pairs,
    help="Override a Scrapy setting (crawler/crawling/settings.py), e.g. -s DOWNLOAD_DELAY=2.",
)
def crawl(portals, db_path, raw_path, mirror_url, backfill, recheck_days, redis_url, worker, log_level, overrides):
    """Crawl portals (all of them by default) into the archive.

    The first crawl of a portal walks all its listing pages; later crawls fetch only
    what is new (and re-check recent articles), stopping at a listing page with
    nothing new. Every article response is also kept, as sent, in raw.db (private:
    publish only archive.db). Exit status: 0 all portals ran clean, 1 some portal
    failed (named on stderr), 2 usage or configuration error, 3 another crawl holds
    the archive, 4 the disk is full (one line says which file; nothing stored before
    is lost, and the next run carries on).

    \b
    Examples:
      archive crawl
      archive crawl baolaocai thanhphohaiphong --db news.db
      archive crawl --backfill danguykhoicaccqvadn_namdinh     # a frozen archive, to the end
      archive crawl --mirror http://127.0.0.1:8100
      archive crawl myportal --portals my-portals.toml     # a portal declared in your own file

    \b
    Several machines, one crawl (README: "Crawling from several machines"):
      archive crawl --redis redis://10.0.0.5:6379/0              # beside the archive
      archive crawl --redis redis://10.0.0.5:6379/0 --worker     # on each other machine
    """
    from ..crawling.lock import ArchiveLocked, crawl_lock
    from ..crawling.run import UnknownPortals, run_crawl
    from .mirror import mirror_base_urls

    if worker and not redis_url:
        raise click.UsageError("--worker joins a shared crawl: give the --redis URL of its writer")
    if redis_url:
        try:
            import scrapy_redis  # noqa: F401
        except ImportError:
            raise click.UsageError("the shared crawl needs scrapy-redis: pip install -e '.[distributed]'") from None
    try:
        base_urls = mirror_base_urls(mirror_url) if mirror_url else None
    except (OSError, ValueError) as error:  # refused, timed out, not the mirror's index
        click.echo(f"Error: no mirror answers at {mirror_url} ({error})", err=True)
        raise SystemExit(1) from None
    choices = dict(
        portals=portals,
        db_path=db_path,
        base_urls=base_urls,
        log_level=log_level,
        backfill=backfill,
        recheck_days=recheck_days,
        raw_path=raw_path,
        redis_url=redis_url,
        overrides=overrides,
    )
    try:
        if worker:
            result = run_crawl(**choices, worker=True)
            click.echo(
                f"Worker done: {result.pages_fetched} pages fetched, {result.handed_over} items handed to the writer",
                err=True,
            )
        else:
            with crawl_lock(db_path):
                result = run_crawl(**choices)
    except UnknownPortals as error:
        raise click.BadParameter(str(error)) from None
    except ArchiveLocked as error:
        click.echo(f"archive crawl: {error}", err=True)
        sys.exit(3)
    if result.disk_full:
        click.echo(f"archive crawl: {result.disk_full}", err=True)
        sys.exit(4)
    if result.failed:
        click.echo(f"Portals with errors: {', '.join(result.failed)}", err=True)
    sys.exit(1 if result.failed else 0)


@click.command()
@DB_OPTION
@RAW_DB_OPTION
@PORTALS_OPTION
@click.option("--portal", "-p", "portals", multiple=True, metavar="PORTAL", help="Only this portal (repeatable).")
@click.option("--workers", type=click.IntRange(1), help="Extraction processes (default: one per core).")
def reprocess(db_path, raw_path, portals, workers):
    """Extract the stored captures again and correct the articles in place.

    After a fix to the extractor, a portal's selectors or the date rules: the newest
    capture of every article page goes through them again, with no request to any
    portal. An article whose page did not change gets no new version (its history
    records edits of the page, not changes of the extractor). Exits 1 if a capture
    could not be processed (each is logged with its URL; the others are stored), 4
    if the archive's disk is full (what was stored stays; run it again with room).

    \b
    Examples:
      archive reprocess
      archive reprocess --portal baolaocai --db archive.db --raw-db raw.db
    """
    from ..crawling.reprocess import reprocess as run
    from ..storage import raw
    from ..storage.database import DiskFull

    path = existing_raw(db_path, raw_path)
    captures = raw.connect(path)
    total = raw.count_latest_pages(captures, portals)
    captures.close()
    try:
        with click.progressbar(length=total, label=f"Reprocessing {total} pages", file=sys.stderr) as bar:
            counts = run(db_path, path, portals, workers, progress=bar.update)
    except DiskFull as full:
        click.echo(f"\narchive reprocess: {full}", err=True)
        sys.exit(4)
    summary = ", ".join(
        f"{counts[kind]} {kind.replace('_', ' ')}"
        for kind in ("new", "updated", "unchanged", "not_article", "invalid", "failed")
    )
    click.echo(f"{total} pages: {summary}")
    sys.exit(1 if counts["failed"] else 0)
