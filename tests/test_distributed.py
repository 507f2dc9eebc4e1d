"""A shared crawl on a real redis-server: a writer and a worker against the mirror
give the archive a single-machine crawl gives, each page fetched once."""

from __future__ import annotations

import itertools
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from saved import PORTALS, PROJECT, archive_command, expected, free_port

from crawler.cli.mirror import Mirror

pytestmark = pytest.mark.slow

# What must be the same whichever way the archive was crawled (times and row ids differ).
SAME = {
    "articles": "select id, portal, url, title, summary, body, author, published_at, published_raw, date_source, "
    "category, content_hash, source_sha1, removed_at from articles order by id",
    "images": "select * from images order by article_id, position",
    "article_urls": "select url, article_id from article_urls order by url",
    "similar_articles": "select * from similar_articles order by article_id, other_id",
    "pages": "select url, portal, kind, status, final_url from pages order by url",
}


@pytest.fixture(scope="module")
def redis_url():
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is missing: `make test` installs it (apt-get install redis-server)")
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    client.close()
    server.terminate()
    server.wait(timeout=10)


def redis_keys(url: str) -> list[bytes]:
    import redis

    client = redis.Redis.from_url(url)
    try:
        return client.keys("*")
    finally:
        client.close()


def rows(db_path: Path, sql: str, params: list | tuple = ()) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def crawl(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        archive_command("crawl", "--log-level", "WARNING", *args),
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def start_worker(mirror: Mirror, redis_url: str, *extra: str) -> subprocess.Popen:
    """A worker, once it waits on Redis for a run to open (its connection shows)."""
    import redis

    client = redis.Redis.from_url(redis_url)
    before = len(client.client_list())
    worker = crawl("--mirror", mirror.url, "--redis", redis_url, "--worker", *extra)
    deadline = time.monotonic() + 60
    while len(client.client_list()) <= before and time.monotonic() < deadline:
        time.sleep(0.05)
    client.close()
    return worker


def shared_crawl(mirror: Mirror, db_path: Path, redis_url: str, *extra: str) -> tuple:
    """A worker, waiting for the run to open, then its writer."""
    worker = start_worker(mirror, redis_url, *extra)
    writer = crawl("--mirror", mirror.url, "--db", str(db_path), "--redis", redis_url, *extra)
    worker_out = worker.communicate(timeout=300)
    writer_out = writer.communicate(timeout=300)
    return writer, writer_out, worker, worker_out


@pytest.fixture(scope="module")
def single(tmp_path_factory) -> Path:
    db_path = tmp_path_factory.mktemp("single") / "archive.db"
    with Mirror(port=0) as mirror:
        process = crawl("--mirror", mirror.url, "--db", str(db_path))
        process.communicate(timeout=300)
    assert process.returncode == 0
    return db_path


@pytest.fixture(scope="module")
def shared(tmp_path_factory, redis_url):
    db_path = tmp_path_factory.mktemp("shared") / "archive.db"
    with Mirror(port=0, delay=0.4) as mirror:  # as a distant portal: the worker has time to join
        result = shared_crawl(mirror, db_path, redis_url)
        requests = {}
        for server in mirror.servers[1:]:
            for path, count in server.requests.items():
                requests[f"{server.server_address[1]}{path}"] = count
    return db_path, result, requests


def test_both_processes_finish_clean_and_both_crawled(shared):
    _, (writer, (_, writer_err), worker, (_, worker_err)), _ = shared
    assert writer.returncode == 0, writer_err[-3000:]
    assert worker.returncode == 0, worker_err[-3000:]
    fetched, handed = map(
        int,
        __import__("re")
        .search(r"Worker done: (\d+) pages fetched, (\d+) items handed to the writer", worker_err)
        .groups(),
    )
    assert fetched > 0 and handed > 0  # the worker really took part


def test_no_page_is_fetched_twice(shared):
    _, _, requests = shared
    twice = {path: count for path, count in requests.items() if count > 1 and not path.endswith("/robots.txt")}
    assert requests and twice == {}
    # robots.txt once per process, even when the worker takes the spider's own robots.txt request
    assert {path: count for path, count in requests.items() if path.endswith("/robots.txt") and count > 2} == {}


def test_the_archive_is_the_one_a_single_machine_crawl_makes(single, shared):
    db_path, _, _ = shared
    for table, sql in SAME.items():
        assert rows(db_path, sql) == rows(single, sql), table
    assert len(rows(db_path, "select id from articles")) == sum(len(expected(p)["articles"]) for p in PORTALS)
    captured = "select url, status, body_sha1 from captures order by url, status"
    assert rows(db_path.with_name("raw.db"), captured) == rows(single.with_name("raw.db"), captured)
    assert rows(db_path, "pragma integrity_check") == [("ok",)]


def test_the_run_log_counts_every_process(single, shared):
    db_path, _, _ = shared
    figures = "select portal, items_new, errors, finish_reason from crawl_runs order by portal"
    assert rows(db_path, figures) == rows(single, figures)
    # Requests apart from retries (a busy machine times a request out and Scrapy asks again)
    requests = (
        "select portal, requests - coalesce(json_extract(faults, '$.retried'), 0) from crawl_runs order by portal"
    )
    # the same requests, and the worker's own robots.txt where it fetched pages of the
    # portal (it has no archive to cache robots.txt in)
    extra = {portal: n - dict(rows(single, requests))[portal] for portal, n in rows(db_path, requests)}
    assert set(extra.values()) <= {0, 1} and sum(extra.values()) >= 1, (
        extra,
        rows(db_path, "select portal, faults from crawl_runs"),
    )


def test_the_run_leaves_nothing_in_redis_and_a_second_run_is_incremental(shared, redis_url):
    db_path, _, _ = shared
    assert redis_keys(redis_url) == []
    with Mirror(port=0) as mirror:
        writer, (_, writer_err), worker, (_, worker_err) = shared_crawl(mirror, db_path, redis_url)
    assert writer.returncode == 0 and worker.returncode == 0, writer_err[-2000:] + worker_err[-2000:]
    first = sum(n for (n,) in rows(db_path, "select requests from crawl_runs where id <= ?", [len(PORTALS)]))
    runs = rows(
        db_path, "select mode, items_new, requests from crawl_runs where id > ? order by portal", [len(PORTALS)]
    )
    assert [mode for mode, _, _ in runs] == ["incremental"] * len(PORTALS)
    assert sum(new for _, new, _ in runs) == 0
    # A second run asks for each portal's routes (robots.txt, sitemaps, feeds, the first
    # listing pages), and for an article page only where a later time than the one
    # stored reached it: a route's time that came to a worker whose request the shared
    # dupefilter then dropped is not stored yet (an open race in a shared crawl).
    assert sum(requests for _, _, requests in runs) < first / 3
    assert redis_keys(redis_url) == []


def test_a_worker_killed_mid_crawl_does_not_stop_the_run(tmp_path, redis_url, single):
    db_path = tmp_path / "archive.db"
    quick = ("-s", "ARCHIVE_BUSY_SECONDS=3")
    with Mirror(port=0, delay=0.3) as mirror:  # slow enough to kill the worker halfway
        worker = start_worker(mirror, redis_url, *quick)
        writer = crawl("--mirror", mirror.url, "--db", str(db_path), "--redis", redis_url, *quick)
        busy = f"-{worker.pid}".encode()
        while not any(name.endswith(busy) and b":busy:" in name for name in redis_keys(redis_url)):
            time.sleep(0.05)  # until the worker has taken requests off the shared queue
        assert writer.poll() is None
        worker.send_signal(signal.SIGKILL)
        worker.communicate(timeout=30)
        _, writer_err = writer.communicate(timeout=300)
        assert writer.returncode == 1, writer_err[-3000:]  # a portal's run was not clean
        assert "lost 1 worker(s) mid-crawl" in writer_err
        assert rows(db_path, "pragma integrity_check") == [("ok",)]
        # portals whose run was still open when the worker died are not clean
        reasons = {reason for (reason,) in rows(db_path, "select finish_reason from crawl_runs")}
        assert "worker_lost" in reasons and reasons <= {"worker_lost", "finished"}
        # what the dead worker had taken is fetched by the next run
        again = crawl("--mirror", mirror.url, "--db", str(db_path))
        again.communicate(timeout=300)
    assert rows(db_path, SAME["articles"]) == rows(single, SAME["articles"])
    assert redis_keys(redis_url) == []


def test_a_run_opens_with_its_writer_present(tmp_path, redis_url):
    """A worker whose spider opens before the writer's has queued anything must wait,
    not end with nothing fetched: the writer is marked present as the run opens."""
    from crawler.crawling import distributed
    from crawler.storage import database

    db_path = tmp_path / "archive.db"
    database.connect(db_path).close()
    distributed.seed(redis_url, str(db_path), ["baolaocai"], backfill=False, recheck_days=3)
    server = distributed.connect(redis_url)
    try:
        assert server.get(distributed.key("baolaocai", "writer")).decode() == distributed.process_id()
        assert 0 < server.ttl(distributed.key("baolaocai", "writer")) <= 30
    finally:
        server.delete(*distributed.run_keys(server, "baolaocai"))
        server.close()
    assert redis_keys(redis_url) == []


def test_items_cross_redis_unchanged():
    from crawler.article import Article
    from crawler.crawling.distributed import decode_item, encode_item
    from crawler.crawling.items import PageVisit
    from crawler.storage.raw import Capture

    article = Article(
        portal="baolaocai",
        url="https://baolaocai.vn/a-post1.html",
        id="a1",
        title="Đảng ủy Khối",
        body="Đoạn một.\n\nĐoạn hai.",
        images=[{"src": "https://cdn.baolaocai.vn/1.jpg", "caption": "Ảnh"}],
        seen_at=["https://baolaocai.vn/a-post1.html"],
        date_candidates=[("stamp", "12/3/2024")],
        source_sha1="abc",
        fetched_at="2024-03-12T01:00:00Z",
    )
    capture = Capture(
        "https://baolaocai.vn/a-post1.html",
        "https://baolaocai.vn/a-post1.html",
        "baolaocai",
        200,
        [("Content-Type", "text/html; charset=windows-1258")],
        b"<p>\xd0\xe2ng \x00\xff</p>",
        "2024-03-12T01:00:00Z",
    )
    visit = PageVisit("https://baolaocai.vn/xay-dung-dang/", "baolaocai", "listing", 200)
    for item in (article, capture, visit):
        assert decode_item(encode_item(item)) == item


def test_the_delay_per_portal_holds_across_every_process(tmp_path, redis_url):
    """The writer and two workers: two requests to one portal never closer than its delay."""
    delay = 0.3
    pace = ("-s", f"DOWNLOAD_DELAY={delay}", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False")
    portals = ("baolaocai", "danguykhoi_phutho")
    with Mirror(port=0, delay=0.05) as mirror:
        workers = [start_worker(mirror, redis_url, *portals, *pace) for _ in range(2)]
        writer = crawl("--mirror", mirror.url, "--db", str(tmp_path / "archive.db"), "--redis", redis_url,
                       *portals, *pace)  # fmt: skip
        outputs = [process.communicate(timeout=300) for process in (*workers, writer)]
        arrivals = {server.server_address[1]: sorted(server.arrivals) for server in mirror.servers[1:]}
    for process, (_, err) in zip((*workers, writer), outputs, strict=True):
        assert process.returncode == 0, err[-3000:]
    paced = [times for times in arrivals.values() if len(times) > 1]
    assert len(paced) == len(portals)  # both portals were crawled
    closest = min(later - earlier for times in paced for earlier, later in itertools.pairwise(times))
    assert closest >= delay, closest
    # and the three processes shared the work: more than one of them fetched
    fetched = [
        int(line.split()[2]) for _, err in outputs[:2] for line in err.splitlines() if line.startswith("Worker done")
    ]
    assert sum(fetched) > 0
