"""Vietnamese dates as portals print them, resolved to a day (and a time where printed).

Pure module: compiled patterns over the folded text (lower case, no diacritics,
đ → d), so "Thứ Năm", "thu nam" and "THỨ NĂM" are one form. dateparser is kept for
the long tail of forms these patterns do not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from .text import fold

# Vietnam has kept UTC+7 without daylight saving since 1975; a fixed offset is the
# same as Asia/Ho_Chi_Minh for every date a portal prints.
VN_TZ = timezone(timedelta(hours=7), "ICT")

PARTS_OF_DAY_PM = ("chieu", "toi", "dem")  # hours 1-11 in these mean afternoon/evening
PARTS_OF_DAY = r"(?:dau gio sang|dau gio chieu|cuoi gio chieu|sang nay|chieu nay|toi nay|sang|chieu|toi|trua|dem|rang sang)"
WEEKDAY = r"(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn)"

# Words that, standing right before a number pair, make it something other than a date.
LOOKALIKE_BEFORE = re.compile(
    r"(?:\bso|\bkhoa|nhiem ky|giai doan|\bduong|\bpho|\bmuc|\bdieu|\bkhoan|\bchuong|\bphan"
    r"|\blop|\bty le|\bdat|\bco|\bgom|\bva|\bphong|\bnha|\bha)\s*[:.]?\s*$"
)
# ... and words right after it (counts: "12/45 tổ chức", "3/5 xã").
LOOKALIKE_AFTER = re.compile(r"^\s*(?:%|[/.]\s*\d|-\d|[,.]\d|(?:to chuc|xa|phuong|don vi|chi bo|dang vien|nguoi|ho|thon|doanh nghiep|co so|tieu chi|chi tieu|phieu)\b)")

MONTHS_EN = {m: i for i, names in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"], start=1) for m in names.split()}

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(z|[+-]\d{2}:?\d{2})?)?"
)
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])")
_WORDS = re.compile(r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?:\s*(?:nam|,)?\s*(\d{4}))?")
_DM = re.compile(
    rf"(?:(?<![a-z])(?:ngay|{PARTS_OF_DAY}|{WEEKDAY}|hom|den|tu|va)\s*[,:]?\s*(?:ngay\s*)?)"
    r"(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])"
)
_EN_MDY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_EN_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b")
_YMD_URL = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")

_GMT = re.compile(r"[(\[]?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[)\]]?")
_TIME = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*(?:(?:h|gio|:)\s*(\d{2})?(?:\s*(?:phut|'))?|(?=\s*(?:am|pm|sa|ch)\b))"
    r"(?::\d{2})?\s*(am|pm|sa|ch)?\b"
)


def _today() -> datetime:
    return datetime.now(VN_TZ)


def _as_vn(reference: date | datetime | None) -> datetime:
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


def _time_in(text: str, part_of_day: str | None) -> time | None:
    for match in _TIME.finditer(text):
        hour, minute, meridiem = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if not match.group(2) and not meridiem and "gio" not in match.group(0) and "h" not in match.group(0):
            continue
        if meridiem in ("pm", "ch") and hour < 12:
            hour += 12
        elif meridiem in ("am", "sa") and hour == 12:
            hour = 0
        elif not meridiem and part_of_day in PARTS_OF_DAY_PM and hour < 12:
            hour += 12
        if hour < 24 and minute < 60:
            return time(hour, minute)
    return None


def _part_of_day(text: str) -> str | None:
    match = re.search(PARTS_OF_DAY, text)
    return match.group(0).split()[-1] if match else None


@dataclass(frozen=True)
class Found:
    """A date found in text: the value, and where in the folded text it stood."""

    value: date | datetime
    start: int
    end: int


def _build(day: int, month: int, year: int | None, rest: str, reference: datetime | None,
           start: int, end: int) -> Found | None:
    if year is None:
        year = _year_for(day, month, _as_vn(reference))
        if year is None:
            return None
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    at = _time_in(rest, _part_of_day(rest))
    value = datetime.combine(day_value, at, VN_TZ) if at else day_value
    return Found(value, start, end)


def _is_lookalike(folded: str, start: int, end: int) -> bool:
    return bool(LOOKALIKE_BEFORE.search(folded[max(0, start - 12):start])
                or LOOKALIKE_AFTER.match(folded[end:end + 24]))


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
    if zone == "z":
        return at.replace(tzinfo=timezone.utc).astimezone(VN_TZ)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return at.replace(tzinfo=timezone(sign * offset)).astimezone(VN_TZ)


def find_dates(text: str, reference: date | datetime | None = None) -> list[Found]:
    """Every date expression in `text`, in order, lookalikes left out."""
    # Same length as `text` (NFC in, one folded character per character), so spans
    # found here index the original text too.
    folded = _GMT.sub(lambda m: " " * len(m.group()), fold(text))
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def rest_after(end: int) -> str:
        # The time belongs to this date when it follows it closely or precedes it
        # ("15 giờ, ngày 3/4/2024"); look in a small window on both sides.
        return folded[end:end + 24]

    for match in _ISO.finditer(folded):
        value = _iso(match)
        if value is not None:
            found.append(Found(value, match.start(), match.end()))
            taken.append(match.span())
    for match in _DMY.finditer(folded):
        if not free(*match.span()) or _is_lookalike(folded, match.start(), match.end()):
            continue
        window = folded[max(0, match.start() - 30):match.start()] + " " + rest_after(match.end())
        item = _build(int(match.group(1)), int(match.group(3)), int(match.group(4)), window,
                      reference, *match.span())
        if item:
            found.append(item)
            taken.append(match.span())
    for match in _WORDS.finditer(folded):
        if not free(*match.span()):
            continue
        year = int(match.group(3)) if match.group(3) else None
        window = folded[max(0, match.start() - 30):match.start()] + " " + rest_after(match.end())
        item = _build(int(match.group(1)), int(match.group(2)), year, window, reference, *match.span())
        if item:
            found.append(item)
            taken.append(match.span())
    for matcher in (_EN_MDY, _EN_DMY):
        for match in matcher.finditer(folded):
            if not free(*match.span()):
                continue
            a, b, year = match.groups()
            month_name, day = (a, b) if matcher is _EN_MDY else (b, a)
            month = MONTHS_EN.get(month_name)
            if month is None:
                continue
            item = _build(int(day), month, int(year), rest_after(match.end()), reference, *match.span())
            if item:
                found.append(item)
                taken.append(match.span())
    for match in _DM.finditer(folded):
        span = match.span(1)[0], match.end()
        if not free(*span) or LOOKALIKE_AFTER.match(folded[match.end():match.end() + 24]):
            continue
        window = folded[match.start():span[0]] + " " + rest_after(match.end())
        item = _build(int(match.group(1)), int(match.group(2)), None, window, reference, *span)
        if item:
            found.append(item)
            taken.append(span)
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
    found = find_dates(text, reference)
    return found[0].value if found else None


def date_from_url(url: str) -> tuple[str, date] | None:
    """A /YYYY/MM/DD/ date in a URL path, with the text it was read from."""
    match = _YMD_URL.search(url.split("?", 1)[0])
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


def is_after(value: date | datetime, moment: datetime) -> bool:
    """True when `value` lies after `moment` (a date counts as its whole day)."""
    if isinstance(value, datetime):
        return value > moment
    return value > moment.astimezone(VN_TZ).date()


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
    now = _as_vn(crawled_at)
    by_source = {source: [raw for s, raw in candidates if s == source and raw] for source in DATE_SOURCES}
    for source in DATE_SOURCES:
        for raw in by_source[source]:
            if source == "url":
                parsed = date_from_url(raw)
                value = parsed[1] if parsed else None
                raw = parsed[0] if parsed else raw
            elif source == "body":
                found = find_dates(raw, now)
                value = found[0].value if found else None
                raw = _printed(raw, found[0]) if found else raw
            else:
                value = normalize_date(raw, now)
            if value is not None and not is_after(value, now + timedelta(hours=1)):
                return PublicationDate(value, raw.strip(), source)
    return None


def _printed(text: str, found: Found) -> str:
    """The original characters of a found date (folding keeps string length)."""
    return text[found.start:found.end]


WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def format_vietnamese(value: str | date | datetime | None) -> str:
    """An ISO date as a Vietnamese reader writes it: "Thứ Năm, 16/05/2024 15:30".

    >>> format_vietnamese("2024-05-16T15:30:00+07:00")
    'Thứ Năm, 16/05/2024 15:30'
    >>> format_vietnamese("2022-11-24")
    'Thứ Năm, 24/11/2022'
    """
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        except ValueError:
            return value
    day = value.astimezone(VN_TZ) if isinstance(value, datetime) and value.tzinfo else value
    text = f"{WEEKDAYS_VI[day.weekday()]}, {day:%d/%m/%Y}"
    return f"{text} {day:%H:%M}" if isinstance(day, datetime) else text
