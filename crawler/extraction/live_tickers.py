"""A live ticker's parts inside an article: its entries are the article's text, whatever
"ticker" in their names says elsewhere (a market's or a breaking-news strip's holds no prose).
Pure, over lxml elements."""

from __future__ import annotations

import dataclasses
import itertools
import re

from .block import PROSE_MIN_CHARS, Block
from .bylines import is_name
from .element_names import element_names, is_furniture
from .lines import ends_a_sentence
from .stamp_words import TIME_ZONES
from .text import collapse_spaces, latin_length

LIVE_TICKER = re.compile(r"ticker", re.I)
# A live page's box of entries named so ("live-box"): a live box teasing another page holds headlines, not prose
LIVE_BOX = re.compile(r"(?<![a-z])live[-_]?(?:box|feed|stream|entries|posts|updates)(?![a-z])", re.I)
LIVE_TICKER_MIN_PARAGRAPHS = 2  # a ticker holding two paragraphs of prose or more is a live one


def live_ticker_part(element) -> bool:
    """A live ticker ("live-ticker", "Ticker_events"), one of its entries ("Ticker_event"), or a
    part of an entry (its title, "Ticker_eventTitle"); not its head, its status and buttons. Or a
    live page's box of entries holding their prose ("live-box")."""
    if LIVE_BOX.search(element_names(element)) and _holds_prose(element, LIVE_TICKER_MIN_PARAGRAPHS):
        return True
    if not _named_ticker(element):
        return False
    return _holds_prose(element, LIVE_TICKER_MIN_PARAGRAPHS) or any(
        _entry(part) for part in (element, *element.iterancestors()) if _named_ticker(part)
    )


# A live blog's head inside the article: its badge, its title again, its last update, a refresh
# button ("live-blog__head"); the page's own head holds the headline and is no part of the article's
LIVE_HEAD = re.compile(r"live-?blog_{0,2}-{0,2}(?:head(?:er)?|status)(?![a-z])", re.I)


def live_blog_head(element) -> bool:
    return bool(LIVE_HEAD.search(element_names(element))) and element.find(".//h1") is None


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


# A live page's entry time standing as a line of its own: "16:52", "12.31 Uhr", "10:40 PM",
# "4:15 p. m.", "10.31 GMT"
ENTRY_TIME = re.compile(
    rf"\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:uhr|h|am|pm|sa|ch|giờ|[ap]\.\s?m\.))?(?:\s*(?:{'|'.join(TIME_ZONES)}))?", re.I
)
ENTRY_TIMES_MIN = 2  # a timeline: one clock time alone heads no entry


# ... with its writer's name after it, as the entry's head prints them: "21:30 Jorge Téllez"
ENTRY_TIME_AND_WRITER = re.compile(rf"(?P<time>{ENTRY_TIME.pattern})\s+(?P<writer>\D+)", re.I)


def _without_writer(block: Block) -> Block:
    head = ENTRY_TIME_AND_WRITER.fullmatch(block.text.strip())
    if head is None or not is_name(head.group("writer")):
        return block
    return dataclasses.replace(block, text=head.group("time"))


def entry_times_joined(kept: list[Block]) -> list[Block]:
    """A live page's entries, each under its time: the time opens the entry's first line
    ("16:52 – Il voto finale"), as the page sets it beside it, instead of standing as a line
    of its own that says nothing read alone; a time with no entry under it goes, and so
    does a time on a page of no timeline (a video's running time, "04:51", under its title)."""
    heads = [_without_writer(block) for block in kept]
    times = [
        at
        for at, block in enumerate(heads[:-1])
        if ENTRY_TIME.fullmatch(block.text.strip()) and not ENTRY_TIME.fullmatch(heads[at + 1].text.strip())
    ]
    if len(times) < ENTRY_TIMES_MIN:
        return [block for block in kept if not ENTRY_TIME.fullmatch(block.text.strip())]
    # a time followed by another is an entry whose content went (another article's card): it goes too
    joined = [
        block
        for at, block in enumerate(heads)
        if not (
            at + 1 < len(heads)
            and ENTRY_TIME.fullmatch(block.text.strip())
            and ENTRY_TIME.fullmatch(heads[at + 1].text.strip())
        )
    ]
    if len(joined) != len(heads):
        return entry_times_joined(joined)
    for at in reversed(times):
        time, entry = joined[at], joined[at + 1]
        text, images = f"{time.text.strip()} – {entry.text}", (time.images[0], entry.images[1])
        joined[at : at + 2] = [dataclasses.replace(entry, text=text, images=images, runs_on=time.runs_on)]
    return joined


LIVE_PAGE_TYPE = "LiveBlogPosting"  # schema.org's type of a live page
SUMMARY_LEVELS = 3  # how far up from the entries' box the summary may sit beside it
SUMMARY_MIN_ITEMS = 2
SUMMARY_POINT_MIN_WORDS = 6  # a point is a sentence, perhaps without its full stop; not a name or a link's label
SUMMARY_LABEL_MAX_WORDS = 8  # besides its points, the summary's box prints its heading only
INTRODUCTION_MIN_WORDS = 12  # two sentences of a story so far, not a status line


def is_live_page(json_ld: list[dict]) -> bool:
    return any(LIVE_PAGE_TYPE in str(item.get("@type", "")) for item in json_ld)


def live_summary(container, title, lead):
    """A live page's summary of the story so far, set above its entries: a list of sentences
    ("Das Wichtigste in Kürze"), or an introduction in prose right beside the entries. Not a
    list of links to entries ("Key events"), not furniture, not the page's lead (`lead`, read
    as its summary); nothing above the headline."""
    node = container
    for level in range(SUMMARY_LEVELS):
        for sibling in node.itersiblings(preceding=True):
            if any(
                part is not None and (sibling is part or part in sibling.iterdescendants()) for part in (title, lead)
            ):
                return None
            if not isinstance(sibling.tag, str):
                continue
            if (points := _summary_points(sibling)) is not None or (level == 0 and _introduction(sibling)):
                return sibling if points is None else points
        node = node.getparent()
        if node is None:
            return None
    return None


ENTRIES_LEVELS = 2  # how far up from the chosen block the box of entries may stand beside it


def with_entries_beside(container):
    """A live page whose lead stands in a block of its own, its entries in another beside
    it (an introduction outscoring entries of one paragraph each): the element holding both."""
    node = container
    for _ in range(ENTRIES_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if any(sibling is not node and isinstance(sibling.tag, str) and _entries_box(sibling) for sibling in parent):
            return parent
        node = parent
    return container


def _entries_box(box) -> bool:
    """A box of a live page's entries: two or more, each with its time and its prose."""
    if is_furniture(box):
        return False
    entries = box.findall(".//article") or list(box)
    timed = (entry for entry in entries if _timed(entry) and _holds_prose(entry, 1))
    return len(list(itertools.islice(timed, ENTRY_TIMES_MIN))) == ENTRY_TIMES_MIN


def _timed(entry) -> bool:
    return entry.find(".//time") is not None or any("time" in (e.get("class") or "").lower() for e in entry.iter())


def _introduction(box) -> bool:
    """Paragraphs of prose and nothing else: no link, no list, no control."""
    paragraphs = [box] if box.tag == "p" else box.findall("p")
    text = collapse_spaces(box.text_content())
    return (
        bool(paragraphs)
        and not is_furniture(box)
        and next(box.iter("a", "ul", "ol", "button", "form"), None) is None
        and collapse_spaces(" ".join(p.text_content() for p in paragraphs)) == text
        and len(text.split()) >= INTRODUCTION_MIN_WORDS
        and ends_a_sentence(text)
    )


def _summary_points(box):
    lists = [box] if box.tag in ("ul", "ol") else box.findall(".//ul") + box.findall(".//ol")
    if len(lists) != 1 or (is_furniture(box) and not _named_ticker(box)) or box.find(".//a") is not None:
        return None
    items = [collapse_spaces(item.text_content()) for item in lists[0].iter("li")]
    points = sum(len(item.split()) for item in items)
    if len(items) < SUMMARY_MIN_ITEMS or not all(len(item.split()) >= SUMMARY_POINT_MIN_WORDS for item in items):
        return None
    return lists[0] if len(collapse_spaces(box.text_content()).split()) - points <= SUMMARY_LABEL_MAX_WORDS else None
