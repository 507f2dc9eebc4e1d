"""Datasette plugin: Vietnamese search in the table's search box, the `_search`
parameter, the JSON API and the canned queries.

The table's `_search` reads syllables typed side by side as a phrase, like the search
page's first tier (crawler/indexing/relevance.py); `_loose=1` asks for the loose form.
The canned queries read a query the same way, so every stock page agrees."""

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from markupsafe import Markup

from crawler.desk.request import YES
from crawler.indexing.query import MARK_START, snippet, snippet_html
from crawler.indexing.relevance import read_query


def rewrite_query_string(query_string: bytes) -> bytes:
    """Every `_search` / `_search_<column>` value as a safe FTS5 query: its phrase
    tier, or its loose one where `_loose` is set."""
    pairs = parse_qsl(query_string.decode("utf-8", errors="replace"), keep_blank_values=True)
    loose = any(name == "_loose" and value.lower() in YES for name, value in pairs)
    rewritten = []
    for name, value in pairs:
        if name == "_search" or name.startswith("_search_"):
            reading = read_query(value)
            value = reading.loose if loose else reading.phrase
            if not value:
                continue
        rewritten.append((name, value))
    return urlencode(rewritten).encode("ascii")


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def search_normalising_app(scope, receive, send):
            if scope.get("type") == "http" and b"_search" in scope.get("query_string", b""):
                scope = dict(scope, query_string=rewrite_query_string(scope["query_string"]))
            await app(scope, receive, send)

        return search_normalising_app

    return wrap


@hookimpl
def prepare_connection(conn):
    conn.create_function("vn_query", 1, lambda q: read_query(q or "").phrase or '""', deterministic=True)
    conn.create_function("vn_snippet", 2, lambda text, q: snippet(text, q or ""), deterministic=True)


@hookimpl
def render_cell(value):
    # Only text carrying vn_snippet's match markers; it is escaped before <mark> is added.
    if isinstance(value, str) and MARK_START in value:
        return Markup(snippet_html(value))
    return None
