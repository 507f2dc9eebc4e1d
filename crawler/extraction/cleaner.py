"""The portal-independent text cleaner: the last line of defence against boilerplate.

It sees the article as a list of text blocks in reading order (each with the
element it came from and the pictures right before it) and decides, block by block,
what is prose, what is a caption, what is the byline and what is boilerplate. The
vocabulary lives in boilerplate.py; this module holds only the decisions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boilerplate import (
    BYLINE_HONORIFIC,
    BYLINE_INITIALS,
    BYLINE_LABEL,
    BYLINE_UNIT_SEPARATORS,
    CAPTION_CLASS,
    END_MARKERS,
    LINE_RULES,
    NAME_WORD,
    SLUG_LINE,
    SOURCE_IN_PARENTHESES,
    SOURCE_TAG,
)
from .dates import find_dates
from .text import collapse_spaces, fold

CAPTION_MAX_WORDS = 60
PROSE_AFTER_BOX_CHARS = 120
BYLINE_MAX_CHARS = 90
# What a date stamp line may hold besides the date itself.
# A stamp's label; what stands before it is the section's name ("Xây dựng Đảng - Ngày đăng: …").
STAMP_LABEL = re.compile(r"\b(?:ngay dang|dang ngay|dang luc|ngay cap nhat|cap nhat(?: luc| ngay)?|thoi gian dang)\b")
STAMP_WORDS = re.compile(
    r"\d{1,2}\s*(?:h|g|gio)\s*\d{0,2}\b"  # 07h55, 15 giờ
    r"|\b(?:print|goc|thu|hai|ba|tu|nam|sau|bay|chu|nhat|ngay|dang|cap|nhat|luc|gui|gio|phut"
    r"|gmt|utc|sa|ch|am|pm|h|cn|sang|chieu|toi|trua|vao|xuat|ban"
    # relative to the moment of reading: "3 tiếng trước", "cách đây 2 ngày", "hôm qua"
    r"|truoc|cach|day|hom|qua|kia|vua|xong|tieng|giay|tuan|thang|ago|hours?|minutes?|days?|just|now"
    r"|yesterday|today)\b|[\d:/.,|()\[\]+-]"
)


@dataclass
class Block:
    text: str
    element: object  # the lxml element the text came from
    images: tuple[int, int] = (0, 0)  # indexes [start, end) of the pictures right before it


@dataclass
class Cleaned:
    paragraphs: list[str] = field(default_factory=list)
    author: str | None = None
    captions: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)


def line_rule(text: str) -> str | None:
    """The name of the boilerplate rule a whole line matches, if any."""
    folded = fold(text).strip()
    for name, rule in LINE_RULES:
        if rule.match(folded):
            return name
    if SLUG_LINE.match(text.strip()):
        return "alt text or slug"
    return None


def is_end_marker(text: str) -> bool:
    return fold(text).strip().rstrip(":").strip() in END_MARKERS


def is_stamp_line(text: str) -> bool:
    """A line that is a date stamp and nothing else ("Thứ 5, Ngày 24 / 11 / 2022")."""
    if len(text) > 80 or not find_dates(text):
        return False
    folded = fold(text)
    label = STAMP_LABEL.search(folded)
    if label and label.start() <= 40 and not re.search(r"[.!?]", folded[: label.start()]):
        folded = folded[label.start() :]
    return not STAMP_WORDS.sub("", folded).strip()


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


def caption_text(lines: list[str]) -> str | None:
    """A caption from its lines, without image file names and other leftovers."""
    kept = [line for line in lines if not line_rule(line)]
    return " ".join(kept) if kept else None


def is_name(text: str) -> bool:
    words = text.split()
    return 1 < len(words) <= 6 and all(NAME_WORD.match(word) for word in words)


def parse_byline(text: str) -> str | None:
    """The writer's name in a byline line, or None when the line is not a byline.

    >>> parse_byline("Tin, ảnh: Minh Khôi")
    'Minh Khôi'
    >>> parse_byline("Nguyễn Văn Quý - Ban Tuyên giáo Đảng ủy Khối")
    'Nguyễn Văn Quý'
    """
    text = collapse_spaces(text).strip(" .")
    if not text or len(text) > BYLINE_MAX_CHARS:
        return None
    initials = BYLINE_INITIALS.match(text)
    if initials:
        return initials.group("name")
    source = SOURCE_IN_PARENTHESES.match(fold(text))
    if source:
        return text[source.start("source") : source.end("source")]
    label = BYLINE_LABEL.match(fold(text))
    if label:
        # fold() keeps the length of NFC text, so the label's end indexes `text`.
        named = text[label.end() :].strip()
        return _name_part(named) or (named if len(named) <= 60 else None)
    return _name_part(text)


def _name_part(text: str) -> str | None:
    text = BYLINE_HONORIFIC.sub("", text).strip()
    if is_name(text):
        return text
    for separator in BYLINE_UNIT_SEPARATORS:
        head, found, tail = text.partition(separator)
        # "Name - Unit", "Name (unit)", "NAME (thực hiện)"
        if found and is_name(head.strip()) and (tail[:1].isupper() or separator == " ("):
            return head.strip()
    return None


def looks_like_caption(block: Block) -> bool:
    """Short text right after pictures, set apart as captions are (centred, italic)."""
    if block.images[0] == block.images[1] or len(block.text.split()) > CAPTION_MAX_WORDS:
        return False
    element = block.element
    style = (element.get("style") or "").replace(" ", "").lower()
    if "text-align:center" in style or element.tag in ("figcaption", "em", "i"):
        return True
    if any(
        a.tag == "figcaption" or CAPTION_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}")
        for a in (element, *list(element.iterancestors())[:2])
    ):
        return True
    emphasised = "".join(t for e in element.iter("em", "i") for t in e.itertext())
    return collapse_spaces(emphasised) == block.text


def _inside(element, ancestor) -> bool:
    return element is ancestor or any(a is ancestor for a in element.iterancestors())


def _inline_box(blocks: list[Block], index: int):
    """The element boxing the related-news header at blocks[index], when the article
    goes on after it; None when the header opens the end matter."""
    marker = blocks[index].element
    first_block = blocks[0].element
    box = None
    for ancestor in (marker, *marker.iterancestors()):
        if _inside(first_block, ancestor):
            break
        box = ancestor
    if box is None or box is marker:
        return None
    after = [b for b in blocks[index + 1 :] if not _inside(b.element, box)]
    # The article goes on only if prose follows the box.
    return box if any(len(b.text) >= PROSE_AFTER_BOX_CHARS for b in after[:4]) else None


def clean(
    blocks: list[Block], title: str = "", stamp: str = "", summary: str = "", captions: set[str] = frozenset()
) -> Cleaned:
    """Sort the blocks of one article into prose, captions, byline and boilerplate.

    `captions` are the captions already read from figures: a CMS that prints one
    again as a paragraph does not make it prose.
    """
    out = Cleaned()
    kept: list[Block] = []
    folded_title, folded_summary = fold(title).strip(), fold(summary).strip()
    carried: tuple[int, int] | None = None  # pictures whose caption may still follow
    skip_inside = None  # an inline related-news box being skipped
    labelled = None  # the writer named by a labelled byline before the last paragraph
    for index, block in enumerate(blocks):
        if skip_inside is not None:
            if _inside(block.element, skip_inside):
                out.removed.append(("related box", block.text))
                continue
            skip_inside = None
        if carried and block.images[0] == block.images[1]:
            block.images = carried
        carried = None
        folded = fold(block.text).strip()
        if is_end_marker(block.text):
            box = _inline_box(blocks, index)
            if box is not None:
                # "Bài liên quan" boxed in the middle of an article: the box goes,
                # the article goes on after it.
                skip_inside = box
                out.removed.append(("related box", block.text))
                continue
            out.removed.extend(("end matter", b.text) for b in blocks[index:])
            break
        rule = line_rule(block.text)
        if rule == "listed item" and is_stamp_line(block.text):
            rule = None  # "Cập nhật: 08:15 | 12/03/2024" is the page's own date: read below
        if rule is None and folded in (folded_title, f"null {folded_title}"):
            rule = "title repeated"
        elif rule is None and folded_summary and folded == folded_summary:
            rule = "summary repeated"
        elif rule is None and (block.text == stamp or is_stamp_line(block.text)):
            rule = "date stamp"
        elif rule is None and block.text in captions:
            rule = "caption repeated"
        if rule:
            out.removed.append((rule, block.text))
            if block.images[0] != block.images[1]:
                carried = block.images
            continue
        if looks_like_caption(block):
            out.captions.append((block.images, block.text))
            continue
        if kept and BYLINE_LABEL.match(folded) and parse_byline(block.text):
            # "Tin, ảnh: …", "Nguồn: …" after the body began: a byline wherever it stands
            # (end matter the cleaner did not know may follow it).
            labelled = labelled or parse_byline(block.text)
            out.removed.append(("byline", block.text))
            continue
        kept.append(block)

    author = parse_byline(kept[-1].text) if kept else None
    if author:
        out.removed.append(("byline", kept.pop().text))
    out.author = author or labelled
    out.paragraphs = [block.text for block in kept]
    return out
