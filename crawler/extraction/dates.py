"""Vietnamese dates as portals print them, resolved to a day (and a time where printed).

Pure module: compiled patterns (date_patterns.py) over the folded text (lower case, no diacritics,
đ → d), so "Thứ Năm", "thu nam" and "THỨ NĂM" are one form. dateparser is not
called: bench/dates.py measures it beside these patterns on held-out expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..clock import VN_TZ
from .clock_times import (
    FUTURE_GRACE,
    Found,
    as_vietnam_time,
    is_after,
    part_of_day,
    stamp_limit,
    time_in,
    year_for,
    zone_after,
)
from .date_patterns import (
    BARE_CLOCK,
    BARE_DAY,
    BARE_MONTH_DAY,
    BARE_WORD_DAY,
    CITED_DOCUMENT_BEFORE,
    DAY_WORDS,
    DEADLINE_BEFORE,
    EVENT_HOUR_BEFORE,
    ISO,
    LOOKALIKE_AFTER,
    LOOKALIKE_BEFORE,
    LUNAR_AFTER,
    LUNAR_BEFORE,
    MONTH_WORD,
    MONTH_WORDS,
    MONTHS_EN,
    PLAN_WORDS,
    RANGE_AFTER,
    RANGE_BEFORE,
    SPAN_AFTER,
    SPAN_BEFORE,
    START_BEFORE,
    YEARS_AGO_BEFORE,
    YMD_URL,
)
from .relative_dates import relative_date
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


def _build(
    day: int, month: int | None, year: int | None, window: str, reference: datetime | None, start: int, end: int
) -> Found | None:
    if month is None:
        return None
    if year is None:
        year = year_for(day, month, as_vietnam_time(reference))
        if year is None:
            return None
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    at = time_in(window, part_of_day(window))
    if at is None:
        return Found(day_value, start, end)
    clock, zone = at
    try:
        value = datetime.combine(day_value, clock, zone).astimezone(VN_TZ)
    except OverflowError:  # "1/1/0001 03:00 UTC+9": before the first day the calendar can hold in Vietnam
        return Found(day_value, start, end)
    return Found(value, start, end)


def _is_lookalike(folded: str, start: int, end: int) -> bool:
    return bool(
        LOOKALIKE_BEFORE.search(folded[max(0, start - 16) : start]) or LOOKALIKE_AFTER.match(folded[end : end + 24])
    )


def _iso(match: re.Match, folded: str) -> date | datetime | None:
    year, month, day = (int(g) for g in match.group(1, 2, 3))
    try:
        if match.group(4) is None:
            return date(year, month, day)
        at = datetime(year, month, day, int(match.group(4)), int(match.group(5)), int(match.group(6) or 0))
    except ValueError:
        return None
    zone = match.group(7) or folded[match.end() : match.end() + ZONE_WINDOW]  # "2024-07-15 03:00 UTC"
    try:
        return at.replace(tzinfo=zone_after(zone)).astimezone(VN_TZ)
    except OverflowError:  # "0001-01-01T03:00+09:00", as a CMS prints an empty date
        return at.date()


BEFORE_WINDOW = 30  # characters before a date where the words that make it no stamp stand
NO_STAMP_BEFORE = (
    LUNAR_BEFORE,
    DEADLINE_BEFORE,
    EVENT_HOUR_BEFORE,
    SPAN_BEFORE,
    RANGE_BEFORE,
    START_BEFORE,
    CITED_DOCUMENT_BEFORE,
    YEARS_AGO_BEFORE,
)
ZONE_WINDOW = 12  # characters after a time where its zone stands: " (GMT+7)", " UTC"
# Chinese and Japanese dates mark the year, month and day with a character
# ("2024年10月14日 16:20"): read as the year-first date they are.
_CJK_DATE_MARKS = str.maketrans({"年": "/", "月": "/", "日": " "})


DOTTED_MERIDIEM = re.compile(r"(?<![\w.])([ap])\.\s?m\.?(?!\w)")  # American papers' "p.m.", Spanish "p. m."


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
    if ".m" in folded or ". m" in folded:  # "6:41 p.m." read as "6:41 pm", spaces keeping the length
        folded = DOTTED_MERIDIEM.sub(lambda m: f"{m.group(1)}m".ljust(len(m.group())), folded)
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    refused = False

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def window(start: int, end: int) -> str:
        # A time printed beside the date: before it ("15 giờ, ngày 3/4") or after it.
        return folded[max(0, start - 30) : start] + " " + folded[end : end + 30]

    for match in ISO.finditer(folded):
        value = _iso(match, folded)
        if value is not None:
            found.append(Found(value, *match.span()))
            taken.append(match.span())
    for form in FORMS:
        for match in form.pattern.finditer(folded):
            span = match.start(1) if match.group(1) else match.start(), match.end()
            if not free(*span):
                continue
            if form.guarded and _is_lookalike(folded, *span):
                continue
            if (
                LUNAR_AFTER.match(folded, span[1])
                or SPAN_AFTER.match(folded, span[1])
                or RANGE_AFTER.match(folded, span[1])
                or any(rule.search(folded, max(0, span[0] - BEFORE_WINDOW), span[0]) for rule in NO_STAMP_BEFORE)
            ):
                refused = True
                continue
            item = _build(*form.parts(match), window(*span), reference, *span)
            if item:
                found.append(item)
                taken.append(span)
    # A day named but refused (an anniversary, a deadline) makes the whole text no stamp: its
    # "cách đây 79 năm" or "hôm nay" speaks of that day, not of the reading.
    if not found and relative and not refused:
        item = relative_date(text, folded, as_vietnam_time(reference))
        if item:
            found.append(item)
    found.sort(key=lambda f: f.start)
    return found


def normalize_date(text: str, reference: date | datetime | None = None) -> date | datetime | None:
    """What one date expression denotes: an aware datetime (Vietnam time) when a time
    is printed, a date when only a day is, None when `text` is not a date.

    >>> normalize_date("Thứ 5, Ngày 24 / 11 / 2022")
    datetime.date(2022, 11, 24)
    >>> normalize_date("Thứ Bảy, 24/04/2021 07:58").isoformat()
    '2021-04-24T07:58:00+07:00'
    """
    now, latest = as_vietnam_time(reference), stamp_limit(reference)
    found = [
        item for item in find_dates(text, reference) if not _to_come(item, latest) and not _planned(text, item, now)
    ]
    return found[0].value if found else _bare_stamp(fold(text), now)


def _to_come(item: Found, latest: datetime) -> bool:
    """A time of day after the page was read names something to come ("Trực tiếp lúc 20h
    tối nay"). A day alone may lie a little ahead (FUTURE_GRACE: the site's clock and the
    crawler's may disagree by a time zone), and a day further ahead is a plan's (_planned)."""
    return isinstance(item.value, datetime) and is_after(item.value, latest)


SENTENCE_MIN_WORDS = 4  # words besides the date: a sentence around it, not a stamp's label
CLAUSE_MARKS = ",;.!?"


def _planned(text: str, item: Found, now: datetime) -> bool:
    """A day to come named in a sentence ("Từ 1/7/2024, lương cơ sở tăng …"), or any day but
    today's named in a sentence of a plan ("dự kiến khởi công ngày 20/8"): a plan or a
    policy's start, not the time of writing. A date alone is read as printed."""
    day = item.value.astimezone(VN_TZ).date() if isinstance(item.value, datetime) else item.value
    around = len(text[: item.start].split()) + len(text[item.end :].split())
    if around < SENTENCE_MIN_WORDS:
        return False
    if day > (now + FUTURE_GRACE).date():
        return True
    # the plan's words in the date's own clause: "Sáng 5/3, ông A cho biết sẽ …" is a dateline
    clause_start = max(text.rfind(mark, 0, item.start) for mark in CLAUSE_MARKS) + 1
    clause_ends = [at for at in (text.find(mark, item.end) for mark in CLAUSE_MARKS) if at >= 0]
    clause = fold(text[clause_start : min(clause_ends, default=len(text))])
    return day != now.date() and bool(PLAN_WORDS.search(clause))


def _bare_stamp(folded: str, now: datetime) -> date | datetime | None:
    """A listing's stamp of a day and month alone, or a clock time alone: the latest such
    moment not after `now` ("25/12" read on 5 January is last year's; "23:40" read at 8:00
    is yesterday's)."""
    clock = BARE_CLOCK.match(folded)
    if clock:
        hour, minute, meridiem = int(clock.group(1)), int(clock.group(2)), clock.group(3)
        if meridiem and (hour > 12 or hour == 0):
            return None
        hour = hour % 12 + (12 if meridiem in ("ch", "pm") else 0) if meridiem else hour
        if hour > 23 or minute > 59:
            return None
        value = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return value - timedelta(days=1) if value > now else value
    bare = BARE_DAY.match(folded) or BARE_WORD_DAY.match(folded) or BARE_MONTH_DAY.match(folded)
    if not bare:
        return None
    month = MONTH_WORDS.get(" ".join(bare.group("month").split())) or int(bare.group("month"))
    day = int(bare.group("day"))
    year = year_for(day, month, now, grace=timedelta(0))
    if year is None:
        return None
    at = bare.groupdict().get("before") or bare.groupdict().get("after")
    value = date(year, month, day)
    if not at:
        return value
    hour, minute = (int(part) for part in at.split(":"))
    return datetime.combine(value, time(hour, minute), VN_TZ) if hour < 24 and minute < 60 else None


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
