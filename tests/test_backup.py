"""`archive backup` while a crawl writes: the copy opens, searches and serves."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time
import urllib.parse
import urllib.request

import pytest
from saved import PROJECT, archive_command, serving

from crawler.cli.mirror import Mirror
from crawler.storage import database
from crawler.storage.selection import select_articles

pytestmark = pytest.mark.slow


def count(path, sql="select count(*) from articles") -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchone()[0]


def stored_at_least(path, articles: int) -> bool:
    try:
        return path.exists() and count(path) >= articles
    except sqlite3.OperationalError:  # the crawl has made the file, not yet its tables
        return False


def test_a_backup_taken_in_the_middle_of_a_crawl_opens_searches_and_serves(tmp_path):
    db_path, folder = tmp_path / "archive.db", tmp_path / "backups"
    # A slow mirror: the crawl takes long enough to be copied half-way, even when the
    # backup's own start is slow on a busy machine (a second a page, two portals at once).
    with Mirror(port=0, delay=1.0) as mirror:
        crawl = subprocess.Popen(
            archive_command("crawl", "baolaocai", "danguykhoi_phutho", "--db", str(db_path), "--mirror", mirror.url),
            cwd=PROJECT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not stored_at_least(db_path, 3):
            time.sleep(0.2)
        backed_up = subprocess.run(
            archive_command("backup", str(folder), "--db", str(db_path), "--raw"),
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        still_crawling = crawl.poll() is None
        _, errors = crawl.communicate(timeout=300)
    assert crawl.returncode == 0, errors[-2000:]
    assert backed_up.returncode == 0, backed_up.stderr
    assert still_crawling  # the copy was taken while the crawl wrote

    (copy,) = folder.glob("archive-*.db")
    (raw_copy,) = folder.glob("raw-*.db")
    copied, final = count(copy), count(db_path)
    assert 3 <= copied < final
    lines = backed_up.stdout.splitlines()
    assert lines[0] == f"{db_path} → {copy}: {copied:,} articles, {copy.stat().st_size / 2**20:,.1f} MiB, integrity ok"
    captures = count(raw_copy, "select count(*) from captures")
    raw_said = f"{captures:,} captures, {raw_copy.stat().st_size / 2**20:,.1f} MiB, integrity ok"
    assert lines[1] == f"{tmp_path / 'raw.db'} → {raw_copy}: {raw_said}"
    assert 3 <= captures
    assert not list(folder.glob("*.partial"))
    for path in (copy, raw_copy):
        with sqlite3.connect(path) as connection:
            assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
            assert connection.execute("pragma journal_mode").fetchone()[0] == "delete"

    # It opens with the archive's code and searches: every article's title finds it.
    archive = database.connect(copy)
    titles = [row[0] for row in archive.execute("select title from articles")]
    assert len(titles) == copied
    found = select_articles(archive, f'"{titles[0]}"')
    assert titles[0] in [row["title"] for row in found]
    archive.conn.close()

    # And Datasette serves it.
    with serving(copy) as url:
        query = urllib.parse.urlencode({"q": titles[0]})
        with urllib.request.urlopen(f"{url}/-/search.json?{query}", timeout=30) as answer:
            rows = json.load(answer)["rows"]
        assert titles[0] in [row["title"] for row in rows]


def test_a_backup_of_no_archive_says_so_and_leaves_nothing(tmp_path):
    result = subprocess.run(
        archive_command("backup", str(tmp_path / "backups"), "--db", str(tmp_path / "none.db")),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr == f"Error: {tmp_path / 'none.db'} does not exist\n"
    assert list((tmp_path / "backups").iterdir()) == []
