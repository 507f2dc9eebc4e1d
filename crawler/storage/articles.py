"""Writing articles: text, images, URLs, edit history and removals, each article in one
transaction, with its search index entry, same-story links and people kept in step."""

from __future__ import annotations

import sqlite_utils

from ..article import Article, content_hash
from ..clock import utc_now
from ..indexing.derived import Derived, derive_article
from .people import write_mentions
from .search_index import index_entry, keyed_index
from .stories import link_similar


def upsert_portal(
    db: sqlite_utils.Database, slug: str, name: str, origin: str, cms: str, description: str = ""
) -> None:
    # Plain SQL: sqlite-utils' upsert() runs DDL on an existing table, and a schema
    # change while Datasette reads makes its searches fail ("vtable constructor failed").
    with db.conn:
        db.execute(
            "insert into portals (slug, name, origin, cms, description) values (?, ?, ?, ?, ?) "
            "on conflict(slug) do update set name = excluded.name, origin = excluded.origin, "
            "cms = excluded.cms, description = excluded.description",
            [slug, name, origin, cms, description],
        )


def store_article(
    db: sqlite_utils.Database,
    article: Article,
    now: str | None = None,
    reprocessed: bool = False,
    derived: Derived | None = None,
) -> str:
    """Insert or update one article with its images and URLs, in one transaction.

    Returns "new", "updated" (its text changed) or "unchanged". The replaced text is
    kept as a version only when the page itself changed (another source_sha1): text
    that changed because the extractor did is corrected in place. `reprocessed`
    means no page was fetched (`archive reprocess`): last_checked and removed_at stay.
    `derived` (or article.derived) is derive() of the text, when it was computed already.
    """
    now = now or utc_now()
    article.content_hash = content_hash(article)
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
            for name in (
                "published_at",
                "published_raw",
                "date_source",
                "published_month",
                "published_year",
                "author",
                "summary",
                "category",
                "site_modified",
            ):
                if row[name] is None:  # a later fetch that lacks a field keeps the known one
                    row[name] = existing[name]
            if reprocessed:
                row["last_checked"], row["removed_at"] = existing["last_checked"], existing["removed_at"]
            outcome = "updated" if existing["content_hash"] != article.content_hash else "unchanged"
        if existing is not None and outcome == "updated":
            index_entry(db, existing["search_key"], existing, delete=True)
            if _page_changed(existing, article):
                _keep_version(db, existing, now)
        if existing is not None:
            row["search_key"] = existing["search_key"]
        # Plain SQL, not Table.upsert(): this runs for every article a crawl stores, and
        # sqlite-utils reads the table's shape on each call.
        cursor = db.conn.execute(
            f"insert into articles ({', '.join(row)}) values ({', '.join('?' * len(row))}) "
            f"on conflict(id) do update set {', '.join(f'{c} = excluded.{c}' for c in row if c != 'id')}",
            list(row.values()),
        )
        if outcome != "unchanged":
            rowid = existing["rowid"] if existing is not None else cursor.lastrowid
            derived = derived or article.derived or derive_article(article)
            keyed_index(db, rowid, row, derived.search)
            link_similar(db, article.id, article.portal, article.body, derived, new=existing is None)
        if outcome != "unchanged" or reprocessed:  # a reprocess reads people with the finder of today
            derived = derived or article.derived or derive_article(article)
            write_mentions(db, article.id, row["published_at"], derived.mentions)
        if outcome != "unchanged" or article.images:
            db.conn.execute("delete from images where article_id = ?", [article.id])
            db.conn.executemany(
                "insert into images (article_id, position, src, caption) values (?, ?, ?, ?)",
                [(article.id, i, image["src"], image.get("caption")) for i, image in enumerate(article.images)],
            )
        _insert_urls(db, article.id, [article.url, *article.seen_at], now)
    return outcome


def _page_changed(existing: dict, article: Article) -> bool:
    """Whether the text comes from another page than the stored text did (unknown
    sources count as changed)."""
    return not (existing.get("source_sha1") and existing["source_sha1"] == article.source_sha1)


def _keep_version(db: sqlite_utils.Database, existing: dict, now: str) -> None:
    """The text an edit replaces, with the time it was seen (never deleted)."""
    last = next(
        db.query(
            "select max(version) as version, max(seen_until) as until from article_versions where article_id = ?",
            [existing["id"]],
        )
    )
    db["article_versions"].insert(
        {
            "article_id": existing["id"],
            "version": (last["version"] or 0) + 1,
            "title": existing["title"],
            "summary": existing["summary"],
            "body": existing["body"],
            "content_hash": existing["content_hash"],
            "seen_from": last["until"] or existing["first_seen"],
            "seen_until": now,
        }
    )


def mark_removed(db: sqlite_utils.Database, url: str, status: int, now: str | None = None) -> str | None:
    """An article whose page now answers 404/410: marked removed, kept; returns its id."""
    now = now or utc_now()
    with db.conn:
        row = next(db.query("select article_id from article_urls where url = ?", [url]), None)
        if row is None:
            return None
        db.execute(
            "update articles set removed_at = coalesce(removed_at, ?), last_checked = ? where id = ?",
            [now, now, row["article_id"]],
        )
    return row["article_id"]


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


def note_site_modified(db: sqlite_utils.Database, said: dict[str, str]) -> set[str]:
    """Record when the site said articles changed (URL → UTC text), never an earlier
    time than the one known: a route that offered an article this run after another
    route's request had already fetched it. Returns the URLs of no stored article
    (yet: the request that fetches it may still be on its way)."""
    unknown = set()
    with db.conn:
        for url, when in said.items():
            cursor = db.conn.execute(
                "update articles set site_modified = :said "
                "where id = (select article_id from article_urls where url = :url) "
                "and (site_modified is null or site_modified = '' or site_modified < :said)",
                {"url": url, "said": when},
            )
            if not cursor.rowcount and not _is_known(db, url):
                unknown.add(url)
    return unknown


def _is_known(db: sqlite_utils.Database, url: str) -> bool:
    return db.conn.execute("select 1 from article_urls where url = ?", [url]).fetchone() is not None


def _insert_urls(db: sqlite_utils.Database, article_id: str, urls: list[str], now: str) -> None:
    db.conn.executemany(
        "insert into article_urls (url, article_id, first_seen, last_seen) values (?, ?, ?, ?) "
        "on conflict(url) do update set last_seen = excluded.last_seen, article_id = excluded.article_id",
        [(url, article_id, now, now) for url in dict.fromkeys(urls)],
    )
