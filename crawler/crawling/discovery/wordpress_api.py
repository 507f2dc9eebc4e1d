"""WordPress's REST API: every post, newest change first, a page of posts at a time.

`/wp-json/wp/v2/posts` where pretty permalinks are on, `/?rest_route=/wp/v2/posts`
where they are off (the same API). Posts come ordered by their modification time,
so a nightly run stops at the first page that holds nothing new, and a backfill of a
frozen site walks every page.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from .found import Found, modified_text

PER_PAGE = 100  # the API's maximum
ROUTE = "/wp/v2/posts"


def posts_url(base_url: str, page: int, pretty: bool = True) -> str:
    query = urlencode(
        {"orderby": "modified", "order": "desc", "per_page": PER_PAGE, "page": page, "_fields": "link,modified_gmt"}
    )
    if pretty:
        return f"{base_url}/wp-json{ROUTE}?{query}"
    return f"{base_url}/?rest_route={ROUTE}&{query}"


def read_posts(body: bytes) -> list[Found] | None:
    """The posts of one API page; None when the body is not the API's answer (an
    HTML page: the API is off or moved)."""
    try:
        posts = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(posts, list):
        return None  # an error object: {"code": "rest_post_invalid_page_number", ...}
    found = []
    for post in posts:
        if isinstance(post, dict) and isinstance(post.get("link"), str):
            gmt = post.get("modified_gmt")
            found.append(Found(post["link"], modified_text(f"{gmt}Z" if gmt else None)))
    return found


def total_pages(headers) -> int | None:
    """X-WP-TotalPages, when the server sends it."""
    value = headers.get("X-WP-TotalPages")
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    try:
        return int(value) if value else None
    except ValueError:
        return None
