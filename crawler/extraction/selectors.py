"""Where a portal keeps each part of an article page: its CSS selectors, as data.

A portal's spider declares a `Selectors`; GENERIC (all empty) leaves every part to
the generic layer (crawler/extraction/generic.py). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lxml.cssselect import CSSSelector


@dataclass(frozen=True)
class Selectors:
    """Where a portal keeps each part of an article page (CSS selectors).

    `body` is the content container; `drop` lists elements inside it that are never
    text. `article_marker`, when set, must match for a page to be an article (a
    WordPress page and a post share one URL shape).
    """

    title: str | None = None  # None: the heading the page's <title> repeats
    body: str | None = None
    summary: str | None = None
    stamp: str | None = None
    byline: str | None = None
    caption: str | None = None
    category: str | None = None
    drop: tuple[str, ...] = ()
    article_marker: str | None = None


GENERIC = Selectors()

# The marks CMSs print on a page that lists articles (a category blog, an archive, a
# term page), never on an article's own page: such a page is not an article, however
# much prose its teasers hold. Classes of <body> first (read from it, not searched for).
LISTING_BODY_CLASSES = frozenset(
    {
        "view-category",  # Joomla 3 and 4: a category's blog or list
        "view-featured",  # Joomla: the featured articles (home) view
        "view-archive",  # Joomla's archived articles
        "archive",  # WordPress: category, tag, author and date archives
        "blog",  # WordPress: the posts page
        "page-taxonomy-term",  # Drupal 7: a term's listing
        "path-taxonomy",  # Drupal 8+: a term's listing
    }
)
LISTING_VIEWS = ", ".join(
    (
        ".com-content-category-blog",  # Joomla 4's category blog, without the body class
        "div.blog[itemtype$='schema.org/Blog']",  # Joomla 3's category blog
        "div.blog-featured[itemtype$='schema.org/Blog']",  # Joomla 3's featured view
        # Not schema.org/Blog alone: WordPress themes print it around single posts too.
        "[itemtype$='schema.org/CollectionPage']",
    )
)


def is_listing_view(root) -> bool:
    body = root.find("body")
    classes = set((body.get("class") or "").split()) if body is not None else set()
    return bool(classes & LISTING_BODY_CLASSES) or bool(css(LISTING_VIEWS)(root))


@lru_cache(maxsize=512)
def css(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def first(root, selector: str | None):
    """The first element `selector` finds under `root`, or None."""
    if not selector:
        return None
    found = css(selector)(root)
    return found[0] if found else None
