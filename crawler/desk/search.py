"""The search page's results: matches in relevance tiers (crawler/indexing/relevance.py),
filtered, counted and paged, with excerpts.

Relevance: every phrase match first, then near matches, then (only when asked) loose
ones; within a tier, the articles whose title or summary holds every word the query
asks for before the others, each newest first. A search with more than RANK_WINDOW
matches is ranked over each tier's RANK_WINDOW newest. Newest first reads the index in
date order and stops, so it pages through any number of matches.

Not bm25: FTS5's bm25 counts, for every query, the documents holding each phrase across
the whole index (a scan of 120 ms at a million articles for two common syllables,
bench/search.py), and within a tier every article holds the same phrase anyway.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from time import monotonic

import sqlite_utils

from ..indexing.query import holds_every_term, snippet
from ..indexing.relevance import Reading, read_query
from ..storage.people import people_in_articles
from ..storage.selection import Filters, filtered_articles, filtered_matches, matching_keys
from .request import PAGE_SIZE, DeskRequest

RANK_WINDOW = 200  # per tier; also the deepest result a relevance page reaches
COUNT_CAP = 1_000  # past it the count reads "more than COUNT_CAP"
TIME_LIMIT_SECONDS = 3.0  # as Datasette's own sql_time_limit_ms

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
    people: list[dict] = field(default_factory=list)  # named most often in the newest RANK_WINDOW matches


def search(db: sqlite_utils.Database, request: DeskRequest) -> Results:
    """The page of results `request` asks for. Raises TooSlow."""
    reading = read_query(request.q)
    matched = reading.loose if request.loose else reading.near
    with time_limit(db.conn):
        if not matched:
            return _browse(db, request)
        # Every match, if there are no more than RANK_WINDOW: then it is counted, tiered
        # and ranked among itself.
        newest = matching_keys(db, matched, request.filters, RANK_WINDOW + 1)
        complete = len(newest) <= RANK_WINDOW
        count, capped = (len(newest), False) if complete else _count(db, matched, request.filters)
        offset = (request.page - 1) * PAGE_SIZE
        if request.sort == "newest":
            if complete:
                page = newest[offset : offset + PAGE_SIZE]
            else:
                page = matching_keys(db, matched, request.filters, PAGE_SIZE, offset)
            tiers = _tiers_within(db, reading, request.loose, page)
            keys, reachable = [(key, tiers[key]) for key in page], count
        else:
            ranked = _ranked_within(db, reading, request, newest) if complete else _ranked(db, reading, request)
            keys, reachable = ranked[offset : offset + PAGE_SIZE], min(count, len(ranked))
        rows = _rows(db, [k for k, _ in keys], request.q)
        people = people_in_articles(db, newest[:RANK_WINDOW])
    tier_of = dict(keys)
    for row in rows:
        row["tier"] = tier_of[row["search_key"]]
    return Results(count, capped, rows, request.page, -(-reachable // PAGE_SIZE), people=people)


def _tier_names(reading: Reading, loose: bool) -> list[str]:
    """The tiers a search lists, narrowest first."""
    if not reading.has_runs:
        return ["near"]
    return ["phrase", "near", "loose"] if loose else ["phrase", "near"]


def _lead_first(db: sqlite_utils.Database, query: str, keys: list[int]) -> list[int]:
    """`keys` (newest first), those whose title or summary holds every word the query
    asks for first. Read from the articles' leads, not the index: a column filter
    would read the index's whole range again."""
    if not keys:
        return []
    placed = ",".join(str(int(k)) for k in keys)
    leads = db.conn.execute(f"select search_key, title, summary from articles where search_key in ({placed})")
    named = {key for key, title, summary in leads if holds_every_term(f"{title or ''}\n{summary or ''}", query)}
    return [k for k in keys if k in named] + [k for k in keys if k not in named]


def _ranked(db: sqlite_utils.Database, reading: Reading, request: DeskRequest) -> list[tuple[int, str]]:
    """Up to RANK_WINDOW (key, tier) pairs in relevance order, of a search with more
    matches than that: each tier's newest RANK_WINDOW, ranked, until the window is full."""
    ranked: list[tuple[int, str]] = []
    seen: set[int] = set()
    for tier in _tier_names(reading, request.loose):
        if len(ranked) >= RANK_WINDOW:
            break
        expression = getattr(reading, tier)
        fresh = [k for k in matching_keys(db, expression, request.filters, RANK_WINDOW) if k not in seen]
        ranked += [(key, tier) for key in _lead_first(db, request.q, fresh)]
        seen.update(fresh)
    return ranked[:RANK_WINDOW]


def _ranked_within(
    db: sqlite_utils.Database, reading: Reading, request: DeskRequest, keys: list[int]
) -> list[tuple[int, str]]:
    """`keys` (every match of the search, newest first) in relevance order."""
    tier_of = _tiers_within(db, reading, request.loose, keys)
    ranked = []
    for tier in _tier_names(reading, request.loose):
        members = [key for key in keys if tier_of[key] == tier]
        ranked += [(key, tier) for key in _lead_first(db, request.q, members)]
    return ranked


def _tiers_within(db: sqlite_utils.Database, reading: Reading, loose: bool, keys: list[int]) -> dict[int, str]:
    """The narrowest tier each of `keys` (matches of the widest) is in."""
    tiers = _tier_names(reading, loose)
    tier_of = dict.fromkeys(keys, tiers[-1])
    for tier in reversed(tiers[:-1]):
        for key, _ in _within(db, getattr(reading, tier), keys):
            tier_of[key] = tier
    return tier_of


def _within(db: sqlite_utils.Database, expression: str, keys: list[int]) -> list[tuple[int, int]]:
    """(key, 0) of the matches of `expression` among `keys`. Read over the keys' range
    of the index, which FTS5 walks directly (a list of row ids would make it evaluate
    the whole expression once for each)."""
    if not keys or not expression:
        return []
    wanted = set(keys)
    sql = "select rowid, 0 from articles_search where articles_search match ? and rowid between ? and ?"
    return [row for row in db.conn.execute(sql, [expression, min(keys), max(keys)]) if row[0] in wanted]


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
