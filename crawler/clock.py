"""Timestamps of the archive's own bookkeeping: UTC, to the second, written with "Z"
(first_seen, last_checked, fetch times, run times). Dates of articles are not these:
they are +07:00, as the portals print them (crawler/extraction/dates.py)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_text(moment: datetime) -> str:
    """A moment as the archive writes it: 2024-05-31T01:02:03Z."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def utc_now() -> str:
    return utc_text(datetime.now(UTC))
