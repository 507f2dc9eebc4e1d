"""RSS and Atom feeds, in every dialect portals write, read with feedparser."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import feedparser

from .found import Found, modified_text

# A link to a feed, or to the page that lists a site's feeds (SharePoint portals link
# "RSS" to a page of list feeds, /_layouts/15/listfeed.aspx?List=…).
FEED_HREF = re.compile(r"(?:^|[/._?&=-])(?:rss|atom|feeds?|listfeed)(?:$|[/._?&=-])", re.I)
FEED_WORDS = frozenset({"rss", "atom", "feed", "rss feed", "tin rss"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"})


def read_feed(body: bytes, url: str = "") -> list[Found]:
    """The entries of a feed, each with its updated (else published) time. A body
    that is not a feed offers nothing."""
    parsed = feedparser.parse(body, response_headers={"content-location": url} if url else None)
    found = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link and str(entry.get("id", "")).startswith(("http://", "https://")):
            link = entry["id"]  # an Atom entry with only its id, when the id is a URL
        if not link:
            continue
        # read as stored: feedparser's own lookup of "updated" falls back to "published" with a warning
        stamp = dict.get(entry, "updated_parsed") or dict.get(entry, "published_parsed")
        found.append(Found(urljoin(url, link.strip()), modified_text(stamp)))
    return found


def feed_links(root, page_url: str) -> list[str]:
    """The feeds a page announces (<link rel="alternate" type="application/rss+xml">)."""
    links = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES and link.get("href"):
            links.append(urljoin(page_url, link.get("href").strip()))
    return list(dict.fromkeys(links))


def feed_anchors(root, page_url: str) -> list[str]:
    """Links of the page's own site that lead to a feed or to its page of feeds: an
    href shaped like one, or a link that reads "RSS"."""
    host, found = urlsplit(page_url).netloc, []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(page_url, href)
        text = " ".join(anchor.text_content().split()).lower()
        words = {text, *(img.get("alt", "").strip().lower() for img in anchor.iter("img"))}
        parts = urlsplit(url)
        if parts.netloc == host and (FEED_HREF.search(parts.path + "?" + parts.query) or words & FEED_WORDS):
            found.append(url)
    return list(dict.fromkeys(found))
