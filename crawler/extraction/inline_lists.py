"""Lists of other articles standing inside an article: a related-news box or a header
with links (or plain headlines) under it, after which the article goes on. The
cleaner asks where such a list ends and whether the article resumes after it. Pure.
"""

from __future__ import annotations

import re

from .block import PROSE_MIN_CHARS, SUBHEADING_TAGS, Block, inside
from .bylines import BYLINE_LABEL
from .class_words import FURNITURE_WORDS
from .lines import CHROME_MAX_WORDS, SENTENCE_ENDS, ends_a_sentence, is_end_marker, is_promo_marker, line_rule
from .listings import LISTED_TITLE_MAX_WORDS, TEASER_MAX_WORDS, UNPUNCTUATED_SCRIPT
from .text import collapse_spaces, fold, latin_length, word_count
from .url_shapes import links_a_picture, links_another_article

INLINE_LIST_MAX_LINKS = 8  # links under a related header inside the article
LISTED_HEADLINE_MIN_WORDS = 6  # a related article's headline; a sub-heading is often shorter
LINKED_SHARE = 0.6


def inline_box(blocks: list[Block], index: int):
    """The element boxing the related-news header at blocks[index], when the article
    goes on after it; None when the header opens the end matter."""
    box = _header_box(blocks, index)
    if box is None:
        return None
    after = [b for b in blocks[index + 1 :] if not inside(b.element, box)]
    # The article goes on only if prose follows the box, or a data table's row (no link in it) with
    # prose further on: a league's table, then the comments' box, close the page
    goes_on = any(_is_prose(b.text) for b in after[:4]) or (
        any(_data_row(b) for b in after[:4]) and any(_is_prose(b.text) for b in after[4:])
    )
    return box if goes_on else None


def _data_row(block: Block) -> bool:
    return block.element.tag == "tr" and block.element.find(".//a") is None


def _header_box(blocks: list[Block], index: int):
    """The element boxing the header at blocks[index] with what follows it, not the text
    before it (blocks are in page order: a box holding any earlier block holds the one
    just before); None when the header stands alone."""
    if index == 0:
        return None
    marker = blocks[index].element
    before = blocks[index - 1].element
    box = None
    for ancestor in (marker, *marker.iterancestors()):
        if inside(before, ancestor):
            break
        box = ancestor
    return None if box is None or box is marker else box


PROMO_BOX_MAX_BLOCKS = 12
PROMO_DESCRIPTION_MAX_WORDS = 30


def promo_box(blocks: list[Block], index: int):
    """The box of a promotion header ("Per approfondire", "Mais em País") holding only its
    links and their short descriptions (or nothing more, its cards left out before), the
    article going on after it or not; None otherwise."""
    box = _header_box(blocks, index)
    if box is None:
        return None
    held = [b for b in blocks[index + 1 : index + 1 + PROMO_BOX_MAX_BLOCKS + 1] if inside(b.element, box)]
    promoted = all(is_link(b) or len(b.text.split()) <= PROMO_DESCRIPTION_MAX_WORDS for b in held)
    if not held:  # its cards left out before: what follows is the article's, unless links stand there
        return box if index + 1 < len(blocks) and not is_link(blocks[index + 1]) else None
    return box if len(held) <= PROMO_BOX_MAX_BLOCKS and promoted else None


PROSE_MIN_WORDS = 10


def _is_prose(text: str) -> bool:
    """A paragraph of text: a long one, or a sentence opening a list ("… a revised plan
    that includes:"). A short sentence alone may be an appeal's pitch after a tag box."""
    # Chinese and Japanese weighed as the Latin letters they stand for
    return latin_length(text) >= PROSE_MIN_CHARS or (
        len(text.split()) >= PROSE_MIN_WORDS and text.rstrip().endswith(":")
    )


def linked_share(block: Block) -> float:
    """How much of the block's text (spaces aside) is the text of links in its element;
    0 when the element holds more blocks than this one (its links may be theirs)."""
    element = block.element
    if next(element.iter("a"), None) is None or len(collapse_spaces(element.text_content())) > 1.5 * len(block.text):
        return 0.0
    linked = sum(len("".join(a.text_content().split())) for a in element.iter("a"))
    return linked / max(1, len("".join(block.text.split())))


def is_link(block: Block) -> bool:
    """A block that is mostly the text of links (a list item of other articles)."""
    element = block.element
    if element.tag == "a" or any(a.tag == "a" for a in list(element.iterancestors())[:2]):
        return True
    return linked_share(block) >= LINKED_SHARE


CAPTION_CREDIT = re.compile(r"[(.]\s*(?:Ảnh|Nguồn ảnh|Ảnh minh họa)\s*:", re.I)
PROMOTION_LABEL_MAX_WORDS = 4
PROMOTED_HEADLINE_MIN_WORDS = 4
PROMOTION_LABEL_ENDS = (":", "-", "–", "—", "»", ">", "|", "]", "】")  # "[관련 기사] <a>…</a>" too


def promoted_link(block: Block) -> bool:
    """A paragraph of a short label and one link to another article, in any language:
    "Czytaj także: <a>…</a>", "यह भी पढ़ें- <a>…</a>", "Xem thêm: <a>…</a>". A source's
    label ("Nguồn: <a>baochinhphu.vn</a>", "Джерело: <a>…</a>" to a site's section)
    names the source, not another article."""
    links = list(block.element.iter("a"))
    if len(links) != 1:
        return False
    linked = collapse_spaces(links[0].text_content())
    label = block.text[: len(block.text) - len(linked)].strip() if block.text.endswith(linked) else ""
    # the label ends in a colon or a dash, or is set apart in an element of its own
    set_apart = any(collapse_spaces(e.text_content()) == label for e in block.element if e is not links[0])
    # or the paragraph's class says so where its label went with the furniture
    # ("<p class="article__related-inline"><span class="…label">Pročitajte još</span> <a>")
    labelled = (0 < len(label.split()) <= PROMOTION_LABEL_MAX_WORDS) and (
        label.endswith(PROMOTION_LABEL_ENDS) or set_apart
    )
    marked = not label and bool(FURNITURE_WORDS.search(block.element.get("class", "")))
    # or the label is the link's own kicker: "<a><span>Leggi anche</span> <span>…</span></a>"
    kicker = next((collapse_spaces(e.text_content()) for e in links[0] if isinstance(e.tag, str)), "")
    kicked = not label and bool(kicker) and is_promo_marker(kicker)
    return (
        (labelled or marked or kicked)
        and len(linked.split()) >= PROMOTED_HEADLINE_MIN_WORDS
        and not BYLINE_LABEL.match(fold(label))
        and links_another_article(links[0].get("href", ""))  # not a source's home or section page
    )


SECTION_LINK_MAX_WORDS = 12
HEADLINE_LINK_MIN_WORDS = 3  # another article's headline; a shorter link may be a name or a place
STATEMENT_ENDS = tuple(end for end in SENTENCE_ENDS if end != "?")  # a link may ask; it may not state


def standalone_link(block: Block) -> bool:
    """A link standing as a line of its own, no sentence: to a page of the site that is no
    article ("Alle Warnungen auf der Karte" under a warnings table, "Comment travaille la
    cellule … ?" to a desk's method), or to another article by its headline with no label
    ("<p><a>【図解】…の違いは？</a></p>" between the paragraphs). The box's way out, or a
    "read also" without its label; not a line of the story."""
    if ends_a_sentence(block.text, STATEMENT_ENDS):
        return False
    link = next((a for a in block.element.iterchildren("a") if collapse_spaces(a.text_content()) == block.text), None)
    href = "" if link is None else link.get("href", "").strip()
    if not href or href.startswith("#") or links_a_picture(href):  # a caption linked to its picture's file
        return False
    if not links_another_article(href):
        return len(block.text.split()) <= SECTION_LINK_MAX_WORDS
    # a live page's entry titles link to their own place in the page
    return block.element.tag not in SUBHEADING_TAGS and HEADLINE_LINK_MIN_WORDS <= word_count(block.text)


def _listed_headline(block: Block) -> bool:
    """Another article's headline standing as a plain line (a page stored as text has
    lost its links): six words or more, no sentence; or a headline with its date."""
    text = block.text
    rule = line_rule(text)
    if rule == "listed item":
        return True
    return (
        LISTED_HEADLINE_MIN_WORDS <= len(text.split()) <= LISTED_TITLE_MAX_WORDS
        and not ends_a_sentence(text, (*SENTENCE_ENDS, ":", ";", ","))
        and not text.isupper()  # a sub-heading in capitals: the article goes on under it
        and not CAPTION_CREDIT.search(text)  # a picture's caption with its credit
        and not rule
        and not (UNPUNCTUATED_SCRIPT.search(text) and len(text) >= PROSE_MIN_CHARS)  # Thai ends no sentence with a mark
    )


def after_links(blocks: list[Block], index: int) -> int:
    """The first block after the links (or the plain headlines) under the header at blocks[index].
    After links, a sub-heading that is no link is the article's again."""
    position = index + 1
    linked = position < len(blocks) and is_link(blocks[position])
    while (
        position < len(blocks)
        and position - index <= INLINE_LIST_MAX_LINKS
        and (
            is_link(blocks[position])
            or (_listed_headline(blocks[position]) and not (linked and blocks[position].element.tag in SUBHEADING_TAGS))
            or (position > index + 1 and _cut_description(blocks[position]))
        )
    ):
        position += 1
    return position


def _cut_description(block: Block) -> bool:
    """A teaser's description under its headline, cut short with an ellipsis."""
    return block.text.rstrip().endswith(("...", "…")) and len(block.text.split()) <= TEASER_MAX_WORDS


def inline_list(blocks: list[Block], index: int) -> int | None:
    """Where the article goes on after a related-links header standing as a line in
    it ("Tin liên quan", then links or headlines, then prose again, perhaps under a
    sub-heading); None when the header opens the end matter. Only links and headlines
    may stand under the header: comments and footers end the article."""
    position = after_links(blocks, index)
    if position == index + 1 or position >= len(blocks) or not _article_goes_on(blocks, position):
        return None
    resumed = blocks[position : position + 2]
    heading = len(resumed[0].text.split()) <= CHROME_MAX_WORDS or resumed[0].text.isupper()
    sentence = ends_a_sentence(resumed[0].text, (*SENTENCE_ENDS, ":")) and not line_rule(resumed[0].text)
    caption = bool(CAPTION_CREDIT.search(resumed[0].text))
    if len(resumed) == 2 and (heading or sentence or caption) and _plain_prose(resumed[1]):
        return position  # "Những cách làm hiệu quả", a picture's caption or a quotation, then the text
    return position if _plain_prose(resumed[0]) else None


def _article_goes_on(blocks: list[Block], position: int) -> bool:
    """After plain headlines under a header, the article goes on if paragraphs follow
    (one at least, and twice as many as headlines, up to the next header): teaser cards
    at the end of a page alternate a headline and its description. The page's last line,
    with no description under it, is no teaser's (a page cut short ends mid-sentence)."""
    paragraphs = headlines = 0
    for at in range(position, len(blocks)):
        block = blocks[at]
        if is_end_marker(block.text):
            break
        paragraphs += _plain_prose(block)
        headlines += _listed_headline(block) and at < len(blocks) - 1
    return paragraphs >= max(1, 2 * headlines)


def _plain_prose(block: Block) -> bool:
    return (
        latin_length(block.text) >= PROSE_MIN_CHARS
        and not is_link(block)
        and not line_rule(block.text)
        and not is_end_marker(block.text)
    )
