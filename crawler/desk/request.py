"""What a journalist asked the research desk, read from the page's parameters. Pure.

Any input answers: a parameter that cannot be used is dropped or corrected, and a
message (Vietnamese, then English) says what was done, for the page to show. Nothing
here raises on what a browser or a script may send.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..storage.selection import Filters

PAGE_SIZE = 20
MAX_PAGE = 1000
QUERY_MAX_CHARS = 500
TEXT_MAX_CHARS = 200  # author and category
MAX_COMPARED = 3  # queries side by side on the attention page
SORTS = ("relevance", "newest")
PERIODS = ("month", "week", "day")
YES = ("1", "on", "true", "yes")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff]")  # private use: the excerpt's marks
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")

Params = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class DeskRequest:
    queries: tuple[str, ...] = ()  # one on the search page; up to MAX_COMPARED on attention
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    page: int = 1
    loose: bool = False
    by: str = "month"
    messages: tuple[str, ...] = ()

    @property
    def q(self) -> str:
        return self.queries[0] if self.queries else ""


def read_request(params: Params, known_portals: set[str] | frozenset[str] = frozenset()) -> DeskRequest:
    """The request in `params` (each name to its list of values, as parse_qs gives);
    portals not in `known_portals` are dropped (any portal is kept if it is empty)."""
    messages: list[str] = []

    def first(name: str) -> str:
        values = params.get(name) or [""]
        return _clean(values[0])

    queries = []
    for value in (params.get("q") or [])[: MAX_COMPARED + 1]:
        text = _clean(value)
        if len(text) > QUERY_MAX_CHARS:
            text = text[:QUERY_MAX_CHARS]
            messages.append(
                f"Truy vấn dài quá {QUERY_MAX_CHARS} ký tự nên đã được cắt bớt · "
                f"The query was cut to its first {QUERY_MAX_CHARS} characters."
            )
        if text:
            queries.append(text)
    if len(queries) > MAX_COMPARED:
        queries = queries[:MAX_COMPARED]
        messages.append(f"Chỉ so sánh {MAX_COMPARED} truy vấn · Only {MAX_COMPARED} queries are compared.")

    portals = []
    for value in params.get("portal") or []:
        for slug in filter(None, (_clean(p) for p in value.split(","))):
            if known_portals and slug not in known_portals:
                messages.append(f"Không có cổng nào tên “{slug}” · There is no portal named “{slug}”.")
            elif slug not in portals:
                portals.append(slug)

    since, until = _date(first("since"), "since", messages), _date(first("until"), "until", messages, end=True)
    if since and until and since > until:
        since, until = until, since
        messages.append(
            "Ngày bắt đầu sau ngày kết thúc nên đã được đổi chỗ · The dates were the wrong way round and were swapped."
        )

    sort = first("sort") or "relevance"
    if sort not in SORTS:
        messages.append(f"Cách sắp xếp không rõ, dùng “relevance” · Unknown sort “{sort}”: by relevance instead.")
        sort = "relevance"
    by = first("by") or "month"
    if by not in PERIODS:
        messages.append(f"Khoảng thời gian không rõ, dùng tháng · Unknown period “{by}”: by month instead.")
        by = "month"

    page = _page(first("page"), messages)
    filters = Filters(
        tuple(portals),
        since,
        until,
        first("author")[:TEXT_MAX_CHARS] or None,
        first("category")[:TEXT_MAX_CHARS] or None,
        first("title_only").lower() in YES,
    )
    loose = first("loose").lower() in YES
    return DeskRequest(tuple(queries), filters, sort, page, loose, by, tuple(messages))


def _clean(value: str) -> str:
    return " ".join(_CONTROL.sub(" ", value or "").split())


def _date(text: str, name: str, messages: list[str], end: bool = False) -> str | None:
    """An ISO date from 2024-06-13, 13/06/2024 or a month (2024-06: its first day, or
    its last where `end`)."""
    if not text:
        return None
    found = _DAY_MONTH_YEAR.fullmatch(text)
    try:
        if found:  # as Vietnamese write it
            return date(int(found[3]), int(found[2]), int(found[1])).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            if not end:
                return date(year, month, 1).isoformat()
            following = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        shown = text[:40]
        messages.append(f"“{shown}” không phải là ngày, bỏ qua · “{shown}” is not a date ({name}): left out.")
        return None


def _page(text: str, messages: list[str]) -> int:
    if not text:
        return 1
    if not re.fullmatch(r"[0-9]{1,9}", text) or int(text) < 1:
        messages.append(f"Trang “{text[:20]}” không hợp lệ, về trang 1 · No page “{text[:20]}”: page 1 instead.")
        return 1
    return min(int(text), MAX_PAGE)
