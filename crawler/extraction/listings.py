"""Lists of other articles inside an article's container, told by their shape: headlines
each with a date line, teaser cards (a linked headline, a description, a thumbnail),
runs of linked headlines, and plain headlines printed between the lead and the body.
Pure; the cleaner asks which blocks they are.
"""

from __future__ import annotations

import re
from itertools import groupby

from .block import PROSE_MIN_CHARS, SUBHEADING_TAGS, Block, inside
from .lines import CHROME_MAX_WORDS, SENTENCE_ENDS, ends_a_sentence, is_time_line, line_rule
from .text import fold, word_count
from .url_shapes import looks_like_article

LISTED_TITLE_MAX_WORDS = 30
LISTED_SENTENCE_MAX_WORDS = 15  # a listed headline ending as a sentence does is a short one
DIALOGUE_DASHES = "–—"  # a speaker's words open with one in Nordic, Slavic and French copy
TEASER_MAX_WORDS = 60  # a teaser card's description
KICKER_MAX_WORDS = 3  # a card's section label over its headline
NOT_TIMES = frozenset({"media player", "gallery counter"})  # lines of figures that date no item


def listed_items(blocks: list[Block], linked: list[bool]) -> set[int]:
    """Indexes of blocks that make a list of other articles, not the article:
    - headlines each with its own date line right after it (a short line, the item's
      byline, may stand between), two or more in a row;
    - cards of a date line above a linked headline, two or more, or one with a
      linked thumbnail;
    - teaser cards: a linked headline with a short description or two under it, two
      or more in a row; or linked headlines alone, three or more in a row."""
    # Not a row of figures, a player's clock ("00:00 / 03:12") nor a slide's place ("2 de 3")
    timed = [
        is_time_line(block.text) and block.element.tag != "tr" and line_rule(block.text) not in NOT_TIMES
        for block in blocks
    ]
    words = [word_count(block.text) for block in blocks]  # Thai or Japanese prose is no short headline
    # (or a speaker's words opening with a dialogue dash: "– Puuskat voivat …, Lahtinen sanoo.")
    prose_sentence = [
        (n > LISTED_SENTENCE_MAX_WORDS or b.text.lstrip()[:1] in DIALOGUE_DASHES) and ends_a_sentence(b.text)
        for n, b in zip(words, blocks, strict=True)
    ]
    # a linked line a rule names ("12 fotografií", "Share this on WhatsApp", "www.site.com"),
    # unless it links to an article: no headline of a card or of a list
    furniture = [
        linked[i] and line_rule(block.text) is not None and not looks_like_article(_href(block))
        for i, block in enumerate(blocks)
    ]

    def dated_item(start: int) -> int | None:
        # (a sentence of prose is no headline: a live page's entry ends above the next one's time)
        if timed[start] or words[start] > LISTED_TITLE_MAX_WORDS or prose_sentence[start]:
            return None
        for end in (start + 1, start + 2):
            if end < len(blocks) and timed[end]:
                return end
            if end >= len(blocks) or words[end] > CHROME_MAX_WORDS:
                return None
        return None

    def teaser(start: int) -> int | None:
        if kicker(start):
            return teaser(start + 1)
        if not linked[start] or words[start] > LISTED_TITLE_MAX_WORDS:
            return None
        card = blocks[start].element.getparent()  # a description stands in its headline's card ...
        # ... not in the article's own container: a gallery's link set between its paragraphs
        # ("12 fotografií") is no card's headline, and the article goes on under it
        in_a_card = not furniture[start] and (card is None or not inside(blocks[0].element, card) or start == 0)
        end = start
        while (
            in_a_card
            and end + 1 < len(blocks)
            and end - start < 2
            and not linked[end + 1]
            and words[end + 1] <= TEASER_MAX_WORDS
            and blocks[end + 1].element.tag not in SUBHEADING_TAGS  # a heading opens a section, no card's description
            and (card is None or inside(blocks[end + 1].element, card))
        ):
            end += 1
        return end

    def kicker(start: int) -> bool:
        # A card's section label over its linked headline ("belfold", "Sport"), in the card
        following = start + 1
        if linked[start] or words[start] > KICKER_MAX_WORDS or following >= len(blocks) or not linked[following]:
            return False
        card = blocks[following].element.getparent()
        return card is not None and inside(blocks[start].element, card)

    def dated_card(start: int) -> int | None:
        # The date above a linked headline, both in one card: "12 февраля, 11:20" then the link.
        end = start + 1
        if not timed[start] or end >= len(blocks) or not linked[end] or words[end] > LISTED_TITLE_MAX_WORDS:
            return None
        card = blocks[start].element.getparent()
        return end if card is not None and inside(blocks[end].element, card) else None

    def dated_list(items: list[tuple[int, int]]) -> bool:
        return len(items) >= 2

    def card_list(items: list[tuple[int, int]]) -> bool:
        # One card alone is one if it holds a linked picture, as a teaser does.
        card = blocks[items[0][0]].element.getparent()
        return len(items) >= 2 or (card.getparent() is not None and card.getparent().find(".//a//img") is not None)

    def teaser_list(items: list[tuple[int, int]]) -> bool:
        # Cards of one list look alike: all with a description and a thumbnail, or
        # none (a run of linked headlines). One card alone is one if its picture is a
        # link too, as a teaser's thumbnail is.
        described = items[0][1] > items[0][0]
        if not described:
            return sum(not furniture[first] for first, _ in items) >= 3 or _whole_list_of_articles(blocks, items)
        if not all(_has_picture(blocks, first, end) for first, end in items):
            return False
        return len(items) >= 2 or _linked_picture(blocks[items[0][0]])

    listed: set[int] = set()
    for item_end, is_list in ((dated_item, dated_list), (dated_card, card_list), (teaser, teaser_list)):
        start = 0
        while start < len(blocks):
            run, position = [], start
            while position < len(blocks) and (end := item_end(position)) is not None:
                run.append((position, end))
                position = end + 1
            for _, items in groupby(run, key=lambda item: item[1] > item[0]):
                items = list(items)
                if is_list(items):
                    listed.update(range(items[0][0], items[-1][1] + 1))
            start = position if run else start + 1
    return listed


UNPUNCTUATED_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
HEADLINE_RUN = 2  # plain headlines in a row after the lead: other articles (a sub-heading stands alone)
HEADLINE_MIN_WORDS = 6  # each headline of the run ...
HEADLINE_LONGEST_MIN_WORDS = 10  # ... and the longest longer than a lục bát verse's 6 and 8
SENTENCE_END = (*SENTENCE_ENDS, ":", ";")
# A picture's caption ends with its credit ("… vùng cao. Ảnh minh họa: Trung Đức"): no headline
# (after the caption's sentence or a bracket: "Kỳ Anh: Hoàn thành …" is a headline)
PICTURE_CREDIT_AT_END = re.compile(r"(?:[.!?]\s*|[-–|(]\s*)(?:anh|anh minh hoa|photo|foto)\s*:\s*[^:.]{2,40}\)?$")


def _headline_like(block: Block) -> bool:
    """A line shaped like another article's headline: a phrase longer than a verse
    line, no sentence end (nor a verse's comma), not set in capitals, not a list item."""
    text = block.text.strip()
    words = len(text.split())
    if UNPUNCTUATED_SCRIPT.search(text) and len(text) >= PROSE_MIN_CHARS:
        return False  # Thai, Lao, Khmer and Burmese end no sentence with a mark: length tells prose
    return (
        HEADLINE_MIN_WORDS <= words <= 2 * LISTED_TITLE_MAX_WORDS
        and not ends_a_sentence(text, (*SENTENCE_END, ","))
        and not text.isupper()
        and text[:1] not in "-–—+•*·"
        and not text[:1].isdigit()
        and not PICTURE_CREDIT_AT_END.search(fold(text))
    )


def headlines_after_lead(blocks: list[Block], skip: set[int]) -> set[int]:
    """Other articles' headlines printed as plain lines between the lead and the
    body (no header, no links, as some mobile pages print "related news"): two or
    more in a row right after the first paragraph that is a sentence."""
    lead = next(
        (
            i
            for i, block in enumerate(blocks)
            if i not in skip
            and len(block.text) >= PROSE_MIN_CHARS
            and block.text.rstrip().endswith(SENTENCE_ENDS)  # a lead is a sentence
        ),
        None,
    )
    if lead is None:
        return set()
    end = lead + 1
    while end < len(blocks) and end not in skip and _headline_like(blocks[end]):
        end += 1
    longest = max((len(block.text.split()) for block in blocks[lead + 1 : end]), default=0)
    run = end - lead - 1 >= HEADLINE_RUN and longest >= HEADLINE_LONGEST_MIN_WORDS
    return set(range(lead + 1, end)) if run and end < len(blocks) else set()


def _whole_list_of_articles(blocks: list[Block], items: list[tuple[int, int]]) -> bool:
    """Two linked headlines that are the whole of one list (<ul>, <ol>), each item
    linking to another article: a related list printed without its header. Linked
    sentences are the article's story so far ("Що передувало:"), not headlines."""
    elements = [blocks[first].element for first, _ in items]
    listing = elements[0].getparent()
    return (
        len(items) >= 2
        and listing is not None
        and listing.tag in ("ul", "ol")
        and all(element.tag == "li" and element.getparent() is listing for element in elements)
        and len(listing) == len(elements)
        and all(looks_like_article(_href(blocks[first])) for first, _ in items)
        and not any(ends_a_sentence(blocks[first].text) for first, _ in items)
    )


def _linked_picture(block: Block) -> bool:
    """The headline's card holds a picture inside a link (a teaser's thumbnail)."""
    card = block.element.getparent()
    return card is not None and card.find(".//a//img") is not None


def _has_picture(blocks: list[Block], first: int, end: int) -> bool:
    return any(blocks[index].images[0] != blocks[index].images[1] for index in range(first, end + 1))


def _href(block: Block) -> str:
    """The address a linked block points to: its own link, the one around it, or the first inside."""
    element = block.element
    link = next((e for e in (element, *list(element.iterancestors())[:2]) if e.tag == "a"), None)
    if link is None:
        link = element.find(".//a")
    return (link.get("href") or "") if link is not None else ""
