"""What one line of text is, judged alone: a boilerplate line (by which rule), a
date stamp, a header of end matter or of promoted links, running prose, page chrome.

The cleaner (cleaner.py) judges lines in their place in the article; these
functions only look at the line itself. The rules and words live in boilerplate.py
and boilerplate_words.py. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .boilerplate import (
    LINE_RULE_NAMES,
    LINE_RULES,
    SECTION_NAME,
    SLUG_LINE,
    SOURCE_TAG,
    WORD_LINE_RULES,
)
from .boilerplate_words import (
    END_MARKERS,
    NEIGHBOUR_HEADER,
    OTHER_ITEMS_HEADER,
    PAYWALL,
    PROMO_HEADER,
    PROMO_MARKERS,
    RANKING_HEADER,
)
from .bylines import CMS_ACCOUNT, is_name, is_source_organisation, parse_byline
from .dates import find_dates
from .stamp_words import (
    FOREIGN_MONTHS,
    FOREIGN_STAMP_LABELS,
    FOREIGN_STAMP_WORDS,
    READING_TIME,
    SUBSCRIBER_BADGE,
    THAI_MONTHS,
    THAI_STAMP_LABELS,
    TIME_ZONES,
)
from .text import collapse_spaces, fold

CHROME_MAX_WORDS = 8
# Icons a widget prints beside its label ("🔖 Lưu bài viết", "Nghe bài viết ▶"): arrows,
# shapes, dingbats and emoji (© and ® stay: they are words of an imprint)
_ICON = r"[\u2190-\u21ff\u2300-\u27ff\U0001f300-\U0001faff\ufe0f\s]"
ICONS_AT_EDGES = re.compile(rf"^{_ICON}+|{_ICON}+$")
MASTHEAD_MAX_WORDS = 16

# A stamp's label; what stands before it is the section's name ("Xây dựng Đảng - Ngày đăng: …").
STAMP_MAX_CHARS = 160  # Joomla prints the date, the writer and the views on one line; some two stamps and a badge
STAMP_LABEL = re.compile(
    r"\b(?:ngay dang|dang ngay|dang luc|ngay cap nhat|cap nhat(?: luc| ngay)?|thoi gian dang|ngay phat hanh"
    # ... and in the other languages of news pages: "Publié aujourd'hui à 05h30, modifié à 10h12"
    rf"|publie|modifie|mis a jour|{'|'.join(FOREIGN_STAMP_LABELS)}"
    r"|published|updated|update)\b"
)
# What a stamp line may print beside its date: who posted it ("… | Người đăng: Quản trị",
# "Đăng ngày 17/05/2024 bởi Quản trị viên").
STAMP_EXTRA = re.compile(
    r"(?:[|-]\s*|\s)(?:nguoi dang|nguoi dua tin|dang boi|boi|posted by|tac gia|author)\s*:?[^|]{1,40}"
    r"|^(?:nguoi dang|nguoi dua tin|dang boi|posted by)\s*:[^|]{1,40}"  # "Người đăng: Ngọc Trâm | 14/12/2022 …"
    rf"|^(?:{CMS_ACCOUNT})\s*[·•|-]?\s+(?=\d)"  # the posting account before the date: "admin_dbk 12/04/2024", "admin · 3 tuần trước"
    rf"|\s*[|·•]\s*(?:{CMS_ACCOUNT})\s*(?=$|[|·•])"  # ... or after it, between bars: "21/07/2024 | admin | 0 Bình luận"
    r"|\sby\s+[^\s|]{2,40}$"  # WordPress: "Posted on 20/06/2024 by bientap"
    rf"|(?:[|·•-]\s*|\s){READING_TIME}"  # "12 Giugno 2024 alle 07:15 3 minuti di lettura"
    r"|\s*[|·•]\s*\d{1,3}\s*(?:min|minuten|minutes|minuti|minutos)\.?\s*$"  # ... or unlabelled: "14.11.2025, 18:12 Uhr · 1 Min"
    rf"|(?:[|·•-]\s*|\s){SUBSCRIBER_BADGE}\s*$"  # "… Temps de lecture 4 min. Article réservé aux abonnés"
    r"|(?:[|-]\s*|\s)(?:chuyen muc|danh muc|category)\s*:[^|]{1,40}"  # "… | Chuyên mục: Văn bản chỉ đạo"
    # WordPress's sentence under a post: "Bài viết này được đăng trong Tin hoạt động vào 20/12/2023 bởi hccblc."
    r"|^(?:bai viet nay )?(?:duoc )?dang trong\s[^|]{1,60}?\s(?=vao\s)|^this entry was posted in\s[^|]{1,60}?\son\s"
)
# ... or the uploader's name after a dash at the end ("Đăng lúc 07:30 - 25/06/2024 - Trần Minh")
STAMP_UPLOADER = re.compile(r"\s[-–|]\s(?P<name>[^\d|:-]{3,40})$")
# ... or the writer's name before it ("Ngọc Trâm | 14:05 Thứ Hai, 04/03/2024 (GMT+7)")
STAMP_WRITER = re.compile(r"^(?P<name>[^\d|:·-]{3,40}?)\s[-–|·]\s")
# ... or the writer with their unit, before a bar ("Trần Quốc Bảo - Ban Tuyên giáo Huyện ủy | 20/06/2024")
STAMP_BYLINE = re.compile(r"^(?P<byline>[^\d|:]{3,80}?)\s\|\s")
# ... or the section's name after the time ("04/02/2024 | 14:20 Xây dựng Đảng"; a section
# before the date is STAMP_WRITER's)
# ... after which WordPress may print the comments' count: "26 Tháng Một, 2024 | Tin hoạt động | 0 Bình luận"
TRAILING_ACCOUNT = re.compile(r"(?<=\d)\s+[a-z][a-z0-9_.]{1,15}$")  # a login, in lower case as typed
# ... and the section after it: "15/11/2022 admin Tin huyện, thị, thành"
ACCOUNT_AND_SECTION = re.compile(r"(?<=\d)\s+[a-z][a-z0-9_.]{1,15}\s+(?P<section>[^\d|:]{2,40})$")
TRAILING_COUNT = re.compile(
    r"\s*[|·-]\s*(?:\d+\s*(?:binh luan|y kien|comments?)|(?:luot (?:nguoi )?xem|luot doc|so lan xem|views?)\s*:?\s*\d[\d.,]*)$"
)
TRAILING_SECTION = re.compile(rf"(?<=\d)\s*[|·-]?\s*(?:{SECTION_NAME.pattern})$")
# Everything else a stamp line may hold besides the date itself.
STAMP_WORDS = re.compile(
    r"\d{1,2}\s*(?:h|g|gio)\s*\d{0,2}\b"  # 07h55, 15 giờ
    r"|\b(?:print|goc|thu|hai|ba|tu|nam|sau|bay|chu|nhat|ngay|dang|cap|nhat|luc|gui|gio|phut"
    r"|sa|ch|am|pm|a\.\s?m|p\.\s?m|h|cn|t[2-7]|sang|chieu|toi|trua|vao|xuat|ban|phat|hanh"
    rf"|{'|'.join(TIME_ZONES)}"
    # relative to the moment of reading: "3 tiếng trước", "cách đây 2 ngày", "hôm qua"
    r"|truoc|cach|day|hom|qua|kia|vua|xong|tieng|giay|tuan|thang|ago|hours?|minutes?|days?|just|now"
    r"|yesterday|today|publish|published|posted|update|updated|modified|date|on|last"
    r"|mot|tam|chin|muoi|gieng|chap|thg"  # months in words: "12 Tháng Tám 2024"; Google's "26 thg 3"
    # ... and in the other languages of news listings: "November 19, 2019", "12 февраля, 11:20"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december"
    r"|luot|xem|doc|da|so|lan|cuoi|sua"  # a view count: "Lượt xem: 312", "Số lần xem: 97"; "Cập nhật (Sửa) lần cuối"
    r"|binh|luan|duoc|viet|chi|tiet"  # "· 0 bình luận"; Joomla's "Chi tiết Được đăng ngày … Viết bởi …"
    rf"|{'|'.join(FOREIGN_MONTHS + FOREIGN_STAMP_WORDS)})\b|[\d:/.,|•·()\[\]+-]"
)
# A Japanese or Chinese stamp, its year first or left out: "2月5日 6時12分", "2025年3月12日 10時45分"
CJK_STAMP = re.compile(
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(][日月火水木金土][）)])?(?:\s*\d{1,2}\s*(?:時\s*\d{1,2}\s*分|:\d{2}))?"
)
# A Thai stamp: "เผยแพร่: 12 มี.ค. 2568 10:45"
THAI_STAMP = re.compile(
    rf"(?:(?:{'|'.join(THAI_STAMP_LABELS)})\s*:?\s*)?\d{{1,2}}\s*(?:{'|'.join(map(re.escape, THAI_MONTHS))})\s*\d{{2,4}}"
    r"(?:\s*(?:เวลา\s*)?\d{1,2}[:.]\d{2}(?:\s*น\.)?)?"
)
# A date with its month in words in the other languages of news pages: "7 februari 2025",
# "7. Februar 2025", "7 de febrero de 2025", "19 września 2024" (folded).
FOREIGN_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{'|'.join(FOREIGN_MONTHS)})\.?\s+(?:de\s+)?\d{{4}}\b"
    rf"|\b\d{{4}}\.\s+(?:{'|'.join(FOREIGN_MONTHS)})\s+\d{{1,2}}\."  # Hungarian, the year first: "2025. március 12."
)


@lru_cache(maxsize=8192)  # the listings and the cleaner both ask it of the same lines
def line_rule(text: str) -> str | None:
    """The name of the boilerplate rule a whole line matches, if any."""
    stripped = text.strip()
    folded = fold(stripped)  # fold() keeps the length: a match in `folded` stands at the same place in `stripped`
    matched = LINE_RULES.match(folded)
    if not matched and ICONS_AT_EDGES.search(stripped):  # "▲ 0,45%" is a price; "🔖 Lưu bài viết" a widget
        stripped = ICONS_AT_EDGES.sub("", stripped)
        folded = fold(stripped)
        matched = LINE_RULES.match(folded)
    if matched:
        return LINE_RULE_NAMES[int(matched.lastgroup[1:])]
    for name, word, rule in WORD_LINE_RULES:
        if word in folded and rule.match(folded):
            return name
    if SLUG_LINE.match(stripped):
        return "alt text or slug"
    if _spaced_menu(stripped) or _section_menu(stripped, folded):
        return "menu bar"
    return None


SECTION_MENU_MIN = 3  # sections named in one line
SECTION_MENU_SHARE = 0.6  # of the line's words


def _section_menu(text: str, folded: str) -> bool:
    """A site's menu run into one line with single spaces: "Trang chủ Thời sự Xây dựng
    Đảng Kinh tế Văn hóa …". Three section names or more, each capitalised as a menu
    prints it, making most of the line, no comma and no sentence in it."""
    if re.search(r"[,.!?;]", text):
        return False
    found = list(SECTION_NAME.finditer(folded))
    if len(found) < SECTION_MENU_MIN or not all(text[m.start()].isupper() for m in found):
        return False
    covered = sum(len(m.group().split()) for m in found)
    return covered >= SECTION_MENU_SHARE * len(text.split())


SPACED_MENU_MIN_ITEMS = 4
MENU_ITEM_MAX_WORDS = 4


def _spaced_menu(text: str) -> bool:
    """A menu stored as one line, its items parted by runs of spaces: "Thời sự   Kinh tế
    Xã hội   Văn hóa". Each item capitalised, short, with no digit and no sentence mark:
    prose with a few double spaces in it has lower-case words between them."""
    items = re.split(r"\s{2,}", text)
    return len(items) >= SPACED_MENU_MIN_ITEMS and all(
        item[:1].isupper()
        and len([word for word in item.split() if word not in "-–—/&"]) <= MENU_ITEM_MAX_WORDS
        and not re.search(r"[\d.!?,;:]", item)
        for item in items
    )


# A subscribers' badge before a header: "PLUS Läs också"
BADGE_BEFORE_HEADER = re.compile(r"^(?:plus|premium|\+)\s+(?=\S)")
# Brackets a header may stand in: "【関連記事】", "[Tin liên quan]"
HEADER_FRAMES = {"【": "】", "[": "]", "〔": "〕", "［": "］", "《": "》"}


@lru_cache(maxsize=4096)  # a line is asked whether it ends the article and whether it promotes links
def _header_key(text: str) -> str:
    text = text.strip()
    if text and not (text[0].isalnum() and text[-1].isalnum()):
        text = ICONS_AT_EDGES.sub("", text)  # "📌 LEIA TAMBÉM"
        if text[:1] in HEADER_FRAMES and text.endswith(HEADER_FRAMES[text[0]]):
            text = text[1:-1]
    key = " ".join(fold(text).replace("/", " ").replace(",", " ").rstrip(" :：").split())
    return BADGE_BEFORE_HEADER.sub("", key)


def is_end_marker(text: str) -> bool:
    """A header opening the end matter: "Tin khác", "Các tin/bài khác", "Tin liên quan:";
    or a paywall's notice."""
    key = _header_key(text)
    return (
        key in END_MARKERS
        or bool(_OTHER_ITEMS_HEADER.fullmatch(key))
        or bool(_NEIGHBOUR_HEADER.fullmatch(key))
        or bool(_PAYWALL.match(key))
    )


def is_promo_marker(text: str) -> bool:
    """A header of links promoted inside the article: "Read more:", "Also on rt.com", "Most
    read in world news" (the article may go on under the links)."""
    key = _header_key(text)
    if key in END_MARKERS:
        return False
    return key in PROMO_MARKERS or bool(_PROMO_HEADER.fullmatch(key)) or bool(_RANKING_HEADER.fullmatch(key))


_PROMO_HEADER = re.compile(PROMO_HEADER)
_NEIGHBOUR_HEADER = re.compile(NEIGHBOUR_HEADER)
_OTHER_ITEMS_HEADER = re.compile(OTHER_ITEMS_HEADER)
_RANKING_HEADER = re.compile(RANKING_HEADER)
_PAYWALL = re.compile(PAYWALL)
META_LABEL = re.compile(r"^(?:\S+\s){0,2}\S+:\s*\S")  # a label of one to three words: "Publicado por: …"
META_MIN_LABELS = 2


def is_meta_line(text: str) -> bool:
    """A line of the page's metadata in labelled parts: "05/10/2018 - Publicado por: X -
    Categoria: Saúde - Tags: sad", "Posted by X | Category: Y"."""
    parts = [part.strip() for part in re.split(r"\s+[-|•·]\s+", text)]
    if len(parts) < 3 or any(len(part) > 60 for part in parts):
        return False
    return sum(bool(META_LABEL.match(part)) for part in parts) >= META_MIN_LABELS


# A time of day: "08:15", "8h15", "15 giờ 30" (folded).
CLOCK_TIME = re.compile(r"\b\d{1,2}\s*(?::|h|g|gio)\s*\d{2}\b")


def is_stamp_line(text: str) -> bool:
    """A line that is a date stamp and nothing else ("Thứ 5, Ngày 24 / 11 / 2022"), or a
    stamp's label with a time alone ("Cập nhật lúc 08:15 (GMT+7)"); perhaps with the
    poster's login after it, as WordPress prints it ("Tháng Một 16, 2025 vphu")."""
    if _is_stamp(text):
        return True
    account = TRAILING_ACCOUNT.search(text) or ACCOUNT_AND_SECTION.search(text)
    section = account.groupdict().get("section", "") if account else ""
    return (
        account is not None
        and _is_stamp(text[: account.start()])
        and (not section or section[0].isupper() and is_page_chrome(section))  # a section's name, as a menu prints it
    )


def _is_stamp(text: str) -> bool:
    if len(text) > STAMP_MAX_CHARS:
        return False
    if CJK_STAMP.fullmatch(text.strip()) or THAI_STAMP.fullmatch(text.strip()):
        return True
    uploader = STAMP_UPLOADER.search(text)
    # the uploader's name, or their unit after a bar ("19/03/2024 | Ban Tuyên giáo"; "- Hội nghị …" is a headline's)
    unit = (
        uploader
        and "|" in text[uploader.start() : uploader.start("name")]
        and is_source_organisation(uploader.group("name"))
    )
    if uploader and (is_name(uploader.group("name").strip()) or unit):
        text = text[: uploader.start()]
    before = STAMP_BYLINE.match(text)
    # "Trần Quốc Bảo - Ban Tuyên giáo Huyện ủy | 20/06/2024", "Nghiên cứu - Trao đổi | Thứ ba, …"
    if before and (_byline_before(text) or line_rule(before.group("byline")) == "section label"):
        text = text[before.end() :]
    elif _writer_before(text) or _section_before(text):
        text = text[STAMP_WRITER.match(text).end() :]  # "Ngọc Trâm | 14:05 …", "Đoàn thể | Chủ nhật, …"
    folded = STAMP_EXTRA.sub("", fold(text))  # "… | Người đăng: Quản trị"
    folded = TRAILING_SECTION.sub("", TRAILING_COUNT.sub("", folded))
    label = STAMP_LABEL.search(folded)
    if not find_dates(text) and not (label and CLOCK_TIME.search(folded)) and not FOREIGN_DATE.search(folded):
        return False
    if label and label.start() <= 40 and not re.search(r"[.!?]", folded[: label.start()]):
        folded = folded[label.start() :]
    return not STAMP_WORDS.sub("", folded).strip()


# ... or labelled after it ("19/09/2023 - Tác giả: Ban Tuyên giáo CĐVC"), over folded text
STAMP_AUTHOR_AFTER = re.compile(r"[-–|]\s*(?:tac gia|author)\s*:\s*(?P<name>[^|]{2,40}?)\s*$")


def stamp_writer(text: str) -> str | None:
    """The writer's name printed before a stamp line's date, or labelled after it, if any."""
    after = STAMP_AUTHOR_AFTER.search(fold(text))
    return (
        _byline_before(text)
        or _writer_before(text)
        or (text[after.start("name") : after.end("name")] if after else None)
    )


def _writer_before(text: str) -> str | None:
    writer = STAMP_WRITER.match(text)
    name = writer.group("name").strip() if writer else ""
    return name if is_name(name) and STAMP_WORDS.sub("", fold(name)).strip() else None  # "Thứ Hai" is no name


def _byline_before(text: str) -> str | None:
    before = STAMP_BYLINE.match(text)
    return parse_byline(before.group("byline")) if before and " - " in before.group("byline") else None


def _section_before(text: str) -> bool:
    before = STAMP_WRITER.match(text)
    return bool(before) and bool(SECTION_NAME.fullmatch(fold(before.group("name").strip())))


def is_time_line(text: str) -> bool:
    """A line of only a date or a time, valid or not ("11/20/2019 01:14 PM", "3 giờ trước")."""
    return len(text) <= 40 and any(c.isdigit() for c in text) and not STAMP_WORDS.sub("", fold(text)).strip()


def strip_source_tag(text: str) -> str:
    return SOURCE_TAG.sub("", text, count=1) if text else text


def has_source_tag(text: str) -> bool:
    return bool(SOURCE_TAG.match(text))


def clean_title(title: str | None) -> str | None:
    """A headline without the CMS's leftovers ("null " before it)."""
    if not title:
        return title
    title = collapse_spaces(title)
    return re.sub(r"^null\s+", "", title)


def is_page_chrome(text: str) -> bool:
    """A short line that is neither a sentence nor a labelled line ("Tin tức - Sự kiện",
    "Hoạt động của Đảng bộ Khối"): a menu entry, a section name, a header remnant; or
    the site's name in capitals ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH HẬU GIANG")."""
    words = len(text.split())
    if text.isupper() and words <= MASTHEAD_MAX_WORDS:
        return True
    return words <= CHROME_MAX_WORDS and not re.search(r"[.!?…:]\s*$|:", text)


SENTENCE_ENDS = (".", "!", "?", "…")
CLOSING_MARKS = " ”\"'’)»"  # what may close a sentence after its end: "… thành công.”"


def ends_a_sentence(text: str, ends: tuple[str, ...] = SENTENCE_ENDS) -> bool:
    """Whether the text ends as a sentence does, closing quotes and brackets aside."""
    return text.rstrip(CLOSING_MARKS).endswith(ends)


HEADER_LINE_MAX_WORDS = 25  # a masthead's motto runs long; a kicker above a headline is short


def is_header_line(text: str) -> bool:
    """Above an article's headline, a line that is no sentence: page chrome, or the
    site's masthead and motto ("Cơ quan lý luận và chính trị của Ban Chấp hành Trung
    ương Đảng", "Chào mừng bạn đến với Cổng thông tin điện tử tỉnh …")."""
    return is_page_chrome(text) or (len(text.split()) <= HEADER_LINE_MAX_WORDS and not ends_a_sentence(text))
