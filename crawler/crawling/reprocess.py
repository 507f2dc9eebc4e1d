"""Extract the stored captures again and correct the articles in place.

When the extractor, a portal's selectors or the date rules improve, `archive
reprocess` runs the newest capture of every article page through them again, with
no request to any portal. The pages go through the crawl's own steps
(processing.py) in worker processes; the parent is the single writer of the
archive. An article whose page did not change keeps its version history as it was:
a better extractor corrects the text, it does not invent an edit
(crawler/storage/articles.py, store_article).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from ..storage import articles, database, raw
from .processing import Outcome, process_for_portal

logger = logging.getLogger(__name__)

CHUNK = 64  # captures per task: large enough to amortise the hand-over between processes


def process_rows(rows: list[tuple]) -> list[Outcome]:
    """A worker's task: captures as selected from raw.db, decompressed here."""
    outcomes = []
    for row in rows:
        try:
            capture = raw.capture_from_row(row)
        except Exception as error:  # noqa: BLE001 - a damaged capture is counted, not fatal
            outcomes.append(Outcome(row[0], "failed", detail=f"unreadable capture: {error}"))
            continue
        outcomes.append(process_for_portal(capture))
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
            yield from process_rows(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future] = deque()
        for chunk in _chunks(rows, CHUNK):
            pending.append(pool.submit(process_rows, chunk))
            if len(pending) >= workers * 3:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _store(archive, archive_path: str, article) -> str:
    """store_article, or DiskFull when the archive's disk is full (the article's
    transaction rolled back: the archive stays as it was)."""
    try:
        return articles.store_article(archive, article, reprocessed=True)
    except (sqlite3.Error, OSError) as error:
        if database.is_disk_full(error):
            raise database.DiskFull(database.disk_full_message(archive_path, error)) from None
        raise


def reprocess(
    archive_path: str,
    raw_path: str,
    portals: tuple[str, ...] = (),
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Counter:
    """Re-extract the newest capture of each article page of `portals` (all by default)
    into the archive. Returns counts: new, updated, unchanged, not_article, invalid,
    failed. `progress` is called with the number of captures done since the last call.
    Raises storage.database.DiskFull when the archive's disk fills: what was stored stays."""
    workers = workers or os.cpu_count() or 1  # one per core: unlike a crawl, no Scrapy process to leave one to
    archive = database.connect(archive_path)
    captures = raw.connect(raw_path)
    counts: Counter = Counter()
    try:
        for done, outcome in enumerate(_outcomes(raw.latest_pages(captures, portals), workers), start=1):
            if outcome.kind == "article":
                counts[_store(archive, archive_path, outcome.article)] += 1
            else:
                counts[outcome.kind if outcome.kind in ("invalid", "failed") else "not_article"] += 1
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
