"""Sitemaps (sitemaps.org, news and image sitemaps, indexes, gzip) read with Scrapy's own parser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from .found import Found, modified_text

GZIP_MAGIC = b"\x1f\x8b"
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # sitemaps.org's limit for one file, uncompressed
# Child sitemaps of an index that list no articles: WordPress core's and Yoast's
# taxonomy, author and page sitemaps, and the like in other CMSs.
NOT_ARTICLE_SITEMAPS = re.compile(
    r"taxonom|categor|(?<![a-z])tags?(?![a-z])|author|users?(?![a-z])|(?<![a-z])pages?-sitemap|sitemap-pages?\b"
    r"|wp-sitemap-posts-page-|video|product",
    re.I,
)


@dataclass
class SitemapFile:
    kind: str  # "index" (a list of sitemaps), "urlset" (a list of pages) or "invalid"
    entries: list[Found] = field(default_factory=list)


def read_sitemap(body: bytes, url: str = "") -> SitemapFile:
    """The entries of one sitemap file, gzipped or not. A file that is not a sitemap
    (an HTML error page served with 200) is "invalid" and offers nothing."""
    if body[:2] == GZIP_MAGIC:
        try:
            body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
        except (OSError, ValueError, EOFError):
            return SitemapFile("invalid")
    try:
        sitemap = Sitemap(body)
    except Exception:  # noqa: BLE001 - lxml says "not XML" in several ways
        return SitemapFile("invalid")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(sitemap.type, "invalid")
    if kind == "invalid":
        return SitemapFile(kind)
    entries = []
    for entry in sitemap:
        loc = urljoin(url, entry.get("loc", "").strip())
        if not loc.startswith(("http://", "https://")):
            continue
        if kind == "index" and NOT_ARTICLE_SITEMAPS.search(loc.rsplit("/", 1)[-1]):
            continue
        entries.append(Found(loc, modified_text(entry.get("lastmod") or entry.get("publication_date"))))
    return SitemapFile(kind, entries)


def robots_sitemaps(robots_body: bytes, base_url: str) -> list[str]:
    """The sitemaps a robots.txt names (its `Sitemap:` lines), in order, once each."""
    return list(dict.fromkeys(sitemap_urls_from_robots(robots_body, base_url)))
