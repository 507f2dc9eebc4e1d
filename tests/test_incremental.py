"""Cron-ready crawls against the mirror: cheap reruns, edit history, removals,
one crawl at a time, and a database that survives SIGKILL."""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import time

import pytest
from saved import PORTALS, PROJECT, archive_command, expected, serving

from crawler.cli.mirror import Mirror
from crawler.crawling.lock import crawl_lock
from crawler.defaults import SITES_DIR

pytestmark = pytest.mark.slow


def crawl(db_path, mirror, *options, check=True):
    result = subprocess.run(
        archive_command("crawl", "--db", str(db_path), "--mirror", mirror.url, *options),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check:
        assert result.returncode == 0, result.stderr[-3000:]
    return result


def query(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


def read(url):
    import urllib.request

    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def requests_of_run(db_path, first_id, last_id):
    return query(db_path, "select sum(requests) as n from crawl_runs where id between ? and ?", [first_id, last_id])[0][
        "n"
    ]


@pytest.fixture
def sites(tmp_path):
    """A copy of the saved sites that a test may edit between crawls."""
    copy = tmp_path / "sites"
    shutil.copytree(SITES_DIR, copy)
    return copy


def test_a_second_crawl_of_an_unchanged_site_is_cheap(tmp_path):
    db_path = tmp_path / "a.db"
    fetched = "select url, last_fetched from pages where kind = 'article' order by url"
    with Mirror(port=0) as mirror:
        crawl(db_path, mirror)
        after_first = query(db_path, fetched)
        crawl(db_path, mirror)
    first = requests_of_run(db_path, 1, len(PORTALS))
    second = requests_of_run(db_path, len(PORTALS) + 1, 2 * len(PORTALS))
    # No article page again: only the first listing page and the sitemaps, feeds and API.
    assert query(db_path, fetched) == after_first
    assert second <= 0.15 * first, (first, second)
    runs = query(db_path, "select mode, items_new, errors, finish_reason from crawl_runs order by id")
    assert [r["mode"] for r in runs] == ["full"] * len(PORTALS) + ["incremental"] * len(PORTALS)
    assert all(r["finish_reason"] == "finished" and r["errors"] == 0 for r in runs)


def test_an_edited_article_keeps_its_earlier_version(tmp_path, sites):
    db_path = tmp_path / "a.db"
    article = expected("baolaocai")["articles"][2]
    page = (
        sites
        / "baolaocai"
        / json.loads((sites / "baolaocai" / "routes.json").read_text())["routes"][article["routes"][0]]
    )
    with Mirror(port=0, sites_dir=sites) as mirror:
        crawl(db_path, mirror)
        page.write_text(
            page.read_text(encoding="utf-8").replace(
                article["last_paragraph"], article["last_paragraph"] + " Bài đã được cập nhật."
            ),
            encoding="utf-8",
        )
        crawl(db_path, mirror, "--recheck-days", "100000")
    stored = query(db_path, "select id, body from articles where url = ?", [article["url"]])[0]
    assert stored["body"].endswith("Bài đã được cập nhật.")
    versions = query(db_path, "select * from article_versions where article_id = ?", [stored["id"]])
    assert len(versions) == 1 and versions[0]["body"].endswith(article["last_paragraph"])
    assert versions[0]["seen_from"] <= versions[0]["seen_until"]
    assert query(db_path, "select sum(items_updated) as n from crawl_runs")[0]["n"] == 1
    with serving(db_path) as url:
        page = read(f"{url}/{db_path.stem}/articles/{stored['id']}")
    assert "Edited: 1 bản trước · earlier version," in page and "Bài đã được cập nhật." in page


def test_an_article_that_answers_404_is_marked_removed_not_deleted(tmp_path, sites):
    db_path = tmp_path / "a.db"
    article = expected("tpcaolanh_dongthap")["articles"][0]
    routes_file = sites / "tpcaolanh_dongthap" / "routes.json"
    with Mirror(port=0, sites_dir=sites) as mirror:
        crawl(db_path, mirror)
    routes = json.loads(routes_file.read_text())
    for route in article["routes"]:
        routes["routes"][route] = {"status": 404, "file": "robots.txt"}
    routes_file.write_text(json.dumps(routes))
    with Mirror(port=0, sites_dir=sites) as mirror:
        crawl(db_path, mirror, "--recheck-days", "100000", check=False)
    row = query(db_path, "select id, title, removed_at from articles where url = ?", [article["url"]])[0]
    assert row["title"] == article["title"] and row["removed_at"]
    with serving(db_path) as url:
        page = read(f"{url}/{db_path.stem}/articles/{row['id']}")
    assert "Removed from the portal" in page and article["last_paragraph"] in page
    assert query(db_path, "select count(*) as n from articles")[0]["n"] == sum(
        len(expected(p)["articles"]) for p in PORTALS
    )


def test_a_failing_portal_is_named_and_exits_1(tmp_path, sites):
    routes_file = sites / "baolaocai" / "routes.json"
    routes = json.loads(routes_file.read_text())
    del routes["routes"]["/xay-dung-dang/"]
    routes_file.write_text(json.dumps(routes))
    with Mirror(port=0, sites_dir=sites) as mirror:
        result = crawl(tmp_path / "a.db", mirror, check=False)
    assert result.returncode == 1
    assert "baolaocai" in result.stderr.splitlines()[-1]
    health = subprocess.run(
        archive_command("portals", "--db", str(tmp_path / "a.db")), cwd=PROJECT, capture_output=True, text=True
    )
    assert health.returncode == 1
    line = next(text for text in health.stdout.splitlines() if text.startswith("baolaocai"))
    assert "errors" in line


def test_a_second_crawl_while_one_runs_exits_at_once(tmp_path):
    db_path = tmp_path / "a.db"
    with Mirror(port=0) as mirror, crawl_lock(db_path):
        started = time.monotonic()
        result = crawl(db_path, mirror, check=False)
    assert result.returncode == 3
    assert "another crawl is running" in result.stderr
    assert time.monotonic() - started < 30
    assert not db_path.exists() or query(db_path, "select count(*) as n from articles")[0]["n"] == 0


def wait_until_crawling(db_path, runs_before, seconds=60):
    """Until the crawl has started its portals (then a kill lands inside it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if len(query(db_path, "select id from crawl_runs")) > runs_before:
                return
        except sqlite3.Error:
            pass  # not created yet
        time.sleep(0.05)
    raise AssertionError("the crawl did not start")


def snapshot(db_path):
    return query(db_path, "select id, url, title, body, published_at, author, content_hash from articles order by id")


def test_a_crawl_killed_at_random_moments_ends_like_an_uninterrupted_one(tmp_path):
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    # Slow answers spread a crawl over a few seconds, so that kills land inside it.
    with Mirror(port=0, delay=0.3) as mirror:
        crawl(whole, mirror)
        for _ in range(3):
            runs_before = len(query(killed, "select id from crawl_runs")) if killed.exists() else 0
            process = subprocess.Popen(
                archive_command("crawl", "--db", str(killed), "--mirror", mirror.url),
                cwd=PROJECT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wait_until_crawling(killed, runs_before)
            time.sleep(rng.uniform(0.0, 1.5))
            process.send_signal(signal.SIGKILL)
            process.wait()
        interrupted = query(killed, "select count(*) as n from crawl_runs where finish_reason = 'running'")
        stored_before = query(killed, "select url from article_urls")
        last_run_before = query(killed, "select max(id) as id from crawl_runs")[0]["id"]
        crawl(killed, mirror)
    assert interrupted[0]["n"] > 0, f"no kill landed inside a crawl (seed {seed})"
    assert snapshot(killed) == snapshot(whole), f"seed {seed}"
    assert query(killed, "pragma integrity_check")[0]["integrity_check"] == "ok"
    # the last run fetched no URL of an article stored before it
    fetched = {r["url"] for r in query(killed, "select url from pages where last_run_id > ?", [last_run_before])}
    assert fetched and not fetched & {r["url"] for r in stored_before}, f"seed {seed}"


def test_searches_while_a_crawl_writes(tmp_path):
    """20 concurrent searches against Datasette while a crawl writes the same archive:
    no "database is locked", no failed request (bounded to the crawl's duration)."""
    import threading
    import urllib.error
    import urllib.parse
    import urllib.request

    db_path = tmp_path / "archive.db"
    from crawler.storage import database

    database.connect(db_path).close()
    failures, answered = [], []
    queries = ["dang uy", "Đảng", '"phối hợp"', "kết nạp", "chi bộ OR công đoàn"]
    with serving(db_path) as url, Mirror(port=0, delay=0.05) as mirror:
        process = subprocess.Popen(
            archive_command("crawl", "--db", str(db_path), "--mirror", mirror.url),
            cwd=PROJECT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120

        def searcher(number):
            while process.poll() is None and time.monotonic() < deadline:
                query = queries[number % len(queries)]
                address = (
                    f"{url}/archive/articles.json?_search={urllib.parse.quote(query)}"
                    if number % 2
                    else f"{url}/archive/search.json?q={urllib.parse.quote(query)}"
                )
                try:
                    with urllib.request.urlopen(address, timeout=30) as response:
                        body = response.read()
                        answered.append(response.status)
                        if b"database is locked" in body:
                            failures.append((address, "locked"))
                except urllib.error.HTTPError as error:
                    failures.append((address, f"{error.code} {json.loads(error.read()).get('error')}"))
                except (urllib.error.URLError, OSError) as error:
                    failures.append((address, str(error)))

        threads = [threading.Thread(target=searcher, args=(n,)) for n in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stderr = process.communicate(timeout=60)[1]
    assert process.returncode == 0, stderr[-2000:]
    assert failures == []
    assert len(answered) >= 100 and set(answered) == {200}
    assert "database is locked" not in stderr
    assert query(db_path, "select count(*) as n from articles")[0]["n"] == sum(
        len(expected(p)["articles"]) for p in PORTALS
    )
