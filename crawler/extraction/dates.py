"""Vietnamese dates as portals print them, resolved to a day (and a time where printed).

Pure module: compiled patterns (date_patterns.py) over the folded text (lower case, no diacritics,
đ → d), so "Thứ Năm", "thu nam" and "THỨ NĂM" are one form. dateparser is not
called: bench/dates.py measures it beside these patterns on held-out expressions.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from ..clock import VN_TZ
from .date_patterns import (
    AGO,
    AMOUNT,
    COMPARED_BEFORE,
    DAY_NAMES,
    DAY_WORDS,
    DAYS_BACK,
    DEADLINE_BEFORE,
    ISO,
    JUST_NOW,
    LOOKALIKE_AFTER,
    LOOKALIKE_BEFORE,
    LUNAR_AFTER,
    MONTH_WORD,
    MONTH_WORDS,
    MONTHS_EN,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    PARTS_OF_DAY_PM,
    TIME,
    UNITS,
    YMD_URL,
    ZONE,
)
from .text import fold


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    return value if len(text) == 4 else (2000 + value if value < 70 else 1900 + value)


def _english(month_group: int, day_group: int):
    def parts(match: re.Match):
        return int(match.group(day_group)), MONTHS_EN.get(match.group(month_group)), _year(match.group(3))

    return parts


@dataclass(frozen=True)
class Form:
    """One way of printing a day: its pattern over folded text, how to read day,
    month and year (None: resolve against the reference) from a match, and whether
    the words around it can make it a lookalike."""

    name: str
    pattern: re.Pattern
    parts: Callable[[re.Match], tuple[int, int | None, int | None]]
    guarded: bool = True


# The forms, most specific first; a span taken by one is not read again by the next.
FORMS = (
    Form(
        "day/month/year",
        re.compile(
            r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|(?<=[/-])\d{2}|(?<=[/-]\s)\d{2})(?![\d/.])"
        ),
        lambda m: (int(m.group(1)), int(m.group(3)), _year(m.group(4))),
    ),
    Form(
        "year/month/day",
        re.compile(r"(?<![\d/.-])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/])"),
        lambda m: (int(m.group(4)), int(m.group(3)), int(m.group(1))),
    ),
    Form(
        "day tháng month năm year",
        re.compile(
            r"(?:(?:ngay|mung|mong)\s*(\d{1,2})\s*thang\s*(\d{1,2})(?:\s*(?:nam|,)?\s*(\d{4}))?"
            r"|(?<!\d)(\d{1,2})\s*(?:thang|thg)\s*(\d{1,2})\s*(?:nam|,)?\s*(\d{4}))"  # Google's "26 thg 3, 2015"
        ),
        lambda m: (int(m.group(1) or m.group(4)), int(m.group(2) or m.group(5)), _year(m.group(3) or m.group(6))),
        guarded=False,
    ),
    Form(
        "day tháng month-in-words năm year",
        re.compile(
            rf"(?:(?:ngay|mung|mong)\s*(\d{{1,2}})|(?<![\d/])(\d{{1,2}})(?=\s*thang\s*{MONTH_WORD}\s*(?:nam|,)?\s*\d{{4}}))"
            rf"\s*thang\s*({MONTH_WORD})(?:\s*(?:nam|,)?\s*(\d{{4}}))?"
        ),
        lambda m: (int(m.group(1) or m.group(2)), MONTH_WORDS[" ".join(m.group(3).split())], _year(m.group(4))),
        guarded=False,
    ),
    Form(
        # WordPress's "F j, Y" in Vietnamese: "Tháng Mười 3, 2023", "Tháng 10 3, 2023"
        "tháng month day, year",
        re.compile(rf"(?<![a-z])thang\s*({MONTH_WORD}|\d{{1,2}})\s+(\d{{1,2}}),\s*(\d{{4}})\b"),
        lambda m: (
            int(m.group(2)),
            MONTH_WORDS.get(" ".join(m.group(1).split())) or int(m.group(1)),
            _year(m.group(3)),
        ),
        guarded=False,
    ),
    Form(
        "month day, year",
        re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"),
        _english(1, 2),
        guarded=False,
    ),
    Form(
        "day month year",
        re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b"),
        _english(2, 1),
        guarded=False,
    ),
    Form(
        "day/month",
        re.compile(rf"(?<![a-z]){DAY_WORDS}\s*[,:(]?\s*(?:ngay\s*)?(\d{{1,2}})\s*[/-]\s*(\d{{1,2}})(?![\d/-])"),
        lambda m: (int(m.group(1)), int(m.group(2)), None),
    ),
)


def _today() -> datetime:
    return datetime.now(VN_TZ)


def as_vietnam_time(reference: date | datetime | None) -> datetime:
    """The moment dates are read against, in Vietnam time: now when None, a day at noon."""
    if reference is None:
        return _today()
    if isinstance(reference, datetime):
        return reference.replace(tzinfo=VN_TZ) if reference.tzinfo is None else reference.astimezone(VN_TZ)
    return datetime.combine(reference, time(12), VN_TZ)


def _year_for(day: int, month: int, reference: datetime) -> int | None:
    """The latest year in which day/month is not after reference + 2 days."""
    limit = (reference + timedelta(days=2)).date()
    for year in (limit.year, limit.year - 1, limit.year - 2):
        try:
            if date(year, month, day) <= limit:
                return year
        except ValueError:
            continue  # 29/2 in a common year
    return None


def _zone(text: str) -> timezone:
    """The time zone printed right after a time: GMT/UTC (with an offset or not), Z, +hh:mm."""
    match = ZONE.match(text)
    if not match:
        return VN_TZ
    sign, hours, minutes, zulu, sign2, hours2, minutes2 = match.groups()
    if zulu or (sign is None and sign2 is None):
        return UTC
    sign, hours, minutes = (sign, hours, minutes) if sign else (sign2, hours2, minutes2)
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(offset if sign == "+" else -offset)


def _time_in(text: str, part_of_day: str | None) -> tuple[time, timezone] | None:
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
            hour += 12
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second), _zone(text[match.end() :])
    return None


def _part_of_day(text: str) -> str | None:
    match = re.search(PARTS_OF_DAY, text)
    return match.group(0).split()[-1] if match else None


@dataclass(frozen=True)
class Found:
    """A date found in text: the value, and where in the text it stood."""

    value: date | datetime
    start: int
    end: int


def _build(
    day: int, month: int | None, year: int | None, window: str, reference: datetime | None, start: int, end: int
) -> Found | None:
    if month is None:
        return None
    if year is None:
        year = _year_for(day, month, as_vietnam_time(reference))
        if year is None:
            return None
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    at = _time_in(window, _part_of_day(window))
    if at is None:
        return Found(day_value, start, end)
    clock, zone = at
    value = datetime.combine(day_value, clock, zone).astimezone(VN_TZ)
    return Found(value, start, end)


def _is_lookalike(folded: str, start: int, end: int) -> bool:
    return bool(
        LOOKALIKE_BEFORE.search(folded[max(0, start - 16) : start]) or LOOKALIKE_AFTER.match(folded[end : end + 24])
    )


def _iso(match: re.Match) -> date | datetime | None:
    year, month, day = (int(g) for g in match.group(1, 2, 3))
    try:
        if match.group(4) is None:
            return date(year, month, day)
        at = datetime(year, month, day, int(match.group(4)), int(match.group(5)), int(match.group(6) or 0))
    except ValueError:
        return None
    zone = match.group(7)
    if zone is None:
        return at.replace(tzinfo=VN_TZ)
    return at.replace(tzinfo=_zone(zone)).astimezone(VN_TZ)


# Chinese and Japanese dates mark the year, month and day with a character
# ("2024年10月14日 16:20"): read as the year-first date they are.
DEADLINE_WINDOW = 30  # characters before a date where a deadline's words stand
_CJK_DATE_MARKS = str.maketrans({"年": "/", "月": "/", "日": " "})


def find_dates(text: str, reference: date | datetime | None = None, relative: bool = True) -> list[Found]:
    """Every date expression in `text`, in order, lookalikes left out.

    `relative` lets "sáng nay", "hôm nay" stand for the reference's day (right for a
    stamp; not for a body read long after it was written).
    """
    # Same length as `text` (NFC in, one folded character per character), so spans
    # found here index the original text too.
    folded = fold(text)
    if "年" in folded:  # a C-speed scan; translate() is not
        folded = folded.translate(_CJK_DATE_MARKS)
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def window(start: int, end: int) -> str:
        # A time printed beside the date: before it ("15 giờ, ngày 3/4") or after it.
        return folded[max(0, start - 30) : start] + " " + folded[end : end + 30]

    for match in ISO.finditer(folded):
        value = _iso(match)
        if value is not None:
            found.append(Found(value, *match.span()))
            taken.append(match.span())
    for form in FORMS:
        for match in form.pattern.finditer(folded):
            span = match.start(1) if match.group(1) else match.start(), match.end()
            if not free(*span):
                continue
            if (
                (form.guarded and _is_lookalike(folded, *span))
                or LUNAR_AFTER.match(folded, span[1])
                or DEADLINE_BEFORE.search(folded, max(0, span[0] - DEADLINE_WINDOW), span[0])
            ):
                continue
            item = _build(*form.parts(match), window(*span), reference, *span)
            if item:
                found.append(item)
                taken.append(span)
    if not found and relative:
        item = _relative(folded, as_vietnam_time(reference))
        if item:
            found.append(item)
    found.sort(key=lambda f: f.start)
    return found


def _relative(folded: str, now: datetime) -> Found | None:
    """A date printed relative to the moment of reading (`now`): "2 giờ trước", "cách
    đây 3 ngày", "vừa xong", "hôm qua lúc 14:30", "2 hours ago". Under a day the value
    is a time, to the minute; a day or more back, a date (with the clock time printed
    beside a named day)."""
    match = AGO.search(folded)
    if match and COMPARED_BEFORE.search(folded, 0, match.start()):
        return None
    if match:
        value = _back(now, match.group("since") or match.group("before") or match.group("ago"))
        return Found(value, *match.span()) if value is not None else None
    match = JUST_NOW.search(folded)
    if match:
        return Found(now.replace(second=0, microsecond=0), *match.span())
    match = DAY_NAMES.search(folded)
    if match:
        start, end = match.span()
        day_value = now.date() - timedelta(days=DAYS_BACK[match.group("which") or match.group("english")])
        # A clock time right before the day ("9h sáng hôm qua") or after it ("hôm qua lúc 14:30").
        window = folded[max(0, start - 12) : start] + " " + folded[end : end + 30]
        at = _time_in(window, match.group("part") or _part_of_day(window))
        value = datetime.combine(day_value, at[0], at[1]).astimezone(VN_TZ) if at else day_value
        return Found(value, start, end)
    return None


def _back(now: datetime, offset: str) -> date | datetime | None:
    """`now` moved back by an offset such as "1 gio 15 phut" or "hai ngay"."""
    amounts: dict[str, float] = {}
    for number, unit in AMOUNT.findall(offset):
        kind = UNITS[unit]
        amounts[kind] = amounts.get(kind, 0) + (int(number) if number.isdigit() else NUMBER_WORDS[number])
    if {"seconds", "minutes", "hours"} & amounts.keys():
        if {"months", "years"} & amounts.keys():
            return None
        return (now - timedelta(**amounts)).replace(second=0, microsecond=0)
    months = amounts.pop("months", 0) + 12 * amounts.pop("years", 0)
    if months != int(months):
        return None  # "nửa tháng": no calendar day
    return _months_back(now.date() - timedelta(**amounts), int(months))


def _months_back(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, or that month's last day."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def normalize_date(text: str, reference: date | datetime | None = None) -> date | datetime | None:
    """What one date expression denotes: an aware datetime (Vietnam time) when a time
    is printed, a date when only a day is, None when `text` is not a date.

    >>> normalize_date("Thứ 5, Ngày 24 / 11 / 2022")
    datetime.date(2022, 11, 24)
    >>> normalize_date("Thứ Bảy, 24/04/2021 07:58").isoformat()
    '2021-04-24T07:58:00+07:00'
    """
    found = find_dates(text, reference)
    return found[0].value if found else None


def date_from_url(url: str) -> tuple[str, date] | None:
    """A /YYYY/MM/DD/ date in a URL path, with the text it was read from."""
    match = YMD_URL.search(url.split("?", 1)[0])
    if not match:
        return None
    try:
        return match.group(0).strip("/"), date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(VN_TZ).isoformat(timespec="seconds")
    return value.isoformat()
