"""The search index's upkeep: `articles_search`, keyed by publication time.

`articles_search` is contentless (it holds the index, not a copy of the text), so a
row is removed by giving FTS5 the values it was indexed with: they are derived from
the article's stored text, and rebuild_search() re-derives everything if the way
they are derived ever changes. What is indexed: crawler/indexing/search_forms.py.
"""

from __future__ import annotations

import sqlite_utils

from ..indexing.search_forms import SEARCH_COLUMNS, search_columns, search_key

_NAMES = ", ".join(SEARCH_COLUMNS)
_SLOTS = ", ".join("?" * len(SEARCH_COLUMNS))


def create_search_table(db: sqlite_utils.Database) -> None:
    db.execute(
        f"create virtual table if not exists articles_search using fts5("
        f"{_NAMES}, content='', tokenize='unicode61 remove_diacritics 0')"
    )


def index_entry(
    db: sqlite_utils.Database, key: int, row: dict, delete: bool = False, columns: tuple[str, ...] | None = None
) -> None:
    """Add (or remove) one article's entry, under its search key (search_forms.py)."""
    values = list(columns or search_columns(row.get("title"), row.get("summary"), row.get("body")))
    if delete:
        db.execute(
            f"insert into articles_search (articles_search, rowid, {_NAMES}) values ('delete', ?, {_SLOTS})",
            [key, *values],
        )
    else:
        db.execute(f"insert into articles_search (rowid, {_NAMES}) values (?, {_SLOTS})", [key, *values])


def keyed_index(db: sqlite_utils.Database, rowid: int, row: dict, columns: tuple[str, ...] | None = None) -> None:
    """Give the article its search key and index it under that key."""
    key = search_key(row.get("published_at"), row.get("first_seen"), rowid)
    db.execute("update articles set search_key = ? where rowid = ?", [key, rowid])
    index_entry(db, key, row, columns=columns)


def each_article_text(db: sqlite_utils.Database, batch: int = 5000):
    """Every article's rowid, text and dates, read a batch of rows at a time (a million
    articles' text does not fit in memory at once)."""
    last = 0
    while True:
        rows = list(
            db.query(
                "select rowid, title, summary, body, published_at, first_seen from articles "
                "where rowid > ? order by rowid limit ?",
                [last, batch],
            )
        )
        if not rows:
            return
        yield from rows
        last = rows[-1]["rowid"]


def rebuild_search(db: sqlite_utils.Database) -> int:
    """Key and index every article again; returns how many."""
    db.execute("insert into articles_search (articles_search) values ('delete-all')")
    keyed = "search_key" in db["articles"].columns_dict  # before migration 0007: keyed by rowid
    if keyed:
        db.execute("update articles set search_key = null")
    done = 0
    for row in each_article_text(db):
        if keyed:
            keyed_index(db, row["rowid"], row)
        else:
            index_entry(db, row["rowid"], row)
        done += 1
    return done
