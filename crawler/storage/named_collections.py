"""Named collections: a saved search with its filters, hand-picked articles, or both."""

from __future__ import annotations

import sqlite_utils

from ..clock import utc_now
from .selection import NO_FILTERS, Filters, select_articles


def save_collection(
    db: sqlite_utils.Database,
    name: str,
    description: str = "",
    search: str | None = None,
    filters: Filters = NO_FILTERS,
    loose: bool = False,
) -> None:
    with db.conn:
        db["collections"].upsert(
            {
                "name": name,
                "description": description,
                "search": search,
                "portal": ",".join(filters.portals) or None,
                "since": filters.since,
                "until": filters.until,
                "author": filters.author,
                "category": filters.category,
                "loose": int(loose),
                "title_only": int(filters.title_only),
                "created_at": utc_now(),
            },
            pk="name",
        )


def saved_selection(row: dict) -> tuple[str | None, Filters, bool]:
    """A collections row's search, filters and looseness."""
    portals = tuple(filter(None, (row["portal"] or "").split(",")))
    filters = Filters(
        portals, row["since"], row["until"], row.get("author"), row.get("category"), bool(row.get("title_only"))
    )
    return row["search"], filters, bool(row.get("loose"))


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
    search, filters, loose = saved_selection(saved)
    if search or filters != Filters():
        found = select_articles(db, search, filters, loose)
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
