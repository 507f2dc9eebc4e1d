"""Time zones and timestamps. The archive's own bookkeeping is UTC, to the second,
written with "Z" (first_seen, last_checked, fetch times, run times); dates of
articles are Vietnam's time, +07:00, as the portals print them
(crawler/extraction/dates.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

# Vietnam has kept UTC+7 without daylight saving since 1975; a fixed offset is the
# same as Asia/Ho_Chi_Minh for every date a portal prints.
VN_TZ = timezone(timedelta(hours=7), "ICT")


def utc_text(moment: datetime) -> str:
    """A moment as the archive writes it: 2024-05-31T01:02:03Z."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def utc_now() -> str:
    return utc_text(datetime.now(UTC))
