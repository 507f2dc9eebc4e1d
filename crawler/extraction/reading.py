"""A page's text → an Article: extracted, normalised, dated. Pure.

The steps every page goes through, whether a crawl fetched it, `archive reprocess`
read it from raw.db or `archive extract` from a file (crawler/crawling/processing.py).
"""

from __future__ import annotations

from datetime import datetime

from ..article import TEXT_FIELDS, Article, problems
from ..clock import utc_now
from .page import Extraction, extract_article
from .publication_date import resolve_publication_date
from .selectors import GENERIC, Selectors
from .text import clean_body, clean_text
from .url_shapes import looks_like_article
from .urls import article_id


def build_article(
    extraction: Extraction, portal: str, seen_at: list[str] | None = None, fetched_at: str | None = None
) -> Article:
    return Article(
        portal=portal,
        url=extraction.canonical_url,
        id=article_id(extraction.canonical_url),
        **{name: getattr(extraction, name) for name in TEXT_FIELDS},
        images=extraction.images,
        seen_at=list(dict.fromkeys(seen_at or [extraction.url])),
        date_candidates=extraction.date_candidates,
        fetched_at=fetched_at or utc_now(),
        used_fallback=extraction.used_fallback,
    )


def normalize_article(article: Article) -> Article:
    """Stored text is what the page said: NFC, Đ look-alike read as Đ, spaces collapsed."""
    for name in TEXT_FIELDS:
        if name != "body":
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


def read_page(
    html: str,
    url: str,
    portal: str | None,
    selectors: Selectors = GENERIC,
    origin: str | None = None,
    fetched_at: str | None = None,
) -> tuple[Extraction, Article]:
    """A page's text to its extraction and its article: extracted, normalised, dated
    (the article is built even when the page is no article, for `archive extract`)."""
    extraction = extract_article(html, url, selectors, origin)
    article = date_article(normalize_article(build_article(extraction, portal, seen_at=[url], fetched_at=fetched_at)))
    if extraction.is_article and not selectors.article_marker and standing_page(article):
        extraction.is_article = False
    return extraction, article


def standing_page(article: Article) -> bool:
    """A page at a URL of no article's shape that prints no date of its own (a date in
    its text does not count) or holds no article's text: an introduction, a contact
    page, the home page under another path, that a sitemap lists beside the news."""
    if looks_like_article(article.url):
        return False
    return article.date_source in (None, "body") or bool(problems(article))
