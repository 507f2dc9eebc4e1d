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
    CREDIT_LABEL,
    CREDIT_NAME_SEPARATORS,
    END_MARKERS,
    LINE_RULES,
    NAME_WORD,
    PROMO_MARKERS,
    SLUG_LINE,
    SOURCE_IN_PARENTHESES,
    SOURCE_ORGANISATION,
    SOURCE_TAG,
    WRITING_CREDITS,
)
from .dates import find_dates
from .text import collapse_spaces, fold

CAPTION_MAX_WORDS = 60
PROSE_AFTER_BOX_CHARS = 120
INLINE_LIST_MAX_LINKS = 8  # links under a related header inside the article
LINKED_SHARE = 0.6
BYLINE_MAX_CHARS = 90
SOURCE_MAX_WORDS = 10
PROSE_MIN_WORDS = 15  # a paragraph this long is running text whatever its punctuation
SENTENCE_MIN_WORDS = 8  # a shorter one must end as a sentence does
CHROME_MAX_WORDS = 8
LISTED_TITLE_MAX_WORDS = 30
SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # a section's heading, not the page's menu
# Line rules that a date stamp also matches; a stamp is read as the page's date instead.
STAMP_LOOKALIKES = frozenset({"listed item", "pager"})
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


def _header_key(text: str) -> str:
    return " ".join(fold(text).replace("/", " ").rstrip(" :").split())


def is_end_marker(text: str) -> bool:
    """A header opening the end matter: "Tin khác", "Các tin/bài khác", "Tin liên quan:"."""
    return _header_key(text) in END_MARKERS


def is_promo_marker(text: str) -> bool:
    """A header of links promoted inside the article: "Read more:", "Don't miss"."""
    return _header_key(text) in PROMO_MARKERS


def is_stamp_line(text: str) -> bool:
    """A line that is a date stamp and nothing else ("Thứ 5, Ngày 24 / 11 / 2022")."""
    if len(text) > 80 or not find_dates(text):
        return False
    folded = fold(text)
    label = STAMP_LABEL.search(folded)
    if label and label.start() <= 40 and not re.search(r"[.!?]", folded[: label.start()]):
        folded = folded[label.start() :]
    return not STAMP_WORDS.sub("", folded).strip()


def is_time_line(text: str) -> bool:
    """A line of only a date or a time, valid or not ("11/20/2019 01:14 PM", "3 giờ trước")."""
    return len(text) <= 40 and any(c.isdigit() for c in text) and not STAMP_WORDS.sub("", fold(text)).strip()


def listed_items(blocks: list[Block]) -> set[int]:
    """Indexes of blocks that make a list of other items, each a headline with its own
    date line right after it (a short line, the item's byline, may stand between):
    two such items in a row are a list, not the article."""
    timed = [is_time_line(block.text) for block in blocks]

    def item_end(start: int) -> int | None:
        """The index of the date line closing an item that starts at `start`."""
        if timed[start] or len(blocks[start].text.split()) > LISTED_TITLE_MAX_WORDS:
            return None
        for gap in (1, 2):
            end = start + gap
            if end < len(blocks) and timed[end]:
                return end
            if end >= len(blocks) or len(blocks[end].text.split()) > CHROME_MAX_WORDS:
                return None
        return None

    listed: set[int] = set()
    start = 0
    while start < len(blocks):
        run, position = [], start
        while position < len(blocks) and (end := item_end(position)) is not None:
            run.append((position, end))
            position = end + 1
        if len(run) >= 2:
            listed.update(range(run[0][0], run[-1][1] + 1))
        start = position if run else start + 1
    return listed


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


def is_source_organisation(text: str) -> bool:
    """An organisation's name standing as a line, as a source signs an article:
    "Trung tâm VHTT&TT Hữu Lũng", "Ban Tuyên giáo Tỉnh ủy"; never a sentence."""
    text = text.strip()
    return (
        bool(text[:1].isupper())
        and len(text.split()) <= SOURCE_MAX_WORDS
        and not re.search(r"[.!?;:,\d\"“”]", text)
        and bool(SOURCE_ORGANISATION.match(fold(text)))
    )


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
    folded = fold(text)
    source = SOURCE_IN_PARENTHESES.match(folded)
    if source:
        return text[source.start("source") : source.end("source")]
    if text.startswith("(") and text.endswith(")") and is_source_organisation(text[1:-1]):
        return text[1:-1].strip()  # "(Báo Lào Cai)"
    if folded.startswith("theo ") and (is_name(text[5:]) or is_source_organisation(text[5:])):
        return text[5:].strip()  # "Theo TTXVN", "Theo Báo Nhân Dân"
    label = BYLINE_LABEL.match(folded)
    if label:
        # fold() keeps the length of NFC text, so the label's end indexes `text`.
        named = text[label.end() :].strip()
        return _name_part(named) or (named if len(named) <= 60 else None)
    return _name_part(text)


def read_byline(text: str) -> str | None:
    """The author a byline element names: a credits line's writers, or the byline's name."""
    return credited_authors(text) or parse_byline(text)


def credited_authors(text: str) -> str | None:
    """The writers a credits line names, or None when it has no writing label
    ("Ảnh: …" credits the pictures, not the article).

    >>> credited_authors("Nội dung: Hà Phương - Quang Minh; Ảnh: Trọng Nghĩa")
    'Hà Phương, Quang Minh'
    """
    text = collapse_spaces(text).strip(" .")
    labels = list(CREDIT_LABEL.finditer(fold(text)))
    if not labels or labels[0].start() != 0 or not any(m.group("label") in WRITING_CREDITS for m in labels):
        return None
    names = []
    for label, following in zip(labels, labels[1:] + [None], strict=True):
        if label.group("label") not in WRITING_CREDITS:
            continue  # the photographer is credited for the pictures, not as an author
        part = text[label.end() : following.start() if following else len(text)]
        names += [name for name in CREDIT_NAME_SEPARATORS.split(part.strip()) if is_name(name)]
    return ", ".join(_capitalised(name) for name in names) or None


def _capitalised(name: str) -> str:
    """A name printed in capitals, as a person's name is written ("THẠCH SA RÂY" →
    "Thạch Sa Rây"); initials and abbreviations (PV, TTXVN) stay."""
    words = name.split()
    if len(words) > 1 and all(word.isupper() and len(word) > 1 for word in words):
        return " ".join(word.capitalize() for word in words)
    return name


def _name_part(text: str) -> str | None:
    text = BYLINE_HONORIFIC.sub("", text).strip()
    if is_name(text):
        return _capitalised(text)
    for separator in BYLINE_UNIT_SEPARATORS:
        head, found, tail = text.partition(separator)
        # "Name - Unit", "Name (unit)", "NAME (thực hiện)"
        if found and is_name(head.strip()) and (tail[:1].isupper() or separator == " ("):
            return _capitalised(head.strip())
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


def _is_link(block: Block) -> bool:
    """A block that is mostly the text of links (a list item of other articles)."""
    element = block.element
    if element.tag == "a" or any(a.tag == "a" for a in list(element.iterancestors())[:2]):
        return True
    linked = sum(len(collapse_spaces(a.text_content())) for a in element.iter("a"))
    return linked >= LINKED_SHARE * len(block.text)


def _after_links(blocks: list[Block], index: int) -> int:
    """The first block after the links under the header at blocks[index]."""
    position = index + 1
    while position < len(blocks) and position - index <= INLINE_LIST_MAX_LINKS and _is_link(blocks[position]):
        position += 1
    return position


def _inline_list(blocks: list[Block], index: int) -> int | None:
    """Where the article goes on after a related-links header standing as a line in
    it ("Tin liên quan", then links, then prose again); None when the header opens the
    end matter. Only links may stand under the header: comments and footers end the article."""
    position = _after_links(blocks, index)
    if position == index + 1 or position >= len(blocks):
        return None
    resumed = blocks[position]
    prose = len(resumed.text) >= PROSE_AFTER_BOX_CHARS and not _is_link(resumed)
    return position if prose and not line_rule(resumed.text) and not is_end_marker(resumed.text) else None


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
    resume_at = 0  # the article goes on at this block, after an inline list of links
    labelled = None  # the writer named by a labelled byline before the last paragraph
    above_headline = None  # how many kept blocks stood above the headline
    seen: set[str] = set()  # the folded text of every kept block
    listed = listed_items(blocks)
    for index, block in enumerate(blocks):
        if index in listed:
            out.removed.append(("listed item", block.text))
            continue
        if skip_inside is not None:
            if _inside(block.element, skip_inside):
                out.removed.append(("related box", block.text))
                continue
            skip_inside = None
        if carried and block.images[0] == block.images[1]:
            block.images = carried
        carried = None
        folded = fold(block.text).strip()
        if index < resume_at:
            out.removed.append(("related box", block.text))
            continue
        if is_promo_marker(block.text):
            resume_at = _after_links(blocks, index)
            out.removed.append(("promotion", block.text))
            continue
        if is_end_marker(block.text) and not kept:
            # End matter follows the article: a "Comments" or "Tin mới" link above
            # everything else is the page's header.
            out.removed.append(("page header", block.text))
            continue
        if is_end_marker(block.text):
            box = _inline_box(blocks, index)
            resumes = _inline_list(blocks, index) if box is None else None
            if box is not None or resumes is not None:
                # "Bài liên quan", "More:" in the middle of an article: the box or the
                # links under the header go, the article goes on after them.
                skip_inside, resume_at = box, resumes or 0
                out.removed.append(("related box", block.text))
                continue
            out.removed.extend(("end matter", b.text) for b in blocks[index:])
            break
        rule = line_rule(block.text)
        if rule in STAMP_LOOKALIKES and is_stamp_line(block.text):
            rule = None  # "Cập nhật: 08:15 | 12/03/2024" is the page's own date: read below
        if rule is None and folded in (folded_title, f"null {folded_title}"):
            rule = "title repeated"
            if above_headline is None:
                above_headline = len(kept)
        elif rule is None and folded_summary and folded == folded_summary:
            rule = "summary repeated"
        elif rule is None and (block.text == stamp or is_stamp_line(block.text)):
            rule = "date stamp"
        elif rule is None and block.text in captions:
            rule = "caption repeated"
        elif rule is None and folded in seen and block.images[0] != block.images[1]:
            rule = "caption repeated"  # a gallery printing each picture's caption again
        if rule == "credits" or (rule is None and BYLINE_LABEL.match(folded)):
            credited = credited_authors(block.text)
            if credited:  # a credits box: its writers are the byline, wherever it stands
                labelled = labelled or credited
                out.removed.append(("byline", block.text))
                continue
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
        seen.add(folded)

    if above_headline:
        kept = _without_page_header(kept, above_headline, out)
    name, source = _signature(kept, out)
    out.author = name or labelled or source
    out.paragraphs = [block.text for block in kept]
    return out


def is_prose(text: str) -> bool:
    """A paragraph of running text: long, or a sentence of some length."""
    words = len(text.split())
    return words >= PROSE_MIN_WORDS or (words >= SENTENCE_MIN_WORDS and text.rstrip()[-1:] in '.!?…:"”')


def is_page_chrome(text: str) -> bool:
    """A short line that is neither a sentence nor a labelled line ("Tin tức - Sự kiện",
    "Hoạt động của Đảng bộ Khối"): a menu entry, a section name, a header remnant."""
    return len(text.split()) <= CHROME_MAX_WORDS and not re.search(r"[.!?…:]\s*$|:", text)


def _without_page_header(kept: list[Block], above_headline: int, out: Cleaned) -> list[Block]:
    """Short lines above the headline are the page's header (section names, menus)
    left in the container: the article starts at its headline."""
    header = [
        block
        for block in kept[:above_headline]
        if is_page_chrome(block.text) and block.element.tag not in SUBHEADING_TAGS
    ]
    out.removed.extend(("page header", block.text) for block in header)
    return [block for block in kept if not any(block is chrome for chrome in header)]


def _signature(kept: list[Block], out: Cleaned) -> tuple[str | None, str | None]:
    """The lines that sign the article at its end, taken off the body: the writer's
    name and the source organisation, in either order ("Minh Kiên" then "Trung tâm
    VHTT&TT Hữu Lũng"), or one of them alone."""
    name = source = None
    for _ in range(2):
        if not kept:
            break
        text = kept[-1].text
        found = parse_byline(text)
        if found and not name:
            name = found
        elif is_source_organisation(text) and not source:
            source = text.strip()
        else:
            break
        out.removed.append(("byline", kept.pop().text))
    return name, source
