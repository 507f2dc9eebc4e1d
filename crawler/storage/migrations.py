"""The archive's migrations: each step of its shape, in order, never edited once released.

A database of any earlier shape is brought up to date by `connect()`
(database.py), which applies the steps it has not had yet. Nothing outside
crawler/storage/ writes DDL.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from ..indexing import stories as story_signatures
from ..indexing.search_forms import search_columns, search_key
from .people import create_people_tables, rebuild_mentions
from .search_index import create_search_table, each_article_text, rebuild_search
from .stories import link_similar

Migrations = list[tuple[str, Callable[[sqlite_utils.Database], None]]]


def _initial_schema(db: sqlite_utils.Database) -> None:
    db["portals"].create({"slug": str, "name": str, "origin": str, "cms": str, "description": str}, pk="slug")
    # Written out, not taken from ARTICLE_COLUMNS: the tables a migration creates never
    # change. (Its data steps, indexing and story links, use the current code, except
    # the search index's, whose shape 0012 changed.)
    columns = {
        name: str
        for name in (
            "id",
            "portal",
            "url",
            "title",
            "summary",
            "body",
            "author",
            "published_at",
            "published_raw",
            "date_source",
            "category",
            "first_seen",
            "last_checked",
            "content_hash",
            "published_month",
        )
    }
    db["articles"].create(columns, pk="id", foreign_keys=[("portal", "portals", "slug")])
    db["articles"].create_index(["portal", "published_at"])
    db["articles"].create_index(["published_at"])
    db["articles"].create_index(["published_month"])
    db["articles"].create_index(["author"])
    db["images"].create(
        {"article_id": str, "position": int, "src": str, "caption": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_urls"].create(
        {"url": str, "article_id": str, "first_seen": str, "last_seen": str},
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_urls"].create_index(["article_id"])
    db["crawl_runs"].create(
        {
            "id": int,
            "portal": str,
            "started_at": str,
            "finished_at": str,
            "requests": int,
            "pages_fetched": int,
            "items_new": int,
            "items_updated": int,
            "items_dropped": int,
            "errors": int,
            "finish_reason": str,
            "fallback_pages": int,
            "base_url": str,
        },
        pk="id",
    )
    db["crawl_runs"].create_index(["portal", "started_at"])
    db["articles"].enable_fts(
        ["title", "summary", "body"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
    )


def _vietnamese_search(db: sqlite_utils.Database) -> None:
    """Replace stock FTS with the two-column Vietnamese index (crawler/indexing/search_forms.py)."""
    if "articles_fts" in db.table_names():
        db["articles"].disable_fts()
    db.execute(
        "create virtual table if not exists articles_search using fts5("
        "exact, folded, content='', tokenize='unicode61 remove_diacritics 0')"
    )
    _rebuild_two_column_search(db)


def _rebuild_two_column_search(db: sqlite_utils.Database) -> None:
    """The index as it was until 0012 (title, summary and body in one column pair)."""
    keyed = "search_key" in db["articles"].columns_dict
    if keyed:
        db.execute("update articles set search_key = null")
    for row in each_article_text(db):
        exact, folded = search_columns(
            None, None, "\n".join(p for p in (row["title"], row["summary"], row["body"]) if p)
        )[2:]
        key = search_key(row["published_at"], row["first_seen"], row["rowid"]) if keyed else row["rowid"]
        if keyed:
            db.execute("update articles set search_key = ? where rowid = ?", [key, row["rowid"]])
        db.execute("insert into articles_search (rowid, exact, folded) values (?, ?, ?)", [key, exact, folded])


def _collections(db: sqlite_utils.Database) -> None:
    """Named collections: a saved search with filters, hand-picked articles, or both."""
    db["collections"].create(
        {"name": str, "description": str, "search": str, "portal": str, "since": str, "until": str, "created_at": str},
        pk="name",
    )
    db["collection_articles"].create(
        {"collection": str, "article_id": str, "added_at": str},
        pk=("collection", "article_id"),
        foreign_keys=[("collection", "collections", "name"), ("article_id", "articles", "id")],
    )


def _stories_and_years(db: sqlite_utils.Database) -> None:
    """Near-duplicate links between articles (crawler/indexing/stories.py), and a year column
    for Datasette's facets."""
    db["articles"].add_column("published_year", str)
    db.execute("update articles set published_year = substr(published_at, 1, 4) where published_at is not null")
    db["articles"].create_index(["published_year"])
    db["articles"].create_index(["category"])
    db["article_bands"].create({"band": str, "article_id": str}, pk=("band", "article_id"))
    db["article_bands"].create_index(["article_id"])
    db["similar_articles"].create(
        {"article_id": str, "other_id": str, "similarity": float},
        pk=("article_id", "other_id"),
        foreign_keys=[("article_id", "articles", "id"), ("other_id", "articles", "id")],
    )
    for row in list(db.query("select id, portal, body from articles")):
        link_similar(db, row["id"], row["portal"], row["body"])


def _history_and_pages(db: sqlite_utils.Database) -> None:
    """Edit history, removals, every fetched page, robots.txt cache, richer run log."""
    db["article_versions"].create(
        {
            "article_id": str,
            "version": int,
            "title": str,
            "summary": str,
            "body": str,
            "content_hash": str,
            "seen_from": str,
            "seen_until": str,
        },
        pk=("article_id", "version"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["articles"].add_column("removed_at", str)
    db["pages"].create(
        {
            "url": str,
            "portal": str,
            "kind": str,
            "status": int,
            "final_url": str,
            "first_fetched": str,
            "last_fetched": str,
        },
        pk="url",
    )
    db["pages"].create_index(["portal", "kind"])
    db["robots"].create({"netloc": str, "body": str, "fetched_at": str}, pk="netloc")
    db["crawl_runs"].add_column("mode", str)
    db["crawl_runs"].add_column("article_links", int)
    db["crawl_runs"].add_column("skipped_known", int)


def _run_of_each_page(db: sqlite_utils.Database) -> None:
    """Which run last fetched each page; how many stored articles a run found unchanged."""
    db["pages"].add_column("last_run_id", int)
    db["crawl_runs"].add_column("items_unchanged", int)


def _date_ordered_search(db: sqlite_utils.Database) -> None:
    """Key the search index by publication time, so newest-first search stops early."""
    db["articles"].add_column("search_key", int)
    db.execute("insert into articles_search (articles_search) values ('delete-all')")
    _rebuild_two_column_search(db)
    db["articles"].create_index(["search_key"], unique=True)


def _faults(db: sqlite_utils.Database) -> None:
    """What the hostile web served wrong in a run, counted by kind (JSON)."""
    db["crawl_runs"].add_column("faults", str)


def _source_of_text(db: sqlite_utils.Database) -> None:
    """The SHA-1 of the page an article's text was read from (its capture in raw.db),
    so a change of extractor is not mistaken for an edit."""
    db["articles"].add_column("source_sha1", str)


def _one_pass_story_bands(db: sqlite_utils.Database) -> None:
    """Same-story bands from one-permutation MinHash (crawler/indexing/stories.py): the earlier
    signatures are not comparable with the new ones, so every article is banded again.
    The links already found were checked on the texts themselves and stay."""
    db["similar_articles"].create_index(["other_id"], if_not_exists=True)  # for unlinking
    db.execute("delete from article_bands")
    for row in db.execute("select id, body from articles").fetchall():
        keys = story_signatures.band_keys(story_signatures.shingles(row[1]))
        db.conn.executemany(
            "insert or ignore into article_bands (band, article_id) values (?, ?)", [(key, row[0]) for key in keys]
        )


def _site_modified(db: sqlite_utils.Database) -> None:
    """When the portal said an article last changed (a sitemap's lastmod, a feed's
    updated, the API's modified), so a nightly run fetches only what changed since."""
    db["articles"].add_column("site_modified", str)


def _lead_weighted_search(db: sqlite_utils.Database) -> None:
    """Index the lead (title and summary) apart from the body, so a search can ask for
    titles and summaries only (crawler/indexing/relevance.py); every article is
    indexed again. And
    an index that counts articles per day and portal without reading them (attention
    over time, crawler/desk/attention.py)."""
    db.execute("drop table articles_search")
    create_search_table(db)
    rebuild_search(db)
    db["articles"].create_index(["search_key", "portal"], index_name="articles_key_portal")


def _collections_from_the_desk(db: sqlite_utils.Database) -> None:
    """A collection saved from the search page keeps its author and category filters,
    whether it asked for looser matches, and whether it searched titles and summaries only."""
    db["collections"].add_column("author", str)
    db["collections"].add_column("category", str)
    db["collections"].add_column("loose", int, not_null_default=0)
    db["collections"].add_column("title_only", int, not_null_default=0)


def _people_and_mentions(db: sqlite_utils.Database) -> None:
    """The people the articles name and the posts they give them (crawler/mentions/),
    read from every stored article's text."""
    create_people_tables(db)
    rebuild_mentions(db)


MIGRATIONS: Migrations = [
    ("0001_initial_schema", _initial_schema),
    ("0002_vietnamese_search", _vietnamese_search),
    ("0003_collections", _collections),
    ("0004_stories_and_years", _stories_and_years),
    ("0005_history_and_pages", _history_and_pages),
    ("0006_run_of_each_page", _run_of_each_page),
    ("0007_date_ordered_search", _date_ordered_search),
    ("0008_faults", _faults),
    ("0009_source_of_text", _source_of_text),
    ("0010_one_pass_story_bands", _one_pass_story_bands),
    ("0011_site_modified", _site_modified),
    ("0012_lead_weighted_search", _lead_weighted_search),
    ("0013_collections_from_the_desk", _collections_from_the_desk),
    ("0014_people_and_mentions", _people_and_mentions),
]
