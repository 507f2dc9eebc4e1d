"""The generic content extractor: finds the article's container on any page.

Used when a portal's selectors find nothing (a changed template) and for pages of
no known portal. Scores each container by the prose its paragraphs hold, as
readability does: long, comma-rich text counts, link-heavy text does not.
"""

from __future__ import annotations

from .boilerplate import FURNITURE_WORDS, NEVER_CONTENT
from .text import collapse_spaces

PROSE_TAGS = ("p", "pre", "blockquote")
CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "body"})
MIN_PARAGRAPH_CHARS = 25
STRUCTURAL = frozenset({"html", "body", "main", "article"})


def is_furniture(element) -> bool:
    """A sidebar, menu, share bar, comment box...: by its tag, class or id."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in NEVER_CONTENT:
        return True
    if tag in STRUCTURAL:
        return False
    marks = f"{element.get('class', '')} {element.get('id', '')}".strip()
    return bool(marks) and bool(FURNITURE_WORDS.search(marks))


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
    scores: dict = {}
    furniture_cache: dict = {}

    def inside_furniture(element) -> bool:
        chain = []
        node = element
        while node is not None:
            if node in furniture_cache:
                verdict = furniture_cache[node]
                break
            chain.append(node)
            if is_furniture(node):
                verdict = True
                break
            node = node.getparent()
        else:
            verdict = False
        for visited in chain:
            furniture_cache[visited] = verdict
        return verdict

    for element in _prose_elements(root):
        text = collapse_spaces(element.text_content())
        if len(text) < MIN_PARAGRAPH_CHARS or inside_furniture(element):
            continue
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        score *= 1 - _link_density(element, len(text))
        parent = element.getparent()
        weight = 1.0
        while parent is not None and weight >= 0.25:
            if parent.tag in CONTAINER_TAGS:
                scores[parent] = scores.get(parent, 0.0) + score * weight
                weight /= 2
            parent = parent.getparent()
    if not scores:
        return None
    best = max(scores, key=scores.get)
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


def prune(container) -> None:
    """Remove page furniture from inside a container the generic extractor chose."""
    for element in list(container.iter()):
        if element is not container and isinstance(element.tag, str) and is_furniture(element):
            remove_element(element)
