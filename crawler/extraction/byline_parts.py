"""The byline's box on a page the generic layer reads: the element named a byline (in
the body, under the headline, or over it in the article's block) and the writers'
names it marks apart from their post or unit."""

from __future__ import annotations

import itertools
import re

from .bylines import is_byline_label
from .class_words import BYLINE_HINT, NOT_A_WRITER_HINT
from .page_parts import article_scope, following, in_caption, marks
from .text import collapse_spaces

CLOSING_WINDOW = 12  # elements after the body's box where its byline may close it
BYLINE_BOX_MAX_CHARS = 100  # a byline names its writers, perhaps with their unit: no more


def find_byline(title_element, container):
    """An element named like a byline, in the body or after the title, or above the
    title inside the article's block (a journal prints its author over the headline), or
    right after the body's box."""
    if container is not None:
        found = [element for element in container.iter() if _named_byline(element)]
        classes = [element.get("class") for element in found if element.get("class")]
        # bylines of one class in the body sign its entries (a live page), not the article
        if found and len(set(classes)) == len(classes):
            return _with_fellow_writers(found[0])
    if title_element is None:
        return None
    scopes = [_until_body_ends(following(title_element), container)]
    scope = article_scope(title_element)
    if scope is not None:
        scopes.append(itertools.takewhile(lambda element: element is not title_element, scope.iter()))
    if container is not None:  # ... or closing the body from outside its box, after a long text
        scopes.append(following(container, CLOSING_WINDOW))
    found = next((element for scope in scopes for element in scope if _named_byline(element)), None)
    return _with_fellow_writers(found) if found is not None else None


def _until_body_ends(elements, container):
    """The elements up to the body's end: past it stand other articles' boxes (a column's
    writer), and the byline closing the body is looked for in its own window."""
    entered = False
    for element in elements:
        inside = container is not None and (element is container or container in element.iterancestors())
        if entered and not inside:
            return
        entered = entered or inside
        yield element


def _with_fellow_writers(byline):
    """Two writers may each have their byline element, side by side ("<div class="author">
    Quỳnh Anh</div> - <div class="author">Mạnh Hùng</div>"): then their short parent is the
    byline; so it is when the element named a byline holds only its label ("By") and the
    parent no figure (no date beside the names)."""
    parent = byline.getparent()
    if parent is not None and is_byline_label(byline.text_content()):
        text = collapse_spaces(parent.text_content())  # the names, not the stamp beside them
        return parent if len(text) <= BYLINE_BOX_MAX_CHARS and not re.search(r"\d", text) else byline
    if parent is None or not byline.get("class"):
        return byline
    fellows = [sibling for sibling in parent if sibling is not byline and sibling.get("class") == byline.get("class")]
    if fellows and len(collapse_spaces(parent.text_content())) <= BYLINE_BOX_MAX_CHARS:
        return parent
    return byline


def _named_byline(element) -> bool:
    if not isinstance(element.tag, str) or not element.attrib:  # most elements are named nothing
        return False
    named = marks(element) + f" {element.get('rel', '')}"
    return (
        bool(BYLINE_HINT.search(named))
        and 0 < len(collapse_spaces(element.text_content())) <= BYLINE_BOX_MAX_CHARS
        and not in_caption(element)  # "photoModule__credit" in a figcaption credits the picture
        and not any(ancestor.tag == "blockquote" for ancestor in element.iterancestors())  # an embedded post's
        and not any(
            NOT_A_WRITER_HINT.search(marks(e)) for e in (element, *itertools.islice(element.iterancestors(), 2))
        )
    )


# Inside a byline box, the name's element: named so, or else named for the writer.
NAME_HINTS = (re.compile(r"name", re.I), re.compile(r"author|writer", re.I))


def byline_names(byline) -> str | None:
    """The writers' names where a byline box marks them apart from their post or unit
    ("<a class="authorName">…</a> <span class="authorRole">Journalist</span>"), or links
    them to the writer's page ("/author/…", "/yazar/…", rel="author"), joined."""
    for hint in NAME_HINTS:
        names, counted = [], set()
        for element in byline.iterdescendants():
            if not isinstance(element.tag, str) or not hint.search(marks(element)):
                continue
            if not any(ancestor in counted for ancestor in element.iterancestors()):
                counted.add(element)
                items = [collapse_spaces(item.text_content()) for item in element.iter("li")]
                names.extend(
                    items if len(items) > 1 else [collapse_spaces(element.text_content())]
                )  # a list of writers
        if any(map(_is_worded, names)):
            return ", ".join(dict.fromkeys(filter(_is_worded, names)))
    links = [
        collapse_spaces(link.text_content())
        for link in byline.iter("a")
        if "author" in link.get("rel", "") or AUTHOR_PAGE.search(link.get("href", ""))
    ]
    return ", ".join(dict.fromkeys(filter(_is_worded, links))) or None


def _is_worded(name: str) -> bool:
    """A name, not a box's dash or its label ("By", "تحریر")."""
    return any(character.isalpha() for character in name) and not is_byline_label(name)


# The path of a writer's page on news sites, in their languages
AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:es|en|i)?|auteurs?|autore|yazar(?:lar)?|tac-gia|journalists?|redakteur(?:e|in)?|reporters?"
    r"|columnists?|by|staff|people|profiles?)/[^/?#]",
    re.I,
)
