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


def teaser_card(link) -> bool:
    """A link around a picture and a headline (a block of text inside) to an article."""
    if link.find(".//img") is None or not links_another_article(link.get("href", "")):
        return False
    holds_a_block = any(e is not link for e in link.iter("h2", "h3", "h4", "h5", "p", "div", "span"))
    return holds_a_block and len(collapse_spaces(link.text_content()).split()) >= TEASER_HEADLINE_MIN_WORDS


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
