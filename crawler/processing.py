"""From a fetched page to an article ready to store: the pure, costly part of a crawl.

decode → extract → normalise → date → validate → derive (search terms, story bands).

The crawl runs this in worker processes while Scrapy goes on fetching, so the
network and the pages use different cores; `archive reprocess` runs the same
function over stored captures, so a reprocessed article is exactly what a crawl
would have stored.
"""

from __future__ import annotations

import asyncio
import atexit
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from w3lib.encoding import html_to_unicode

from . import db as archive_db
from .article import build_article, date_article, normalize_article
from .extract import GENERIC, Extraction, Selectors, extract_article
from .items import Article
from .raw import Capture
from .text import decode_html, looks_binary
from .validate import problems


@dataclass
class Outcome:
    """What one page gave. kind: article | invalid (an article that cannot be stored,
    see `problems`) | not_article | empty | binary | failed (the extractor raised)."""

    url: str
    kind: str
    article: Article | None = None
    problems: list[str] = field(default_factory=list)
    detail: str = ""


def page_encoding(capture: Capture) -> str:
    """The encoding Scrapy reads the page with: header, BOM, then <meta>."""
    return html_to_unicode(capture.content_type, capture.body)[0]


def read_page(html: str, url: str, portal: str | None, selectors: Selectors = GENERIC, origin: str | None = None,
              fetched_at: str | None = None) -> tuple[Extraction, Article]:
    """A page's text to its extraction and its article: extracted, normalised, dated
    (the article is built even when the page is no article, for `archive extract`)."""
    extraction = extract_article(html, url, selectors, origin)
    article = build_article(extraction, portal, seen_at=[url], fetched_at=fetched_at)
    return extraction, date_article(normalize_article(article))


def process_capture(capture: Capture, selectors: Selectors = GENERIC, origin: str | None = None) -> Outcome:
    """One page through every pure step. Never raises: a page that breaks the
    extractor is an Outcome of kind "failed", so one page cannot stop a run."""
    try:
        if not capture.body.strip():
            return Outcome(capture.url, "empty")
        if looks_binary(capture.body):
            return Outcome(capture.url, "binary", detail=capture.content_type or "")
        html = decode_html(capture.body, page_encoding(capture))
        extraction, article = read_page(html, capture.final_url, capture.portal, selectors, origin,
                                        capture.fetched_at)
        if not extraction.is_article:
            return Outcome(capture.url, "not_article")
        article.source_sha1 = capture.sha1
        found = problems(article)
        if found:
            return Outcome(capture.url, "invalid", article, found)
        article.derived = archive_db.derive(article.title, article.summary, article.body)
        return Outcome(capture.url, "article", article)
    except Exception as error:  # noqa: BLE001 - one broken page must not stop the run
        return Outcome(capture.url, "failed", detail=f"{type(error).__name__}: {error}")


def process_for_portal(capture: Capture) -> Outcome:
    """process_capture with the selectors of the capture's portal (generic if unknown)."""
    from .portals import spider_classes

    spider = spider_classes().get(capture.portal)
    return process_capture(capture, spider.selectors if spider else GENERIC, spider.origin if spider else None)


# --- worker processes for the crawl --------------------------------------------------

_pool: ProcessPoolExecutor | None = None


def worker_count() -> int:
    """Leave one core to Scrapy and the writer; at least one worker."""
    return max(1, (os.cpu_count() or 1) - 1)


def _exit_with_parent(parent: int) -> None:
    """A worker's first step: end when the crawl that started it ends, even if it was
    killed (SIGKILL leaves no chance to shut the pool down)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _shared_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        # spawn, not fork: the crawl process has a running event loop, threads and
        # open SQLite connections that a forked child must not inherit.
        _pool = ProcessPoolExecutor(worker_count(), mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_exit_with_parent, initargs=(os.getpid(),))
        atexit.register(_pool.shutdown, cancel_futures=True)
    return _pool


async def process_in_worker(capture: Capture, selectors: Selectors, origin: str | None) -> Outcome:
    """process_capture in a worker process, awaited without blocking the crawl."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_shared_pool(), process_capture, capture, selectors, origin)
