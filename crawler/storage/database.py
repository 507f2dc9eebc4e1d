"""Opening the project's SQLite files: WAL, a busy timeout, migrations applied.

`connect()` opens the archive at the current schema and checks its `articles` table
against the one definition of the article's fields (crawler/article.py).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from ..article import ARTICLE_COLUMNS
from ..clock import utc_now
from ..defaults import ARCHIVE_DB, BUSY_TIMEOUT_MS, MAX_DB_MIB_ENV
from .migrations import MIGRATIONS, Migrations

# Columns storage adds to an article's own: for Datasette's facets and the search order.
STORAGE_COLUMNS = ("published_month", "published_year", "search_key")


class SchemaMismatch(RuntimeError):
    """The `articles` table and crawler/article.py disagree: a migration is missing."""


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


class DiskFull(Exception):
    """A database could not be written: its disk (or its size cap) is full. Its text
    is the one line a run says (disk_full_message)."""


def is_disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL, or the operating system's ENOSPC."""
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorname", "") == "SQLITE_FULL" or "database or disk is full" in str(error)
    return isinstance(error, OSError) and error.errno == errno.ENOSPC


def disk_full_message(path: str | Path, error: BaseException) -> str:
    """The one line a full disk gets, wherever it stops a run."""
    return (
        f"the disk holding {path} is full ({error}): nothing more was written; every article stored "
        "before is kept and the database is consistent. Free some space and run again: it carries on."
    )


def open_database(path: str | Path, migrations: Migrations) -> sqlite_utils.Database:
    """Open (creating if needed) a database of the project, in WAL mode, migrated.

    synchronous=NORMAL: in WAL mode a commit then costs no fsync; a power cut may lose
    the last commits, never the file's integrity, and a crawl fetches them again.
    """
    db = sqlite_utils.Database(path)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:":
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
    if cap := os.environ.get(MAX_DB_MIB_ENV):
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {int(float(cap) * 2**20) // page_size}")
    migrate(db, migrations)
    return db


def pending_migrations(path: str | Path) -> list[str]:
    """The migrations a database has not had, read without writing to it."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        done = {row[0] for row in connection.execute("select name from _migrations")}
    except sqlite3.OperationalError:
        done = set()
    finally:
        connection.close()
    return [name for name, _ in MIGRATIONS if name not in done]


def connect(path: str | Path = ARCHIVE_DB) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at the current schema."""
    db = open_database(path, MIGRATIONS)
    check_articles_table(db)
    return db


def check_articles_table(db: sqlite_utils.Database) -> None:
    """Raise SchemaMismatch unless `articles` has exactly the article's columns and
    storage's own."""
    expected = set(ARTICLE_COLUMNS) | set(STORAGE_COLUMNS)
    found = {row[1] for row in db.execute("PRAGMA table_info(articles)")}
    if found != expected:
        missing, extra = sorted(expected - found), sorted(found - expected)
        raise SchemaMismatch(
            f"the articles table does not match crawler/article.py: "
            f"missing {missing or 'nothing'}, unexpected {extra or 'nothing'}"
        )
