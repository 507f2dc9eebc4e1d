"""Named collections: a saved search with its filters, hand-picked articles, or both
(read back by queries.select_articles)."""

from __future__ import annotations

import sqlite_utils

from ..clock import utc_now


def save_collection(
    db: sqlite_utils.Database,
    name: str,
    description: str = "",
    search: str | None = None,
    portals: tuple[str, ...] = (),
    since: str | None = None,
    until: str | None = None,
) -> None:
    with db.conn:
        db["collections"].upsert(
            {
                "name": name,
                "description": description,
                "search": search,
                "portal": ",".join(portals) or None,
                "since": since,
                "until": until,
                "created_at": utc_now(),
            },
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
            row = next(
                db.query(
                    "select id from articles where id = ? or url = ? union "
                    "select article_id from article_urls where url = ?",
                    [reference] * 3,
                ),
                None,
            )
            if row is None:
                missing.append(reference)
                continue
            db["collection_articles"].insert(
                {"collection": name, "article_id": row["id"], "added_at": utc_now()},
                pk=("collection", "article_id"),
                ignore=True,
            )
    return missing
