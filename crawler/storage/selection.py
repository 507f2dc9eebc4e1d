"""Which articles a search and its filters select: the one place where a query's
matches (crawler/indexing/relevance.py) meet the filters, for the search page,
attention over time, downloads, collections and `archive export`.

Dates are bounds on the search index's keys (search_forms.key_bounds): an article's
day is the day it was published, in Vietnam time (the day it was first seen when the
portal printed no date).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from ..indexing.relevance import in_lead, read_query
from ..indexing.search_forms import key_bounds


@dataclass(frozen=True)
class Filters:
    portals: tuple[str, ...] = ()
    since: str | None = None  # ISO dates, both included
    until: str | None = None
    author: str | None = None
    category: str | None = None
    title_only: bool = False  # the search matched in the title and summary only


NO_FILTERS = Filters()


def matched_expression(query: str | None, loose: bool = False) -> str:
    """The FTS5 expression of what a search lists: the near tier, or the loose one when
    asked ("" when nothing searchable was typed)."""
    reading = read_query(query or "")
    return reading.loose if loose else reading.near


def article_conditions(filters: Filters, alias: str = "a") -> tuple[list[str], list]:
    """The filters other than dates, as SQL conditions on the articles."""
    where, params = [], []
    if filters.portals:
        where.append(f"{alias}.portal in ({', '.join('?' * len(filters.portals))})")
        params += list(filters.portals)
    for column in ("author", "category"):
        if getattr(filters, column):
            where.append(f"{alias}.{column} = ?")
            params.append(getattr(filters, column))
    return where, params


def filtered_matches(expression: str, filters: Filters, select: str, join: bool = False) -> tuple[str, list]:
    """A select over the index's matches of `expression` (as `s`) that the filters
    allow; the filters other than dates, or `join`, join the articles (as `a`)."""
    low, high = key_bounds(filters.since, filters.until)
    if filters.title_only:  # the index keeps the lead in columns of its own
        expression = in_lead(expression)
    where, params = article_conditions(filters)
    joined = " join articles a on a.search_key = s.rowid" if where or join else ""
    where = ["articles_search match ?", "s.rowid between ? and ?", *where]
    return f"select {select} from articles_search s{joined} where {' and '.join(where)}", [
        expression,
        low,
        high,
        *params,
    ]


def filtered_articles(filters: Filters, select: str) -> tuple[str, list]:
    """A select over the articles (as `a`) that the filters allow."""
    low, high = key_bounds(filters.since, filters.until)
    where, params = article_conditions(filters)
    where = ["a.search_key between ? and ?", *where]
    return f"select {select} from articles a where {' and '.join(where)}", [low, high, *params]


def matching_keys(
    db: sqlite_utils.Database, expression: str, filters: Filters, limit: int | None = None, offset: int = 0
) -> list[int]:
    """The search key of each match, newest first."""
    sql, params = filtered_matches(expression, filters, "s.rowid")
    sql += " order by s.rowid desc"
    if limit is not None:
        sql += f" limit {int(limit)} offset {int(offset)}"
    return [key for (key,) in db.conn.execute(sql, params)]


def select_articles(
    db: sqlite_utils.Database, search: str | None = None, filters: Filters = NO_FILTERS, loose: bool = False
) -> list[dict]:
    """Every article a search (if any) and the filters select, newest first."""
    if search:
        expression = matched_expression(search, loose)
        if not expression:
            return []
        sql, params = filtered_matches(expression, filters, "a.*", join=True)
        sql += " order by s.rowid desc"
    else:
        sql, params = filtered_articles(filters, "a.*")
        sql += " order by a.search_key desc"
    return list(db.query(sql, params))
