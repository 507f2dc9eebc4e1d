"""`archive capture`: what a page sent when it was crawled, as WARC or as its HTML."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..storage import database, queries, raw
from .options import DB_OPTION, RAW_DB_OPTION, existing_raw


@click.command()
@click.argument("url")
@DB_OPTION
@RAW_DB_OPTION
@click.option("-o", "--output", type=click.File("wb"), help="The WARC file to write (.warc.gz).")
@click.option("--all", "every", is_flag=True, help="Every capture of the page, not only the newest.")
@click.option(
    "--html",
    "as_html",
    is_flag=True,
    help="Print the newest stored page as HTML (decoded as the crawl read it) instead.",
)
def capture(url, db_path, raw_path, output, every, as_html):
    """Export what a page sent when it was crawled, as a WARC file, or print it.

    URL may be any URL the article was seen at. The newest page is written, or with
    --all every capture of every URL of the article, oldest first. The record holds
    the status, headers and body exactly as stored in raw.db, dated with the time of
    the fetch: evidence of what the page said, readable by any web archive tool
    (pywb, warcio, replayweb.page). Exits 1 if the URL was never captured.

    \b
    Examples:
      archive capture https://baolaocai.vn/some-news-post123456.html -o page.warc.gz
      archive capture https://baolaocai.vn/some-news-post123456.html --all -o history.warc.gz
      archive capture https://baolaocai.vn/some-news-post123456.html --html > page.html
    """
    if as_html == bool(output):
        raise click.UsageError("give -o FILE.warc.gz to write WARC, or --html to print the page")
    if as_html and every:
        raise click.UsageError("--html prints one page, the newest: leave out --all")
    urls = {url}
    if Path(db_path).exists():
        archive = database.connect(db_path)
        urls = queries.urls_of_article(archive, url)
        archive.close()
    captures_db = raw.connect(existing_raw(db_path, raw_path))
    found = raw.page_history(captures_db, urls)
    captures_db.close()
    if not found:
        click.echo(f"no capture of {url}", err=True)
        sys.exit(1)
    pages = [c for c in found if c.status == 200] or found
    if as_html:
        from ..extraction.text import read_html

        newest = pages[-1]
        click.echo(read_html(newest.body, newest.content_type), nl=False)
        click.echo(f"capture of {newest.final_url} fetched {newest.fetched_at}, status {newest.status}", err=True)
        return
    from importlib.metadata import version

    from ..storage.warc import write_warc

    chosen = found if every else pages[-1:]
    write_warc(chosen, output, f"partybloc-archive {version('partybloc-archive')}")
    click.echo(f"{len(chosen)} capture(s) of {url} written to {output.name}", err=True)
