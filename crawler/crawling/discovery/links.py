"""The generic article-link finder: a listing's article links and its next pages, for
portals whose link patterns nobody wrote.

An article link is a link of the portal, outside its menus, whose target has an
article's shape (a numeric id, a date in the path, a long slug) and whose text (or
title) reads as a headline. A next page is a link whose target has a page number and
whose text is a number or says "next". The URL shapes are in extraction/url_shapes.py,
the words below.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from ...extraction.url_shapes import PAGE_NUMBER, looks_like_article, may_be_listing, never_an_article
from ...extraction.urls import canonical_url

__all__ = ["article_links", "looks_like_article", "never_an_article", "next_pages", "section_links"]

# Where a page keeps its menus: the categories there are not news.
MENU_AREA = re.compile(
    r"(?<![a-z])(?:nav|navbar|menu|mainmenu|megamenu|breadcrumbs?|footer|topbar|header)(?![a-z])", re.I
)
# A headline's own wrapper, not the site's header (Bootstrap's and Joomla's
# page-header, WordPress's entry-header).
HEADLINE_WRAPPER = re.compile(r"(?<![a-z])(?:page|entry|article|post|item|news|blog|card)[-_]header(?![a-z])", re.I)
# Vietnamese headlines run to 6 syllables and more; a section's name ("Hoạt động Đảng -
# Đoàn thể", "Tin tức - Sự kiện") to 5 at most.
HEADLINE_MIN_WORDS = 6
NEXT_WORDS = frozenset(
    {"next", "tiếp", "tiếp theo", "sau", "cuối", "last", "trước", "đầu", "first", "previous", "prev"}
)
# What a pager's link may say around its number or word: "Trang 2", "Sau ›", "« Đầu".
PAGER_DECORATION = re.compile(r"^(?:(?:đến|go to)\s+)?(?:trang|page)\b\s*|[»›«‹<>]+", re.I)


def _words(text: str) -> int:
    return sum(1 for word in text.split() if any(character.isalnum() for character in word))


def _in_menu(anchor) -> bool:
    for element in anchor.iterancestors():
        if element.tag in ("nav", "header", "footer"):
            return True
        names = HEADLINE_WRAPPER.sub(" ", f"{element.get('class', '')} {element.get('id', '')}")
        if MENU_AREA.search(names):
            return True
    return False


def _same(url: str) -> str:
    return url


def _target(href: str | None, page_url: str, rebase: Callable[[str], str]) -> str | None:
    """The link's target on the page's own site (after `rebase`: a live URL read as
    the mirror's), without tracking parameters; None for another site."""
    if not href or href.startswith("#"):
        return None
    url = canonical_url(rebase(urljoin(page_url, href.strip())))
    if urlsplit(url).netloc != urlsplit(page_url).netloc.lower() or not url.startswith(("http://", "https://")):
        return None
    return url


def article_links(root, page_url: str, rebase: Callable[[str], str] = _same) -> list[str]:
    """The article links of a listing or home page, in page order."""
    headlines: dict[str, int] = {}
    for anchor in root.iter("a"):
        url = _target(anchor.get("href"), page_url, rebase)
        if not url or not looks_like_article(url) or _in_menu(anchor):
            continue
        text = " ".join(anchor.text_content().split()) or anchor.get("title", "")
        headlines[url] = max(headlines.get(url, 0), _words(text), _words(anchor.get("title", "")))
    return [url for url, words in headlines.items() if words >= HEADLINE_MIN_WORDS]


def next_pages(root, page_url: str, rebase: Callable[[str], str] = _same) -> list[str]:
    """The listing's other pages (its pagination), in page order."""
    pages = []
    for anchor in root.iter("a"):
        url = _target(anchor.get("href"), page_url, rebase)
        if url and PAGE_NUMBER.search(url) and _pager_link(anchor):
            pages.append(url)
    return list(dict.fromkeys(pages))


def _pager_link(anchor) -> bool:
    """A pager's link: marked rel=next/prev, or saying a number or a pager's word, alone
    or in any of its pieces (a hidden "Trang sau" beside a shown "Sau ›"), or nothing."""
    if {"next", "prev"} & set((anchor.get("rel") or "").lower().split()):
        return True
    pieces = [" ".join(piece.split()).lower() for piece in anchor.itertext()]
    pieces = [PAGER_DECORATION.sub("", piece).strip() for piece in pieces if piece]
    return not any(pieces) or any(piece.isdigit() or piece in NEXT_WORDS for piece in pieces if piece)


def section_links(root, page_url: str, rebase: Callable[[str], str] = _same) -> list[str]:
    """Links that may lead to a section's listing: a box's heading, a "more" link, a
    menu's category (a section's name is short, whatever its URL's shape), those
    outside the menus first, each in page order."""
    inside, outside = [], []
    for anchor in root.iter("a"):
        url = _target(anchor.get("href"), page_url, rebase)
        if not url:
            continue
        # A section's link reads its name (a logo's link to the site reads nothing); at an
        # article's shape of URL, a name shorter than a headline.
        words = _words(anchor.text_content())
        if words and (may_be_listing(url) or (words < HEADLINE_MIN_WORDS and not never_an_article(url))):
            (inside if _in_menu(anchor) else outside).append(url)
    return list(dict.fromkeys(outside + inside))
