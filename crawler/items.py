"""The article: one definition of its fields, for spiders, pipelines, schema and exports."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

# Columns of the `articles` table, in order (crawler/db.py builds the table from them).
ARTICLE_COLUMNS = {
    "id": str,            # stable key from the canonical URL
    "portal": str,        # the portal's slug (its spider's name)
    "url": str,           # canonical URL
    "title": str,
    "summary": str,       # the lead/sapo where the portal marks one
    "body": str,          # paragraphs separated by blank lines, no boilerplate
    "author": str,        # byline, if any
    "published_at": str,  # ISO 8601, +07:00; a date alone where no time is printed
    "published_raw": str,  # the date text exactly as the page printed it
    "date_source": str,   # metadata | stamp | url | body
    "category": str,      # the portal's section, if any
    "first_seen": str,    # crawl bookkeeping (UTC ISO timestamps)
    "last_checked": str,
    "content_hash": str,  # tells an edited article from an unchanged one
    "removed_at": str,    # when its page started answering 404/410 (nothing is deleted)
    "source_sha1": str,   # SHA-1 of the page the text was read from (its capture in raw.db)
}

# What exports and the CSV give a journalist, in this order.
EXPORT_COLUMNS = ("id", "portal", "url", "title", "published_at", "author", "summary", "body")


@dataclass
class Article:
    """An article as it travels from the spider through the pipelines to the database."""

    portal: str
    url: str
    id: str | None = None
    title: str | None = None
    summary: str | None = None
    body: str | None = None
    author: str | None = None
    published_at: str | None = None
    published_raw: str | None = None
    date_source: str | None = None
    category: str | None = None
    first_seen: str | None = None
    last_checked: str | None = None
    content_hash: str | None = None
    removed_at: str | None = None
    source_sha1: str | None = None
    # Not columns of `articles`: stored in their own tables, or used on the way.
    images: list[dict] = field(default_factory=list)      # {src, caption, position}
    seen_at: list[str] = field(default_factory=list)      # every URL it was reached at
    date_candidates: list[tuple[str, str]] = field(default_factory=list)
    fetched_at: str | None = None
    used_fallback: bool = False
    duplicate: bool = False  # met before in this run at another URL
    derived: Any = None      # db.Derived: search terms and story bands, computed with the text

    def row(self) -> dict:
        """The `articles` row of this article."""
        return {name: getattr(self, name) for name in ARTICLE_COLUMNS}


assert {f.name for f in fields(Article)} >= set(ARTICLE_COLUMNS)


@dataclass
class PageVisit:
    """A fetched page that is not an article to store: a listing, a page that is not an
    article, or an article page that now answers 404/410 ("gone")."""

    url: str
    portal: str
    kind: str  # listing | not_article | gone
    status: int
    final_url: str | None = None
