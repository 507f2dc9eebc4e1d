"""The one place that knows the database shape: tables, indexes, search, migrations.

Nothing else in the project writes DDL. A database of any earlier shape is brought
up to date by `connect()`, which applies the migrations it has not seen yet.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

import sqlite_utils

from .items import Article
from . import similar
from .search import normalize_query, search_columns, search_key

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
    # Written out, not taken from ARTICLE_COLUMNS: a migration's shape never changes.
    columns = {name: str for name in (
        "id", "portal", "url", "title", "summary", "body", "author", "published_at", "published_raw",
        "date_source", "category", "first_seen", "last_checked", "content_hash", "published_month")}
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


def _history_and_pages(db: sqlite_utils.Database) -> None:
    """Edit history, removals, every fetched page, robots.txt cache, richer run log."""
    db["article_versions"].create(
        {"article_id": str, "version": int, "title": str, "summary": str, "body": str,
         "content_hash": str, "seen_from": str, "seen_until": str},
        pk=("article_id", "version"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["articles"].add_column("removed_at", str)
    db["pages"].create(
        {"url": str, "portal": str, "kind": str, "status": int, "final_url": str,
         "first_fetched": str, "last_fetched": str},
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
    rebuild_search(db)
    db["articles"].create_index(["search_key"], unique=True)


def _faults(db: sqlite_utils.Database) -> None:
    """What the hostile web served wrong in a run, counted by kind (JSON)."""
    db["crawl_runs"].add_column("faults", str)


def _source_of_text(db: sqlite_utils.Database) -> None:
    """The SHA-1 of the page an article's text was read from (its capture in raw.db),
    so a change of extractor is not mistaken for an edit."""
    db["articles"].add_column("source_sha1", str)


def _one_pass_story_bands(db: sqlite_utils.Database) -> None:
    """Same-story bands from one-permutation MinHash (crawler/similar.py): the earlier
    signatures are not comparable with the new ones, so every article is banded again.
    The links already found were checked on the texts themselves and stay."""
    db["similar_articles"].create_index(["other_id"], if_not_exists=True)  # for unlinking
    db.execute("delete from article_bands")
    for row in db.execute("select id, body from articles").fetchall():
        keys = similar.band_keys(similar.shingles(row[1]))
        db.conn.executemany("insert or ignore into article_bands (band, article_id) values (?, ?)",
                            [(key, row[0]) for key in keys])


Migrations = list[tuple[str, Callable[[sqlite_utils.Database], None]]]

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
]


def migrate(db: sqlite_utils.Database, migrations: Migrations = MIGRATIONS) -> list[str]:
    """Apply the migrations this database has not had yet; return their names."""
    if "_migrations" not in db.table_names():
        db["_migrations"].create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for name, step in migrations:
        if name in done:
            continue
        with db.conn:
            step(db)
            db["_migrations"].insert({"name": name, "applied_at": utc_now()})
        applied.append(name)
    return applied


def open_database(path: str | Path, migrations: Migrations) -> sqlite_utils.Database:
    """Open (creating if needed) a database of the project, in WAL mode, migrated.

    synchronous=NORMAL: in WAL mode a commit then costs no fsync; a power cut may lose
    the last commits, never the file's integrity, and a crawl fetches them again.
    """
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 10000")
    if str(path) != ":memory:":
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
    migrate(db, migrations)
    return db


def connect(path: str | Path = DEFAULT_DB) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at the current schema."""
    return open_database(path, MIGRATIONS)


# --- search index -----------------------------------------------------------------
# `articles_search` is contentless (it holds the index, not a copy of the text), so a
# row is removed by giving FTS5 the values it was indexed with: they are derived from
# the article's stored text, and rebuild_search() re-derives everything if the way
# they are derived ever changes.


@dataclass
class Derived:
    """What the search index and the same-story bands take from an article's text.
    Pure and the costly part of storing, so `archive reprocess` computes it in its
    worker processes and hands it to the single writer."""

    exact: str
    folded: str
    shingles: set[int]
    bands: list[str]


def derive(title: str | None, summary: str | None, body: str | None) -> Derived:
    exact, folded = search_columns(title, summary, body)
    shingles = similar.shingles(body)
    return Derived(exact, folded, shingles, similar.band_keys(shingles))


def _index(db: sqlite_utils.Database, key: int, row: dict, delete: bool = False,
           columns: tuple[str, str] | None = None) -> None:
    """Add (or remove) one article's entry, under its search key (crawler/search.py)."""
    exact, folded = columns or search_columns(row.get("title"), row.get("summary"), row.get("body"))
    if delete:
        db.execute("insert into articles_search (articles_search, rowid, exact, folded) "
                   "values ('delete', ?, ?, ?)", [key, exact, folded])
    else:
        db.execute("insert into articles_search (rowid, exact, folded) values (?, ?, ?)",
                   [key, exact, folded])


def _keyed_index(db: sqlite_utils.Database, rowid: int, row: dict,
                 columns: tuple[str, str] | None = None) -> None:
    """Give the article its search key and index it under that key."""
    key = search_key(row.get("published_at"), row.get("first_seen"), rowid)
    db.execute("update articles set search_key = ? where rowid = ?", [key, rowid])
    _index(db, key, row, columns=columns)


def rebuild_search(db: sqlite_utils.Database) -> int:
    """Key and index every article again; returns how many."""
    db.execute("insert into articles_search (articles_search) values ('delete-all')")
    keyed = "search_key" in db["articles"].columns_dict  # before migration 0007: keyed by rowid
    if keyed:
        db.execute("update articles set search_key = null")
    rows = list(db.query("select rowid, title, summary, body, published_at, first_seen from articles"))
    for row in rows:
        if keyed:
            _keyed_index(db, row["rowid"], row)
        else:
            _index(db, row["rowid"], row)
    return len(rows)


# --- the same story on several portals -------------------------------------------


def _link_similar(db: sqlite_utils.Database, article_id: str, portal: str, body: str | None,
                  derived: Derived | None = None, new: bool = False) -> None:
    """Index an article's LSH bands and link it to near-duplicates on other portals."""
    if not new:  # a new article has no bands or links to undo
        db.execute("delete from article_bands where article_id = ?", [article_id])
        db.execute("delete from similar_articles where article_id = ?", [article_id])
        db.execute("delete from similar_articles where other_id = ?", [article_id])
    own = derived.shingles if derived else similar.shingles(body)
    keys = derived.bands if derived else similar.band_keys(own)
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


def store_article(db: sqlite_utils.Database, article: Article, now: str | None = None,
                  reprocessed: bool = False, derived: Derived | None = None) -> str:
    """Insert or update one article with its images and URLs, in one transaction.

    Returns "new", "updated" (its text changed) or "unchanged". The replaced text is
    kept as a version only when the page itself changed (another source_sha1): text
    that changed because the extractor did is corrected in place. `reprocessed`
    means no page was fetched (`archive reprocess`): last_checked and removed_at stay.
    `derived` (or article.derived) is derive() of the text, when it was computed already.
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
            if reprocessed:
                row["last_checked"], row["removed_at"] = existing["last_checked"], existing["removed_at"]
            outcome = "updated" if existing["content_hash"] != article.content_hash else "unchanged"
        if existing is not None and outcome == "updated":
            _index(db, existing["search_key"], existing, delete=True)
            if _page_changed(existing, article):
                _keep_version(db, existing, now)
        if existing is not None:
            row["search_key"] = existing["search_key"]
        # Plain SQL, not Table.upsert(): this runs for every article a crawl stores, and
        # sqlite-utils reads the table's shape on each call.
        cursor = db.conn.execute(
            f"insert into articles ({', '.join(row)}) values ({', '.join('?' * len(row))}) "
            f"on conflict(id) do update set {', '.join(f'{c} = excluded.{c}' for c in row if c != 'id')}",
            list(row.values()))
        if outcome != "unchanged":
            rowid = existing["rowid"] if existing is not None else cursor.lastrowid
            derived = derived or article.derived or derive(article.title, article.summary, article.body)
            _keyed_index(db, rowid, row, (derived.exact, derived.folded))
            _link_similar(db, article.id, article.portal, article.body, derived, new=existing is None)
        if outcome != "unchanged" or article.images:
            db.conn.execute("delete from images where article_id = ?", [article.id])
            db.conn.executemany(
                "insert into images (article_id, position, src, caption) values (?, ?, ?, ?)",
                [(article.id, i, image["src"], image.get("caption")) for i, image in enumerate(article.images)])
        _insert_urls(db, article.id, [article.url, *article.seen_at], now)
    return outcome


def _page_changed(existing: dict, article: Article) -> bool:
    """Whether the text comes from another page than the stored text did (unknown
    sources count as changed)."""
    return not (existing.get("source_sha1") and existing["source_sha1"] == article.source_sha1)


def _keep_version(db: sqlite_utils.Database, existing: dict, now: str) -> None:
    """The text an edit replaces, with the time it was seen (never deleted)."""
    last = next(db.query("select max(version) as version, max(seen_until) as until from article_versions "
                         "where article_id = ?", [existing["id"]]))
    db["article_versions"].insert({
        "article_id": existing["id"], "version": (last["version"] or 0) + 1,
        "title": existing["title"], "summary": existing["summary"], "body": existing["body"],
        "content_hash": existing["content_hash"], "seen_from": last["until"] or existing["first_seen"],
        "seen_until": now,
    })


def mark_removed(db: sqlite_utils.Database, url: str, status: int, now: str | None = None) -> str | None:
    """An article whose page now answers 404/410: marked removed, kept; returns its id."""
    now = now or utc_now()
    with db.conn:
        row = next(db.query("select article_id from article_urls where url = ?", [url]), None)
        if row is None:
            return None
        db.execute("update articles set removed_at = coalesce(removed_at, ?), last_checked = ? where id = ?",
                   [now, now, row["article_id"]])
    return row["article_id"]


def record_page(db: sqlite_utils.Database, url: str, portal: str, kind: str, status: int,
                final_url: str | None = None, run_id: int | None = None, now: str | None = None) -> None:
    """Every page a crawl fetched: what it was (listing, article, not_article, redirect,
    gone), its HTTP status, where it ended up, and the run that fetched it."""
    now = now or utc_now()
    with db.conn:
        db.execute(
            "insert into pages (url, portal, kind, status, final_url, first_fetched, last_fetched, last_run_id) "
            "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict(url) do update set kind = excluded.kind, "
            "status = excluded.status, final_url = excluded.final_url, last_fetched = excluded.last_fetched, "
            "last_run_id = excluded.last_run_id",
            [url, portal, kind, status, final_url or url, now, now, run_id])


def known_urls(db: sqlite_utils.Database, portal: str, recheck_since: str) -> tuple[set[str], set[str]]:
    """URLs of this portal not to fetch again, and those of articles recent enough to
    re-check for edits (published on or after `recheck_since`)."""
    known = {row["url"] for row in db.query(
        "select u.url from article_urls u join articles a on a.id = u.article_id where a.portal = ?", [portal])}
    known |= {row["url"] for row in db.query(
        "select url from pages where portal = ? and kind = 'not_article' and status = 200", [portal])}
    recent = {row["url"] for row in db.query(
        "select u.url from article_urls u join articles a on a.id = u.article_id "
        "where a.portal = ? and a.published_at >= ? and a.removed_at is null", [portal, recheck_since])}
    return known, recent


def cached_robots(db: sqlite_utils.Database, netloc: str, fresh_after: datetime) -> str | None:
    """A site's robots.txt if it was fetched after `fresh_after`."""
    row = next(db.query("select body, fetched_at from robots where netloc = ?", [netloc]), None)
    if row is None or row["fetched_at"] < fresh_after.isoformat(timespec="seconds").replace("+00:00", "Z"):
        return None
    return row["body"]


def cache_robots(db: sqlite_utils.Database, netloc: str, body: str) -> None:
    with db.conn:
        db["robots"].upsert({"netloc": netloc, "body": body, "fetched_at": utc_now()}, pk="netloc")


def last_run(db: sqlite_utils.Database, portal: str) -> dict | None:
    return next(db.query("select * from crawl_runs where portal = ? order by id desc limit 1", [portal]), None)


def start_run(db: sqlite_utils.Database, portal: str, base_url: str, mode: str, now: str | None = None) -> int:
    """A crawl_runs row written when a portal's crawl starts: a run that never finishes
    (killed, power loss) stays 'running', and the next run walks the whole site."""
    with db.conn:
        return db["crawl_runs"].insert({"portal": portal, "base_url": base_url, "mode": mode,
                                        "started_at": now or utc_now(), "finish_reason": "running"}).last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, values: dict) -> None:
    with db.conn:
        db["crawl_runs"].update(run_id, values)


def add_alias(db: sqlite_utils.Database, url: str, target: str) -> bool:
    """A URL that redirects to a stored article becomes another URL of it."""
    row = next(db.query("select article_id from article_urls where url = ?", [target]), None)
    if row is not None:
        add_urls(db, row["article_id"], [url])
    return row is not None


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


def portal_health(db: sqlite_utils.Database, history: int = 10) -> list[dict]:
    """Each portal with its article count, newest article, last run and recent runs
    (newest first, for crawler/health.py)."""
    rows = list(db.query("""
        select p.slug as portal, p.name,
               (select count(*) from articles a where a.portal = p.slug) as articles,
               (select max(published_at) from articles a where a.portal = p.slug) as newest,
               (select count(*) from articles a where a.portal = p.slug and a.removed_at is not null) as removed
        from portals p order by p.slug
    """))
    for row in rows:
        row["runs"] = list(db.query("select * from crawl_runs where portal = ? order by id desc limit ?",
                                    [row["portal"], history]))
    return rows


def search(db: sqlite_utils.Database, query: str, order: str = "newest", limit: int | None = None) -> list[dict]:
    """Articles matching a typed query (crawler/search.py), newest first or by relevance."""
    expression = normalize_query(query)
    if not expression:
        return []
    order_by = "s.rank" if order == "relevance" else "s.rowid desc"
    sql = (f"select a.* from articles_search s join articles a on a.search_key = s.rowid "
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
        where.append("a.search_key in (select rowid from articles_search where articles_search match ?)")
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
