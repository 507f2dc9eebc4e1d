"""Reading the archive: portal health, and what Datasette's pages show beside an
article's row and on the coverage page. (Articles by search and filters: selection.py.)"""

from __future__ import annotations

import sqlite_utils


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
