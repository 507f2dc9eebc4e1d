"""Who signs an article, read from its lines in place: the writer printed above an
opinion piece's text, and the name and source organisation closing an article. The
functions take the kept blocks, take the signing lines off them and note them in
`removed`. What one byline line says is read in bylines.py. Pure.
"""

from __future__ import annotations

import re

from ..mentions.vocabulary import vocabulary
from .block import PROSE_MIN_CHARS, Block
from .boilerplate import SECTION_NAME
from .bylines import (
    BYLINE_HONORIFIC,
    BYLINE_INITIALS,
    INTERVIEWER,
    NAME_SEPARATORS,
    is_name,
    is_source_organisation,
    is_writer_post,
    parse_byline,
    signs_with_a_title,
    source_line,
)
from .lines import CHROME_MAX_WORDS, SENTENCE_ENDS
from .text import fold

BYLINE_NAME_MAX_WORDS = 8  # a name with its titles: "PGS.TS Nguyễn Văn An"
CAPITALS_NAME_MAX_WORDS = 3  # "ĐỨC THỌ", "NGUYỄN VĂN HÙNG"; "KẾT QUẢ NỔI BẬT" is a heading
TOP_BYLINE_MAX_WORDS = 12  # under the headline: "Nguyễn Thị Mai (Hội Nông dân huyện Lục Ngạn)"


def opening_signature(
    kept: list[Block], start: int, removed: list[tuple[str, str]], under_headline: bool = False
) -> str | None:
    """An opinion piece prints its writer above the text, or under its lead: a name with
    a title ("TS. LÊ VĂN AN") or in capitals, and under it the writer's post or unit
    (needed for a name in capitals alone, which may be a heading); then the text. On a
    page whose headline stands in the text, a short byline right under it."""
    for at in (start, start + 1):
        name = _writer_at(kept, at, removed)
        if name:
            return name
    if not under_headline:
        return None
    # the writer right under the headline, or under the lead (there only a name alone or
    # a staff byline: a sub-heading may follow a lead)
    name = _byline_under_headline(kept, start, removed)
    if name or start + 1 >= len(kept):
        return name
    under_lead = kept[start + 1].text.strip()
    if (
        BYLINE_INITIALS.match(under_lead)
        or (is_name(under_lead) and (not under_lead.isupper() or _surname_first(under_lead)))
        or _names(under_lead)
        or _names_in_capitals(under_lead)  # "QUỲNH TRANG - THANH HẢI"
        or _name_and_unit(under_lead)
        or INTERVIEWER.match(fold(under_lead))  # "Thanh Nhị (thực hiện)": who led the interview below
    ):
        return _byline_under_headline(kept, start + 1, removed)
    return None


CAPITALS_NAME_MAX_WORDS_UNDER_LEAD = 4


def _surname_first(text: str) -> bool:
    """A short line in capitals that opens with a family name ("HOÀNG LONG") is a writer's
    name; a heading in capitals ("ĐỔI MỚI PHƯƠNG THỨC") opens with another word."""
    words = text.split()
    return len(words) <= CAPITALS_NAME_MAX_WORDS_UNDER_LEAD and words[0].capitalize() in vocabulary().surnames


WRITERS_MAX = 4


def _names(text: str) -> bool:
    """Writers' names joined by dashes or commas ("Ngọc Hân - Minh Tuấn"): the reporter
    and the camera of a station's story."""
    names = NAME_SEPARATORS.split(text)
    return 2 <= len(names) <= WRITERS_MAX and all(is_name(name) and not name.isupper() for name in names)


def _names_in_capitals(text: str) -> bool:
    """Writers in capitals joined by dashes ("THANH TÚ - NGỌC HÀ"): each part a short name."""
    names = NAME_SEPARATORS.split(text)
    return 2 <= len(names) <= WRITERS_MAX and all(is_name(name) and _writer_in_capitals(name) for name in names)


def _name_and_unit(text: str) -> bool:
    """ "Đỗ Quang Huy - Ban Tổ chức Huyện ủy", "Nguyễn Hoa (Ban Tuyên giáo Tỉnh ủy)": a
    writer and the unit they write for."""
    name, dash, unit = text.partition(" - ")
    bracketed = not dash and text.endswith(")")
    if bracketed:
        name, dash, unit = text[:-1].partition(" (")
    short = len(name.split()) <= CAPITALS_NAME_MAX_WORDS_UNDER_LEAD  # "THANH HÀ - Ban Tuyên giáo Thành ủy"
    # in brackets, who the writer is too: "Trịnh Văn Quế (Cựu chiến binh, ấp Sóc Ruộng, xã Thanh An)"
    unit_named = is_source_organisation(unit) or (bracketed and is_writer_post(unit))
    return bool(dash) and is_name(name) and (short or not name.isupper()) and unit_named


def _byline_under_headline(kept: list[Block], start: int, removed: list[tuple[str, str]]) -> str | None:
    """A news page prints its writer as a short line between the headline and the lead
    ("PV", "N.Thủy", "Nhóm phóng viên", "Minh Anh", "ĐỨC THỌ", or the writing unit):
    a byline when text follows."""
    if start + 1 >= len(kept):
        return None
    text, lead = kept[start].text.strip(), kept[start + 1].text
    initials = BYLINE_INITIALS.fullmatch(text)  # "K.Đ.": its full stop is no sentence's
    if len(text.split()) > TOP_BYLINE_MAX_WORDS or (text.endswith(SENTENCE_ENDS) and not initials):
        return None
    # a writer, or the unit that wrote it ("Ban Tuyên giáo Tỉnh Đoàn")
    name = text if is_source_organisation(text) else parse_byline(text)
    if (
        text.isupper()
        and not BYLINE_INITIALS.match(text)
        and not (is_name(text) and _writer_in_capitals(name))
        and not _names_in_capitals(text)
    ):
        return None
    if not name:
        return None
    # a byline stands over text (the lead, a picture's caption), not over another short line;
    # an interviewer's line stands over anything, a poet's name over the verses, writers in
    # capitals joined by a dash over a sub-heading ("QUỲNH TRANG - THANH HẢI"), and a
    # writer's name over their unit's line ("Trần Thị Hồng Vân" / "Ban Tuyên giáo Đảng ủy Khối")
    with_unit = is_name(text) and is_source_organisation(lead) and start + 2 < len(kept)
    if (
        len(lead.split()) <= CHROME_MAX_WORDS
        and not with_unit
        and not INTERVIEWER.match(fold(text))
        and not _over_verses(kept, start)
        and not _names_in_capitals(text)
    ):
        return None
    removed.extend(("byline", kept.pop(start).text) for _ in range(2 if with_unit else 1))
    return name


VERSE_MIN_LINES = 4
VERSE_MAX_WORDS = 10  # a lục bát couplet's lines hold 6 and 8 words


def _over_verses(kept: list[Block], start: int) -> bool:
    """A name alone over short lines, as a poem is printed under its poet's name."""
    verses = kept[start + 1 : start + 1 + VERSE_MIN_LINES]
    return (
        is_name(kept[start].text.strip())
        and len(verses) == VERSE_MIN_LINES
        and all(len(block.text.split()) <= VERSE_MAX_WORDS for block in verses)
    )


def _writer_at(kept: list[Block], start: int, removed: list[tuple[str, str]]) -> str | None:
    if start + 1 >= len(kept):
        return None
    text = kept[start].text
    name = signs_with_a_title(text)
    if not name or is_source_organisation(text):
        return None
    under = kept[start + 1].text
    count = 2 if is_writer_post(under) and not under.isupper() else 1
    if (count == 1 and text.isupper() and not BYLINE_HONORIFIC.match(text)) or start + count >= len(kept):
        return None
    removed.extend(("byline", block.text) for block in kept[start : start + count])
    del kept[start : start + count]
    return name


def _writer_in_capitals(name: str | None) -> bool:
    """A name printed in capitals under the headline ("ĐỨC THỌ") is the writer's unless
    it is a place (a dateline: "HÀ NỘI") or a section ("THỜI SỰ"); a longer line in
    capitals is a heading, unless it opens with a family name ("PHAN THỊ NGỌC HÀ")."""
    return (
        name is not None
        and (len(name.split()) <= CAPITALS_NAME_MAX_WORDS or _surname_first(name))
        and name not in vocabulary().places
        and not SECTION_NAME.fullmatch(fold(name))
    )


def _signs_a_document(kept: list[Block]) -> bool:
    """The last line is the signer of a document the article quotes: it stands under
    "(Đã ký)" or under the signer's position in capitals ("PHÓ BÍ THƯ")."""
    if len(kept) < 2:
        return False
    above = kept[-2].text.strip()
    return fold(above).strip("() ") in ("da ky", "ky") or (above.isupper() and len(above.split()) <= CHROME_MAX_WORDS)


TABLE_CELLS = frozenset({"tr", "td", "th"})
# A writer's initials closing a story: "(kh)" in German papers, "RGL" in Mexican ones
CLOSING_INITIALS = re.compile(r"[a-zäöüß]{2,4}|[A-ZĐ]{2,4}")
SIGN_OFF_OUTLET_MAX_WORDS = 4


def _sign_off(text: str) -> str | None:
    """Initials closing a story, alone or after a dash with the outlet: "RGL", "— JMA, KBN News";
    not a byline ("PV", "CTV") nor a source ("VOV")."""
    if parse_byline(text) or is_source_organisation(text):
        return None
    initials, _, outlet = text.lstrip("—–-/ ").partition(", ")  # "/atm": the desk's slash
    if CLOSING_INITIALS.fullmatch(initials) and (not outlet or len(outlet.split()) <= SIGN_OFF_OUTLET_MAX_WORDS):
        return initials
    return None


# A writer's name and the day, in parentheses under the text, as Austrian papers sign
DATED_SIGNATURE = re.compile(r"([^,()\d]{3,60}),\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})")


SIGNED_ITEMS_MIN = 2  # earlier lines signed alike: a letters page's or a vox pop's, each item signed


def _signs_one_of_many(kept: list[Block]) -> bool:
    """The last line signs the last of the page's items, as lines of its shape, a name and a
    place, signed the ones before it ("Prakash Hegde, Bengaluru" under each letter, after its
    text): no signature of the article's."""
    if "," not in kept[-1].text:
        return False
    alike = (
        line.text
        for before, line in zip(kept[:-2], kept[1:-1], strict=True)
        if "," in line.text and len(line.text.split()) <= BYLINE_NAME_MAX_WORDS and len(before.text) >= PROSE_MIN_CHARS
    )
    return sum(1 for text in alike if parse_byline(text)) >= SIGNED_ITEMS_MIN


def _continues_a_list(kept: list[Block]) -> bool:
    """The last line runs on, after a line break, from a line ending in a comma: the end of a
    list the line before began (a letter's "Yours, etc, / NAME, / Town, / County."), no line of its own."""
    return (
        len(kept) > 1
        and kept[-1].runs_on
        and kept[-2].element is kept[-1].element
        and kept[-2].text.rstrip().endswith(",")
    )


def closing_signature(kept: list[Block], removed: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    """The lines that sign the article at its end, taken off the body: the writer's
    name and the source organisation, in either order ("Minh Kiên" then "Trung tâm
    VHTT&TT Hữu Lũng"), or one of them alone."""
    name = source = None
    if len(kept) > 2 and is_writer_post(kept[-1].text) and not is_source_organisation(kept[-1].text):
        # "Nguyễn Văn An" then "Giảng viên Học viện Chính trị khu vực I": the writer and their post
        name = parse_byline(kept[-2].text) if len(kept[-2].text.split()) <= BYLINE_NAME_MAX_WORDS else None
        if name:
            removed.extend(("byline", block.text) for block in kept[-2:])
            del kept[-2:]
            return name, None
    if kept and kept[-1].element.tag not in TABLE_CELLS and _sign_off(kept[-1].text.strip().strip("()")):
        # initials closing the story: taken off the text, but a writer's name found elsewhere
        # (the page's metadata) says more than "RGL"
        removed.append(("sign-off", kept.pop().text))
    for _ in range(2):
        if not kept or kept[-1].element.tag in TABLE_CELLS:
            break  # a table's last row is its data ("Estadio Ernesto Falcón (Quilmes)"), not a signature
        if _continues_a_list(kept):
            break  # "TOM FENNELLY," then "Castlebar," then "Co Mayo.": the place ends a letter's signature
        text = kept[-1].text
        inner = text.strip()
        if inner.startswith("(") and inner.endswith(")"):
            inner = inner[1:-1].strip()  # "(Ban Tuyên giáo Tỉnh ủy)"; not "Theo Minh Châu (Báo Bắc Giang)"
            dated = DATED_SIGNATURE.fullmatch(inner)  # "(Lena Hofbauer, 16.7.2024)"
            text = dated.group(1) if dated else text
        after_table = len(kept) > 1 and kept[-2].element.tag in TABLE_CELLS  # "Fuente: INE" is the table's
        organisation = None if after_table else source_line(inner)
        organisation = organisation or (inner if is_source_organisation(inner) else None)
        found = None if organisation or _signs_a_document(kept) or _signs_one_of_many(kept) else parse_byline(text)
        if organisation and not source:
            source = organisation
        elif found and not name:
            name = found
        else:
            break
        removed.append(("byline", kept.pop().text))
    return name, source
