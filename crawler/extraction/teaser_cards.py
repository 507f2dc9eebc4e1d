"""Teaser cards inside an article's container: another article's picture, headline and
description in one link, or split between two links to one article."""

from __future__ import annotations

from .text import collapse_spaces
from .url_shapes import links_another_article

TEASER_LABEL_MAX_WORDS = 3
TEASER_HEADLINE_MIN_WORDS = 4
HEADLINE_TAGS = frozenset({"h2", "h3", "h4", "h5"})
CARD_TAGS = frozenset({"div", "li", "article", "aside"})
CARD_OTHER_WORDS = 6  # besides its links, a card prints at most its date or a label ("15 февраля, 11:20")
CARD_DESCRIPTION_MAX_WORDS = 40  # ... or, its headline a heading, one paragraph telling of the article
CARD_WORDS_MAX = 45  # its label, headline and description
CARD_PARTS_MIN = 2  # a label and a headline, or a headline and its description, in a link with no picture
CARD_PARENTS_IN_TEXT = frozenset({"p", "li", "td", "h2", "h3", "h4", "strong", "em", "b", "i", "span", "blockquote"})


def teaser_card(link) -> bool:
    """A link around a picture and a headline (a block of text inside) to an article; or, with no
    picture, a link standing as a block of its own (in no paragraph) around two parts or more, its
    label or badge, its headline, its description ("<a><span>Plus</span><span>Därför …</span></a>")."""
    if not links_another_article(link.get("href", "")):
        return False
    if len(collapse_spaces(link.text_content()).split()) < TEASER_HEADLINE_MIN_WORDS:
        return False
    parts = [e for e in link.iter("h2", "h3", "h4", "h5", "p", "div", "span") if e is not link]
    if link.find(".//img") is not None:
        return bool(parts)
    parent = link.getparent()
    told = [part for part in parts if collapse_spaces(part.text_content())]
    short = len(collapse_spaces(link.text_content()).split()) <= CARD_WORDS_MAX  # a card, not a paragraph linked
    if not short or parent is None or parent.tag in CARD_PARENTS_IN_TEXT or len(told) < CARD_PARTS_MIN:
        return False
    # a label or a badge first ("Plus", "Te puede interesar"), then a headline with no full stop
    label, longest = (
        collapse_spaces(told[0].text_content()),
        max((collapse_spaces(p.text_content()) for p in told), key=len),
    )
    return len(label.split()) <= TEASER_LABEL_MAX_WORDS and not longest.rstrip('”"’»)').endswith((".", "!", "?", "…"))


def split_teaser_card(box) -> bool:
    """A box of two links to one article, its picture in one and its headline in the other,
    with no more words than a date beside them, or its headline a heading over a paragraph
    of description: another article's card."""
    links = box.findall(".//a")
    if len(links) < 2 or len({link.get("href") for link in links}) != 1:
        return False
    if not links_another_article(links[0].get("href", "")) or box.find(".//a//img") is None:
        return False
    linked = " ".join(collapse_spaces(link.text_content()) for link in links)
    other = len(collapse_spaces(box.text_content()).split()) - len(linked.split())
    if len(linked.split()) < TEASER_HEADLINE_MIN_WORDS:
        return False
    headline = any(link.getparent().tag in HEADLINE_TAGS for link in links)
    return other <= CARD_OTHER_WORDS or (
        headline and other <= CARD_DESCRIPTION_MAX_WORDS and len(box.findall(".//p")) <= 1
    )
