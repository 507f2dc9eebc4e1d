"""What an article must have to be stored."""

from __future__ import annotations

from .items import Article

MIN_BODY_CHARS = 80


def problems(article: Article) -> list[str]:
    """Why this article cannot be stored; empty when it can."""
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
