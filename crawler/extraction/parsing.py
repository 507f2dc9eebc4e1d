"""A page's HTML → an lxml tree, and the text an element shows."""

from __future__ import annotations

import lxml.html
from lxml.etree import ElementDefaultClassLookup, ParserError

from .text import nfc

# lxml.html picks each element's class in Python (a form, an input...), on every
# access; the extractor uses none of those classes, and one class chosen in C makes
# a page's extraction about a tenth faster.
_ONE_CLASS = ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parser() -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser()  # one per page: a parser is not shared between threads
    parser.set_element_class_lookup(_ONE_CLASS)
    return parser


def parse_html(html: str | bytes, url: str | None = None) -> lxml.html.HtmlElement | None:
    """The page's tree; with its URL, each element's `base_url` is the page's (which links are the site's own)."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    html = html.strip()
    if not html:
        return None
    try:
        return lxml.html.document_fromstring(html, parser=_parser(), base_url=url)
    except ValueError:
        # An XHTML page whose text still carries its <?xml encoding=...?> declaration.
        try:
            return lxml.html.document_fromstring(html.encode("utf-8"), parser=_parser(), base_url=url)
        except (ParserError, ValueError):
            return None
    except ParserError:
        return None


UNREAD_TAGS = frozenset({"script", "style", "noscript", "template"})  # text never shown


def text_of(element: lxml.html.HtmlElement | None) -> str:
    """The text an element shows, whitespace collapsed: a script inside a sapo's
    element is not part of the sapo, and a line break parts two words."""
    if element is None:
        return ""
    if next(element.iter(*UNREAD_TAGS, "br"), None) is None:
        return " ".join(nfc(element.text_content()).split())  # nothing hidden or broken in it: lxml's own walk
    return " ".join(nfc("".join(_shown(element))).split())


def _shown(element):
    if element.tag == "br":
        yield " "
    elif isinstance(element.tag, str) and element.tag not in UNREAD_TAGS:
        yield element.text or ""
        for child in element:
            yield from _shown(child)
            yield child.tail or ""
