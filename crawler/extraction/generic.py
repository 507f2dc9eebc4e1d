"""The generic content extractor: finds the article's container on any page.

Used when a portal's selectors find nothing (a changed template) and for pages of
no known portal. Scores each container by the prose its paragraphs hold, as
readability does: long, comma-rich text counts, link-heavy text does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import lxml.html

from .boilerplate import CONTENT_WORDS, FURNITURE_WORDS, NEVER_CONTENT
from .dates import find_dates
from .text import collapse_spaces, fold

PROSE_TAGS = ("p", "pre", "blockquote")
CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "body", "span", "font"})
MIN_PARAGRAPH_CHARS = 25
FURNITURE_MAX_SHARE = 0.5
SIBLING_PROSE_SHARE = 0.5  # sections alike holding half as much prose again: one article
STRUCTURAL = frozenset({"html", "body", "main", "article"})


# ASP.NET WebForms pages wrap the whole page in one <form>: a form is dropped from
# inside an article, but being inside one says nothing.
FURNITURE_TAGS = frozenset(NEVER_CONTENT) - {"form"}


def is_furniture(element) -> bool:
    """A sidebar, menu, share bar, comment box...: by its tag, class or id."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in FURNITURE_TAGS:
        return True
    if tag in STRUCTURAL:
        return False
    marks = f"{element.get('class', '')} {element.get('id', '')}".strip()
    return bool(marks) and bool(FURNITURE_WORDS.search(marks)) and not CONTENT_WORDS.search(marks)


def _link_density(element, text_length: int) -> float:
    if not text_length:
        return 1.0
    linked = sum(len(collapse_spaces(a.text_content())) for a in element.iter("a"))
    return min(1.0, linked / text_length)


CANDIDATE_TAGS = (*PROSE_TAGS, "div", "td", "span", "font", "section", "article")
INLINE_TAGS = frozenset({"a", "b", "strong", "i", "em", "u", "span", "font", "br", "sup", "sub", "small", "mark"})


def inline_text(element) -> str:
    """The text an element holds outside its block-level children (a <span> of
    <br>-separated paragraphs, a <div> written as a paragraph)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return collapse_spaces("".join(parts))


def _prose_elements(root):
    """(element, text) of every paragraph-like piece of text on the page."""
    for element in root.iter(*CANDIDATE_TAGS):
        if element.tag in PROSE_TAGS:
            yield element, collapse_spaces(element.text_content())
            continue
        parent = element.getparent()
        if element.tag in INLINE_TAGS and parent is not None and parent.tag in CANDIDATE_TAGS:
            continue  # its text is already its parent's inline text
        yield element, inline_text(element)


def find_content(root):
    """The element most likely to hold the article text, or None."""
    candidates = []
    prose_inside: dict = {}  # characters of prose under each ancestor
    for element, text in _prose_elements(root):
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        candidates.append((element, text))
        for ancestor in element.iterancestors():
            prose_inside[ancestor] = prose_inside.get(ancestor, 0) + len(text)
    if not candidates:
        return None
    prose_total = sum(len(text) for _, text in candidates)
    verdicts: dict = {}

    def furniture(node) -> bool:
        # A wrapper named like furniture ("ad-off-canvas-pusher") that holds most of
        # the page's prose is a layout wrapper, not furniture.
        if node not in verdicts:
            verdicts[node] = is_furniture(node) and prose_inside.get(node, 0) < FURNITURE_MAX_SHARE * prose_total
        return verdicts[node]

    scores: dict = {}
    real_prose: dict = {}  # characters of prose outside furniture, under each ancestor
    for element, text in candidates:
        if any(furniture(node) for node in (element, *element.iterancestors())):
            continue
        for ancestor in (element, *element.iterancestors()):
            real_prose[ancestor] = real_prose.get(ancestor, 0) + len(text)
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        score *= 1 - _link_density(element, len(text))
        weight = 1.0
        # A paragraph credits the block around it; a block holding its text inline
        # (a <td> or <span> of <br>-separated paragraphs) is that block itself.
        holders = element.iterancestors() if element.tag in PROSE_TAGS else (element, *element.iterancestors())
        for parent in holders:
            if weight < 0.25:
                break
            if parent.tag in CONTAINER_TAGS:
                scores[parent] = scores.get(parent, 0.0) + score * weight
                weight /= 2
    if not scores:
        return None
    best = max(scores, key=scores.get)
    # An article split into sections or text boxes of one kind (same tag and class):
    # take the block that holds them all, climbing through wrappers that add nothing.
    node = best
    while node.getparent() is not None and node.getparent().tag not in ("body", "html"):
        parent = node.getparent()
        alike = [
            child
            for child in parent
            if child is not node and child.tag == node.tag and child.get("class") == node.get("class")
        ]
        if sum(real_prose.get(child, 0) for child in alike) >= SIBLING_PROSE_SHARE * real_prose.get(best, 0):
            best = node = parent
        elif real_prose.get(parent, 0) == real_prose.get(node, 0):
            node = parent
        else:
            break
    return _named_body_around(best, real_prose)


# Names that mark the article's own body, stronger than CONTENT_WORDS ("post-body",
# "entry-content", itemprop="articleBody", "noi-dung-chi-tiet").
BODY_NAMES = re.compile(
    r"articlebody|article-?body|article__body|post-?body|entry-?content|story-?body|post-?content|article-?content"
    r"|detail-?content|content-?detail|news-?content|body-?text|noi-?dung|chi-?tiet|detail__content",
    re.I,
)
BODY_CLIMB = 4  # levels above the best block where its named body may be
BODY_EXTRA_PROSE = 1.0  # the named body may hold this much prose again outside the best block


def _named_body_around(best, real_prose: dict):
    """The element named as the article's body just above the best-scoring block: a
    lead or a paragraph set beside the block (in its own <div>) is the article's too."""
    node = best
    for _ in range(BODY_CLIMB):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
        marks = f"{node.get('class', '')} {node.get('id', '')} {node.get('itemprop', '')}"
        if BODY_NAMES.search(marks):
            extra = real_prose.get(node, 0) - real_prose.get(best, 0)
            return node if extra <= BODY_EXTRA_PROSE * real_prose.get(best, 0) else best
    return best


def remove_element(element) -> None:
    """Remove an element from the tree but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def leave_headline(element, title: str) -> None:
    """Put the bare headline text in place of the headline element: the cleaner drops
    it as the title again, and knows that what stands above it is the page's header."""
    parent = element.getparent()
    if parent is None:
        return
    marker = lxml.html.Element(element.tag if element.tag in ("h1", "h2", "h3") else "h1")
    marker.text = title
    marker.tail = element.tail
    parent.replace(element, marker)


def prune(container) -> None:
    """Remove page furniture from inside a container the generic extractor chose."""
    for element in list(container.iter()):
        if element is not container and isinstance(element.tag, str) and is_furniture(element):
            remove_element(element)


# --- page-level fields of pages no selectors describe ----------------------------

STAMP_HINT = re.compile(r"date|time|ngay|thoi-?gian|publish|posted|created|stamp|meta", re.I)
SUMMARY_HINT = re.compile(
    r"sapo|\blead\b|summary|chapeau|tom-?tat|\bintro|standfirst|excerpt|description|mo-ta|subtitle|hometext", re.I
)
BYLINE_HINT = re.compile(r"author|byline|tac-?gia|writer|reporter|but-?danh|nguoi-?viet|credit", re.I)
ARTICLE_SCOPE_HINT = re.compile(r"detail|chi-?tiet|article|post|entry|story|news-?content|noi-?dung", re.I)
TITLE_HINT = re.compile(r"title|tieu-?de|headline|heading", re.I)
TITLE_FULL_COVER = 0.9  # a heading this much of a title is the headline: look no further
WINDOW = 80  # elements after the title where the stamp, sapo and byline sit
BODY_STARTS_CHARS = 150


def _following(start, limit: int = WINDOW):
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


def _marks(element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"


def find_title(root, container=None):
    """The headline element: the heading (or the cell or span named like a title, as
    old CMSs print it) that the page's <title> or og:title repeats; else the last such
    candidate standing above the article's first paragraph; else the first h1."""
    titles = [collapse_spaces(e.get("content", "")) for e in root.iter("meta") if e.get("property") == "og:title"]
    titles += [collapse_spaces(e.text_content()) for e in root.iter("title")]
    titles = [t.lower() for t in titles if t]
    candidates = []
    repeated, best_cover = None, 0.0  # the heading that covers most of a title
    first_prose = _first_prose(container) if container is not None else None
    for element in root.iter("h1", "h2", "h3", "td", "div", "span", "p", "strong", "b"):
        if element is first_prose:
            break
        if element.tag not in ("h1", "h2", "h3") and not (TITLE_HINT.search(_marks(element)) and len(element) <= 3):
            continue
        text = collapse_spaces(element.text_content())
        if not 15 <= len(text) <= 300 or any(is_furniture(a) for a in element.iterancestors()):
            continue
        lowered = text.lower()
        # <title> is often "Site: Headline": the site's name is in it too, but covers less.
        cover = max(
            (
                min(len(lowered), len(title)) / max(len(lowered), len(title))
                for title in titles
                if lowered in title or title in lowered
            ),
            default=0.0,
        )
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


def _first_prose(container):
    """The first paragraph of the article's text inside its container."""
    for element in container.iter("p", "div", "td"):
        text = element.text_content() if element.tag == "p" else (element.text or "")
        if len(collapse_spaces(text)) >= BODY_STARTS_CHARS // 2:
            return element
    return None


def _article_scope(title_element):
    """The nearest ancestor of the title that is the article itself (an <article>, or
    named like the article's block), not the whole page."""
    for ancestor in title_element.iterancestors():
        if ancestor.tag in ("body", "html", "form"):
            return None
        if ancestor.tag == "article" or ARTICLE_SCOPE_HINT.search(_marks(ancestor)):
            return ancestor
    return None


def find_stamp(title_element, is_stamp: Callable[[str], bool]):
    """The printed date near the title: a short element whose text is a stamp, or
    that is named like one and holds a date; first between the title and the body,
    then above the title inside the article's own block (never the page header)."""
    if title_element is None:
        return None

    def stamp_like(element) -> bool:
        text = collapse_spaces(element.text_content())
        if not text or len(text) > 120:
            return False
        return is_stamp(text) or (bool(STAMP_HINT.search(_marks(element))) and has_date(text))

    for element in _following(title_element):
        if element.tag == "p" and len(collapse_spaces(element.text_content())) > BODY_STARTS_CHARS:
            break  # the body has begun
        if stamp_like(element):
            return element
    scope = _article_scope(title_element)
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
    for element in _following(title_element):
        if element is container or container is not None and element in container.iterancestors():
            continue
        text = collapse_spaces(element.text_content())
        if element.tag != "h1" and 40 <= len(text) <= 1000 and fold(text) != title and element.find(".//img") is None:
            if SUMMARY_HINT.search(_marks(element)):
                return element
            if described and fold(text) == described and is_bold(element):
                return element
        if element.tag == "p" and len(text) > BODY_STARTS_CHARS:
            return None  # the body has begun: a sapo stands above it
    return None


def is_bold(element) -> bool:
    """Set in bold by its class or style, or wholly inside <strong>/<b>."""
    marks = f"{element.get('class', '')} {element.get('style', '')}".lower().replace(" ", "")
    if "bold" in marks or "font-weight:6" in marks or "font-weight:7" in marks:
        return True
    strong = "".join(t for e in element.iter("strong", "b") for t in e.itertext())
    return bool(strong) and collapse_spaces(strong) == collapse_spaces(element.text_content())


def find_byline(title_element, container):
    """An element named like a byline, in the body or after the title."""
    scopes = [container.iter()] if container is not None else []
    if title_element is not None:
        scopes.append(_following(title_element))
    for scope in scopes:
        for element in scope:
            if not isinstance(element.tag, str):
                continue
            marks = _marks(element) + f" {element.get('rel', '')} {element.get('itemprop', '')}"
            if BYLINE_HINT.search(marks) and 0 < len(collapse_spaces(element.text_content())) <= 100:
                return element
    return None


def has_date(text: str) -> bool:
    return bool(find_dates(text))


HOME_WORDS = frozenset({"trang chu", "trang chinh", "home", "homepage"})


def find_category(root, title: str | None) -> str | None:
    """The section the page sits in: WordPress's category link, else the last link of
    the breadcrumb that is neither the home page nor the article itself."""
    for element in root.iter("a"):
        if "category" in (element.get("rel") or "").split():
            return collapse_spaces(element.text_content()) or None
    for trail in root.iter():
        if not isinstance(trail.tag, str) or "breadcrumb" not in _marks(trail).lower():
            continue
        names = [collapse_spaces(a.text_content()) for a in trail.iter("a")]
        names = [n for n in names if n and fold(n) not in HOME_WORDS and n != title]
        if names:
            return names[-1]
    return None
