"""Raw captures (raw.db), their WARC export, and `archive reprocess`, on the demo crawl."""

from __future__ import annotations

import sqlite3
import subprocess
import zlib
from pathlib import Path

import pytest
from saved import PORTALS, PROJECT, archive_command, expected, page
from warcio.archiveiterator import ArchiveIterator

from crawler.storage import database, raw
from crawler.storage.selection import select_articles

pytestmark = pytest.mark.slow


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def copy_db(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture
def copies(demo_archive, tmp_path) -> tuple[Path, Path]:
    """The demo archive and its raw.db, copied so a test may change them."""
    return (
        copy_db(demo_archive, tmp_path / "archive.db"),
        copy_db(demo_archive.with_name("raw.db"), tmp_path / "raw.db"),
    )


def live(portal: str, route: str) -> str:
    """The live URL of a saved route (the origin of the portal's articles)."""
    return "/".join(expected(portal)["articles"][0]["url"].split("/")[:3]) + route


def test_every_article_page_is_captured_as_the_portal_sent_it(demo_archive):
    raw_db = raw.connect(demo_archive.with_name("raw.db"))
    for portal in PORTALS:
        for article in expected(portal)["articles"]:
            route = article["routes"][0]
            captures = raw.captures_of(raw_db, live(portal, route))
            assert captures, f"no capture of {portal}{route}"
            latest = captures[-1]
            assert latest.portal == portal
            assert latest.status == 200
            assert latest.body == page(portal, route)
            assert latest.content_type.startswith("text/html")
            assert latest.fetched_at.endswith("Z")


def test_identical_bodies_are_stored_once(demo_archive):
    raw_path = demo_archive.with_name("raw.db")
    captures = rows(raw_path, "select count(*) as n, count(distinct body_sha1) as bodies from captures")[0]
    stored = rows(raw_path, "select count(*) as n from bodies")[0]
    # an article reached at two URLs (Liferay's, WordPress's) is one body
    assert stored["n"] == captures["bodies"] < captures["n"]
    for body in rows(raw_path, "select * from bodies"):
        assert raw.body_sha1(zlib.decompress(body["compressed"])) == body["sha1"]


def test_the_archive_records_which_page_its_text_came_from(demo_archive):
    raw_path = demo_archive.with_name("raw.db")
    bodies = {r["body_sha1"] for r in rows(raw_path, "select body_sha1 from captures where status = 200")}
    articles = rows(demo_archive, "select source_sha1 from articles")
    assert articles and all(a["source_sha1"] in bodies for a in articles)


def test_a_capture_exports_as_warc(demo_archive, tmp_path):
    url = expected("baolaocai")["articles"][0]["url"]
    route = expected("baolaocai")["articles"][0]["routes"][0]
    output = tmp_path / "page.warc.gz"
    result = subprocess.run(
        archive_command("capture", url, "--db", str(demo_archive), "-o", str(output)),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with output.open("rb") as stream:
        records = [
            (r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read()) for r in ArchiveIterator(stream)
        ]
    assert [kind for kind, *_ in records] == ["warcinfo", "response"]
    _, warc_headers, http_headers, payload = records[1]
    capture = raw.captures_of(raw.connect(demo_archive.with_name("raw.db")), url)[-1]
    assert warc_headers.get_header("WARC-Target-URI") == url
    assert warc_headers.get_header("WARC-Date") == capture.fetched_at
    assert http_headers.get_statuscode() == "200"
    assert http_headers.get_header("Content-Type") == "text/html; charset=utf-8"
    assert http_headers.get_header("Content-Length") == str(len(payload))
    assert payload == page("baolaocai", route)


def test_a_capture_prints_as_the_html_the_crawl_read(demo_archive):
    article = expected("danguykhoidoanhnghiephp")["articles"][1]
    result = subprocess.run(
        archive_command("capture", article["url"], "--db", str(demo_archive), "--html"),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == page("danguykhoidoanhnghiephp", article["routes"][0]).decode("utf-8")
    assert result.stderr.startswith(f"capture of {article['url']} fetched ")


@pytest.mark.parametrize("choice", [[], ["--html", "-o", "page.warc.gz"], ["--html", "--all"]])
def test_a_capture_is_written_as_warc_or_printed_not_both(demo_archive, choice, tmp_path):
    url = expected("baolaocai")["articles"][0]["url"]
    result = subprocess.run(
        archive_command("capture", url, "--db", str(demo_archive), *choice),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert not (tmp_path / "page.warc.gz").exists()


def test_a_capture_is_found_by_any_url_of_its_article(demo_archive, tmp_path):
    article = next(a for a in expected("thanhphohaiphong")["articles"] if len(a["routes"]) > 1)
    other_url = live("thanhphohaiphong", article["routes"][1])
    output = tmp_path / "page.warc.gz"
    result = subprocess.run(
        archive_command("capture", other_url, "--db", str(demo_archive), "--all", "-o", str(output)),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with output.open("rb") as stream:
        responses = [r.content_stream().read() for r in ArchiveIterator(stream) if r.rec_type == "response"]
    assert page("thanhphohaiphong", article["routes"][0]) in responses


def test_a_url_never_captured_is_an_error(demo_archive, tmp_path):
    result = subprocess.run(
        archive_command(
            "capture",
            "https://baolaocai.vn/khong-co-post1.html",
            "--db",
            str(demo_archive),
            "-o",
            str(tmp_path / "x.warc.gz"),
        ),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no capture of https://baolaocai.vn/khong-co-post1.html" in result.stderr


def damage(archive_path: Path, portals: tuple[str, ...]) -> None:
    """What an older, worse extractor left: the text cut to its first paragraph."""
    with sqlite3.connect(archive_path) as conn:
        conn.execute(
            f"update articles set body = substr(body, 1, instr(body || char(10), char(10)) - 1), "
            f"content_hash = 'old-extractor' where portal in ({', '.join('?' * len(portals))})",
            portals,
        )


def reprocess(archive_path: Path, raw_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        archive_command("reprocess", "--db", str(archive_path), "--raw-db", str(raw_path), *args),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def articles(db_path: Path) -> dict[str, dict]:
    return {row["id"]: row for row in rows(db_path, "select * from articles")}


def test_reprocessing_corrects_the_text_in_place_without_inventing_edits(demo_archive, copies):
    archive_path, raw_path = copies
    damage(archive_path, tuple(PORTALS))
    result = reprocess(archive_path, raw_path)
    assert result.returncode == 0, result.stderr
    stored = sum(len(expected(portal)["articles"]) for portal in PORTALS)
    assert f"{stored} updated" in result.stdout and "0 invalid, 0 failed" in result.stdout
    assert articles(archive_path) == articles(demo_archive)  # every column, last_checked included
    assert rows(archive_path, "select count(*) as n from article_versions")[0]["n"] == 0
    # the search index follows the corrected text: a last paragraph's word is found again
    article = expected("baolaocai")["articles"][0]
    phrase = " ".join(article["last_paragraph"].split()[:4])
    assert article["url"] in {r["url"] for r in select_articles(database.connect(archive_path), f'"{phrase}"')}


def test_reprocessing_one_portal_leaves_the_others(demo_archive, copies):
    archive_path, raw_path = copies
    damage(archive_path, ("baolaocai", "thanhphohaiphong"))
    result = reprocess(archive_path, raw_path, "--portal", "baolaocai", "--workers", "1")
    assert result.returncode == 0, result.stderr
    after, before = articles(archive_path), articles(demo_archive)
    for article_id, row in after.items():
        if row["portal"] == "thanhphohaiphong":
            assert row["content_hash"] == "old-extractor"
        else:
            assert row == before[article_id]


def test_a_damaged_capture_is_counted_and_the_rest_reprocessed(demo_archive, copies):
    archive_path, raw_path = copies
    damage(archive_path, ("baolaocai",))
    url = expected("baolaocai")["articles"][0]["url"]
    with sqlite3.connect(raw_path) as conn:
        conn.execute(
            "update bodies set compressed = x'00ff00ff' where sha1 = "
            "(select body_sha1 from captures where url = ? order by id desc limit 1)",
            [url],
        )
    result = reprocess(archive_path, raw_path, "--portal", "baolaocai")
    assert result.returncode == 1
    assert "1 failed" in result.stdout
    assert url in result.stderr
    after, before = articles(archive_path), articles(demo_archive)
    damaged = {row["id"] for row in after.values() if row["content_hash"] == "old-extractor"}
    assert len(damaged) == 1 and after[damaged.pop()]["url"] == url
    assert (
        sum(row == before[i] for i, row in after.items() if row["portal"] == "baolaocai")
        == len(expected("baolaocai")["articles"]) - 1
    )
