"""The generic content extractor: finds the article's container on any page.

Used when a portal's selectors find nothing (a changed template) and for pages of
no known portal. Scores each container by the prose its paragraphs hold, as
readability does: long, comma-rich text counts, link-heavy text does not.
"""

from __future__ import annotations

from .boilerplate import CONTENT_WORDS, FURNITURE_WORDS, NEVER_CONTENT
from .text import collapse_spaces

PROSE_TAGS = ("p", "pre", "blockquote")
CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "body"})
MIN_PARAGRAPH_CHARS = 25
FURNITURE_MAX_SHARE = 0.5
STRUCTURAL = frozenset({"html", "body", "main", "article"})


def is_furniture(element) -> bool:
    """A sidebar, menu, share bar, comment box...: by its tag, class or id."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in NEVER_CONTENT:
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


def _prose_elements(root):
    for element in root.iter(*PROSE_TAGS, "div", "td"):
        if element.tag in ("div", "td"):
            # A div holding text directly (old CMSs write paragraphs as divs).
            own = collapse_spaces(element.text or "")
            if len(own) < MIN_PARAGRAPH_CHARS:
                continue
        yield element


def find_content(root):
    """The element most likely to hold the article text, or None."""
    candidates = []
    prose_inside: dict = {}  # characters of prose under each ancestor
    for element in _prose_elements(root):
        text = collapse_spaces(element.text_content())
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
    for element, text in candidates:
        if any(furniture(node) for node in (element, *element.iterancestors())):
            continue
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        score *= 1 - _link_density(element, len(text))
        weight = 1.0
        for parent in element.iterancestors():
            if weight < 0.25:
                break
            if parent.tag in CONTAINER_TAGS:
                scores[parent] = scores.get(parent, 0.0) + score * weight
                weight /= 2
    if not scores:
        return None
    return max(scores, key=scores.get)


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


def prune(container) -> None:
    """Remove page furniture from inside a container the generic extractor chose."""
    for element in list(container.iter()):
        if element is not container and isinstance(element.tag, str) and is_furniture(element):
            remove_element(element)
