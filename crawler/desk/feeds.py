"""Alerts: a collection's newest matches as an Atom feed, for a feed reader or a
feed-to-email service. Written with feedgen (a maintained Atom writer), so the XML
is escaped and valid whatever the articles hold."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from urllib.parse import quote

import sqlite_utils
from feedgen.feed import FeedGenerator

from ..clock import VN_TZ
from ..storage.named_collections import collection_articles

FEED_ENTRIES = 50
FEED_AUTHOR = "Kho tin Đảng ủy Khối · Party-bloc news archive"


def feed_path(name: str) -> str:
    """Where a collection's feed is served, under the Datasette server's root."""
    return f"/-/collections/{quote(name, safe='')}.atom"


def collection_feed(db: sqlite_utils.Database, name: str, self_url: str, article_url: Callable[[str], str]) -> bytes:
    """The feed of collection `name` (KeyError if there is none): its FEED_ENTRIES
    newest articles, newest first, each linking to its page on the archive
    (`article_url(id)`) and to the portal's own page."""
    saved = next(db.query("select * from collections where name = ?", [name]), None)
    if saved is None:
        raise KeyError(name)
    articles = sorted(collection_articles(db, name), key=_moment, reverse=True)[:FEED_ENTRIES]
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(f"{name} · Kho tin Đảng ủy Khối")
    feed.subtitle(saved["description"] or saved["search"] or name)
    feed.author({"name": FEED_AUTHOR})
    feed.link(href=self_url, rel="self")
    feed.language("vi")
    moments = [_moment(a) for a in articles]
    feed.updated(max(moments) if moments else _moment({"first_seen": saved["created_at"]}))
    for article, moment in zip(articles, moments, strict=True):
        entry = feed.add_entry(order="append")
        entry.id(f"{self_url}#{article['id']}")
        entry.title(article["title"] or article["url"])
        # One link only: feedgen 1.0 writes no rel attribute on an entry's links, and
        # two links without one would be two "alternate" links, which Atom forbids.
        entry.link(href=article_url(article["id"]))
        entry.updated(moment)
        entry.published(moment)
        if article.get("author"):
            entry.author({"name": article["author"]})
        lead = article.get("summary") or (article.get("body") or "")[:400]
        entry.summary(f"{lead}\n\nNguồn · Source: {article['url']}")
    return feed.atom_str(pretty=True)


def _moment(article: dict) -> datetime:
    """When an article was published (first seen, if the portal printed no date)."""
    text = article.get("published_at") or article.get("first_seen") or "1970-01-01"
    moment = datetime.fromisoformat(text if "T" in text else text[:10])
    return moment if moment.tzinfo else moment.replace(tzinfo=VN_TZ)
