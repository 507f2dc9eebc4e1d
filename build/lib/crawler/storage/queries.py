"""Reading the archive: portal health, search, and articles by search, filters or
collection (what `archive export`, the collections and Datasette's export read)."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils

from ..indexing.query import normalize_query


def portal_health(db: sqlite_utils.Database, history: int = 10) -> list[dict]:
    """Each portal with its article count, newest article, last run and recent runs
    (newest first, for `archive portals`)."""
    rows = list(
        db.query("""
        select p.slug as portal, p.name,
               (select count(*) from articles a where a.portal = p.slug) as articles,
               (select max(published_at) from articles a where a.portal = p.slug) as newest,
               (select count(*) from articles a where a.portal = p.slug and a.removed_at is not null) as removed
        from portals p order by p.slug
    """)
    )
    for row in rows:
        row["runs"] = list(
            db.query("select * from crawl_runs where portal = ? order by id desc limit ?", [row["portal"], history])
        )
    return rows


def search(db: sqlite_utils.Database, query: str, order: str = "newest", limit: int | None = None) -> list[dict]:
    """Articles matching a typed query (crawler/indexing/query.py), newest first or by relevance."""
    expression = normalize_query(query)
    if not expression:
        return []
    order_by = "s.rank" if order == "relevance" else "s.rowid desc"
    sql = (
        f"select a.* from articles_search s join articles a on a.search_key = s.rowid "
        f"where articles_search match ? order by {order_by}"
    )
    if limit:
        sql += f" limit {int(limit)}"
    return list(db.query(sql, [expression]))


def select_articles(
    db: sqlite_utils.Database,
    search: str | None = None,
    portals: tuple[str, ...] = (),
    since: str | None = None,
    until: str | None = None,
    collection: str | None = None,
) -> list[dict]:
    """Articles by search and filters, or those of a named collection; newest first.

    `since` and `until` are ISO dates, both included.
    """
    if collection:
        saved = next(db.query("select * from collections where name = ?", [collection]), None)
        if saved is None:
            raise KeyError(f"no collection named {collection!r}")
        picked = {
            row["article_id"]
            for row in db.query("select article_id from collection_articles where collection = ?", [collection])
        }
        found = []
        if saved["search"] or saved["portal"] or saved["since"] or saved["until"]:
            found = select_articles(
                db,
                saved["search"],
                tuple(filter(None, (saved["portal"] or "").split(","))),
                saved["since"],
                saved["until"],
            )
        ids = {row["id"] for row in found}
        found += (
            [
                row
                for row in db.query(
                    f"select * from articles where id in ({', '.join('?' * len(picked))})", list(picked)
                )
                if row["id"] not in ids
            ]
            if picked
            else []
        )
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


def urls_of_article(db: sqlite_utils.Database, url: str) -> set[str]:
    """Every URL the article at `url` was seen at: canonical, shortlinks, redirects,
    http and https (just `url` if no article was seen there)."""
    return {url} | {
        row["url"]
        for row in db.query(
            "select url from article_urls where article_id in "
            "(select article_id from article_urls where url = ? union select id from articles where url = ?)",
            [url, url],
        )
    }


def list_collections(db: sqlite_utils.Database) -> list[dict]:
    """The collections, each with its description and article count."""
    return [
        {**row, "articles": len(select_articles(db, collection=row["name"]))}
        for row in db.query("select name, description from collections")
    ]
