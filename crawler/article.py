"""From an extraction to a finished Article: the steps the pipelines apply, as functions."""

from __future__ import annotations

from datetime import datetime, timezone

from .dates import resolve_publication_date
from .extract import Extraction
from .items import Article
from .text import clean_body, clean_text
from .urls import article_id


def build_article(extraction: Extraction, portal: str, seen_at: list[str] | None = None,
                  fetched_at: str | None = None) -> Article:
    return Article(
        portal=portal,
        url=extraction.canonical_url,
        id=article_id(extraction.canonical_url),
        title=extraction.title,
        summary=extraction.summary,
        body=extraction.body,
        author=extraction.author,
        category=extraction.category,
        images=extraction.images,
        seen_at=list(dict.fromkeys(seen_at or [extraction.url])),
        date_candidates=extraction.date_candidates,
        fetched_at=fetched_at or datetime.now(timezone.utc).isoformat(timespec="seconds"),
        used_fallback=extraction.used_fallback,
    )


def normalize_article(article: Article) -> Article:
    """Stored text is what the page said: NFC, Đ look-alike read as Đ, spaces collapsed."""
    for name in ("title", "summary", "author", "category"):
        setattr(article, name, clean_text(getattr(article, name)) or None)
    article.body = clean_body(article.body) or None
    for image in article.images:
        image["caption"] = clean_text(image.get("caption")) or None
    return article


def date_article(article: Article) -> Article:
    """published_at, published_raw and date_source from the page's date candidates."""
    crawled_at = datetime.fromisoformat(article.fetched_at) if article.fetched_at else None
    found = resolve_publication_date(article.date_candidates, crawled_at)
    if found:
        article.published_at, article.published_raw, article.date_source = found.iso, found.raw, found.source
    return article
