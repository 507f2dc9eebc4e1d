"""Where the headline, stamp, sapo, byline, category and lead pictures are on a page
no selectors describe: found around the headline, by what elements are named and
what they hold. The body's container is generic.py's. Pure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from .block import inside
from .class_words import ARTICLE_SCOPE_HINT, BYLINE_HINT, KICKER_HINT, SIDEBAR, STAMP_HINT, SUMMARY_HINT, TITLE_HINT
from .dates import find_dates
from .element_names import element_names, is_furniture, named_as_caption
from .furniture_boxes import BOX_TAGS, machine_summary_box
from .generic import inline_text
from .lines import ends_a_sentence, line_rule
from .text import collapse_spaces, fold, latin_length

TITLE_FULL_COVER = 0.9  # a heading this much of a title is the headline: look no further
# How themes hide text from readers (schema.org dates for robots, screen-reader labels):
# a hidden date is no stamp, NukeViet's hidden datePublished holds the edit time.
HIDDEN_CLASSES = frozenset({"hidden", "hide", "d-none", "sr-only", "visually-hidden", "screen-reader-text"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
WINDOW = 80  # elements after the title where the stamp, sapo and byline sit
BODY_STARTS_CHARS, SUMMARY_MIN_CHARS, SUMMARY_MAX_CHARS = 150, 40, 1000
DECK_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
DECK_TAGS = frozenset({"p", "div"}) | DECK_HEADINGS  # a standfirst's own element
# A headline and the <title> repeating it may differ in typography alone ("…" and "...").
_PLAIN_PUNCTUATION = str.maketrans({"…": "...", "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _title_key(text: str) -> str:
    return collapse_spaces(text).lower().translate(_PLAIN_PUNCTUATION)


def following(start, limit: int = WINDOW):
    """Elements after `start` in document order (not its descendants), lazily."""
    count = 0
    node = start
    while node is not None:
        for sibling in node.itersiblings():
            for element in sibling.iter():
                if not isinstance(element.tag, str):
                    continue
                yield element
                count += 1
                if count >= limit:
                    return
        node = node.getparent()


def find_lead_figures(title_element, container) -> list:
    """Pictures with a caption standing between the headline and the body, outside the
    body's element (a K2 item image, an AMP hero figure): the article's lead pictures."""
    if title_element is None or container is None:
        return []
    figures = []
    for element in following(title_element):
        if element is container:
            break  # the body has begun
        if any(a is element for a in container.iterancestors()):
            continue  # a block holding the body too: look inside it
        if any(f is a for f in figures for a in element.iterancestors()):
            continue  # inside a figure already taken
        has_picture = element.find(".//img") is not None or element.find(".//amp-img") is not None
        captioned = element.find(".//figcaption") is not None or any(named_as_caption(e) for e in element.iter())
        if has_picture and captioned and not is_furniture(element) and len(element.text_content()) <= 600:
            figures.append(element)
    return figures


def marks(element) -> str:
    """What an element is named: its class, id, test id and itemprop."""
    return f"{element_names(element)} {element.get('itemprop', '')}"


def find_title(root, container=None, page_titles: tuple[str | None, ...] = ()):
    """The headline element: the heading (or the cell or span named like a title, as
    old CMSs print it) that the page's titles (<title>, og:title) repeat; else the last
    such candidate standing above the article's first paragraph; else the first h1."""
    titles = [key for key in map(_title_key, filter(None, page_titles)) if key]
    candidates = []
    repeated, best_cover = None, 0.0  # the heading that covers most of a title
    first_prose = _first_prose(container) if container is not None else None
    for element in root.iter("h1", "h2", "h3", "td", "div", "span", "p", "strong", "b"):
        if element is first_prose:
            break
        if element.tag not in ("h1", "h2", "h3") and not (
            TITLE_HINT.search(marks(element)) and len(element) <= 3 and not _holds_heading(element)
        ):
            continue  # a box named for the headline that holds its heading: the heading comes next
        if KICKER_HINT.search(marks(element)):
            continue  # "article-heading__kicker": the topic over the headline, which <title> may open with
        text = collapse_spaces(element.text_content())
        if not 15 <= len(text) <= 300 or any(is_furniture(a) for a in element.iterancestors()):
            continue
        lowered = _title_key(text)
        # <title> is often "Site: Headline": the site's name is in it too, but covers less.
        cover = max((_cover(lowered, title) for title in titles), default=0.0)
        if cover > best_cover:
            repeated, best_cover = element, cover
            if cover >= TITLE_FULL_COVER:
                break
        candidates.append(element)
    if repeated is not None:
        return repeated
    if first_prose is not None and candidates:
        return candidates[-1]
    return next(root.iter("h1"), None)


def _holds_heading(element) -> bool:
    return any(child.tag in ("h1", "h2", "h3") for child in element.iterdescendants())


TITLE_SHARED_WORDS = 0.5  # a heading reworded in <title> shares most of its words


def _cover(heading: str, title: str) -> float:
    """How much of a title a heading is: by length when one holds the other; else, for a
    headline that <title> rewords ("… denuncian plagas y falta de aire …"), by the words
    they share, always below a repeated headline."""
    if heading in title or title in heading:
        return min(len(heading), len(title)) / max(len(heading), len(title))
    words, title_words = set(heading.split()), set(title.split())
    shared = len(words & title_words) / len(words | title_words)
    return shared / 2 if shared >= TITLE_SHARED_WORDS else 0.0


def _first_prose(container):
    """The first paragraph of the article's text inside its container."""
    for element in container.iter("p", "div", "td"):
        # a <div> counts by its opening text; a table cell inside by the text it holds
        # inline (old portals set paragraphs in <font>s between <br>s)
        if element.tag == "p":
            text = collapse_spaces(element.text_content())
        elif element.tag == "td" and element is not container:
            # longer than a headline, which old portals set in a cell of its own too
            if len(inline_text(element)) >= BODY_STARTS_CHARS:
                return element
            continue
        else:
            text = collapse_spaces(element.text or "")
        if len(text) >= BODY_STARTS_CHARS // 2:
            return element
    return None


def article_scope(title_element):
    """The nearest ancestor of the title that is the article itself (an <article>, or
    named like the article's block), not the whole page."""
    for ancestor in title_element.iterancestors():
        if ancestor.tag in ("body", "html", "form"):
            return None
        if ancestor.tag == "article" or ARTICLE_SCOPE_HINT.search(marks(ancestor)):
            return ancestor
    return None


def is_hidden(element) -> bool:
    """Hidden from readers by the element or one of its ancestors."""
    for node in (element, *element.iterancestors()):
        if node.get("hidden") is not None or HIDDEN_STYLE.search(node.get("style", "")):
            return True
        if HIDDEN_CLASSES.intersection(node.get("class", "").split()):
            return True
    return False


def find_stamp(title_element, is_stamp: Callable[[str], bool]):
    """The printed date near the title: a short element whose text is a stamp, or
    that is named like one and holds a date; first between the title and the body,
    then above the title inside the article's own block (never the page header)."""
    if title_element is None:
        return None

    def stamp_like(element) -> bool:
        text = collapse_spaces(element.text_content())
        if not text or len(text) > 120 or is_hidden(element):
            return False
        return is_stamp(text) or (bool(STAMP_HINT.search(marks(element))) and has_date(text))

    for element in following(title_element):
        if element.tag == "p" and len(collapse_spaces(element.text_content())) > BODY_STARTS_CHARS:
            break  # the body has begun
        if element.tag == "aside" or SIDEBAR.search(marks(element)):
            break  # past a short page's text: the sidebar's lists carry dates of their own
        if stamp_like(element):
            return element
    scope = article_scope(title_element)
    if scope is None:
        return None
    above = []
    for element in scope.iter():
        if element is title_element:
            break
        if isinstance(element.tag, str) and stamp_like(element):
            above.append(element)
    return above[-1] if above else None


def find_summary(title_element, container, description: str | None = None):
    """The sapo: an element after the title, above the body, named like a sapo, or
    set in bold and repeating the page's description; never the title again."""
    if title_element is None:
        return None
    title = fold(collapse_spaces(title_element.text_content()))
    described = fold(description) if description else None
    reached = False  # the body's container has begun
    prose_seen = False  # a block of prose stood between the headline and this element
    for element in following(title_element):
        if reached and not inside(element, container):
            break  # past the body: what follows is another article's teaser
        if element is container or container is not None and element in container.iterancestors():
            reached = reached or element is container
            continue
        text = collapse_spaces(element.text_content())
        if (
            element.tag != "h1"
            and len(text) <= SUMMARY_MAX_CHARS
            and (len(text) >= SUMMARY_MIN_CHARS or latin_length(text) >= SUMMARY_MIN_CHARS)
            and fold(text) != title
            and element.find(".//img") is None
            and len(element.findall(".//p")) <= 1  # a sapo is one paragraph: a "subscriber-preview" holds the text
            and not in_caption(element)  # "…MainImage__desc": a picture's words, not the sapo
            and line_rule(text) is None  # a plug set in bold under the headline ("PAY ATTENTION: Join …")
        ):
            # ... above the body's prose: a "desc" after it is a teaser's ("article__article-desc")
            if (
                SUMMARY_HINT.search(marks(element))
                and not _about_the_writer(element)
                and not (reached and prose_seen)
                # a machine's summary, or in one, is not the newsroom's
                and not any(map(machine_summary_box, (*element.iter(*BOX_TAGS), *element.iterancestors(*BOX_TAGS))))
            ):
                return _labelled_text(element)
            if is_bold(element) and (described and fold(text) == described or _sentence_block(element, text)):
                return element
            # the first words under the headline (a picture's aside), as the description says, above
            # the body: in the body, they are its first paragraph, which CMSs copy as the description
            if (
                not (reached or prose_seen)
                and described
                and _repeats(fold(text), described, heading=element.tag in DECK_HEADINGS)
                and element.tag in DECK_TAGS
            ):
                return element
        if (
            not prose_seen
            and len(text) >= SUMMARY_MIN_CHARS
            and _is_block_of_text(element)
            and ends_a_sentence(text)
            and not in_caption(element)
        ):
            prose_seen = True
        if element.tag == "p" and (len(text) > BODY_STARTS_CHARS or latin_length(text) > BODY_STARTS_CHARS):
            break  # the body has begun: a sapo stands above it, or opens it in bold
    return _bold_lead(container)


DESCRIPTION_COVER = 0.8  # a description may add the agency's name after the deck
FIRST_SENTENCE_COVER = 0.4  # ... or give a heading deck's first sentence alone


AGENCY_TAG = re.compile(r"\s*\([^()]{2,12}\)\s*$")  # "… (ANSA)" after a description


def _repeats(text: str, description: str, heading: bool = False) -> bool:
    """The description says the text, perhaps with a word after it ("… (ANSA)"). One that
    is cut short is not enough: CMSs cut the first paragraph short as the description; a deck
    in a heading is no paragraph, and its first sentence with the agency's tag will do."""
    if description.startswith(text) and len(text) >= DESCRIPTION_COVER * len(description):
        return True
    short = AGENCY_TAG.sub("", description)
    return heading and text.startswith(short) and len(short) >= FIRST_SENTENCE_COVER * len(text)


def _is_block_of_text(element) -> bool:
    """A paragraph, or a box holding no other box: one block of the page's text."""
    return (
        element.tag == "p"
        or element.tag == "div"
        and next(element.iterdescendants("p", "div", "ul", "table"), None) is None
    )


LABELLED_TEXT_SHARE = 0.9  # the sapo's share of a box that also holds its label
LABEL_MAX_WORDS, HEADING_TAGS = 6, frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b"})


def _labelled_text(element):
    """The block holding a sapo's text where a label stands above it in one box
    ("<div class="saar"><h2>सार</h2><p>…</p></div>", "<h3>What you need to know:</h3><ul>…"):
    the sapo without its label (a heading of a few words, or a small share of the box)."""
    text = len(collapse_spaces(element.text_content()))
    blocks = [child for child in element if child.tag in ("p", "div", "ul", "ol")]
    # the label in a block of its own: '<div class="brief-head">सार</div><div class="brief-text">…'
    if len(blocks) == 2 and len(blocks[0].text_content().split()) <= LABEL_MAX_WORDS and len(blocks[0]) == 0:
        blocks = blocks[1:]
    if len(blocks) != 1:
        return element
    labels = [child for child in element if child is not blocks[0]]
    labelled = all(c.tag in HEADING_TAGS and len(c.text_content().split()) <= LABEL_MAX_WORDS for c in labels)
    share = len(collapse_spaces(blocks[0].text_content())) >= LABELLED_TEXT_SHARE * text
    return blocks[0] if share or (labels and labelled) else element


def in_caption(element) -> bool:
    """In a picture's caption, or anywhere in its <figure> ("Figure-credit": the chart's source)."""
    return next(element.iterancestors("figure"), None) is not None or any(
        e.tag == "figcaption" or named_as_caption(e) for e in itertools.islice((element, *element.iterancestors()), 3)
    )


def _sentence_block(element, text: str) -> bool:
    """A paragraph, block or cell whose text ends a sentence: set in bold between the
    headline and the body, the sapo (old portals set it beside a thumbnail)."""
    return element.tag in ("p", "div", "td") and ends_a_sentence(text)


def _bold_lead(container):
    """The body's first paragraph set wholly in bold: the sapo, as Vietnamese portals
    print it inside the body ("<p><strong>Sáng 20/12, Đảng ủy Khối …</strong></p>")."""
    if container is None:
        return None
    first = _first_prose(container)
    if first is None or first.tag not in ("p", "div", "td") or first.find(".//img") is not None:
        return None
    text = collapse_spaces(first.text_content())
    return (
        first
        if SUMMARY_MIN_CHARS <= len(text) <= SUMMARY_MAX_CHARS
        and is_bold(first)
        and _sentence_block(first, text)
        and line_rule(text) is None
        else None
    )


def _about_the_writer(element) -> bool:
    """In an author box: "itemAuthorDescription" describes the writer, not the article."""
    return any(BYLINE_HINT.search(marks(e)) for e in (element, *list(element.iterancestors())[:2]))


def is_bold(element) -> bool:
    """Set in bold by its class or style, or wholly inside <strong>/<b>."""
    styled = f"{element.get('class', '')} {element.get('style', '')}".lower().replace(" ", "")
    if "bold" in styled or "font-weight:6" in styled or "font-weight:7" in styled:
        return True
    strong = "".join(t for e in element.iter("strong", "b") for t in e.itertext())
    return bool(strong) and collapse_spaces(strong) == collapse_spaces(element.text_content())


def has_date(text: str) -> bool:
    return bool(find_dates(text))
