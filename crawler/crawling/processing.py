"""From a fetched page to an article ready to store: the costly part of a crawl.

decode → extract → normalise → date → validate → derive (search terms, story bands).

The crawl runs this in worker processes (worker_pool.py) while Scrapy goes on
fetching, so the network and the pages use different cores; `archive reprocess`
runs the same function over stored captures, so a reprocessed article is exactly
what a crawl would have stored; `archive extract` runs it over a saved file.
"""

from __future__ import annotations

from dataclasses import dataclass

from w3lib.encoding import html_to_unicode

from ..article import DATE_FIELDS, TEXT_FIELDS, Article, problems
from ..extraction.page import LAYERS
from ..extraction.reading import read_page
from ..extraction.selectors import GENERIC, Selectors
from ..extraction.text import decode_html, looks_binary
from ..indexing.derived import derive
from ..storage.raw import Capture
from .registry import portal_for_url, spider_classes


@dataclass
class Outcome:
    """What one page gave. kind: article | invalid (an article that cannot be stored:
    article.problems says why) | not_article | empty | binary | failed (the extractor raised)."""

    url: str
    kind: str
    article: Article | None = None
    detail: str = ""


def page_encoding(capture: Capture) -> str:
    """The encoding Scrapy reads the page with: header, BOM, then <meta>."""
    return html_to_unicode(capture.content_type, capture.body)[0]


def process_capture(capture: Capture, selectors: Selectors = GENERIC, origin: str | None = None) -> Outcome:
    """One page through every pure step. Never raises: a page that breaks the
    extractor is an Outcome of kind "failed", so one page cannot stop a run."""
    try:
        if not capture.body.strip():
            return Outcome(capture.url, "empty")
        if looks_binary(capture.body):
            return Outcome(capture.url, "binary", detail=capture.content_type or "")
        html = decode_html(capture.body, page_encoding(capture))
        extraction, article = read_page(html, capture.final_url, capture.portal, selectors, origin, capture.fetched_at)
        if not extraction.is_article:
            return Outcome(capture.url, "not_article")
        article.source_sha1 = capture.sha1
        article.problems = problems(article)
        if article.problems:
            return Outcome(capture.url, "invalid", article)
        article.derived = derive(article.title, article.summary, article.body)
        return Outcome(capture.url, "article", article)
    except Exception as error:  # noqa: BLE001 - one broken page must not stop the run
        return Outcome(capture.url, "failed", detail=f"{type(error).__name__}: {error}")


def process_for_portal(capture: Capture) -> Outcome:
    """process_capture with the selectors of the capture's portal (generic if unknown)."""
    spider = spider_classes().get(capture.portal)
    return process_capture(capture, spider.selectors if spider else GENERIC, spider.origin if spider else None)


# The article's fields as `archive extract` prints them, the body last: what the page
# says and how it was dated (crawler/article.py).
SHOWN_FIELDS = ("title", "summary", *DATE_FIELDS, "author", "category", "body")
assert set(SHOWN_FIELDS) == set(TEXT_FIELDS) | set(DATE_FIELDS)


def extract_page(html: bytes | str, url: str, generic: bool = False, explain: bool = False) -> dict:
    """One saved page through the crawl's steps (extract, normalise, date), as
    `archive extract` prints it. The selectors are those of the portal the URL belongs
    to; `generic` ignores them (what a redesigned portal gets). `explain` adds which
    layer found the content and every line the cleaner removed, with its rule."""
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
        result["problems"] = problems(article) if extraction.is_article else ["not an article page"]
        result["removed"] = [{"rule": rule, "line": line} for rule, line in extraction.removed]
    return result
