"""What a URL alone says about its page: an article's shape, a listing's page number,
a site's furniture. Rules as data; the link finder, the sitemap reader, the probe and
the article test (an undated page at a URL of no article shape is not news) share them.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

# Targets that are a site's furniture or its standing pages: never an article, never
# a news listing.
FURNITURE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|zip|rar|mp[34]|css|js)$"
    r"|/(?:search|tim-kiem|login|dang-nhap|feed|rss|wp-admin|wp-content|about|contact|gioi-thieu|lien-he"
    r"|so-do-site|sitemap)(?:/|$|\?|\.(?:html?|aspx?|php))"
    r"|(?:^|[?&])(?:print|lang|language)=|mailto:|javascript:",
    re.I,
)
# Listings of a site's archives: never an article.
ARCHIVES = re.compile(r"/(?:category|categories|tag|tags|author)(?:/|$|\?)", re.I)
# Words that key an item's number in a path or query: ?ItemID=26564, /ArticleID/456,
# DNN news modules' /title/6108/.
ITEM_KEYS = "id|itemid|newsid|articleid|postid|p|nid|cid|tinid|title"
ARTICLE_SHAPES = (
    re.compile(r"\d{3,}(?:\.[a-z]{2,5})?/?$"),  # -877.html, /6108/, -post123.html, /12345
    re.compile(rf"[?&/](?:{ITEM_KEYS})[=/]\d{{2,}}", re.I),
    re.compile(r"/(?:19|20)\d\d/[01]?\d/|/(?:19|20)\d\d-[01]?\d-[0-3]?\d/"),  # /2024/06/, /2024-6-12/
    re.compile(r"/[^/?#]*(?:[a-z0-9]+[-_]){4,}[a-z0-9]+(?:\.[a-z]{2,5})?/?$", re.I),  # a slug of five words or more
)
# A page number in a target: ?page=2, ?PageIndex=2, ?start=10, /page/2/, /currentpage/2/, page-2,
# /trang-2, ?_portlet_cur=2.
PAGE_NUMBER = re.compile(
    r"(?:[?&](?:\w*_)?(?:page|paged|pg|trang|cur|pageindex|pagenumber|pageid|start|limitstart|offset)=\d+"
    r"|/(?:page|paged|trang|currentpage|pageindex|pagenumber)/\d+|[/-]page-\d+|/trang-\d+)",
    re.I,
)


UNREADABLE = SplitResult("", "", "", "", "")


def split(url: str) -> SplitResult:
    """The URL's parts; none for one no parser reads ("http://[broken" in a page's link)."""
    try:
        return urlsplit(url)
    except ValueError:
        return UNREADABLE


def path_and_query(url: str) -> str:
    parts = split(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def never_an_article(url: str) -> bool:
    """The home page, a page of a listing, or a site's furniture, by its URL alone."""
    path = path_and_query(url)
    return split(url).path in ("", "/") or bool(
        FURNITURE.search(path) or ARCHIVES.search(path) or PAGE_NUMBER.search(path)
    )


def looks_like_article(url: str) -> bool:
    return not never_an_article(url) and any(shape.search(path_and_query(url)) for shape in ARTICLE_SHAPES)


# A picture's own file: a caption links there as the picture does
PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)$", re.I)


def links_a_picture(href: str) -> bool:
    return bool(PICTURE_FILE.search(split(href).path))


# A path segment of three words or more: "/noticia/albergues-habilitados-escuintla"
SLUG = re.compile(r"/[^/?#]*\w-\w+-\w+[^/?#]*(?:/|$)")


def links_another_article(href: str) -> bool:
    """A link inside an article to another one: an article's shape, or a slug of three
    words (looser than the crawler's test, which must not follow a section's name)."""
    return looks_like_article(href) or (not never_an_article(href) and bool(SLUG.search(split(href).path)))


def may_be_listing(url: str) -> bool:
    """A page that may list a section's news: not the home page, not an article, not
    the site's furniture, not one page of a listing."""
    path = path_and_query(url)
    return split(url).path not in ("", "/") and not (
        FURNITURE.search(path) or PAGE_NUMBER.search(path) or looks_like_article(url)
    )
