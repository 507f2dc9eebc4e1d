"""Extract the stored captures again and correct the articles in place.

When the extractor, a portal's selectors or the date rules improve, `archive
reprocess` runs the newest capture of every article page through them again, with
no request to any portal. Extraction runs in worker processes (it is pure: bytes in,
Article out); the parent is the single writer of the archive. An article whose page
did not change keeps its version history as it was: a better extractor corrects
the text, it does not invent an edit (crawler/db.py, store_article).
"""

from __future__ import annotations

import logging
import os
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator

from w3lib.encoding import html_to_unicode

from . import db as archive_db
from . import raw
from .article import build_article, date_article, normalize_article
from .extract import GENERIC, extract_article
from .items import Article
from .text import decode_html, looks_binary
from .validate import problems

logger = logging.getLogger(__name__)

CHUNK = 64  # captures per task: large enough to amortise the hand-over between processes


@dataclass
class Outcome:
    """What one capture gave: an article to store, or why there is none."""

    url: str
    kind: str  # article | not_article | invalid | failed
    article: Article | None = None
    detail: str = ""
    derived: archive_db.Derived | None = None  # computed here, so the writer need not


def page_encoding(capture: raw.Capture) -> str:
    """The encoding Scrapy read the page with during the crawl (header, BOM, <meta>)."""
    return html_to_unicode(capture.content_type, capture.body)[0]


def extract_capture(capture: raw.Capture) -> Outcome:
    """One capture through the crawl's steps: decode, extract, normalise, date, validate.
    Never raises: a page that breaks the extractor is an Outcome of kind "failed"."""
    from .portals import spider_classes

    try:
        if not capture.body.strip() or looks_binary(capture.body):
            return Outcome(capture.url, "not_article", detail="empty or binary")
        spider = spider_classes().get(capture.portal)
        selectors = spider.selectors if spider else GENERIC
        origin = spider.origin if spider else None
        html = decode_html(capture.body, page_encoding(capture))
        extraction = extract_article(html, capture.final_url, selectors, origin)
        if not extraction.is_article:
            return Outcome(capture.url, "not_article")
        article = build_article(extraction, capture.portal, seen_at=[capture.final_url],
                                fetched_at=capture.fetched_at)
        article.source_sha1 = capture.sha1
        article = date_article(normalize_article(article))
        found = problems(article)
        if found:
            return Outcome(capture.url, "invalid", detail=", ".join(found))
        return Outcome(capture.url, "article", article,
                       derived=archive_db.derive(article.title, article.summary, article.body))
    except Exception as error:  # noqa: BLE001 - one broken page must not stop the run
        return Outcome(capture.url, "failed", detail=f"{type(error).__name__}: {error}")


def extract_rows(rows: list[tuple]) -> list[Outcome]:
    """A worker's task: captures as selected from raw.db, decompressed here."""
    outcomes = []
    for row in rows:
        try:
            capture = raw.capture_from_row(row)
        except Exception as error:  # noqa: BLE001 - a damaged capture is counted, not fatal
            outcomes.append(Outcome(row[0], "failed", detail=f"unreadable capture: {error}"))
            continue
        outcomes.append(extract_capture(capture))
    return outcomes


def _chunks(rows: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _outcomes(rows: Iterable[tuple], workers: int) -> Iterator[Outcome]:
    """Outcomes in capture order. At most a few chunks are in flight, so memory stays
    flat however many captures there are (Pool.imap would read them all at once)."""
    if workers <= 1:
        for chunk in _chunks(rows, CHUNK):
            yield from extract_rows(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future] = deque()
        for chunk in _chunks(rows, CHUNK):
            pending.append(pool.submit(extract_rows, chunk))
            if len(pending) >= workers * 3:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def reprocess(archive_path: str, raw_path: str, portals: tuple[str, ...] = (), workers: int | None = None,
              progress: Callable[[int], None] | None = None) -> Counter:
    """Re-extract the newest capture of each article page of `portals` (all by default)
    into the archive. Returns counts: new, updated, unchanged, not_article, invalid,
    failed. `progress` is called with the number of captures done since the last call."""
    workers = workers or os.cpu_count() or 1
    archive = archive_db.connect(archive_path)
    captures = raw.connect(raw_path)
    counts: Counter = Counter()
    try:
        for done, outcome in enumerate(_outcomes(raw.latest_pages(captures, portals), workers), start=1):
            if outcome.kind == "article":
                counts[archive_db.store_article(archive, outcome.article, reprocessed=True,
                                                derived=outcome.derived)] += 1
            else:
                counts[outcome.kind] += 1
                if outcome.kind == "failed":
                    logger.warning("Reprocessing failed for %s: %s", outcome.url, outcome.detail)
            if progress and done % CHUNK == 0:
                progress(CHUNK)
        if progress:
            progress(sum(counts.values()) % CHUNK)
    finally:
        archive.close()
        captures.close()
    return counts
