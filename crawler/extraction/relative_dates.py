"""Dates printed relative to the moment of reading: "2 giờ trước", "cách đây 3 ngày",
"vừa xong", "hôm qua lúc 14:30", "Thứ Sáu vừa qua", "2 hours ago". Pure."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from ..clock import VN_TZ
from .clock_times import Found, part_of_day, time_in
from .date_patterns import (
    AGO,
    AMOUNT,
    COMPARED_BEFORE,
    DAY_NAMES,
    DAYS_BACK,
    JUST_NOW,
    LAST_WEEKS_WEEKDAY,
    LISTING_AFTER_AGO,
    NIGHT_AFTER_MIDNIGHT,
    NUMBER_WORDS,
    PAST_WEEKDAY,
    SHORT_UNITS_AGO,
    UNITS,
    WEEKDAY_NUMBERS,
)

JUST_NOW_MAX_WORDS_AROUND = 4  # a stamp's label and account ("Đăng · admin"), not a sentence
# A clause after a relative time opens a sentence of the story ("Cách đây 3 ngày, Bộ Y tế đã …"); a
# stamp's section or comment count after a bar is no clause
STORY_CLAUSE = re.compile(r"\s*,\s*(?:[^\W\d]+\s+){3}")


def _words_around(folded: str, match) -> int:
    return len(folded[: match.start()].split()) + len(folded[match.end() :].split())


# A headline's topic before "hôm nay" and its day: two words or more, no stamp's label among them
HEADLINE_TOPIC = re.compile(
    r"\s*(?!.*\b(?:cap nhat|dang|ngay|luc|posted|updated|published)\b)[^\W\d]+(?:\s+[^\W\d]+)+\s*"
)
# a day and month printed beside the named day ("hôm nay 24/5"; "lúc 8.05" is a time)
PRINTED_DAY = re.compile(r"(?<![\d/.])(\d{1,2})[/-](\d{1,2})(?![\d/.-])")
# Words in quotation marks are a title's ("Ca khúc “Hôm qua em tới trường”"): no stamp's day
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
CLOCK_AFTER_DAY = 30  # characters after a day named where its clock time stands: " lúc 14:30"
CLOCK_BEFORE_DAY = 16  # characters before a named day where its clock time stands: "9 gio 15 phut "


def relative_date(text: str, folded: str, now: datetime) -> Found | None:
    """A date printed relative to the moment of reading (`now`): "2 giờ trước", "cách
    đây 3 ngày", "vừa xong", "hôm qua lúc 14:30", "2 hours ago". Under a day the value
    is a time, to the minute; a day or more back, a date (with the clock time printed
    beside a named day). `folded` is `text` folded (same length)."""
    folded = QUOTED.sub(lambda quoted: " " * len(quoted[0]), folded)
    match = AGO.search(folded)
    if match and COMPARED_BEFORE.search(folded, 0, match.start()):
        return None
    if match and match.group("before") and _another_moment_after(text, folded, match.end()):
        return None  # "3 ngày trước kỳ thi": before the exam, not before now
    if match and STORY_CLAUSE.match(folded, match.end()):
        return None  # "Cách đây 50 năm, quân và dân ta …": a story's time, not the page's
    if match:
        value = _back(now, match.group("since") or match.group("before") or match.group("ago"))
        after = folded[match.end() : match.end() + CLOCK_AFTER_DAY]
        at = time_in(after, part_of_day(after)) if type(value) is date else None
        if at:  # days back, then the clock: "1 ngày trước, 08:00"
            value = datetime.combine(value, at[0], at[1]).astimezone(VN_TZ)
        return Found(value, *match.span()) if value is not None else None
    match = JUST_NOW.search(folded)
    # "vừa xong" as a stamp, not in a sentence ("Anh vừa xong ca trực đêm": just finished)
    if match and _words_around(folded, match) < JUST_NOW_MAX_WORDS_AROUND:
        return Found(now.replace(second=0, microsecond=0), *match.span())
    match = DAY_NAMES.search(folded)
    if match:
        start, end = match.span()
        other = DAY_NAMES.search(folded, end)
        if other and _day_named(other) != _day_named(match):
            return None  # "Hà Nội - hôm qua và hôm nay": two days named, a title's figure, no stamp
        if not folded[:start].strip() and STORY_CLAUSE.match(folded, end):
            return None  # "Hôm qua, Thủ tướng chủ trì …": the story's day, not the page's
        day_value = now.date() - timedelta(days=DAYS_BACK[_day_named(match)])
        printed = PRINTED_DAY.search(folded)
        if printed and (int(printed[1]), int(printed[2])) != (day_value.day, day_value.month):
            return None  # "Giá vàng hôm nay 24/5" read in January: that day's headline, no stamp
        if printed and HEADLINE_TOPIC.fullmatch(folded[:start]):
            return None  # ... and read that same day: "Tỷ giá USD hôm nay 5/3" is still a headline
        # A clock time right before the day ("9 giờ 15 phút sáng hôm qua") or after it ("hôm qua lúc 14:30").
        window = folded[max(0, start - CLOCK_BEFORE_DAY) : start] + " " + folded[end : end + CLOCK_AFTER_DAY]
        part = match.group("part") or part_of_day(window)
        at = time_in(window, part)
        if at and part == "dem" and at[0].hour < NIGHT_AFTER_MIDNIGHT:
            day_value += timedelta(days=1)  # "0h15 đêm qua": last night, past midnight, is today
        value = datetime.combine(day_value, at[0], at[1]).astimezone(VN_TZ) if at else day_value
        return Found(value, start, end)
    match = PAST_WEEKDAY.search(folded)
    if match:
        weekday = 6 if match.group("sunday") else WEEKDAY_NUMBERS[match.group("day")]
        return Found(now.date() - timedelta(days=(now.weekday() - weekday) % 7 or 7), *match.span())
    match = LAST_WEEKS_WEEKDAY.search(folded)
    if match and not STORY_CLAUSE.match(folded, match.end()):
        weekday = 6 if match.group("sunday") else WEEKDAY_NUMBERS[match.group("day")]
        return Found(now.date() - timedelta(days=now.weekday() + 7 - weekday), *match.span())
    return None


def _another_moment_after(text: str, folded: str, end: int) -> bool:
    """A word in lower case right after "trước" that no listing prints there: the noun of
    another moment ("trước kỳ thi", "trước giờ khai mạc"). A name ("2 giờ trước Trần
    Minh") or a section after a bar is the listing's."""
    word = re.match(r"\s*(\w)", text[end:])
    return bool(word and word.group(1).islower() and not LISTING_AFTER_AGO.match(folded, end))


def _day_named(match: re.Match) -> str:
    """The day a DAY_NAMES match names: "nay", "qua", "kia", "today" or "yesterday"."""
    return match.group("which") or match.group("english")


def _back(now: datetime, offset: str) -> date | datetime | None:
    """`now` moved back by an offset such as "1 gio 15 phut" or "hai ngay"."""
    amounts: dict[str, float] = {}
    for number, unit, half in AMOUNT.findall(offset):
        kind = UNITS.get(unit) or SHORT_UNITS_AGO[unit]
        amount = (int(number) if number.isdigit() else NUMBER_WORDS[number]) + (0.5 if half else 0)
        amounts[kind] = amounts.get(kind, 0) + amount
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
