"""What the portal spider yields besides articles (crawler/article.py) and raw
captures (crawler/storage/raw.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PageVisit:
    """A fetched page that is not an article to store, recorded in the `pages` table."""

    url: str
    portal: str
    # listing | not_article | redirect (to final_url) | gone (answers 404/410)
    # | route_absent (a sitemap, feed or API the portal does not have)
    kind: str
    status: int
    final_url: str | None = None


@dataclass
class RouteTime:
    """When a sitemap, feed or API says an article last changed, for an article this
    run had already asked for by another route (its second request was a duplicate)."""

    url: str
    modified: str
