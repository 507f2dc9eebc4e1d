"""A live ticker's parts inside an article: its entries are the article's text, whatever
"ticker" in their names says elsewhere (a market's or a breaking-news strip's holds no prose).
Pure, over lxml elements."""

from __future__ import annotations

import itertools
import re

from .block import PROSE_MIN_CHARS
from .element_names import element_names
from .text import collapse_spaces, latin_length

LIVE_TICKER = re.compile(r"ticker", re.I)
LIVE_TICKER_MIN_PARAGRAPHS = 2  # a ticker holding two paragraphs of prose or more is a live one


def live_ticker_part(element) -> bool:
    """A live ticker ("live-ticker", "Ticker_events"), one of its entries ("Ticker_event"), or a
    part of an entry (its title, "Ticker_eventTitle"); not its head, its status and buttons."""
    if not _named_ticker(element):
        return False
    return _holds_prose(element, LIVE_TICKER_MIN_PARAGRAPHS) or any(
        _entry(part) for part in (element, *element.iterancestors()) if _named_ticker(part)
    )


def _entry(element) -> bool:
    """An element of prose inside a live ticker."""
    return _holds_prose(element, 1) and any(
        _named_ticker(ancestor) and _holds_prose(ancestor, LIVE_TICKER_MIN_PARAGRAPHS)
        for ancestor in element.iterancestors()
    )


def _named_ticker(element) -> bool:
    return bool(LIVE_TICKER.search(element_names(element)))


def _holds_prose(element, count: int) -> bool:
    paragraphs = (p for p in element.iter("p") if latin_length(collapse_spaces(p.text_content())) >= PROSE_MIN_CHARS)
    return len(list(itertools.islice(paragraphs, count))) == count
