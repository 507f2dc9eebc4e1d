"""The search page's results: matches in relevance tiers (crawler/indexing/relevance.py),
filtered, counted and paged, with excerpts.

Relevance: every phrase match first, then near matches, then (only when asked) loose
ones; within a tier, bm25 with the lead weighted (relevance.COLUMN_WEIGHTS), over the
tier's RANK_WINDOW newest matches: exact for any search narrower than that, and on a
very common phrase, the best of its newest matches. Newest first reads the index in
date order and stops, so it pages through any number of matches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from time import monotonic

import sqlite_utils

from ..indexing.query import snippet
from ..indexing.relevance import Reading, read_query
from ..storage.selection import Filters, filtered_articles, filtered_matches, matching_keys
from .request import PAGE_SIZE, DeskRequest

RANK_WINDOW = 1000  # per tier; also the deepest result a relevance page reaches
COUNT_CAP = 10_000  # past it the count reads "more than COUNT_CAP"
TIME_LIMIT_SECONDS = 3.0  # as Datasette's own sql_time_limit_ms
TIERS = ("phrase", "near", "loose")

ROW_COLUMNS = (
    "a.id, a.title, a.published_at, a.portal, coalesce(p.name, a.portal) as portal_name, a.author, "
    "a.category, a.url, a.summary, a.body, a.search_key"
)


class TooSlow(Exception):
    """A search ran past TIME_LIMIT_SECONDS."""


@dataclass
class Results:
    count: int = 0
    count_capped: bool = False  # count is COUNT_CAP and there are more
    rows: list[dict] = field(default_factory=list)
    page: int = 1
    pages: int = 0
    browsing: bool = False  # no query: every article the filters allow, newest first


def search(db: sqlite_utils.Database, request: DeskRequest) -> Results:
    """The page of results `request` asks for. Raises TooSlow."""
    reading = read_query(request.q)
    matched = reading.loose if request.loose else reading.near
    with time_limit(db.conn):
        if not matched:
            return _browse(db, request)
        count, capped = _count(db, matched, request.filters)
        if request.sort == "newest":
            offset = (request.page - 1) * PAGE_SIZE
            keyed = matching_keys(db, matched, request.filters, PAGE_SIZE, offset)
            tiers = _tiers_of(db, reading, request, [k for k, _ in keyed])
            keys = [(k, tiers.get(k, "near")) for k, _ in keyed]
            reachable = count
        else:
            ranked = _ranked(db, reading, request)
            start = (request.page - 1) * PAGE_SIZE
            keys = ranked[start : start + PAGE_SIZE]
            reachable = min(count, len(ranked))
        rows = _rows(db, [k for k, _ in keys], request.q)
    tier_of = dict(keys)
    for row in rows:
        row["tier"] = tier_of[row["search_key"]]
    pages = -(-reachable // PAGE_SIZE)
    return Results(count, capped, rows, request.page, pages)


def _ranked(db: sqlite_utils.Database, reading: Reading, request: DeskRequest) -> list[tuple[int, str]]:
    """Up to RANK_WINDOW (key, tier) pairs in relevance order."""
    tiers = ["phrase", "near"] if reading.has_runs else ["near"]
    if request.loose and reading.has_runs:
        tiers.append("loose")
    ranked: list[tuple[int, str]] = []
    seen: set[int] = set()
    for tier in tiers:
        if len(ranked) >= RANK_WINDOW:
            break
        scored = matching_keys(db, getattr(reading, tier), request.filters, RANK_WINDOW, scored=True)
        fresh = sorted((s for s in scored if s[0] not in seen), key=lambda s: (s[1], -s[0]))
        ranked += [(key, tier) for key, _ in fresh]
        seen.update(key for key, _ in fresh)
    return ranked[:RANK_WINDOW]


def _tiers_of(db: sqlite_utils.Database, reading: Reading, request: DeskRequest, keys: list[int]) -> dict[int, str]:
    """Which tier each of `keys` is in (for the newest-first page's labels)."""
    if not keys or not reading.has_runs:
        return {}
    found = {}
    for tier in ("near", "phrase") if not request.loose else ("loose", "near", "phrase"):
        placed = ",".join(str(int(k)) for k in keys)
        for (key,) in db.conn.execute(
            f"select rowid from articles_search where articles_search match ? and rowid in ({placed})",
            [getattr(reading, tier)],
        ):
            found[key] = tier
    return found


def _count(db: sqlite_utils.Database, expression: str, filters: Filters) -> tuple[int, bool]:
    sql, params = filtered_matches(expression, filters, "1")
    (count,) = db.conn.execute(f"select count(*) from ({sql} limit {COUNT_CAP + 1})", params).fetchone()
    return min(count, COUNT_CAP), count > COUNT_CAP


def _browse(db: sqlite_utils.Database, request: DeskRequest) -> Results:
    base, params = filtered_articles(request.filters, "a.search_key")
    (count,) = db.conn.execute(f"select count(*) from ({base} limit {COUNT_CAP + 1})", params).fetchone()
    offset = (request.page - 1) * PAGE_SIZE
    keys = [
        k for (k,) in db.conn.execute(f"{base} order by a.search_key desc limit {PAGE_SIZE} offset {offset}", params)
    ]
    shown = min(count, COUNT_CAP)
    return Results(shown, count > COUNT_CAP, _rows(db, keys, ""), request.page, -(-count // PAGE_SIZE), browsing=True)


def _rows(db: sqlite_utils.Database, keys: list[int], query: str) -> list[dict]:
    """The articles of `keys`, in that order, each with its excerpt."""
    if not keys:
        return []
    placed = ",".join(str(int(k)) for k in keys)
    sql = (
        f"select {ROW_COLUMNS} from articles a left join portals p on p.slug = a.portal "
        f"where a.search_key in ({placed})"
    )
    by_key = {row["search_key"]: row for row in db.query(sql)}
    rows = []
    for key in keys:
        row = by_key.get(key)
        if row is None:  # removed since the index was read
            continue
        text = " ".join(part for part in (row.pop("summary"), row.pop("body")) if part)
        row["excerpt"] = snippet(text, query) if query else text[:240] + ("…" if len(text) > 240 else "")
        rows.append(row)
    return rows


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float = TIME_LIMIT_SECONDS) -> Iterator[None]:
    """Stop any statement on `conn` that runs past `seconds`; raise TooSlow."""
    deadline = monotonic() + seconds
    conn.set_progress_handler(lambda: monotonic() > deadline, 10_000)
    try:
        yield
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error):
            raise TooSlow from error
        raise
    finally:
        conn.set_progress_handler(None, 0)
