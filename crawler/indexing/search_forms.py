"""Vietnamese full-text search: the forms of an article's text that are indexed. Pure.

SQLite's FTS5 alone gets Vietnamese wrong: with its diacritics removed, "Đảng"
(the Party) and "đang" (-ing) are one word; with them kept, "dang uy" finds nothing.
So each article is indexed twice, in two forms (unicode61, diacritics kept):

- exact: the text with the tone placement unified (hoà = hòa, uỷ = ủy);
- folded: the text with every diacritic removed and đ read as d.

The lead (title and summary) and the body are indexed in columns of their own, so
that a search can ask for titles and summaries only (relevance.in_lead), and a phrase
never runs from the end of a title into the body: the index's columns are
SEARCH_COLUMNS, in this order.

A query typed without diacritics ("dang uy") finds its words in `folded`, so every
spelling matches; a word typed with diacritics ("Đảng") can only match `exact`, since
`folded` holds no diacritics at all, so it does not match "đang" (query.py reads
queries into the same forms). The index's row ids are publication times
(search_key), so the index itself is in date order.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ..clock import VN_TZ
from ..extraction.text import fold, nfc, unify_tone_placement

KEY_SHIFT = 24  # a search key's low bits: the article's rowid


def search_key(published_at: str | None, fallback: str | None, rowid: int) -> int:
    """The article's row id in the search index: its publication time in the high bits,
    so that the index itself is in date order and "newest first" reads the newest
    matches and stops (FTS5 walks row ids backwards without sorting every match)."""
    moment = published_at or fallback or "1970-01-01"
    try:
        parsed = datetime.fromisoformat(moment if "T" in moment else moment[:10])
    except ValueError:
        parsed = datetime(1970, 1, 1, tzinfo=UTC)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=VN_TZ)  # a date or a time as the portal printed it
    return (max(0, int(parsed.timestamp())) << KEY_SHIFT) | (rowid & ((1 << KEY_SHIFT) - 1))


def key_bounds(since: str | None, until: str | None) -> tuple[int, int]:
    """The search keys of articles published from `since` to `until` (ISO dates in
    Vietnam time, both included; None: no bound)."""

    def start_of(day: date) -> int:
        return max(0, int(datetime.combine(day, time(), VN_TZ).timestamp())) << KEY_SHIFT

    low = start_of(date.fromisoformat(since)) if since else 0
    high = start_of(date.fromisoformat(until) + timedelta(days=1)) - 1 if until else 2**63 - 1
    return low, high


def key_day(key: int) -> date:
    """The day (Vietnam time) a search key was made from."""
    return datetime.fromtimestamp(key >> KEY_SHIFT, VN_TZ).date()


def exact_text(text: str) -> str:
    return unify_tone_placement(nfc(text))


SEARCH_COLUMNS = ("lead_exact", "lead_folded", "exact", "folded")


def search_columns(title: str | None, summary: str | None, body: str | None) -> tuple[str, str, str, str]:
    """The values of SEARCH_COLUMNS for an article's title, summary and body."""
    lead = "\n".join(p for p in (title, summary) if p)
    body = body or ""
    return exact_text(lead), fold(lead), exact_text(body), fold(body)
