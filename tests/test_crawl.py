"""The whole path on the saved sites: mirror → Scrapy over HTTP → pipelines → archive.db."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from saved import PORTALS, PROJECT, archive_command, expected

from crawler.cli.mirror import Mirror

pytestmark = pytest.mark.slow


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def test_demo_archive_holds_every_saved_article(demo_archive):
    stored = {r["url"]: r for r in rows(demo_archive, "select * from articles")}
    wanted = {a["url"]: (portal, a) for portal in PORTALS for a in expected(portal)["articles"]}
    assert set(stored) == set(wanted)
    for url, (portal, article) in wanted.items():
        row = stored[url]
        assert row["portal"] == portal
        assert row["title"] == article["title"]
        assert row["published_at"] == article["published_at"]
        assert row["author"] == article["author"]
        assert row["body"].split("\n\n")[0] == article["first_paragraph"]
        assert row["published_month"] == article["published_at"][:7]


def test_every_url_an_article_was_reached_at_is_kept(demo_archive):
    for portal in PORTALS:
        origin = expected(portal)["articles"][0]["url"].split("/")[:3]
        for article in expected(portal)["articles"]:
            seen = {
                r["url"]
                for r in rows(
                    demo_archive,
                    "select u.url from article_urls u join articles a on a.id = u.article_id where a.url = ?",
                    [article["url"]],
                )
            }
            assert article["url"] in seen
            assert seen <= {article["url"]} | {"/".join(origin) + r for r in article["routes"]}


def test_images_are_stored_with_captions_in_order(demo_archive):
    for portal in PORTALS:
        for article in expected(portal)["articles"]:
            images = rows(
                demo_archive,
                "select i.src, i.caption from images i join articles a "
                "on a.id = i.article_id where a.url = ? order by i.position",
                [article["url"]],
            )
            assert images == article["images"]


def test_non_articles_are_not_stored(demo_archive):
    for portal in PORTALS:
        origin = "/".join(expected(portal)["articles"][0]["url"].split("/")[:3])
        for route in expected(portal)["non_articles"]:
            assert not rows(demo_archive, "select 1 from article_urls where url = ?", [origin + route])


def test_each_portal_run_is_logged_clean(demo_archive):
    runs = rows(demo_archive, "select * from crawl_runs")
    assert sorted(r["portal"] for r in runs) == PORTALS
    for run in runs:
        assert run["finish_reason"] == "finished"
        assert run["errors"] == 0
        assert run["items_new"] == len(expected(run["portal"])["articles"])
        assert run["items_dropped"] == 0 and run["fallback_pages"] == 0
        assert run["requests"] >= run["pages_fetched"] > run["items_new"]


def test_crawling_again_changes_nothing(demo_archive, tmp_path):
    copy = tmp_path / "again.db"
    with sqlite3.connect(demo_archive) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    before = rows(copy, "select id, content_hash, first_seen from articles order by id")
    with Mirror(port=0) as mirror:
        result = subprocess.run(
            archive_command("crawl", "--db", str(copy), "--mirror", mirror.url),
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode == 0, result.stderr
    assert rows(copy, "select id, content_hash, first_seen from articles order by id") == before
    last = rows(copy, "select items_new, items_updated from crawl_runs where id > ?", [len(PORTALS)])
    assert len(last) == len(PORTALS)
    assert all(r["items_new"] == 0 and r["items_updated"] == 0 for r in last)


def test_one_portal_by_name(tmp_path):
    db_path = tmp_path / "one.db"
    with Mirror(port=0) as mirror:
        result = subprocess.run(
            archive_command("crawl", "baolaocai", "--db", str(db_path), "--mirror", mirror.url),
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode == 0, result.stderr
    assert {r["portal"] for r in rows(db_path, "select distinct portal from articles")} == {"baolaocai"}


def test_unknown_portal_is_a_usage_error(tmp_path):
    result = subprocess.run(
        archive_command("crawl", "nosuchportal", "--db", str(tmp_path / "x.db")),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "unknown portal" in result.stderr
