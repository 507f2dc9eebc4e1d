"""Upgrades: an archive left at every earlier schema version, with articles in it,
opens with this release, migrates, loses nothing, and Datasette serves it."""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
import urllib.request

import pytest
from saved import serving

from crawler.storage import database
from crawler.storage.migrations import MIGRATIONS
from crawler.storage.selection import select_articles

pytestmark = pytest.mark.slow

ARTICLES = [
    (
        "a1",
        "Đảng ủy Khối sơ kết công tác xây dựng Đảng",
        "Đồng chí Nguyễn Đăng Khoa, Bí thư Đảng ủy Khối chủ trì hội nghị sơ kết công tác xây dựng Đảng.\n\n"
        "Các đại biểu thảo luận, thống nhất giải pháp thực hiện nhiệm vụ những tháng cuối năm.",
        "2024-06-12T08:00:00+07:00",
    ),
    (
        "a2",
        "Kết nạp đảng viên mới tại chi bộ cơ sở",
        "Chi bộ tổ chức lễ kết nạp ba đảng viên mới là đoàn viên ưu tú.\n\n"
        "Bà Vũ Thị Lan, Giám đốc Sở Nội vụ, trao quyết định và tặng hoa chúc mừng.",
        "2023-11-02T09:30:00+07:00",
    ),
]


def build_at(path, version: int) -> None:
    """An archive whose last migration is the `version`-th, with two articles, a picture
    and a URL each, written at the first schema and carried forward by the migrations
    (as the releases of those days carried their archives)."""
    archive = database.open_database(path, MIGRATIONS[:1])
    with archive.conn:
        archive.execute("insert into portals (slug, name, origin, cms) values ('p1', 'Cổng 1', 'https://p1.vn', 'x')")
        for article_id, title, body, published in ARTICLES:
            archive.execute(
                "insert into articles (id, portal, url, title, body, published_at, published_month)"
                " values (?, 'p1', ?, ?, ?, ?, ?)",
                [article_id, f"https://p1.vn/{article_id}", title, body, published, published[:7]],
            )
            archive.execute(
                "insert into images (article_id, position, src, caption) values (?, 0, ?, ?)",
                [article_id, f"https://p1.vn/{article_id}.jpg", "Quang cảnh hội nghị"],
            )
            archive.execute(
                "insert into article_urls (url, article_id, first_seen, last_seen) values (?, ?, ?, ?)",
                [f"https://p1.vn/{article_id}?ref=home", article_id, "2024-06-12T01:00:00Z", "2024-06-12T01:00:00Z"],
            )
    database.migrate(archive, MIGRATIONS[:version])
    archive.conn.close()


def stored(path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "select a.id, a.title, a.body, a.published_at, i.src, i.caption, u.url from articles a"
            " join images i on i.article_id = a.id join article_urls u on u.article_id = a.id order by a.id"
        ).fetchall()


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory) -> dict[int, object]:
    """Every earlier version, built, then opened by this release."""
    paths = {}
    for version in range(1, len(MIGRATIONS)):
        path = tmp_path_factory.mktemp(f"v{version:02d}") / "archive.db"
        build_at(path, version)
        before = stored(path)
        assert len(before) == 2
        applied = database.migrate(database.open_database(path, []), MIGRATIONS)
        assert applied == [name for name, _ in MIGRATIONS[version:]]
        assert stored(path) == before  # nothing lost, nothing changed
        paths[version] = path
    return paths


def test_every_earlier_version_migrates_and_searches(upgraded):
    for version, path in upgraded.items():
        archive = database.connect(path)
        assert archive.execute("pragma integrity_check").fetchone()[0] == "ok", version
        for _, title, _, _ in ARTICLES:
            assert [row["title"] for row in select_articles(archive, title)] == [title], version
        people = {row[0] for row in archive.execute("select name from people")}
        assert people == {"Nguyễn Đăng Khoa", "Vũ Thị Lan"}, version
        archive.conn.close()


def test_datasette_serves_every_upgraded_archive(upgraded):
    for version, path in upgraded.items():
        with serving(path) as url:
            query = urllib.parse.urlencode({"q": "ket nap dang vien"})
            with urllib.request.urlopen(f"{url}/-/search.json?{query}", timeout=30) as answer:
                assert [row["id"] for row in json.load(answer)["rows"]] == ["a2"], version
