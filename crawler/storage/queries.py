"""Reading the archive: portal health, search, articles by search and filters (what
`archive export`, collections and Datasette's export read), and what Datasette's
pages show beside an article's row and on the coverage page."""

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
) -> list[dict]:
    """Articles by search and filters, newest first.

    `since` and `until` are ISO dates, both included.
    """
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


def article_extras(db: sqlite_utils.Database, article_id: str) -> dict:
    """What an article's page shows besides its row: pictures, every URL it was seen
    at, its portal, the same story elsewhere, and its earlier versions."""

    def rows(sql: str) -> list[dict]:
        return list(db.query(sql, [article_id]))

    portal = rows("select p.name, p.slug from portals p join articles a on a.portal = p.slug where a.id = ?")
    return {
        "article_images": rows("select src, caption from images where article_id = ? order by position"),
        "article_urls": rows("select url, first_seen from article_urls where article_id = ? order by first_seen, url"),
        "article_portal": portal[0] if portal else None,
        "article_similar": rows(
            "select a.id, a.title, a.portal, a.published_at, p.name as portal_name, s.similarity "
            "from similar_articles s join articles a on a.id = s.other_id "
            "left join portals p on p.slug = a.portal where s.article_id = ? order by s.similarity desc"
        ),
        "article_versions": rows(
            "select version, title, seen_from, seen_until from article_versions where article_id = ? order by version"
        ),
    }


def monthly_counts(db: sqlite_utils.Database) -> list[dict]:
    """Articles per portal per month of publication (portal, name, month, n)."""
    return list(
        db.query(
            "select a.portal, coalesce(p.name, a.portal) as name, a.published_month as month, count(*) as n "
            "from articles a left join portals p on p.slug = a.portal "
            "where a.published_month is not null group by a.portal, a.published_month"
        )
    )
