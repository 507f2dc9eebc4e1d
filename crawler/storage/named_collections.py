"""Named collections: a saved search with its filters, hand-picked articles, or both."""

from __future__ import annotations

import sqlite_utils

from ..clock import utc_now
from .queries import select_articles


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


def collection_articles(db: sqlite_utils.Database, name: str) -> list[dict]:
    """The articles of a collection: its saved search's and its hand-picked ones,
    newest first. KeyError if there is no such collection."""
    saved = next(db.query("select * from collections where name = ?", [name]), None)
    if saved is None:
        raise KeyError(f"no collection named {name!r}")
    found = []
    if saved["search"] or saved["portal"] or saved["since"] or saved["until"]:
        portals = tuple(filter(None, (saved["portal"] or "").split(",")))
        found = select_articles(db, saved["search"], portals, saved["since"], saved["until"])
    ids = {row["id"] for row in found}
    found += [
        row
        for row in db.query(
            "select a.* from collection_articles c join articles a on a.id = c.article_id where c.collection = ?",
            [name],
        )
        if row["id"] not in ids
    ]
    return sorted(found, key=lambda row: (row["published_at"] or "", row["id"]), reverse=True)


def list_collections(db: sqlite_utils.Database) -> list[dict]:
    """The collections, each with its description and article count."""
    return [
        {**row, "articles": len(collection_articles(db, row["name"]))}
        for row in db.query("select name, description from collections")
    ]
