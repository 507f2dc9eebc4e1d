"""What the search index, the same-story links and the people take from an article's text. Pure.

The costly part of storing an article, so the crawl's and `archive reprocess`'s
worker processes compute it with the extraction and hand it to the single writer
(crawler/storage/articles.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..mentions.find import Mention, article_mentions
from . import stories
from .search_forms import search_columns


@dataclass
class Derived:
    search: tuple[str, str, str, str]  # the search index's columns (search_forms.SEARCH_COLUMNS)
    shingles: set[int]  # the same-story signature's input and its bands (stories.py)
    bands: list[str]
    mentions: list[Mention]  # the people it names (crawler/mentions/)


def derive(title: str | None, summary: str | None, body: str | None, captions=(), author: str | None = None) -> Derived:
    shingles = stories.shingles(body)
    return Derived(
        search_columns(title, summary, body),
        shingles,
        stories.band_keys(shingles),
        article_mentions(title, summary, body, captions, author),
    )


def derive_article(article) -> Derived:
    """derive() of an article's (crawler/article.py) text, its captions and its byline."""
    captions = [image["caption"] for image in article.images if image.get("caption")]
    return derive(article.title, article.summary, article.body, captions, article.author)
