"""Crawl bookkeeping: every page a crawl fetched, the robots.txt cache, the run log,
and what a portal's next run need not fetch again."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from ..clock import utc_now, utc_text
from ..defaults import REVISIT_AFTER_AGE


def record_page(
    db: sqlite_utils.Database,
    url: str,
    portal: str,
    kind: str,
    status: int,
    final_url: str | None = None,
    run_id: int | None = None,
    now: str | None = None,
) -> None:
    """Every page a crawl fetched: what it was (listing, article, not_article, redirect,
    gone), its HTTP status, where it ended up, and the run that fetched it."""
    now = now or utc_now()
    with db.conn:
        db.execute(
            "insert into pages (url, portal, kind, status, final_url, first_fetched, last_fetched, last_run_id) "
            "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict(url) do update set kind = excluded.kind, "
            "status = excluded.status, final_url = excluded.final_url, last_fetched = excluded.last_fetched, "
            "last_run_id = excluded.last_run_id",
            [url, portal, kind, status, final_url or url, now, now, run_id],
        )


def known_urls(db: sqlite_utils.Database, portal: str, recheck_since: str, now: str) -> tuple[dict[str, str], set[str]]:
    """URLs of this portal not to fetch again, each with when the portal last said the
    article changed ("" not said; for a page that is not an article, when it was
    fetched), and those of articles due for a check for edits: published on or after
    `recheck_since`, or due by the revisit schedule (REVISIT_AFTER_AGE) at `now`."""
    known = {
        row["url"]: row["last_fetched"] or ""
        for row in db.query(
            "select url, last_fetched from pages where portal = ? and kind = 'not_article' and status = 200", [portal]
        )
    }
    known |= {
        row["url"]: row["site_modified"] or ""
        for row in db.query(
            "select u.url, a.site_modified from article_urls u join articles a on a.id = u.article_id "
            "where a.portal = ?",
            [portal],
        )
    }
    # julianday() reads both '2024-10-15T08:10:00+07:00' and '2026-12-05T07:16:20Z'.
    due = {
        row["url"]
        for row in db.query(
            "select u.url from article_urls u join articles a on a.id = u.article_id "
            "where a.portal = :portal and a.removed_at is null and (a.published_at >= :since "
            "or julianday(:now) - julianday(a.last_checked) >= "
            "max(1, :factor * (julianday(a.last_checked) - julianday(a.published_at))))",
            {"portal": portal, "since": recheck_since, "now": now, "factor": REVISIT_AFTER_AGE},
        )
    }
    return known, due


def absent_routes(db: sqlite_utils.Database, portal: str, since: str) -> set[str]:
    """Discovery routes (sitemaps, feeds, API pages) the portal did not have when asked
    on or after `since`."""
    return {
        row["url"]
        for row in db.query(
            "select url from pages where portal = ? and kind = 'route_absent' and last_fetched >= ?", [portal, since]
        )
    }


def cached_robots(db: sqlite_utils.Database, netloc: str, fresh_after: datetime) -> str | None:
    """A site's robots.txt if it was fetched after `fresh_after`."""
    row = next(db.query("select body, fetched_at from robots where netloc = ?", [netloc]), None)
    if row is None or row["fetched_at"] < utc_text(fresh_after):
        return None
    return row["body"]


def cache_robots(db: sqlite_utils.Database, netloc: str, body: str) -> None:
    # Plain SQL: sqlite-utils' upsert() changes the schema (see articles.upsert_portal).
    with db.conn:
        db.execute(
            "insert into robots (netloc, body, fetched_at) values (?, ?, ?) "
            "on conflict(netloc) do update set body = excluded.body, fetched_at = excluded.fetched_at",
            [netloc, body, utc_now()],
        )


def last_run(db: sqlite_utils.Database, portal: str) -> dict | None:
    return next(db.query("select * from crawl_runs where portal = ? order by id desc limit 1", [portal]), None)


def start_run(db: sqlite_utils.Database, portal: str, base_url: str, mode: str, now: str | None = None) -> int:
    """A crawl_runs row written when a portal's crawl starts: a run that never finishes
    (killed, power loss) stays 'running', and the next run walks the whole site."""
    with db.conn:
        return (
            db["crawl_runs"]
            .insert(
                {
                    "portal": portal,
                    "base_url": base_url,
                    "mode": mode,
                    "started_at": now or utc_now(),
                    "finish_reason": "running",
                }
            )
            .last_pk
        )


def finish_run(db: sqlite_utils.Database, run_id: int, values: dict) -> None:
    with db.conn:
        db["crawl_runs"].update(run_id, values)
