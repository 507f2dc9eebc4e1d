"""The vocabulary and patterns of Vietnamese dates, as data: over folded text (lower
case, no diacritics, đ → d). How they are read: dates.py."""

import re

PARTS_OF_DAY_PM = ("chieu", "toi", "dem")  # hours 1-11 in these mean afternoon/evening
PARTS_OF_DAY = (
    r"(?:dau gio sang|dau gio chieu|cuoi gio chieu|chieu toi|rang sang|sang som|sang nay|chieu nay"
    r"|toi nay|trua nay|dem nay|sang|chieu|toi|trua|dem)"
)
WEEKDAY = r"(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn|t[2-7])"
DAY_WORDS = rf"(?:ngay|mung|mong|{PARTS_OF_DAY}|{WEEKDAY}|hom|den|tu|va|truoc|sau)"

# Words that, standing right before a number pair, make it something other than a date.
LOOKALIKE_BEFORE = re.compile(
    r"(?:\bso|\bkhoa|\bk|nhiem ky|giai doan|nam hoc|\bduong|\bpho|\bquang truong|\bcau|\btruong|\bbenh vien"
    r"|\bsan|\bmuc|\bdieu|\bkhoan|\bchuong|\bphan|\blop|\bty le|\bdat|\bco|\bgom|\bva|\bphong|\bnha|\bha"
    r"|\bcan ho|\bty so|\bphien ban|\bversion|\bios|\bandroid|\bquyet dinh|\bnghi quyet|\bchi thi"
    r"|\bthong tu|\bcong van|\bke hoach|\bbao cao|\bto trinh|\bhuong dan|\bket luan|\bquy dinh|\bky hieu"
    r"|\bsinh(?: ngay| nam)?|\bngay sinh|\bnam sinh)\s*[:.]?\s*$"  # a date of birth: "Sinh ngày 19/5/1890"
)
# A deadline or a schedule names a day to come, not the article's: "Hạn đăng ký: trước ngày
# 15 tháng Năm", "chậm nhất ngày 30/6", "đến hết ngày 31/12", "Lịch thi đấu: 20h00 ngày 15/3"
# (folded, the words just before the date)
DEADLINE_BEFORE = re.compile(
    r"(?:\btruoc|\bhan chot|\bhan cuoi|\bcham nhat|\bden het|\btoi han|\b(?:han|lich)(?: [a-z]+){0,3}\s*:)"
    r"\s*(?:(?:la|vao|ngay|luc|\d{1,2}\s*(?:h|gio|:)\s*\d{0,2})\s*)*[:,]?\s*$"  # "Hạn nộp: 17h00 ngày 20/5"
)
# ... nor an event's hour: "Khai mạc lúc 20h ngày 15/8", "diễn ra vào 19h00 ngày 20/3" (an
# event's day alone, "diễn ra ngày 5/3", is most often the day the news was written)
EVENT_VERBS = r"khai mac|be mac|dien ra|bat dau|phat song|truc tiep|khoi tranh|lan bong|khoi hanh"
EVENT_HOUR_BEFORE = re.compile(
    rf"\b(?:{EVENT_VERBS})\s*(?:vao\s*)?(?:luc\s*)?\d{{1,2}}\s*(?:h|gio|:)\s*\d{{0,2}}"
    rf"\s*(?:{PARTS_OF_DAY}\s*)?(?:ngay\s*)?[:,]?\s*$"
)
# ... nor does a span of years ("(7/5/1954 - 7/5/2024)": an anniversary)
SPAN_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}")
SPAN_BEFORE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*[-–]\s*$")
# ... nor a period's ends ("diễn ra từ 10/3 đến 15/3")
RANGE_AFTER = re.compile(r"\s*(?:den|toi)\s*(?:het\s*)?(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}")
RANGE_BEFORE = re.compile(  # ... its first end a day alone: "từ ngày 5 đến 7/3"
    r"\btu\s*(?:ngay\s*)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?\s*(?:den|toi)\s*(?:ngay\s*)?$"
)
# ... nor the day something starts from ("Giảm 50% từ 1/7", "Kể từ ngày 1/1/2025"), not "thứ Tư" or
# "tháng Tư", which fold alike
START_BEFORE = re.compile(r"(?<!thu )(?<!thang )(?<!mung )\btu\s*(?:ngay\s*)?[:,]?\s*$")
# ... nor the date of a document cited by its number: "Nghị quyết 57-NQ/TW ngày 22/12/2024",
# "Nghị định 12/2024/NĐ-CP ngày 5/2/2024", "Quyết định 1234/QĐ-UBND ký lúc 16 giờ ngày 4/12/2023"
CITED_DOCUMENT_BEFORE = re.compile(
    # (no \b: a long number may start before the window; no clock's minutes and meridiem, "10:30-CH")
    r"(?<!:)(?<!:\d)\d{1,4}(?:/\d{2,4})?(?:[/-](?!(?:sa|ch|am|pm)\b)[a-z]{1,8})+\s*,?"
    r"\s*(?:(?:ky|ban hanh)\s*(?:luc\s*\d{1,2}\s*(?:h|gio|:)\s*\d{0,2}\s*(?:phut\s*)?)?,?\s*)?ngay\s*$"
)
# ... nor a day some years back named by its distance, an anniversary's story: "Cách đây 79 năm,
# ngày 2/9/1945", "50 năm trước, ngày 30/4/1975"
YEARS_AGO_BEFORE = re.compile(r"(?:\bcach day\s*\d+\s*nam|\b\d+\s*nam\s*truoc)\s*[,:-]?\s*(?:vao\s*)?(?:ngay\s*)?$")
# Words of a plan: a sentence with them names a day planned, not the day it was written
# ("dự kiến khởi công ngày 20/8", "Ngày 30/4 sẽ được nghỉ")
PLAN_WORDS = re.compile(r"\b(?:du kien|du dinh|se)\b")
# A listing's stamp that is nothing but a day and month, with a clock time or not ("25/12",
# "09:12 - 28/12", "31/12 lúc 23:59"), or a clock time alone ("14:05"), folded
BARE_DAY = re.compile(
    r"^\s*(?:(?P<before>\d{1,2}:\d{2})\s*[-–|,]?\s*)?(?P<day>\d{1,2})[/.](?P<month>\d{1,2})"
    r"(?:\s*(?:[-–|,]|luc)?\s*(?P<after>\d{1,2}:\d{2}))?\s*$"
)
BARE_CLOCK = re.compile(
    r"^\s*(?:luc\s*)?(\d{1,2})\s*(?::|h|g)\s*(\d{2})\s*(sa|ch|am|pm)?\s*$"
)  # "lúc 0h30", "12:05 SA"
# The latest of a weekday: "Thứ Sáu vừa qua" (folded)
PAST_WEEKDAY = re.compile(r"(?<![a-z])(?:thu\s*(?P<day>hai|ba|tu|nam|sau|bay)|(?P<sunday>chu nhat))\s*vua qua\b")
# ... or of the week before the reading's: "Thứ Hai tuần trước", "Chủ nhật tuần qua" (weeks start on Monday)
LAST_WEEKS_WEEKDAY = re.compile(
    r"(?<![a-z])(?:thu\s*(?P<day>hai|ba|tu|nam|sau|bay)|(?P<sunday>chu nhat))\s*,?\s*tuan (?:truoc|qua)\b"
)
WEEKDAY_NUMBERS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
NIGHT_AFTER_MIDNIGHT = 6  # "0h15 đêm qua", "2 giờ đêm": hours before this are past midnight
# A day of the lunar calendar ("mùng 10 tháng Ba âm lịch", "15/8 (ÂL)"): no day of the
# Gregorian one the archive dates by.
LUNAR_AFTER = re.compile(r"\s*[(\[]?\s*(?:am lich|al)\b")
# ... or named by the day it keeps, always reckoned by the moon: "Giỗ Tổ Hùng Vương mùng 10 tháng 3" (not
# "giỗ" alone, which folds like "giờ")
LUNAR_BEFORE = re.compile(r"\b(?:gio to|ram|tet)\b[^.!?\d]{0,30}$")
# ... and words right after it (counts: "12/45 tổ chức", "3/5 xã"; numbers: "12/2021/NQ").
LOOKALIKE_AFTER = re.compile(
    r"^\s*(?:%|[/.]\s*\d|-\d|[,.]\d|/?[a-z]{1,4}-|(?:to chuc|xa|phuong|huyen|tinh|don vi|chi bo|dang vien"
    r"|nguoi|ho|thon|doanh nghiep|co so|tieu chi|chi tieu|phieu|ban|dai bieu|thanh vien|nganh|lop|truong"
    r"|diem|ty|trieu|nghin|hoc sinh|cau|bai)\b)"
)

MONTHS_EN = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}

# ISO 8601; NukeViet prints a zone name where the "T" goes ("2024-03-12ICT14:20:00").
ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:(?:[t ]|[a-z]{3,4})(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*"
    r"(z|[+-]\d{2}:?\d{2})?)?"
)
YMD_URL = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
TIME = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*(?:(?:h|g|gio|:)\s*(\d{2}|\d(?=\s*phut))?(?:\s*(?:phut|'))?|(?=\s*(?:am|pm|sa|ch)\b))"
    r"(?::(\d{2}))?\s*(?:-\s*(?=(?:am|pm|sa|ch)\b))?(am|pm|sa|ch)?\b"  # "10:30-CH": its meridiem after a dash
)
ZONE = re.compile(r"^\s*[(\[]?\s*(?:(?:gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|(z)\b|([+-])(\d{2}):?(\d{2}))")

# --- relative to the moment of reading: stamps of fresh articles, listings -----------

# One to ten in Vietnamese (folded); "tư" and "bốn" are both four.
VIETNAMESE_NUMBERS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
}  # fmt: skip
# Eleven to fifty-nine: "mười lăm", "hai mươi", "ba mươi mốt" (folded). Five after the tens
# is "lăm": "mười năm" stays ten years.
_DIGIT_WORDS = {**{w: n for w, n in VIETNAMESE_NUMBERS.items() if n < 10 and w != "nam"}, "lam": 5}
_TENS_WORDS = {"muoi": 10, **{f"{w} muoi": 10 * n for w, n in VIETNAMESE_NUMBERS.items() if 2 <= n <= 5}}
COMPOUND_NUMBERS = {
    **{tens: value for tens, value in _TENS_WORDS.items() if value > 10},
    **{f"{tens} {digit}": value + n for tens, value in _TENS_WORDS.items() for digit, n in _DIGIT_WORDS.items()},
}
NUMBER_WORDS = {
    **VIETNAMESE_NUMBERS, **COMPOUND_NUMBERS,
    "nua": 0.5, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half an": 0.5, "half a": 0.5,
}  # fmt: skip
# Each unit word as a unit of timedelta (or months, years: counted on the calendar).
UNITS = {
    "giay": "seconds", "phut": "minutes", "gio": "hours", "tieng": "hours", "ngay": "days", "tuan": "weeks",
    "h": "hours", "p": "minutes",  # a listing's shorthand: "3h trước", "5p trước"
    "thang": "months", "nam": "years",
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds", "minute": "minutes",
    "minutes": "minutes", "min": "minutes", "mins": "minutes", "hour": "hours", "hours": "hours", "hr": "hours",
    "hrs": "hours", "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years",
}  # fmt: skip


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# an amount of a unit, and a half more ("một tiếng rưỡi": an hour and a half)
# English feeds' shorthand before "ago" only ("5m ago", "3d ago"): before "trước" or after
# "cách đây" a bare "m" is metres ("cách đây 5 m": five metres away)
SHORT_UNITS_AGO = {"m": "minutes", "d": "days", "w": "weeks", "mo": "months", "y": "years"}
AMOUNT = re.compile(
    rf"(\d{{1,3}}|{_alternatives(NUMBER_WORDS)})\s*({_alternatives({**UNITS, **SHORT_UNITS_AGO})})\b(\s*ruoi\b)?"
)
_OFFSET = rf"(?:(?:\d{{1,3}}|{_alternatives(NUMBER_WORDS)})\s*(?:{_alternatives(UNITS)})\b\s*(?:ruoi\b\s*)?)+"
_OFFSET_AGO = (
    rf"(?:(?:\d{{1,3}}|{_alternatives(NUMBER_WORDS)})\s*(?:{_alternatives({**UNITS, **SHORT_UNITS_AGO})})\b\s*)+"
)
# Words after "trước" that make it "before" another moment: "3 ngày trước đó", "2 giờ trước
# khi …", "2 tiếng trước giờ bóng lăn", "1 tuần trước ngày cưới", "trước thềm đại hội" (not
# words that fold like a writer's name after a listing's stamp: "trận" and "Trần", "lễ" and "Lê")
_BEFORE_ANOTHER_MOMENT = r"do|khi|kia|nua|gio|ngay|luc|buoi|tet|them|thoi (?:han|diem)|tran dau"
# Words a listing prints after its stamp ("2 giờ trước bởi admin", "3 giờ trước trong Thời sự"):
# any other word in lower case after "trước" names another moment ("3 ngày trước kỳ thi")
LISTING_AFTER_AGO = re.compile(r"\s*(?:boi|by|dang|theo|trong|tai|in|via|from)\b")
# "2 giờ trước", "cách đây 3 ngày", "3 năm trước đây", "2 hours ago"
# (a weekday's or a month's name is no amount: "Thứ Hai tuần trước", "tháng Hai năm trước")
AGO = re.compile(
    rf"(?<![\w])(?:cach day\s*(?:khoang\s*)?(?P<since>{_OFFSET})(?:truoc\b)?"
    rf"|(?<!thu )(?<!thang )(?P<before>{_OFFSET})truoc\b(?!\s*(?:{_BEFORE_ANOTHER_MOMENT})\b)|(?P<ago>{_OFFSET_AGO})ago\b)"
)
# ... nor a time a figure is compared with or counted from: "so với 1 tuần trước", "kể từ 2 ngày trước"
COMPARED_BEFORE = re.compile(r"(?:\bso voi|\bke tu|\bcompared (?:to|with)|\bthan|\bsince)\s*$")
JUST_NOW = re.compile(
    r"(?<![\w])(?:vua xong|vua moi(?:\s*(?:dang|cap nhat))?|vua dang|vua cap nhat|moi dang|just now|moments? ago)\b"
)
# Today, yesterday, the day before: "hôm qua", "chiều hôm kia", "tối qua", "sáng nay", "yesterday".
DAY_NAMES = re.compile(
    r"(?<![a-z])(?:(?P<part>sang(?: som)?|chieu|toi|trua|dem)\s*(?:hom\s*)?|hom\s*)(?P<which>nay|qua|kia)\b"
    r"|(?<![a-z])(?P<english>today|yesterday)\b"
)
DAYS_BACK = {"nay": 0, "qua": 1, "kia": 2, "today": 0, "yesterday": 1}

# Months written as words ("tháng Tư", "tháng Mười Một"); Giêng and Chạp name lunar months.
MONTH_WORDS = {**VIETNAMESE_NUMBERS, "muoi mot": 11, "muoi hai": 12}
MONTH_WORD = "(?:" + _alternatives(MONTH_WORDS).replace(r"\ ", r"\s+") + r")\b"
# A listing's stamp of a month in words and a day, WordPress's "F j" without its year: "Tháng Mười Hai 30"
BARE_MONTH_DAY = re.compile(rf"^\s*thang\s*(?P<month>{MONTH_WORD}|\d{{1,2}})\s+(?P<day>\d{{1,2}})\s*$")
# A listing's stamp of a day and a month written with "tháng" alone: "28 tháng Mười Hai", "5 tháng 3"
BARE_WORD_DAY = re.compile(
    rf"^\s*(?:ngay\s*)?(?P<day>\d{{1,2}})\s*thang\s*(?P<month>{MONTH_WORD}|\d{{1,2}})"
    r"(?:\s*(?:[-–|,]|luc)?\s*(?P<after>\d{1,2}:\d{2}))?\s*$"  # "28 tháng 11 lúc 14:05"
)
