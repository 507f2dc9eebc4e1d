"""The moment a date is read against, and the time of day printed beside a date: shared
by the absolute dates (dates.py) and the relative ones (relative_dates.py). Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from ..clock import VN_TZ
from .date_patterns import NIGHT_AFTER_MIDNIGHT, PARTS_OF_DAY, PARTS_OF_DAY_PM, TIME, ZONE


def _today() -> datetime:
    return datetime.now(VN_TZ)


def as_vietnam_time(reference: date | datetime | None) -> datetime:
    """The moment dates are read against, in Vietnam time: now when None, a day at noon."""
    if reference is None:
        return _today()
    if isinstance(reference, datetime):
        return reference.replace(tzinfo=VN_TZ) if reference.tzinfo is None else reference.astimezone(VN_TZ)
    return datetime.combine(reference, time(12), VN_TZ)


# How far past the moment of reading a page's stamp may fall: the site's clock and the crawler's
# may disagree. A stamp later still names something to come (a broadcast "20h tối nay").
STAMP_SKEW = timedelta(hours=1)


def stamp_limit(reference: date | datetime | None) -> datetime:
    """The latest moment a page read at `reference` can have been published: the reference
    and its skew, or the end of the day when only a day is given."""
    if isinstance(reference, date) and not isinstance(reference, datetime):
        return datetime.combine(reference, time(23, 59), VN_TZ)
    return as_vietnam_time(reference) + STAMP_SKEW


def is_after(value: date | datetime, moment: datetime) -> bool:
    """True when `value` lies after `moment` (a date counts as its whole day)."""
    if isinstance(value, datetime):
        return value > moment
    return value > moment.astimezone(VN_TZ).date()


# How far past the moment of reading a printed day may fall: a page's clock and the fetch's may
# disagree by a time zone or so ("Sáng 2/6" read on the evening of 1 June is this year's)
FUTURE_GRACE = timedelta(days=2)


def year_for(day: int, month: int, reference: datetime, grace: timedelta = FUTURE_GRACE) -> int | None:
    """The latest year in which day/month is not after the reference (and its grace)."""
    limit = (reference + grace).date()
    for year in (limit.year, limit.year - 1, limit.year - 2):
        try:
            if date(year, month, day) <= limit:
                return year
        except ValueError:
            continue  # 29/2 in a common year
    return None


MAX_ZONE_HOURS = 14  # the world's zones run from UTC-12 to UTC+14


def zone_after(text: str) -> timezone:
    """The time zone printed right after a time: GMT/UTC (with an offset or not), Z, +hh:mm."""
    match = ZONE.match(text)
    if not match:
        return VN_TZ
    sign, hours, minutes, zulu, sign2, hours2, minutes2 = match.groups()
    if zulu or (sign is None and sign2 is None):
        return UTC
    sign, hours, minutes = (sign, hours, minutes) if sign else (sign2, hours2, minutes2)
    if int(hours) > MAX_ZONE_HOURS:
        hours, minutes = hours[0], None  # "GMT+72.036 lượt xem": GMT+7, a count glued to it
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0) % 60)
    return timezone(offset if sign == "+" else -offset)


def time_in(text: str, part_of_day: str | None) -> tuple[time, timezone] | None:
    for match in TIME.finditer(text):
        hour, minute, meridiem = int(match.group(1)), int(match.group(2) or 0), match.group(4)
        second = int(match.group(3) or 0)
        word = match.group(0)
        if not match.group(2) and not meridiem and not re.search(r"\d\s*(?:h|g|gio)\b", word):
            continue
        if meridiem in ("pm", "ch") and hour < 12:
            hour += 12
        elif meridiem in ("am", "sa") and hour == 12:
            hour = 0
        elif not meridiem and part_of_day in PARTS_OF_DAY_PM and hour < 12:
            hour += 0 if part_of_day == "dem" and hour < NIGHT_AFTER_MIDNIGHT else 12  # "2 giờ đêm" is 02:00
        elif not meridiem and part_of_day == "dem" and hour == 12:
            hour = 0  # "12 giờ đêm": midnight
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second), zone_after(text[match.end() :])
    return None


def part_of_day(text: str) -> str | None:
    match = re.search(PARTS_OF_DAY, text)
    return match.group(0).split()[-1] if match else None


@dataclass(frozen=True)
class Found:
    """A date found in text: the value, and where in the text it stood."""

    value: date | datetime
    start: int
    end: int
