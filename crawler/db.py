"""The one place that knows the database shape: tables, indexes, search, migrations.

Nothing else in the project writes DDL. A database of any earlier shape is brought
up to date by `connect()`, which applies the migrations it has not seen yet.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

import sqlite_utils

from .items import ARTICLE_COLUMNS, Article
from . import similar
from .search import normalize_query, search_columns

DEFAULT_DB = "archive.db"


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def content_hash(title: str | None, summary: str | None, body: str | None) -> str:
    text = "\x1f".join(part or "" for part in (title, summary, body))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# --- migrations -------------------------------------------------------------------


def _initial_schema(db: sqlite_utils.Database) -> None:
    db["portals"].create(
        {"slug": str, "name": str, "origin": str, "cms": str, "description": str}, pk="slug"
    )
    columns = dict(ARTICLE_COLUMNS)
    columns["published_month"] = str  # for Datasette's month facet
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
            "id": int, "portal": str, "started_at": str, "finished_at": str,
            "requests": int, "pages_fetched": int, "items_new": int, "items_updated": int,
            "items_dropped": int, "errors": int, "finish_reason": str,
            "fallback_pages": int, "base_url": str,
        },
        pk="id",
    )
    db["crawl_runs"].create_index(["portal", "started_at"])
    db["articles"].enable_fts(
        ["title", "summary", "body"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
    )


def _vietnamese_search(db: sqlite_utils.Database) -> None:
    """Replace stock FTS with the two-column Vietnamese index (crawler/search.py)."""
    if "articles_fts" in db.table_names():
        db["articles"].disable_fts()
    db.execute(
        "create virtual table if not exists articles_search using fts5("
        "exact, folded, content='', tokenize='unicode61 remove_diacritics 0')"
    )
    rebuild_search(db)


def _collections(db: sqlite_utils.Database) -> None:
    """Named collections: a saved search with filters, hand-picked articles, or both."""
    db["collections"].create(
        {"name": str, "description": str, "search": str, "portal": str, "since": str,
         "until": str, "created_at": str},
        pk="name",
    )
    db["collection_articles"].create(
        {"collection": str, "article_id": str, "added_at": str},
        pk=("collection", "article_id"),
        foreign_keys=[("collection", "collections", "name"), ("article_id", "articles", "id")],
    )


def _stories_and_years(db: sqlite_utils.Database) -> None:
    """Near-duplicate links between articles (crawler/similar.py), and a year column
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
        _link_similar(db, row["id"], row["portal"], row["body"])


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("0001_initial_schema", _initial_schema),
    ("0002_vietnamese_search", _vietnamese_search),
    ("0003_collections", _collections),
    ("0004_stories_and_years", _stories_and_years),
]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations this database has not had yet; return their names."""
    if "_migrations" not in db.table_names():
        db["_migrations"].create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        with db.conn:
            step(db)
            db["_migrations"].insert({"name": name, "applied_at": utc_now()})
        applied.append(name)
    return applied


def connect(path: str | Path = DEFAULT_DB) -> sqlite_utils.Database:
    """Open (creating if needed) the archive, in WAL mode, at the current schema."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 10000")
    if str(path) != ":memory:":
        db.enable_wal()
    migrate(db)
    return db


# --- search index -----------------------------------------------------------------
# `articles_search` is contentless (it holds the index, not a copy of the text), so a
# row is removed by giving FTS5 the values it was indexed with: they are derived from
# the article's stored text, and rebuild_search() re-derives everything if the way
# they are derived ever changes.


def _index(db: sqlite_utils.Database, rowid: int, row: dict, delete: bool = False) -> None:
    exact, folded = search_columns(row.get("title"), row.get("summary"), row.get("body"))
    if delete:
        db.execute("insert into articles_search (articles_search, rowid, exact, folded) "
                   "values ('delete', ?, ?, ?)", [rowid, exact, folded])
    else:
        db.execute("insert into articles_search (rowid, exact, folded) values (?, ?, ?)",
                   [rowid, exact, folded])


def rebuild_search(db: sqlite_utils.Database) -> int:
    """Index every article again; returns how many."""
    db.execute("insert into articles_search (articles_search) values ('delete-all')")
    count = 0
    for row in db.query("select rowid, title, summary, body from articles"):
        _index(db, row["rowid"], row)
        count += 1
    return count


# --- the same story on several portals -------------------------------------------


def _link_similar(db: sqlite_utils.Database, article_id: str, portal: str, body: str | None) -> None:
    """Index an article's LSH bands and link it to near-duplicates on other portals."""
    db.execute("delete from article_bands where article_id = ?", [article_id])
    db.execute("delete from similar_articles where article_id = ? or other_id = ?", [article_id, article_id])
    own = similar.shingles(body)
    keys = similar.band_keys(own)
    if not keys:
        return
    db.conn.executemany("insert or ignore into article_bands (band, article_id) values (?, ?)",
                        [(key, article_id) for key in keys])
    candidates = db.execute(
        f"select distinct a.id, a.body from article_bands b join articles a on a.id = b.article_id "
        f"where b.band in ({', '.join('?' * len(keys))}) and a.id != ? and a.portal != ?",
        [*keys, article_id, portal]).fetchall()
    for other_id, other_body in candidates:
        score = similar.jaccard(own, similar.shingles(other_body))
        if score >= similar.MIN_SIMILARITY:
            db.conn.executemany(
                "insert or replace into similar_articles (article_id, other_id, similarity) values (?, ?, ?)",
                [(article_id, other_id, round(score, 3)), (other_id, article_id, round(score, 3))])


# --- writing ----------------------------------------------------------------------


def upsert_portal(db: sqlite_utils.Database, slug: str, name: str, origin: str, cms: str,
                  description: str = "") -> None:
    db["portals"].upsert(
        {"slug": slug, "name": name, "origin": origin, "cms": cms, "description": description},
        pk="slug",
    )


def store_article(db: sqlite_utils.Database, article: Article, now: str | None = None) -> str:
    """Insert or update one article with its images and URLs, in one transaction.

    Returns "new", "updated" (its text changed) or "unchanged".
    """
    now = now or utc_now()
    article.content_hash = content_hash(article.title, article.summary, article.body)
    with db.conn:
        existing = next(db.query("select rowid, * from articles where id = ?", [article.id]), None)
        row = article.row()
        row["published_month"] = (article.published_at or "")[:7] or None
        row["published_year"] = (article.published_at or "")[:4] or None
        row["last_checked"] = now
        if existing is None:
            outcome = "new"
            row["first_seen"] = now
        else:
            row["first_seen"] = existing["first_seen"]
            for name in ("published_at", "published_raw", "date_source", "published_month",
                         "published_year", "author", "summary", "category"):
                if row[name] is None:  # a later fetch that lacks a field keeps the known one
                    row[name] = existing[name]
            outcome = "updated" if existing["content_hash"] != article.content_hash else "unchanged"
        if existing is not None and outcome == "updated":
            _index(db, existing["rowid"], existing, delete=True)
        db["articles"].upsert(row, pk="id")
        if outcome != "unchanged":
            rowid = db.execute("select rowid from articles where id = ?", [article.id]).fetchone()[0]
            _index(db, rowid, row)
            _link_similar(db, article.id, article.portal, article.body)
        if outcome != "unchanged" or article.images:
            db["images"].delete_where("article_id = ?", [article.id])
            db["images"].insert_all(
                {"article_id": article.id, "position": i, "src": image["src"],
                 "caption": image.get("caption")}
                for i, image in enumerate(article.images)
            )
        _insert_urls(db, article.id, [article.url, *article.seen_at], now)
    return outcome


def add_urls(db: sqlite_utils.Database, article_id: str, urls: list[str], now: str | None = None) -> None:
    """Record URLs an article was seen at (idempotent)."""
    with db.conn:
        _insert_urls(db, article_id, urls, now or utc_now())


def _insert_urls(db: sqlite_utils.Database, article_id: str, urls: list[str], now: str) -> None:
    db.conn.executemany(
        "insert into article_urls (url, article_id, first_seen, last_seen) values (?, ?, ?, ?) "
        "on conflict(url) do update set last_seen = excluded.last_seen, article_id = excluded.article_id",
        [(url, article_id, now, now) for url in dict.fromkeys(urls)],
    )


def record_run(db: sqlite_utils.Database, run: dict) -> None:
    with db.conn:
        db["crawl_runs"].insert(run)


# --- reading ----------------------------------------------------------------------


def portal_health(db: sqlite_utils.Database) -> list[dict]:
    """Each portal with its article count, newest article and last run."""
    return list(db.query("""
        select p.slug as portal, p.name,
               (select count(*) from articles a where a.portal = p.slug) as articles,
               (select max(published_at) from articles a where a.portal = p.slug) as newest,
               r.started_at as last_run, r.finish_reason, r.items_new, r.items_dropped, r.errors
        from portals p
        left join crawl_runs r on r.id = (
            select id from crawl_runs where portal = p.slug order by started_at desc, id desc limit 1)
        order by p.slug
    """))


def search(db: sqlite_utils.Database, query: str, order: str = "newest", limit: int | None = None) -> list[dict]:
    """Articles matching a typed query (crawler/search.py), newest first or by relevance."""
    expression = normalize_query(query)
    if not expression:
        return []
    order_by = "s.rank" if order == "relevance" else "a.published_at desc, a.id"
    sql = (f"select a.* from articles_search s join articles a on a.rowid = s.rowid "
           f"where articles_search match ? order by {order_by}")
    if limit:
        sql += f" limit {int(limit)}"
    return list(db.query(sql, [expression]))


def select_articles(db: sqlite_utils.Database, search: str | None = None, portals: tuple[str, ...] = (),
                    since: str | None = None, until: str | None = None,
                    collection: str | None = None) -> list[dict]:
    """Articles by search and filters, or those of a named collection; newest first.

    `since` and `until` are ISO dates, both included.
    """
    if collection:
        saved = next(db.query("select * from collections where name = ?", [collection]), None)
        if saved is None:
            raise KeyError(f"no collection named {collection!r}")
        picked = {row["article_id"] for row in db.query(
            "select article_id from collection_articles where collection = ?", [collection])}
        found = []
        if saved["search"] or saved["portal"] or saved["since"] or saved["until"]:
            found = select_articles(db, saved["search"], tuple(filter(None, (saved["portal"] or "").split(","))),
                                    saved["since"], saved["until"])
        ids = {row["id"] for row in found}
        found += [row for row in db.query(
            f"select * from articles where id in ({', '.join('?' * len(picked))})", list(picked))
            if row["id"] not in ids] if picked else []
        return sorted(found, key=lambda row: (row["published_at"] or "", row["id"]), reverse=True)
    where, params = [], []
    if search:
        expression = normalize_query(search)
        if not expression:
            return []
        where.append("a.rowid in (select rowid from articles_search where articles_search match ?)")
        params.append(expression)
    if portals:
        where.append(f"a.portal in ({', '.join('?' * len(portals))})")
        params += list(portals)
    if since:
        where.append("a.published_at >= ?")
        params.append(since)
    if until:
        # a datetime on the last day sorts after the bare date: compare with the next day
        where.append("a.published_at < ?")
        params.append(_next_day(until))
    sql = "select a.* from articles a" + (" where " + " and ".join(where) if where else "")
    return list(db.query(sql + " order by a.published_at desc, a.id desc", params))


def _next_day(iso_date: str) -> str:
    return (date.fromisoformat(iso_date[:10]) + timedelta(days=1)).isoformat()


def save_collection(db: sqlite_utils.Database, name: str, description: str = "", search: str | None = None,
                    portals: tuple[str, ...] = (), since: str | None = None, until: str | None = None) -> None:
    with db.conn:
        db["collections"].upsert(
            {"name": name, "description": description, "search": search,
             "portal": ",".join(portals) or None, "since": since, "until": until, "created_at": utc_now()},
            pk="name",
        )


def add_to_collection(db: sqlite_utils.Database, name: str, articles: list[str]) -> list[str]:
    """Add articles (by id or by any URL they were seen at) to a collection; return the
    references that matched no article."""
    if next(db.query("select 1 from collections where name = ?", [name]), None) is None:
        save_collection(db, name)
    missing = []
    with db.conn:
        for reference in articles:
            row = next(db.query(
                "select id from articles where id = ? or url = ? union "
                "select article_id from article_urls where url = ?", [reference] * 3), None)
            if row is None:
                missing.append(reference)
                continue
            db["collection_articles"].insert(
                {"collection": name, "article_id": row["id"], "added_at": utc_now()},
                pk=("collection", "article_id"), ignore=True)
    return missing
