"""The generic article-link finder: a listing's article links and its next pages, for
portals whose link patterns nobody wrote.

An article link is a link of the portal, outside its menus, whose target has an
article's shape (a numeric id, a date in the path, a long slug) and whose text (or
title) reads as a headline. A next page is a link whose target has a page number and
whose text is a number or says "next". The shapes and words are data, below.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from ...extraction.urls import canonical_url

# Where a page keeps its menus: the categories there are not news.
MENU_AREA = re.compile(
    r"(?<![a-z])(?:nav|navbar|menu|mainmenu|megamenu|breadcrumbs?|footer|topbar|header)(?![a-z])", re.I
)
# Targets that are a site's furniture, never an article.
NOT_ARTICLE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|zip|rar|mp[34]|css|js)$"
    r"|/(?:category|categories|tag|tags|author|search|tim-kiem|login|dang-nhap|feed|rss|wp-admin|wp-content)(?:/|$|\?)"
    r"|(?:^|[?&])(?:print|lang|language)=|mailto:|javascript:",
    re.I,
)
ARTICLE_SHAPES = (
    re.compile(r"\d{3,}(?:\.[a-z]{2,5})?/?$"),  # -877.html, /6108/, -post123.html, /12345
    re.compile(r"[?&/](?:id|itemid|newsid|articleid|p|nid|cid)[=/]\d{2,}", re.I),  # ?ItemID=26564, /ArticleID/456
    re.compile(r"/(?:19|20)\d\d/[01]?\d/"),  # /2024/06/
    re.compile(r"/[^/?#]*(?:[a-z0-9]+[-_]){4,}[a-z0-9]+(?:\.[a-z]{2,5})?/?$", re.I),  # a slug of five words or more
)
HEADLINE_MIN_WORDS = 4
# A page number in a target: ?page=2, /page/2/, page-2, /trang-2, ?_portlet_cur=2, ?p=2 next to a page word.
PAGE_NUMBER = re.compile(
    r"(?:[?&](?:\w*_)?(?:page|paged|pg|trang|cur|pageindex|pagenumber|pageid)=\d+|/page/\d+|[/-]page-\d+|/trang-\d+)",
    re.I,
)
NEXT_WORDS = frozenset(
    {"»", "›", ">", ">>", "next", "tiếp", "tiếp theo", "trang sau", "sau", "cuối", "trang cuối", "last"}
)


def _words(text: str) -> int:
    return len(text.split())


def _in_menu(anchor) -> bool:
    for element in anchor.iterancestors():
        if element.tag in ("nav", "header", "footer"):
            return True
        names = f"{element.get('class', '')} {element.get('id', '')}"
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


def _target_text(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def never_an_article(url: str) -> bool:
    """The home page, a page of a listing, or a site's furniture, by its URL alone."""
    path = _target_text(url)
    return urlsplit(url).path in ("", "/") or bool(NOT_ARTICLE.search(path) or PAGE_NUMBER.search(path))


def looks_like_article(url: str) -> bool:
    return not never_an_article(url) and any(shape.search(_target_text(url)) for shape in ARTICLE_SHAPES)


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
        text = " ".join(anchor.text_content().split()).lower()
        if url and PAGE_NUMBER.search(url) and (text.isdigit() or text in NEXT_WORDS or not text):
            pages.append(url)
    return list(dict.fromkeys(pages))
