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
    r"|\bthong tu|\bcong van|\bke hoach|\bbao cao|\bto trinh|\bhuong dan|\bket luan|\bquy dinh|\bky hieu)\s*[:.]?\s*$"
)
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
    r"(?<![\d/.])(\d{1,2})\s*(?:(?:h|g|gio|:)\s*(\d{2})?(?:\s*(?:phut|'))?|(?=\s*(?:am|pm|sa|ch)\b))"
    r"(?::(\d{2}))?\s*(am|pm|sa|ch)?\b"
)
ZONE = re.compile(r"^\s*[(\[]?\s*(?:(?:gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|(z)\b|([+-])(\d{2}):?(\d{2}))")
RELATIVE = re.compile(r"(?<![a-z])(?:sang|chieu|toi|trua|dem|hom) nay\b")
