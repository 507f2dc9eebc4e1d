"""Vietnamese full-text search: the forms of an article's text that are indexed. Pure.

SQLite's FTS5 alone gets Vietnamese wrong: with its diacritics removed, "Đảng"
(the Party) and "đang" (-ing) are one word; with them kept, "dang uy" finds nothing.
So each article is indexed twice, in two columns of one FTS5 table (unicode61,
diacritics kept):

- `exact`: the text with the tone placement unified (hoà = hòa, uỷ = ủy);
- `folded`: the text with every diacritic removed and đ read as d.

A query typed without diacritics ("dang uy") finds its words in `folded`, so every
spelling matches; a word typed with diacritics ("Đảng") can only match `exact`, since
`folded` holds no diacritics at all, so it does not match "đang" (query.py reads
queries into the same forms). The index's row ids are publication times
(search_key), so the index itself is in date order.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..clock import VN_TZ
from ..extraction.text import fold, nfc, unify_tone_placement


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
    return (max(0, int(parsed.timestamp())) << 24) | (rowid & 0xFFFFFF)


def exact_text(text: str) -> str:
    return unify_tone_placement(nfc(text))


def search_columns(*parts: str | None) -> tuple[str, str]:
    """The (exact, folded) columns indexed for an article's title, summary and body."""
    text = "\n".join(p for p in parts if p)
    return exact_text(text), fold(text)
