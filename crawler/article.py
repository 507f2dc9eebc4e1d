"""The article: the one definition of its fields, and what it must have to be stored.

The `articles` table is checked against ARTICLE_COLUMNS when the archive opens
(crawler/storage/database.py); the extraction fills TEXT_FIELDS; the exports and
`archive extract` take their columns from here. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .indexing.derived import Derived


def _column(meaning: str, required: bool = False):
    """A field that is a column of the `articles` table."""
    if required:
        return field(metadata={"column": meaning})
    return field(default=None, metadata={"column": meaning})


@dataclass(kw_only=True)
class Article:
    """An article as it travels from the page through processing and the pipelines
    to the archive."""

    id: str | None = _column("stable key from the canonical URL (crawler/extraction/urls.py)")
    portal: str = _column("the portal's slug (its spider's name)", required=True)
    url: str = _column("canonical URL", required=True)
    title: str | None = _column("the headline")
    summary: str | None = _column("the lead (sapo) where the portal marks one")
    body: str | None = _column("paragraphs separated by blank lines, no boilerplate")
    author: str | None = _column("the byline, if any")
    published_at: str | None = _column("ISO 8601, +07:00; a date alone where no time is printed")
    published_raw: str | None = _column("the date text exactly as the page printed it")
    date_source: str | None = _column("metadata | stamp | url | body")
    category: str | None = _column("the portal's section, if any")
    first_seen: str | None = _column("when the archive first stored it (UTC, crawler/clock.py)")
    last_checked: str | None = _column("when its page was last fetched (UTC)")
    content_hash: str | None = _column("tells an edited article from an unchanged one")
    removed_at: str | None = _column("when its page started answering 404/410 (nothing is deleted)")
    source_sha1: str | None = _column("SHA-1 of the page the text was read from (its capture in raw.db)")
    site_modified: str | None = _column("when the portal said the page last changed (sitemap, feed, API; UTC)")

    # Not columns of `articles`: stored in tables of their own, or used on the way.
    images: list[dict] = field(default_factory=list)  # {src, caption, position}
    seen_at: list[str] = field(default_factory=list)  # every URL it was reached at
    date_candidates: list[tuple[str, str]] = field(default_factory=list)  # (source, text) to date it from
    fetched_at: str | None = None
    used_fallback: bool = False  # the generic extractor stood in for the portal's selectors
    problems: list[str] = field(default_factory=list)  # why it cannot be stored (problems()), set by processing
    duplicate: bool = False  # met before in this run at another URL
    derived: Derived | None = None  # search terms and story bands, computed with the text

    def row(self) -> dict:
        """The `articles` row of this article."""
        return {name: getattr(self, name) for name in ARTICLE_COLUMNS}


ARTICLE_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Article) if "column" in f.metadata)

# What the page itself says, as the extraction reads it (crawler/extraction/page.py).
TEXT_FIELDS = ("title", "summary", "body", "author", "category")
# How its date was read (crawler/extraction/dates.py).
DATE_FIELDS = ("published_at", "published_raw", "date_source")
# What `archive extract` prints of an article, the body last.
SHOWN_FIELDS = ("title", "summary", *DATE_FIELDS, "author", "category", "body")
# What exports and the CSV give a journalist, in this order.
EXPORT_COLUMNS = ("id", "portal", "url", "title", "published_at", "author", "summary", "body")

assert set(SHOWN_FIELDS) == set(TEXT_FIELDS) | set(DATE_FIELDS)
assert set(SHOWN_FIELDS) | set(EXPORT_COLUMNS) <= set(ARTICLE_COLUMNS)

MIN_BODY_CHARS = 80  # shorter is a teaser, a caption or a page the extractor misread


def problems(article: Article) -> list[str]:
    """Why this article cannot be stored; empty when it can. The one place that decides."""
    found = []
    if not article.title:
        found.append("no title")
    if not article.body:
        found.append("no body")
    elif len(article.body) < MIN_BODY_CHARS:
        found.append("body too short")
    if not article.id or not article.url:
        found.append("no url")
    return found


def content_hash(article: Article) -> str:
    """The SHA-1 of the stored text: a change of it is an edit."""
    text = "\x1f".join(part or "" for part in (article.title, article.summary, article.body))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
