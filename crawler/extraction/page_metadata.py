"""What a page says of itself in its markup rather than its text: the <meta> tags, the
<title>, the canonical link, the JSON-LD scripts and the <time datetime> elements. Read
in one walk of the tree; each field that asks (the type, the dates, the writers, the
site's name, the description) looks here instead of searching the tree again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .parsing import text_of
from .text import collapse_spaces, nfc

# The <meta> tags that carry the publication time, as (attribute, value).
DATE_METAS = frozenset(
    {
        ("property", "article:published_time"),
        ("name", "article:published_time"),
        ("itemprop", "datePublished"),
        ("name", "pubdate"),
        ("name", "publishdate"),
        ("name", "dc.date.issued"),
        ("name", "date"),
    }
)
MARKUP_TAGS = ("meta", "link", "title", "script", "time")
JSON_LD_TYPE = "application/ld+json"


@dataclass
class PageMetadata:
    named: dict = field(default_factory=dict)  # property or name → the first <meta> that has it
    dates: list[str] = field(default_factory=list)  # the date <meta> tags' contents, in page order
    title: str = ""  # the first <title>'s text
    canonical: str = ""  # the first canonical link's href
    json_ld: list[dict] = field(default_factory=list)  # every object of the JSON-LD scripts
    times: list = field(default_factory=list)  # the <time datetime> elements, in page order

    def meta(self, name: str) -> str | None:
        """The content of <meta property=name> or <meta name=name>, whichever comes first."""
        element = self.named.get(name)
        value = element.get("content") if element is not None else None
        return collapse_spaces(nfc(value)) if value and value.strip() else None


def read_metadata(root) -> PageMetadata:
    found = PageMetadata()
    title = canonical = None
    for element in root.iter(*MARKUP_TAGS):
        tag = element.tag
        if tag == "meta":
            for attribute in ("property", "name"):
                value = element.get(attribute)
                if value and value not in found.named:
                    found.named[value] = element
            if any((attribute, element.get(attribute)) in DATE_METAS for attribute in ("property", "name", "itemprop")):
                found.dates.append(element.get("content", ""))
        elif tag == "time":
            if element.get("datetime") is not None:
                found.times.append(element)
        elif tag == "title":
            title = element if title is None else title
        elif tag == "link":
            if canonical is None and element.get("rel") == "canonical":
                canonical = element
        elif element.get("type") == JSON_LD_TYPE:
            found.json_ld.extend(_json_ld_objects(element.text or ""))
    found.title = text_of(title)
    found.canonical = canonical.get("href", "").strip() if canonical is not None else ""
    return found


def _json_ld_objects(script: str):
    """Every object of a JSON-LD script, the items of its lists and @graph in order."""
    try:
        data = json.loads(script)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(v for k, v in item.items() if k == "@graph")
