"""A full disk during a crawl or a reprocess: the run stops writing, says so in one
line, exits 4, leaves both databases consistent with every article stored before,
and the next run, with room, completes the archive. The disk fills by the archive's
size cap (ARCHIVE_MAX_DB_MIB: SQLite's max_page_count), which SQLite reports exactly
as a full disk (SQLITE_FULL)."""

from __future__ import annotations

import os
import sqlite3
import subprocess

import pytest
from saved import PROJECT, archive_command, expected

from crawler.cli.mirror import Mirror
from crawler.defaults import MAX_DB_MIB_ENV
from crawler.storage import database

pytestmark = pytest.mark.slow
PORTALS = ("baolaocai", "danguykhoi_phutho")


def run(*args, cap_mib: float | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop(MAX_DB_MIB_ENV, None)
    if cap_mib:
        env[MAX_DB_MIB_ENV] = str(cap_mib)
    return subprocess.run(archive_command(*args), cwd=PROJECT, capture_output=True, text=True, timeout=300, env=env)


def query(path, sql):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def said_disk_full(result, command: str, path) -> bool:
    last = result.stderr.strip().splitlines()[-1]
    return last.startswith(f"archive {command}: the disk holding {path} is full (database or disk is full)")


def test_a_crawl_that_fills_the_disk_stops_clean_and_the_next_completes(tmp_path):
    db, raw = tmp_path / "archive.db", tmp_path / "raw.db"
    with Mirror(port=0) as mirror:
        first = run("crawl", PORTALS[0], "--db", str(db), "--mirror", mirror.url)
        assert first.returncode == 0
        room = db.stat().st_size / 2**20 + 0.15  # room for a few articles of the second portal, not all
        full = run("crawl", *PORTALS, "--db", str(db), "--mirror", mirror.url, cap_mib=room)
        assert full.returncode == 4, full.stderr[-2000:]
        assert said_disk_full(full, "crawl", db)
        assert "Traceback" not in full.stderr
        for path in (db, raw):
            assert query(path, "pragma integrity_check") == [("ok",)]
        counts = dict(query(db, "select portal, count(*) from articles group by portal"))
        assert counts[PORTALS[0]] == len(expected(PORTALS[0])["articles"])  # nothing stored before is lost
        assert 0 < counts.get(PORTALS[1], 0) < len(expected(PORTALS[1])["articles"])

        again = run("crawl", *PORTALS, "--db", str(db), "--mirror", mirror.url)
    assert again.returncode == 0, again.stderr[-2000:]
    stored = {url for (url,) in query(db, "select url from articles")}
    assert stored == {a["url"] for portal in PORTALS for a in expected(portal)["articles"]}


def test_a_reprocess_that_fills_the_disk_stops_clean_and_the_next_completes(tmp_path):
    db, raw = tmp_path / "archive.db", tmp_path / "raw.db"
    with Mirror(port=0) as mirror:
        assert run("crawl", PORTALS[0], "--db", str(db), "--mirror", mirror.url).returncode == 0
    # A fresh archive read back from the captures, on a disk with room for part of it.
    rebuilt = tmp_path / "rebuilt.db"
    database.connect(rebuilt).conn.close()  # empty, at the current schema
    room = rebuilt.stat().st_size / 2**20 + 0.1
    full = run("reprocess", "--db", str(rebuilt), "--raw-db", str(raw), cap_mib=room)
    assert full.returncode == 4, full.stderr[-2000:]
    assert said_disk_full(full, "reprocess", rebuilt)
    assert query(rebuilt, "pragma integrity_check") == [("ok",)]
    partial = query(rebuilt, "select count(*) from articles")[0][0]
    assert 0 < partial < len(expected(PORTALS[0])["articles"])

    again = run("reprocess", "--db", str(rebuilt), "--raw-db", str(raw))
    assert again.returncode == 0, again.stderr[-2000:]
    assert query(rebuilt, "select url from articles order by url") == query(db, "select url from articles order by url")
