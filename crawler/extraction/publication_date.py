"""An article's publication date, chosen among the dates its page gives: metadata,
the stamp, the URL, the lead (most trusted first). Pure; the dates are read by
dates.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .clock_times import is_after, stamp_limit
from .dates import Found, as_vietnam_time, date_from_url, find_dates, iso, normalize_date

# Where a publication date may come from, most trusted first.
DATE_SOURCES = ("metadata", "stamp", "url", "body")


@dataclass(frozen=True)
class PublicationDate:
    value: date | datetime
    raw: str
    source: str

    @property
    def iso(self) -> str:
        return iso(self.value)


def resolve_publication_date(
    candidates: list[tuple[str, str]], crawled_at: datetime | None = None
) -> PublicationDate | None:
    """Pick the article's publication date from (source, raw text) candidates.

    Sources are tried in the order of DATE_SOURCES; a year-less body date resolves
    against the crawl time; a date after the crawl time is rejected.
    """
    now = as_vietnam_time(crawled_at)
    latest = stamp_limit(crawled_at)
    by_source = {source: [raw for s, raw in candidates if s == source and raw] for source in DATE_SOURCES}
    for source in DATE_SOURCES:
        for raw in by_source[source]:
            if source == "url":
                parsed = date_from_url(raw)
                value = parsed[1] if parsed else None
                raw = parsed[0] if parsed else raw
            elif source == "body":
                found = find_dates(raw, now, relative=False)
                value = found[0].value if found else None
                raw = _printed(raw, found[0]) if found else raw
            else:
                value = normalize_date(raw, now)
            if value is not None and not is_after(value, latest):
                found = PublicationDate(value, raw.strip(), source)
                return _with_time(found, candidates, now) if not isinstance(value, datetime) else found
    return None


def _with_time(day: PublicationDate, candidates: list[tuple[str, str]], now: datetime) -> PublicationDate:
    """A day from a trusted source (a metadata date a CMS wrote without its time, or
    malformed) gains the time that the page prints for that same day (its stamp first:
    what the reader sees), else that other metadata gives."""
    for source, raw in sorted(candidates, key=lambda candidate: candidate[0] != "stamp"):
        if source in ("metadata", "stamp") and raw and raw != day.raw:
            value = normalize_date(raw, now)
            if isinstance(value, datetime) and value.date() == day.value:
                return PublicationDate(value, raw.strip(), source)
    return day


def _printed(text: str, found: Found) -> str:
    """The original characters of a found date (folding keeps string length)."""
    return text[found.start : found.end]
