"""Selectors learnt from a sample of a portal's article pages: for each part the
generic layer found (headline, body, sapo, stamp), a CSS selector that names that
element on every page of the sample, kept only when extracting with it gives exactly
what the generic layer gave. Pure.

A portal with selectors is read exactly and fast, and a redesign shows: when its
selectors stop matching, the crawl falls back to the generic layer and counts it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .page import locate_parts
from .parsing import parse_html
from .reading import read_page
from .selectors import GENERIC, Selectors, first

LEARNT = ("title", "body", "summary", "stamp")  # the parts the generic layer locates
COMPARED = ("title", "summary", "body", "published_at", "author", "images")  # what must not change
MIN_PAGES = 3  # pages that must agree: two may share a template by chance
# Class and id names that change from page to page, or say only how a thing looks
# (a theme's utility classes): never part of a learnt selector.
VOLATILE_NAME = re.compile(
    r"\d{3,}|^(?:active|selected|current|first|last|odd|even|clearfix|row|container|hidden|visible)$"
    r"|^(?:m|p|mt|mb|ml|mr|mx|my|pt|pb|pl|pr|px|py|margin|padding|text|font|float|pull|col|d|flex|w|h|bg|border)-"
)


def candidates(element) -> list[str]:
    """Selectors naming `element`, the most specific first: its id, its tag with its
    classes, its tag with each class, then each of these under its parent's."""
    tag = element.tag
    names = [c for c in element.get("class", "").split() if not VOLATILE_NAME.search(c)]
    own = []
    if element.get("id") and not VOLATILE_NAME.search(element.get("id")):
        own.append(f"#{element.get('id')}")
    if names:
        own.append(tag + "".join(f".{c}" for c in names))
        own += [f"{tag}.{c}" for c in names]
    parent = element.getparent()
    under = candidates(parent)[:2] if parent is not None and parent.tag not in ("body", "html") else []
    return own + [f"{outer} > {tag}" for outer in under]


def _agreed(elements: list, roots: list) -> str | None:
    """The first candidate selector that finds, on every page, the element found there."""
    if any(element is None for element in elements):
        return None
    for selector in candidates(elements[0]):
        try:
            if all(first(root, selector) is element for root, element in zip(roots, elements, strict=True)):
                return selector
        except Exception:  # noqa: BLE001 - an odd class name that is no valid CSS: try the next
            continue
    return None


def _same(pages: list[tuple[str, str]], selectors: Selectors, wanted: list[dict]) -> bool:
    """Reading every page with `selectors` gives what the generic layer gave."""
    return all(_fields(html, url, selectors) == expected for (html, url), expected in zip(pages, wanted, strict=True))


def _fields(html: str, url: str, selectors: Selectors) -> dict:
    _, article = read_page(html, url, None, selectors)
    return {name: getattr(article, name) for name in COMPARED}


def learn_selectors(pages: list[tuple[str, str]]) -> dict[str, str]:
    """Selectors for the parts every page of the sample (html, url) agrees on and that
    change nothing in what is extracted; empty when fewer than MIN_PAGES pages."""
    if len(pages) < MIN_PAGES:
        return {}
    roots = [parse_html(html) for html, _ in pages]
    if any(root is None for root in roots):
        return {}
    located = [locate_parts(root, GENERIC) for root in roots]
    parts = {
        "title": [p.title for p in located],
        "body": [p.container for p in located],
        "summary": [p.summary for p in located],
        "stamp": [p.stamp for p in located],
    }
    wanted = [_fields(html, url, GENERIC) for html, url in pages]
    learnt: dict[str, str] = {}
    for field in LEARNT:
        selector = _agreed(parts[field], roots)
        if selector and _same(pages, replace(GENERIC, **{field: selector}), wanted):
            learnt[field] = selector
    while learnt and not _same(pages, Selectors(**learnt), wanted):
        learnt.popitem()  # together they change something: the last learnt goes first
    return learnt
