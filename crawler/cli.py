"""The `archive` command: crawl, reprocess, capture, serve, demo, mirror, extract, date, portals, export.

It composes the parts; it holds no extraction logic.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date as date_type
from datetime import datetime
from pathlib import Path

import click

from . import db as archive_db
from .dates import iso, normalize_date

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATASETTE_DIR = PROJECT_DIR / "datasette"
DB_OPTION = click.option("--db", "db_path", default=archive_db.DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False), help="The archive's SQLite file.")
RAW_DB_OPTION = click.option("--raw-db", "raw_path", type=click.Path(dir_okay=False),
                             help="The raw captures' SQLite file (default: raw.db beside --db).")


def raw_db_path(db_path: str, raw_path: str | None) -> str:
    from .raw import default_raw_path

    return str(raw_path or default_raw_path(db_path))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="partybloc-archive")
def cli():
    """A crawler and searchable archive of Vietnamese Party-bloc news portals.

    \b
    Quick start:
      archive demo                 # mirror + crawl saved sites + Datasette on :8001
      archive crawl                # crawl every live portal into archive.db
      archive serve                # browse and search archive.db in Datasette
    """


# --- crawl --------------------------------------------------------------------------


def scrapy_settings(db_path: str, base_urls: dict[str, str] | None = None, log_level: str = "INFO",
                    backfill: bool = False, recheck_days: int = 3, raw_path: str | None = None):
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ARCHIVE_DB", db_path, priority="cmdline")
    settings.set("ARCHIVE_RAW_DB", raw_db_path(db_path, raw_path), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    settings.set("ARCHIVE_BACKFILL", backfill, priority="cmdline")
    settings.set("ARCHIVE_RECHECK_DAYS", recheck_days, priority="cmdline")
    if base_urls:
        settings.set("PORTAL_BASE_URLS", base_urls, priority="cmdline")
        # The mirror is our own server on this machine: no need to be slow with it.
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
    return settings


def mirror_base_urls(mirror_url: str) -> dict[str, str]:
    with urllib.request.urlopen(mirror_url.rstrip("/") + "/portals.json", timeout=10) as response:
        return json.load(response)


def run_crawl(portals: tuple[str, ...], db_path: str, base_urls: dict[str, str] | None,
              log_level: str = "INFO", backfill: bool = False, recheck_days: int = 3,
              raw_path: str | None = None, redis_url: str | None = None, worker: bool = False,
              overrides: dict[str, str] | None = None) -> int:
    """Crawl the portals in one Scrapy process; return the number of failed portals.

    With `redis_url` the crawl is shared (crawler/distributed.py): this process is
    the writer of the archive, or with `worker` one more crawler that stores nothing.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import SpiderLoader

    settings = scrapy_settings(db_path, base_urls, log_level, backfill, recheck_days, raw_path)
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    known = SpiderLoader.from_settings(settings).list()
    unknown = [p for p in portals if p not in known]
    if unknown:
        raise click.BadParameter(f"unknown portal(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    names = list(portals or sorted(known))
    if redis_url:
        from . import distributed

        distributed.apply(settings, redis_url, worker)
        if worker:
            names = distributed.open_portals(redis_url, portals)
    if not worker:
        archive_db.connect(db_path).close()  # create or migrate once, before the spiders share it
    if redis_url and not worker:
        distributed.seed(redis_url, db_path, names, backfill, recheck_days)
    process = CrawlerProcess(settings)
    crawlers = []
    for name in names:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler)
    process.start()
    from .runlog import run_figures

    if worker:
        handed = sum(c.stats.get_value("archive/handed_over", 0) for c in crawlers)
        fetched = sum(c.stats.get_value("downloader/response_count", 0) for c in crawlers)
        click.echo(f"Worker done: {fetched} pages fetched, {handed} items handed to the writer", err=True)
    failed = []
    for crawler in crawlers:
        figures = run_figures(crawler.stats.get_stats(), crawler.stats.get_value("finish_reason"))
        if figures["finish_reason"] != "finished" or figures["errors"]:
            failed.append(crawler.spider.name)
    if failed:
        click.echo(f"Portals with errors: {', '.join(failed)}", err=True)
    return len(failed)


def setting_pairs(ctx, param, values) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE")
        pairs[name] = setting
    return pairs


@cli.command()
@click.argument("portals", nargs=-1)
@DB_OPTION
@RAW_DB_OPTION
@click.option("--mirror", "mirror_url", metavar="URL",
              help="Crawl the saved sites served by `archive mirror` at URL instead of the live portals.")
@click.option("--backfill", is_flag=True, help="Walk every listing page, even past pages with nothing new.")
@click.option("--recheck-days", default=3, show_default=True, type=click.IntRange(0),
              help="Fetch again stored articles published in the last N days, to catch edits.")
@click.option("--redis", "redis_url", metavar="URL",
              help="Share the crawl with other machines through Redis, e.g. redis://10.0.0.5:6379/0 "
                   "(needs the [distributed] extra). This process writes the archive.")
@click.option("--worker", is_flag=True,
              help="With --redis: join the crawl opened on the archive's machine; store nothing here.")
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@click.option("--set", "-s", "overrides", multiple=True, metavar="NAME=VALUE", callback=setting_pairs,
              help="Override a Scrapy setting (crawler/settings.py), e.g. -s DOWNLOAD_DELAY=2.")
def crawl(portals, db_path, raw_path, mirror_url, backfill, recheck_days, redis_url, worker, log_level,
          overrides):
    """Crawl portals (all of them by default) into the archive.

    The first crawl of a portal walks all its listing pages; later crawls fetch only
    what is new (and re-check recent articles), stopping at a listing page with
    nothing new. Every article response is also kept, as sent, in raw.db (private:
    publish only archive.db). Exit status: 0 all portals ran clean, 1 some portal failed (named on
    stderr), 2 usage or configuration error, 3 another crawl holds the archive.

    \b
    Examples:
      archive crawl
      archive crawl baolaocai thanhphohaiphong --db news.db
      archive crawl --backfill danguykhoicaccqvadn_namdinh     # a frozen archive, to the end
      archive crawl --mirror http://127.0.0.1:8100

    \b
    Several machines, one crawl (README: "Crawling from several machines"):
      archive crawl --redis redis://10.0.0.5:6379/0              # beside the archive
      archive crawl --redis redis://10.0.0.5:6379/0 --worker     # on each other machine
    """
    from .lock import ArchiveLocked, crawl_lock

    if worker and not redis_url:
        raise click.UsageError("--worker joins a shared crawl: give the --redis URL of its writer")
    if redis_url:
        try:
            import scrapy_redis  # noqa: F401
        except ImportError:
            raise click.UsageError("the shared crawl needs scrapy-redis: pip install -e '.[distributed]'")
    base_urls = mirror_base_urls(mirror_url) if mirror_url else None
    if worker:
        failed = run_crawl(portals, db_path, base_urls, log_level, backfill, recheck_days, raw_path, redis_url, True,
                           overrides)
        sys.exit(1 if failed else 0)
    try:
        with crawl_lock(db_path):
            failed = run_crawl(portals, db_path, base_urls, log_level, backfill, recheck_days, raw_path, redis_url,
                               overrides=overrides)
    except ArchiveLocked as error:
        click.echo(f"archive crawl: {error}", err=True)
        sys.exit(3)
    sys.exit(1 if failed else 0)


# --- raw captures -------------------------------------------------------------------


def existing_raw(db_path: str, raw_path: str | None) -> str:
    path = raw_db_path(db_path, raw_path)
    if not Path(path).exists():
        raise click.ClickException(f"{path} does not exist: `archive crawl` writes it")
    return path


@cli.command()
@DB_OPTION
@RAW_DB_OPTION
@click.option("--portal", "-p", "portals", multiple=True, metavar="PORTAL", help="Only this portal (repeatable).")
@click.option("--workers", type=click.IntRange(1), help="Extraction processes (default: one per core).")
def reprocess(db_path, raw_path, portals, workers):
    """Extract the stored captures again and correct the articles in place.

    After a fix to the extractor, a portal's selectors or the date rules: the newest
    capture of every article page goes through them again, with no request to any
    portal. An article whose page did not change gets no new version (its history
    records edits of the page, not changes of the extractor). Exits 1 if a capture
    could not be processed (each is logged with its URL; the others are stored).

    \b
    Examples:
      archive reprocess
      archive reprocess --portal baolaocai --db archive.db --raw-db raw.db
    """
    from . import raw
    from .reprocess import reprocess as run

    path = existing_raw(db_path, raw_path)
    captures = raw.connect(path)
    total = raw.count_latest_pages(captures, portals)
    captures.close()
    with click.progressbar(length=total, label=f"Reprocessing {total} pages", file=sys.stderr) as bar:
        counts = run(db_path, path, portals, workers, progress=bar.update)
    summary = ", ".join(f"{counts[kind]} {kind.replace('_', ' ')}" for kind in
                        ("new", "updated", "unchanged", "not_article", "invalid", "failed"))
    click.echo(f"{total} pages: {summary}")
    sys.exit(1 if counts["failed"] else 0)


@cli.command()
@click.argument("url")
@DB_OPTION
@RAW_DB_OPTION
@click.option("-o", "--output", type=click.File("wb"), required=True, help="The WARC file to write (.warc.gz).")
@click.option("--all", "every", is_flag=True, help="Every capture of the page, not only the newest.")
def capture(url, db_path, raw_path, output, every):
    """Export what a page sent when it was crawled, as a WARC file.

    URL may be any URL the article was seen at. The newest page is written, or with
    --all every capture of every URL of the article, oldest first. The record holds the status, headers and body exactly as stored in raw.db, dated
    with the time of the fetch: evidence of what the page said, readable by any web
    archive tool (pywb, warcio, replayweb.page). Exits 1 if the URL was never captured.

    \b
    Examples:
      archive capture https://baolaocai.vn/some-news-post123456.html -o page.warc.gz
      archive capture https://baolaocai.vn/some-news-post123456.html --all -o history.warc.gz
    """
    from importlib.metadata import version

    from . import raw
    from .warc import write_warc

    urls = {url}
    if Path(db_path).exists():
        # Every URL the article was seen at: canonical, shortlink, redirects, http/https.
        archive = archive_db.connect(db_path)
        urls |= {row["url"] for row in archive.query(
            "select url from article_urls where article_id in "
            "(select article_id from article_urls where url = ? union select id from articles where url = ?)",
            [url, url])}
        archive.close()
    captures_db = raw.connect(existing_raw(db_path, raw_path))
    found = raw.page_history(captures_db, urls)
    captures_db.close()
    if not found:
        click.echo(f"no capture of {url}", err=True)
        sys.exit(1)
    pages = [c for c in found if c.status == 200] or found
    chosen = found if every else pages[-1:]
    write_warc(chosen, output, f"partybloc-archive {version('partybloc-archive')}")
    click.echo(f"{len(chosen)} capture(s) of {url} written to {output.name}", err=True)


# --- serve --------------------------------------------------------------------------


def datasette_metadata(db_path: str) -> Path:
    """The project's metadata, keyed to this database's name (Datasette names a
    database after its file: archive.db is "archive")."""
    name = Path(db_path).stem
    if name == "archive":
        return DATASETTE_DIR / "metadata.json"
    metadata = json.loads((DATASETTE_DIR / "metadata.json").read_text(encoding="utf-8"))
    metadata["databases"] = {name: metadata["databases"]["archive"]}
    target = Path(tempfile.gettempdir()) / f"archive-metadata-{name}-{os.getpid()}.json"
    target.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    return target


def datasette_command(db_path: str, port: int, host: str = "127.0.0.1") -> list[str]:
    return [
        sys.executable, "-m", "datasette", "serve", db_path,
        "--host", host, "--port", str(port),
        "--metadata", str(datasette_metadata(db_path)),
        "--template-dir", str(DATASETTE_DIR / "templates"),
        "--plugins-dir", str(DATASETTE_DIR / "plugins"),
        "--setting", "sql_time_limit_ms", "3000",
        "--setting", "default_page_size", "50",
        "--setting", "truncate_cells_html", "300",
        "--setting", "allow_download", "off",
    ]


@cli.command()
@DB_OPTION
@click.option("--port", default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
def serve(db_path, port, host):
    """Publish the archive in Datasette (read-only), with the project's metadata,
    templates and plugins.

    \b
    Example:
      archive serve --db archive.db --port 8001
    """
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `archive crawl` or `archive demo` first")
    archive_db.connect(db_path).close()  # make sure the schema is current
    click.echo(f"Serving {db_path} on http://{host}:{port}/")
    os.execv(sys.executable, datasette_command(db_path, port, host))


# --- mirror and demo ----------------------------------------------------------------


@cli.command()
@click.option("--port", default=8100, show_default=True,
              help="Index port; the portals take the next ports (0: any free ports).")
@click.option("--delay", default=0.0, show_default=True, metavar="SECONDS",
              help="Wait this long before each answer, as a distant portal would.")
@click.option("--sites", "sites_dir", type=click.Path(file_okay=False, exists=True), default=None,
              help="Folder of saved sites (default: the project's sites/).")
def mirror(port, delay, sites_dir):
    """Serve the saved copies of the portals on 127.0.0.1, one port per portal.

    \b
    Example:
      archive mirror --port 8100
      archive crawl --mirror http://127.0.0.1:8100     # in another terminal
    """
    from .mirror import Mirror

    from .mirror import SITES_DIR

    with Mirror(port=port, sites_dir=Path(sites_dir) if sites_dir else SITES_DIR, delay=delay) as served:
        click.echo(f"Mirror index: {served.url}/portals.json")
        for slug, url in served.base_urls.items():
            click.echo(f"  {slug:32} {url}/")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


@cli.command()
@DB_OPTION
@click.option("--no-serve", is_flag=True, help="Stop once the archive is built.")
@click.option("--port", default=8001, show_default=True, help="Datasette's port.")
def demo(db_path, no_serve, port):
    """Build a demo archive from the saved sites and open it in Datasette.

    Starts the mirror, crawls all five saved portals into the archive, then serves it.

    \b
    Examples:
      archive demo
      archive demo --db /tmp/demo.db --no-serve
    """
    from .mirror import Mirror

    with Mirror(port=0) as served:
        click.echo(f"Mirror running at {served.url}; crawling the saved portals into {db_path} ...")
        # Scrapy's reactor runs once per process: crawl in a child process.
        code = subprocess.call([sys.executable, "-m", "crawler.cli", "crawl", "--db", db_path,
                                "--mirror", served.url, "--log-level", "WARNING"])
    archive = archive_db.connect(db_path)
    for row in archive_db.portal_health(archive):
        click.echo(f"  {row['portal']:32} {row['articles']:4} articles, newest {row['newest']}")
    archive.close()
    if code:
        click.echo("Some portal failed; see the log above.", err=True)
    if no_serve:
        sys.exit(code)
    click.echo(f"Datasette: http://127.0.0.1:{port}/")
    os.execv(sys.executable, datasette_command(db_path, port))


# --- one-page tools -----------------------------------------------------------------


@cli.command()
@click.argument("file", type=click.File("rb"))
@click.option("--url", required=True, help="The page's URL: picks the portal's selectors.")
@click.option("--generic", is_flag=True, help="Use the generic extractor even for a known portal.")
def extract(file, url, generic):
    """Extract the article from one saved HTML page and print it as JSON.

    A URL of a known portal uses its selectors; any other URL uses the generic extractor.

    \b
    Example:
      archive extract page.html --url https://baolaocai.vn/some-news-post123456.html
    """
    from .portals import extract_page

    result = extract_page(file.read(), url, generic=generic)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))


@cli.command()
@click.argument("text")
@click.option("--reference", help="ISO date or datetime that year-less dates resolve against (default: now).")
def date(text, reference):
    """Normalise one Vietnamese date expression to ISO 8601; exit 1 if it is not a date.

    \b
    Examples:
      archive date "Thứ 5, Ngày 24 / 11 / 2022"          # 2022-11-24
      archive date "Chiều 18/4" --reference 2023-05-02    # 2023-04-18
    """
    ref = datetime.fromisoformat(reference) if reference else None
    value = normalize_date(text, ref)
    if value is None:
        click.echo(f"not a date: {text}", err=True)
        sys.exit(1)
    click.echo(iso(value))


def iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date_type.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-05-31")


def existing_db(db_path: str):
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `archive crawl` or `archive demo` first")
    return archive_db.connect(db_path)


SELECTION_OPTIONS = [
    click.option("--search", "-s", metavar="QUERY", help='Full-text query: dang uy, "phối hợp", phối*, AND/OR/NOT.'),
    click.option("--portal", "-p", "portals", multiple=True, metavar="PORTAL", help="Only this portal (repeatable)."),
    click.option("--since", callback=iso_date, metavar="DATE", help="Published on or after this day (YYYY-MM-DD)."),
    click.option("--until", callback=iso_date, metavar="DATE", help="Published on or before this day (YYYY-MM-DD)."),
]


def selection_options(function):
    for option in reversed(SELECTION_OPTIONS):
        function = option(function)
    return function


@cli.command()
@DB_OPTION
@selection_options
@click.option("--collection", "-c", metavar="NAME", help="Export a saved collection instead.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), required=True,
              help="File to write (- for standard output).")
def export(db_path, search, portals, since, until, collection, fmt, output):
    """Export articles as CSV (opens right in Excel and LibreOffice) or JSON.

    Columns: id, portal, url, title, published_at, author, summary, body.

    \b
    Examples:
      archive export --search "dang uy" --since 2024-01-01 -o dang-uy-2024.csv
      archive export --portal baolaocai --format json -o baolaocai.json
      archive export --collection "Phối hợp công tác" -o collection.csv
    """
    from .export import write_csv, write_json

    archive = existing_db(db_path)
    try:
        rows = archive_db.select_articles(archive, search, portals, since, until, collection)
    except KeyError as error:
        raise click.ClickException(str(error.args[0]))
    write = write_csv if fmt == "csv" else write_json
    if output == "-":
        count = write(rows, click.get_text_stream("stdout"))
    else:
        # newline="": the CSV writer's CRLF line ends are written as they are
        with open(output, "w", encoding="utf-8", newline="") as handle:
            count = write(rows, handle)
    click.echo(f"{count} articles written to {output}", err=True)


@cli.group()
def collection():
    """Named collections of articles: a saved search, hand-picked articles, or both.

    \b
    Examples:
      archive collection save phoi-hop --search '"chương trình phối hợp"' --since 2023-01-01
      archive collection add phoi-hop https://baolaocai.vn/...-post327514.html
      archive collection list
      archive export --collection phoi-hop -o phoi-hop.csv
    """


@collection.command("save")
@click.argument("name")
@DB_OPTION
@selection_options
@click.option("--description", "-d", default="", help="What the collection is for.")
def collection_save(name, db_path, search, portals, since, until, description):
    """Save (or replace) a collection's search and filters.

    \b
    Example:
      archive collection save phoi-hop --search '"phối hợp"' --portal baolaocai
    """
    archive = existing_db(db_path)
    archive_db.save_collection(archive, name, description, search, portals, since, until)
    click.echo(f"{name}: {len(archive_db.select_articles(archive, collection=name))} articles")


@collection.command("add")
@click.argument("name")
@click.argument("articles", nargs=-1, required=True)
@DB_OPTION
def collection_add(name, articles, db_path):
    """Add articles, by id or by URL, to a collection (made if new).

    \b
    Example:
      archive collection add phoi-hop 3f2a9c0d1e4b5a67 https://thanhphohaiphong.gov.vn/some-news.html
    """
    archive = existing_db(db_path)
    missing = archive_db.add_to_collection(archive, name, list(articles))
    for reference in missing:
        click.echo(f"no article at {reference}", err=True)
    click.echo(f"{name}: {len(archive_db.select_articles(archive, collection=name))} articles")
    sys.exit(1 if missing else 0)


@collection.command("list")
@DB_OPTION
def collection_list(db_path):
    """List the collections with their article counts.

    \b
    Example:
      archive collection list --db archive.db
    """
    archive = existing_db(db_path)
    for row in archive["collections"].rows:
        count = len(archive_db.select_articles(archive, collection=row["name"]))
        click.echo(f"{row['name']:30} {count:6} articles  {row['description'] or ''}")


@cli.command()
@DB_OPTION
def portals(db_path):
    """Each portal with its article count, newest article and last run's status.

    A portal is flagged when its last run had errors, never finished, found no article
    link where it used to find some (a redesign or a dead site), or needed the
    generic extractor. Exits 1 when some portal is flagged.

    \b
    Example:
      archive portals --db archive.db
    """
    from .portals import portal_table

    table, healthy = portal_table(db_path)
    click.echo(table)
    sys.exit(0 if healthy else 1)


if __name__ == "__main__":
    cli()
