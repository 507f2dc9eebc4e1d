"""What the page leaves at the edges of an article's kept lines: its header above the
headline, bars of links before the first line or after the last, headings of the
sidebar or of a list of other articles at the foot, and the site's name printed again
in its footer. Each takes the kept blocks and returns those that stay, adding what it
takes to `removed` with its reason.
"""

from __future__ import annotations

import re

from .block import SUBHEADING_TAGS, Block
from .bylines import parse_byline
from .inline_lists import linked_share
from .lines import CHROME_MAX_WORDS, SENTENCE_ENDS, ends_a_sentence, is_header_line
from .site_notes import NEXT_PART
from .text import fold

# A box's title named in its class: "title", "box-title", "boxTitle", "tieu-de" (not "title-article")
BOX_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:box-?)?(?:title|heading|tieu-?de)(?:$|\s)", re.I)
EDGE_LINKS_SHARE = 0.9  # a line all of links: a share bar, a tag list, a "back" link
EDGE_LINKS_MAX_WORDS = 16


def without_page_header(
    kept: list[Block], above_headline: int, removed: list[tuple[str, str]]
) -> tuple[list[Block], int]:
    """Lines above the headline that are no sentence are the page's header (section
    names, menus, the masthead) left in the container: the article starts at its
    headline. Also how many lines above it stay."""
    above = []
    for block in kept[:above_headline]:
        if is_header_line(block.text) and block.element.tag not in SUBHEADING_TAGS:
            removed.append(("page header", block.text))
        else:
            above.append(block)
    return above + kept[above_headline:], len(above)


SITE_NAME_MIN_WORDS = 3


def without_site_footer(kept: list[Block], header: list[str], removed: list[tuple[str, str]]) -> list[Block]:
    """The site's name from its header, printed again at the foot with its address
    ("Đảng bộ phường Hòa Minh - quận Liên Chiểu - thành phố Đà Nẵng"): the footer's."""
    names = [name for name in header if len(name.split()) >= SITE_NAME_MIN_WORDS]
    while kept:
        folded = fold(kept[-1].text).strip()
        if not any(folded == name or folded.startswith((f"{name} -", f"{name} |", f"{name},")) for name in names):
            break
        removed.append(("site footer", kept.pop().text))
    return kept


def without_sidebar_headings(
    kept: list[Block], position: dict[int, int], last_listed: int, removed: list[tuple[str, str]]
):
    """Headings in capitals after the list of other articles that closes the page
    ("BÁO CÁO VIÊN", "TÀI LIỆU SINH HOẠT CHI BỘ") are the sidebar's, not the article's;
    so is a heading over that list, with nothing of the article under it ("Ajánljuk még")."""
    end = len(kept)
    while (
        end
        and position[id(kept[end - 1])] > last_listed
        and kept[end - 1].text.isupper()
        and len(kept[end - 1].text.split()) <= CHROME_MAX_WORDS
    ):
        end -= 1
    if end == len(kept) or not end or position[id(kept[end - 1])] > last_listed:
        end = len(kept)
    while end and _list_heading(kept[end - 1], position, last_listed):
        end -= 1
    removed.extend(("sidebar heading", block.text) for block in kept[end:])
    return kept[:end]


def _list_heading(block: Block, position: dict[int, int], last_listed: int) -> bool:
    """A short heading closing the kept lines, before the list of other articles: a heading
    element, or one its class names as the box's title ("<p class="title">即時新聞</p>")."""
    return (
        (block.element.tag in SUBHEADING_TAGS or BOX_TITLE_CLASS.search(block.element.get("class") or ""))
        and position[id(block)] < last_listed
        and len(block.text.split()) <= CHROME_MAX_WORDS
        and not ends_a_sentence(block.text, SENTENCE_ENDS)
    )


def _all_links(block: Block) -> bool:
    """A short line that is only links and no sentence: share buttons, tags, categories."""
    if len(block.text.split()) > EDGE_LINKS_MAX_WORDS or block.text.rstrip().endswith((".", "!", "?")):
        return False
    return linked_share(block) >= EDGE_LINKS_SHARE


def without_edge_links(kept: list[Block], removed: list[tuple[str, str]]) -> list[Block]:
    """Lines all of links before the first line of text or after the last one (share
    bars, tag lists, other articles' headlines), also where the writer's name closes the
    article under them; a writer's linked name stays for the byline."""
    start, end = 0, len(kept)
    while start < end and _all_links(kept[start]):
        start += 1
    # the writer's name alone after the links ("Hoàng Lam Phương" under two headlines) stays
    signed = end - 1 if end - 1 > start and parse_byline(kept[end - 1].text) and not _all_links(kept[end - 1]) else end
    cut = signed
    while cut > start and _all_links(kept[cut - 1]) and not parse_byline(kept[cut - 1].text):
        cut -= 1
    removed.extend(("links", block.text) for block in kept[:start] + kept[cut:signed])
    return kept[start:cut] + kept[signed:end]


NEXT_PART_LINE = re.compile(NEXT_PART)
NEXT_PART_REACH = 3  # the last lines: the announcement stands before or after the writer's name


def without_next_part(kept: list[Block], removed: list[tuple[str, str]]) -> list[Block]:
    """A series' next part announced in the article's last lines ("Bài 2: Giữ rừng bằng
    hương ước", "(Còn nữa)"): the site's note, not the story."""
    first = max(len(kept) - NEXT_PART_REACH, 1)  # the article's first line is never the announcement
    stay = kept[:first]
    for block in kept[first:]:
        if NEXT_PART_LINE.fullmatch(fold(block.text).strip()):
            removed.append(("next part", block.text))
        else:
            stay.append(block)
    return stay
