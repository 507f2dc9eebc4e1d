"""A hostile web: faults the mirror serves on purpose, which the crawler must survive,
each logged with its URL and counted in crawl_runs; nothing crashes, nothing stored
twice or as garbage."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from saved import PROJECT

from crawler.cli.mirror import Mirror

pytestmark = pytest.mark.slow

FAULTS = Path(__file__).parent / "faults"
ORIGIN = "https://hostile.example.vn"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("faults") / "archive.db"
    with Mirror(port=0, sites_dir=FAULTS) as mirror:
        result = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).parent / "run_fault_crawl.py"),
                str(db_path),
                mirror.base_urls["hostile"],
            ],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    yield conn, result.stderr
    conn.close()


def test_the_crawl_finishes_and_the_database_is_sound(crawled):
    conn, log = crawled
    run = conn.execute("select * from crawl_runs").fetchone()
    assert run["finish_reason"] == "finished", log[-3000:]
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert "Traceback" not in log


def test_good_pages_are_stored_once_and_read_right(crawled):
    conn, _ = crawled
    rows = {row["url"]: row for row in conn.execute("select * from articles")}
    assert set(rows) == {
        f"{ORIGIN}/tin/{slug}.html"
        for slug in ("binh-thuong", "loi-503", "dich", "windows-1258", "khai-sai", "nfd", "cat-cut", "phien")
    }
    for row in rows.values():
        text = row["title"] + row["body"]
        assert unicodedata.is_normalized("NFC", text)
        assert "\u00d0" not in text and "Ä" not in text and "\ufffd" not in text  # no look-alike, no mojibake
    assert rows[f"{ORIGIN}/tin/windows-1258.html"]["title"] == "Đảng bộ Khối kết nạp đảng viên mới"
    assert rows[f"{ORIGIN}/tin/khai-sai.html"]["title"] == "Trang UTF-8 khai là ISO-8859-1: Đảng ủy Khối"
    assert rows[f"{ORIGIN}/tin/nfd.html"]["title"] == "Đảng ủy Khối viết bằng chữ tổ hợp"
    assert rows[f"{ORIGIN}/tin/cat-cut.html"]["body"].endswith("phần đầu")
    seen = {row["url"] for row in conn.execute("select url from article_urls")}
    assert f"{ORIGIN}/tin/chuyen-huong.html" in seen  # the redirect chain is another URL of the article
    assert not any("jsessionid" in url or "sid=" in url for url in seen)


def test_every_fault_is_counted_by_kind(crawled):
    conn, log = crawled
    faults = json.loads(conn.execute("select faults from crawl_runs").fetchone()["faults"])
    for kind in (
        "empty",
        "not_html",
        "redirect_loop",
        "redirect_off_portal",
        "listing_limit",
        "http_404",
        "http_500",
        "gave_up_after_retries",
        "robots_forbidden",
        "retried",
    ):
        assert faults.get(kind), (kind, faults)
    for kind in ("download_DownloadTimeoutError", "download_DownloadFailedError", "download_DownloadCancelledError"):
        assert faults.get(kind), (kind, faults)  # timeout, connection reset, over the size limit
    for url in ("/tin/rong.html", "/tin/nhi-phan.html", "/tin/vong-lap", "/tin/ra-ngoai.html"):
        assert url in log  # logged with its URL


def test_robots_and_traps_are_respected(crawled):
    conn, _ = crawled
    fetched = {row["url"] for row in conn.execute("select url from pages")}
    assert not any("/private/" in url for url in fetched)
    listings = [url for url in fetched if "/tin-tuc" in url]
    assert 0 < len(listings) <= 16
