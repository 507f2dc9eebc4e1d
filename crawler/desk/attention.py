"""Attention over time: how many articles match a query per period and portal, beside
how many each portal published then, so that a portal that published more is not
mistaken for more attention.

The matches are those the search page lists before looser ones (the near tier of
crawler/indexing/relevance.py, or the loose one when asked). An article's period is
its publication day in Vietnam time, read from its search key (search_forms.py):
both counts group the index's keys, never the text, so a query matching a tenth of a
million articles is counted without reading one article.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import sqlite_utils

from ..indexing.search_forms import KEY_SHIFT, key_bounds
from ..storage.selection import Filters, filtered_matches, matched_expression

_VN_OFFSET_SECONDS = 7 * 3600
_DAY_OF_KEY = f"((s.rowid >> {KEY_SHIFT}) + {_VN_OFFSET_SECONDS}) / 86400"
_EPOCH = date(1970, 1, 1)


def period_of(day: date, by: str) -> str:
    """The period a day falls in: 2024-06 (month), 2024-W24 (ISO week) or 2024-06-13 (day)."""
    if by == "month":
        return day.strftime("%Y-%m")
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def _periods(by: str):
    """Day number (days since 1970-01-01) -> its period, each day worked out once."""
    known: dict[int, str] = {}

    def period(day: int) -> str:
        if day not in known:
            known[day] = period_of(_EPOCH + timedelta(days=day), by)
        return known[day]

    return period


def matches_per_day(db: sqlite_utils.Database, query: str, filters: Filters, loose: bool = False) -> Counter:
    """(day number, portal) -> matching articles."""
    expression = matched_expression(query, loose)
    if not expression:
        return Counter()
    sql, params = filtered_matches(expression, filters, f"{_DAY_OF_KEY}, a.portal, count(*)", join=True)
    return Counter({(day, portal): n for day, portal, n in db.conn.execute(f"{sql} group by 1, 2", params)})


def totals_per_day(db: sqlite_utils.Database, filters: Filters) -> Counter:
    """(day number, portal) -> articles published, whatever their author or category."""
    low, high = key_bounds(filters.since, filters.until)
    where, params = ["search_key between ? and ?"], [low, high]
    if filters.portals:
        where.append(f"portal in ({', '.join('?' * len(filters.portals))})")
        params += list(filters.portals)
    day = _DAY_OF_KEY.replace("s.rowid", "search_key")
    sql = f"select {day}, portal, count(*) from articles where {' and '.join(where)} group by 1, 2"
    return Counter({(d, portal): n for d, portal, n in db.conn.execute(sql, params)})


def attention(
    db: sqlite_utils.Database,
    queries: tuple[str, ...],
    filters: Filters,
    by: str = "month",
    loose: bool = False,
    day_totals: Counter | None = None,
) -> list[dict]:
    """Rows of {query, period, portal, matches, total}, by period then portal, for every
    period and portal that published anything in the filters' range. `day_totals`:
    totals_per_day's for these filters, if already counted."""
    period_of_day = _periods(by)
    totals: Counter = Counter()
    for (day, portal), n in (totals_per_day(db, filters) if day_totals is None else day_totals).items():
        totals[period_of_day(day), portal] += n
    rows = []
    for query in queries:
        matches: Counter = Counter()
        for (day, portal), n in matches_per_day(db, query, filters, loose).items():
            matches[period_of_day(day), portal] += n
        rows += [
            {"query": query, "period": period, "portal": portal, "matches": matches[period, portal], "total": total}
            for (period, portal), total in sorted(totals.items())
        ]
    return rows
