"""From a fetched page to an article ready to store: the costly part of a crawl.

decode → extract → normalise → date → validate → derive (search terms, story bands).

The crawl runs this in worker processes (worker_pool.py) while Scrapy goes on
fetching, so the network and the pages use different cores; `archive reprocess`
runs the same function over stored captures, so a reprocessed article is exactly
what a crawl would have stored. `archive extract` reads a saved file through the
same steps (crawler/cli/pages.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Article, problems
from ..extraction.reading import read_page
from ..extraction.selectors import GENERIC, Selectors
from ..extraction.text import looks_binary, read_html
from ..indexing.derived import derive_article
from ..storage.raw import Capture
from .registry import spider_classes


@dataclass
class Outcome:
    """What one page gave. kind: article | invalid (an article that cannot be stored:
    article.problems says why) | not_article | empty | binary | failed (the extractor raised)."""

    url: str
    kind: str
    article: Article | None = None
    detail: str = ""


def process_capture(capture: Capture, selectors: Selectors = GENERIC, origin: str | None = None) -> Outcome:
    """One page through every pure step. Never raises: a page that breaks the
    extractor is an Outcome of kind "failed", so one page cannot stop a run."""
    try:
        if not capture.body.strip():
            return Outcome(capture.url, "empty")
        if looks_binary(capture.body):
            return Outcome(capture.url, "binary", detail=capture.content_type or "")
        html = read_html(capture.body, capture.content_type)
        extraction, article = read_page(html, capture.final_url, capture.portal, selectors, origin, capture.fetched_at)
        if not extraction.is_article:
            return Outcome(capture.url, "not_article")
        article.source_sha1 = capture.sha1
        article.problems = problems(article)
        if article.problems:
            return Outcome(capture.url, "invalid", article)
        article.derived = derive_article(article)
        return Outcome(capture.url, "article", article)
    except Exception as error:  # noqa: BLE001 - one broken page must not stop the run
        return Outcome(capture.url, "failed", detail=f"{type(error).__name__}: {error}")


def process_for_portal(capture: Capture) -> Outcome:
    """process_capture with the selectors of the capture's portal (generic if unknown)."""
    spider = spider_classes().get(capture.portal)
    return process_capture(capture, spider.selectors if spider else GENERIC, spider.origin if spider else None)
