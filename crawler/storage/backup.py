"""A consistent copy of a live archive: SQLite's online backup API, read in one
snapshot, so a crawl writing meanwhile (WAL) neither waits nor shows half-written in
the copy. The copy is checked before it takes its name."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

COUNTED = {"archive": "articles", "raw": "captures"}  # what a copy's report counts


class BackupError(Exception):
    """The copy could not be made or did not check out; nothing was left at its name."""


@dataclass(frozen=True)
class Copy:
    source: Path
    path: Path
    rows: int  # articles (archive) or captures (raw)
    what: str
    size: int  # bytes

    def said(self) -> str:
        return f"{self.source} → {self.path}: {self.rows:,} {self.what}, {self.size / 2**20:,.1f} MiB, integrity ok"


def backup(source: Path, destination: Path, kind: str = "archive") -> Copy:
    """Copy `source` to `destination` (a file), checked: integrity_check and a count."""
    if not source.exists():
        raise BackupError(f"{source} does not exist")
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with closing(_connect_read_only(source)) as live, closing(sqlite3.connect(partial)) as copy:
            live.backup(copy)  # one step: one read snapshot of the live file
            copy.execute("pragma journal_mode = delete")  # a copy is one self-contained file
        rows = _check(partial, COUNTED[kind])
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"copying {source} to {destination} failed: {error}") from None
    return Copy(source, destination, rows, COUNTED[kind], destination.stat().st_size)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    connection.execute("pragma busy_timeout = 30000")
    return connection


def _check(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as copy:
        verdict = copy.execute("pragma integrity_check").fetchone()[0]
        if verdict != "ok":
            raise BackupError(f"the copy {path} failed its integrity check: {verdict}")
        return copy.execute(f"select count(*) from {table}").fetchone()[0]  # noqa: S608 - a name of ours
