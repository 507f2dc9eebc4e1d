"""People and mentions in the archive (crawler/storage/people.py): written with each
article, kept in step when its text changes, read again by a migration, exported, and
served on the person page."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import urllib.parse
import urllib.request

import pytest
from saved import PROJECT, archive_command

from crawler.article import Article
from crawler.storage import database
from crawler.storage.articles import store_article
from crawler.storage.migrations import MIGRATIONS
from crawler.storage.people import find_people, person_page, refresh_all_people, write_mentions

KHOA = "Đồng chí Nguyễn Đăng Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối chủ trì hội nghị."
LAN = "Bà Vũ Thị Lan, Giám đốc Sở Nội vụ, báo cáo tình hình."


def article(number: int, body: str, published_at: str, **changes) -> Article:
    fields = dict(
        portal="danguykhoi_hagiang",
        url=f"https://danguykhoi.hagiang.gov.vn/tin-tuc/bai-{number}",
        id=f"bai{number}",
        title=f"Bài số {number}",
        body=body + "\n\nCác đại biểu thảo luận, thống nhất nhiều giải pháp thực hiện nhiệm vụ trong thời gian tới.",
        published_at=published_at,
    )
    fields.update(changes)
    return Article(**fields)


def people_rows(archive) -> dict[str, tuple]:
    return {
        row["name"]: (row["articles"], row["first_date"][:10], row["last_date"][:10], row["organisations"])
        for row in archive.query("select * from people")
    }


def test_people_follow_the_articles_that_name_them(tmp_path):
    archive = database.connect(tmp_path / "archive.db")
    store_article(archive, article(1, f"{KHOA} {LAN}", "2024-03-01T08:00:00+07:00"))
    store_article(
        archive, article(2, "Đồng chí Nguyễn Đăng Khoa, Bí thư Đảng ủy Khối dự.", "2024-09-01T08:00:00+07:00")
    )
    assert people_rows(archive) == {
        "Nguyễn Đăng Khoa": (2, "2024-03-01", "2024-09-01", 2),  # Tỉnh ủy, Đảng ủy Khối
        "Vũ Thị Lan": (1, "2024-03-01", "2024-03-01", 1),
    }
    # An edit that drops Lan: she goes, Khoa stays with one article less.
    store_article(archive, article(1, "Hội nghị thảo luận các giải pháp.", "2024-03-01T08:00:00+07:00"))
    assert people_rows(archive) == {"Nguyễn Đăng Khoa": (1, "2024-09-01", "2024-09-01", 1)}


def test_a_person_page_gives_each_post_with_its_first_and_last_article(tmp_path):
    archive = database.connect(tmp_path / "archive.db")
    store_article(archive, article(1, KHOA, "2024-03-01T08:00:00+07:00"))
    store_article(archive, article(2, "Bí thư Đảng ủy Khối Nguyễn Đăng Khoa phát biểu.", "2024-06-01T08:00:00+07:00"))
    store_article(archive, article(3, f"{LAN} Ông Nguyễn Đăng Khoa dự.", "2024-09-01T08:00:00+07:00"))
    (khoa,) = find_people(archive, "nguyen dang khoa")  # found without diacritics
    page = person_page(archive, khoa["id"])
    posts = [(p["position"], p["first_article"]["id"], p["last_article"]["id"], p["articles"]) for p in page["posts"]]
    assert posts == [
        ("Bí thư Đảng ủy Khối", "bai1", "bai2", 2),
        ("Ủy viên Ban Thường vụ Tỉnh ủy", "bai1", "bai1", 1),
    ]
    assert [a["id"] for a in page["articles"]] == ["bai3", "bai2", "bai1"]
    assert [(p["name"], p["shared"]) for p in page["beside"]] == [("Vũ Thị Lan", 1)]


def test_a_name_two_people_share_without_diacritics_is_not_merged(tmp_path):
    archive = database.connect(tmp_path / "archive.db")
    store_article(archive, article(1, "Ông Nguyễn Văn Hùng, Giám đốc Sở Tài chính phát biểu.", "2024-03-01"))
    store_article(archive, article(2, "Ông Nguyễn Văn Hưng, Giám đốc Sở Xây dựng phát biểu.", "2024-03-02"))
    assert sorted(p["name"] for p in find_people(archive, "Nguyen Van Hung")) == ["Nguyễn Văn Hùng", "Nguyễn Văn Hưng"]
    assert [p["name"] for p in find_people(archive, "Nguyễn Văn Hưng")] == ["Nguyễn Văn Hưng"]


def test_an_archive_from_before_people_gets_them_when_it_opens(tmp_path):
    path = tmp_path / "archive.db"
    earlier = [step for step in MIGRATIONS if step[0] < "0014"]
    archive = database.open_database(path, earlier)
    archive.execute(
        "insert into articles (id, portal, url, title, body, published_at, search_key) values (?, ?, ?, ?, ?, ?, ?)",
        [
            "bai1",
            "danguykhoi_hagiang",
            "https://danguykhoi.hagiang.gov.vn/tin-tuc/bai-1",
            "Hội nghị",
            KHOA,
            "2024-03-01",
            1,
        ],
    )
    archive.conn.commit()
    archive.conn.close()
    reopened = database.connect(path)
    assert people_rows(reopened) == {"Nguyễn Đăng Khoa": (1, "2024-03-01", "2024-03-01", 2)}


def test_export_person_gives_excel_safe_csv_of_their_mentions(tmp_path):
    path = tmp_path / "archive.db"
    archive = database.connect(path)
    store_article(archive, article(1, KHOA, "2024-03-01T08:00:00+07:00", title="=Hội nghị"))
    archive.conn.close()
    result = subprocess.run(
        archive_command("export", "--db", str(path), "--person", "Nguyen Dang Khoa", "-o", "-"),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [(r["position"], r["organisation"], r["title"]) for r in rows] == [
        ("Ủy viên Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", "'=Hội nghị"),
        ("Bí thư Đảng ủy Khối", "Đảng ủy Khối", "'=Hội nghị"),
    ]
    unknown = subprocess.run(
        archive_command("export", "--db", str(path), "--person", "Trần Văn Không", "-o", "-"),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        unknown.returncode == 1 and unknown.stderr.strip() == "Error: no person named 'Trần Văn Không' in the archive"
    )


@pytest.mark.parametrize(
    ("content", "said"),
    [(b"", "empty, no mention"), (b"\x00\x01\x02PNG\x00" * 50, "not text, no mention")],
)
def test_archive_mentions_on_a_file_that_is_no_text_says_so_in_one_line(tmp_path, content, said):
    path = tmp_path / "bai.txt"
    path.write_bytes(content)
    result = subprocess.run(archive_command("mentions", str(path)), cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 1 and result.stderr == f"{path}: {said}\n" and result.stdout == ""


def test_archive_mentions_prints_json_lines(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text(
        f"{KHOA}\n\nĐồng chí Khoa đề nghị các chi bộ quan tâm.\n\nTin, ảnh: Lò Văn Tuấn\n", encoding="utf-8"
    )
    result = subprocess.run(archive_command("mentions", str(path)), cwd=PROJECT, capture_output=True, text=True)
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {
            "name": "Nguyễn Đăng Khoa",
            "position": "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối",
            "honorific": "Đồng chí",
        },
        {"name": "Nguyễn Đăng Khoa", "position": None, "honorific": "Đồng chí"},
    ]


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


@pytest.mark.slow
def test_datasette_serves_people_searchable_without_diacritics_and_their_pages(datasette_url, demo_archive):
    with sqlite3.connect(demo_archive) as connection:
        (truth,) = connection.execute(
            "select count(distinct article_id) from mentions m join people p on p.id = m.person_id"
            " where p.name = 'Nguyễn Trọng Khiêm'"
        ).fetchone()
    found = get_json(f"{datasette_url}/archive/people.json?_search=khiem&_shape=objects")["rows"]
    assert [(p["name"], p["articles"]) for p in found] == [("Nguyễn Trọng Khiêm", truth)]
    page = get_json(f"{datasette_url}/-/people/{found[0]['id']}.json")
    assert [p["position"] for p in page["posts"]] == [
        "Bí thư Đảng ủy Khối",
        "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
    ]
    assert len(page["articles"]) == truth
    query = urllib.parse.urlencode({"q": "Nguyễn Trọng Khiêm"})
    searched = get_json(f"{datasette_url}/-/search.json?{query}")
    assert searched["people"][0]["name"] == "Nguyễn Trọng Khiêm"
    missing = urllib.request.Request(f"{datasette_url}/-/people/999999")
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(missing, timeout=30)
    assert error.value.code == 404


def test_a_reprocess_reads_the_people_again_though_the_text_is_unchanged(tmp_path):
    archive = database.connect(tmp_path / "archive.db")
    store_article(archive, article(1, KHOA, "2024-03-01T08:00:00+07:00"))
    with archive.conn:
        write_mentions(archive, "bai1", "2024-03-01T08:00:00+07:00", [])  # a finder of yesterday found no one
    assert people_rows(archive) == {}
    assert store_article(archive, article(1, KHOA, "2024-03-01T08:00:00+07:00"), reprocessed=True) == "unchanged"
    assert people_rows(archive) == {"Nguyễn Đăng Khoa": (1, "2024-03-01", "2024-03-01", 2)}


def test_people_kept_step_by_step_equal_people_counted_afresh(tmp_path):
    archive = database.connect(tmp_path / "archive.db")
    store_article(archive, article(1, f"{KHOA} {LAN}", "2024-03-01T08:00:00+07:00"))
    store_article(archive, article(2, f"{LAN} Ông Nguyễn Đăng Khoa dự.", "2024-01-05T08:00:00+07:00"))
    store_article(archive, article(3, KHOA, "2024-11-20T08:00:00+07:00"))
    store_article(archive, article(1, LAN, "2024-03-01T08:00:00+07:00"))  # an edit drops Khoa from 1
    step_by_step = list(archive.query("select * from people order by id"))
    with archive.conn:
        refresh_all_people(archive)
    assert list(archive.query("select * from people order by id")) == step_by_step
    assert [(p["name"], p["articles"], p["mentions"], p["first_date"][:10]) for p in step_by_step] == [
        ("Nguyễn Đăng Khoa", 2, 3, "2024-01-05"),
        ("Vũ Thị Lan", 2, 2, "2024-01-05"),
    ]
