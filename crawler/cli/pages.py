"""`archive extract` and `archive date`: one page or one date, through the crawl's own steps."""

from __future__ import annotations

import json
import sys
from datetime import datetime

import click

from ..article import SHOWN_FIELDS, problems
from ..crawling.registry import portal_for_url
from ..extraction.page import LAYERS
from ..extraction.reading import read_page, standing_page
from ..extraction.selectors import GENERIC
from ..extraction.text import read_html
from .options import PORTALS_OPTION


def not_article_reason(extraction, article) -> str:
    if extraction.teaser_headline:
        return "not an article page: its headline links to another page, as a listing's teasers do"
    if standing_page(article):
        return "not an article page: no date of its own, or no article's text, at a URL of no article's shape"
    return "not an article page"


def extract_page(html: bytes | str, url: str, generic: bool = False, explain: bool = False) -> dict:
    """One saved page through the crawl's steps (decode, extract, normalise, date), as
    `archive extract` prints it. The selectors are those of the portal the URL belongs
    to; `generic` ignores them (what a redesigned portal gets). `explain` adds which
    layer found the content, why the page would not be stored, and every line the
    cleaner removed, with its rule."""
    if isinstance(html, bytes):
        html = read_html(html)  # a file has no Content-Type: a BOM or <meta charset> says
    spider = portal_for_url(url)
    selectors = spider.selectors if spider and not generic else GENERIC
    origin = spider.origin if spider else None
    extraction, article = read_page(html, url, spider.name if spider else None, selectors, origin)
    result = {
        "url": article.url,
        "portal": article.portal,
        "is_article": extraction.is_article,
        **{name: getattr(article, name) for name in SHOWN_FIELDS},
        "images": [{"src": i["src"], "caption": i["caption"]} for i in article.images],
        "extractor": "portal" if extraction.layer == "selectors" else "generic",
    }
    if explain:
        result["layer"] = LAYERS[extraction.layer]
        result["problems"] = problems(article) if extraction.is_article else [not_article_reason(extraction, article)]
        result["removed"] = [{"rule": rule, "line": line} for rule, line in extraction.removed]
    return result


@click.command()
@click.argument("file", type=click.File("rb"))
@PORTALS_OPTION
@click.option("--url", required=True, help="The page's URL: picks the portal's selectors.")
@click.option("--generic", is_flag=True, help="Use the generic extractor even for a known portal.")
@click.option(
    "--explain",
    is_flag=True,
    help="Also show which layer found the content, why the page would not be stored, "
    "and every line the cleaner removed with its rule.",
)
def extract(file, url, generic, explain):
    """Extract the article from one saved HTML page and print it as JSON.

    A URL of a known portal uses its selectors; any other URL uses the generic extractor.

    \b
    Examples:
      archive extract page.html --url https://baolaocai.vn/some-news-post123456.html
      archive extract page.html --url https://baolaocai.vn/some-news-post123456.html --explain
    """
    result = extract_page(file.read(), url, generic=generic, explain=explain)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))


@click.command()
@click.argument("text")
@click.option("--reference", help="ISO date or datetime that year-less dates resolve against (default: now).")
def date(text, reference):
    """Normalise one Vietnamese date expression to ISO 8601; exit 1 if it is not a date.

    \b
    Examples:
      archive date "Thứ 5, Ngày 24 / 11 / 2022"          # 2022-11-24
      archive date "Chiều 18/4" --reference 2023-05-02    # 2023-04-18
    """
    from ..extraction.dates import iso, normalize_date

    ref = datetime.fromisoformat(reference) if reference else None
    value = normalize_date(text, ref)
    if value is None:
        click.echo(f"not a date: {text}", err=True)
        sys.exit(1)
    click.echo(iso(value))
