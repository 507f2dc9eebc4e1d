"""Search at scale: a synthetic archive of 1,000,000 articles, searched through the
research desk (/-/search.json, /-/attention.json) and Datasette's own table search,
against a plain LIKE scan on the same server.

The archive is built once (bench/out/, git-ignored) with the project's own schema and
search index; text is drawn from the Vietnamese of the saved pages, as the words they
print (pairs of syllables side by side, and single syllables) with Zipf-like
frequencies, so common words ("Đảng", "công tác") match hundreds of thousands of
articles and rare ones a handful, and a word's syllables stand side by side as in a
real archive.

    python bench/search.py                 # 1,000,000 articles
    python bench/search.py --articles 50000
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

import sqlite_utils  # noqa: E402

from crawler.defaults import SITES_DIR  # noqa: E402
from crawler.indexing.search_forms import SEARCH_COLUMNS, search_columns, search_key  # noqa: E402
from crawler.storage import articles, database  # noqa: E402

# Everyday queries, typed as journalists type them (mostly unquoted words of two to
# four syllables), and a few with operators.
QUERIES = [
    "Đảng",
    "chuyen doi so",
    "ket nap dang vien",
    "phong trào thi đua",
    "hai phong",
    "dang uy",
    "Đảng ủy",
    "ĐẢNG UỶ",
    "công tác",
    "hội nghị",
    "dang vien",
    "phối*",
    "kết nạp",
    '"chương trình phối hợp"',
    '"dang uy khoi"',
    "chi bộ AND doanh nghiệp",
    "thi đua OR khen thưởng",
    "Đảng NOT đoàn",
    "sinh hoạt chi bộ",
    "quần chúng ưu tú",
    "bồi dưỡng",
    "kiểm tra giám sát",
    "an toàn lao động",
    "huy hiệu",
    "nghị quyết",
    "cong doan",
    "thanh niên",
    "tổng kết",
    "Khối",
]
LIKE_QUERIES = ["Đảng ủy", "chương trình phối hợp", "kết nạp", "huy hiệu"]
PORTALS = [
    "baolaocai",
    "danguykhoicaccqvadn_namdinh",
    "danguykhoidoanhnghiephp",
    "thanhphohaiphong",
    "tpcaolanh_dongthap",
]


def vocabulary() -> tuple[list[str], list[float]]:
    """Words of the saved pages (each syllable, and each two syllables printed side by
    side), most frequent first, with Zipf weights."""
    counts: dict[str, int] = {}
    sources = list(SITES_DIR.glob("*/expected.json")) + list((PROJECT / "tests" / "layouts").glob("*.json"))
    for path in sources:
        data = json.loads(path.read_text(encoding="utf-8"))
        texts = [data.get("title") or ""] + data.get("paragraphs", [])
        for article in data.get("articles", []):
            texts += [article["title"], article["first_paragraph"], article["last_paragraph"]]
        for text in texts:
            syllables = re.findall(r"\w+", text)
            for word in syllables + [" ".join(pair) for pair in itertools.pairwise(syllables)]:
                counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=counts.get, reverse=True)
    return words, [1 / (rank + 1) ** 1.05 for rank in range(len(words))]


def build(path: Path, total: int) -> None:
    words, weights = vocabulary()
    cumulative = list(itertools.accumulate(weights))  # once: choices() would sum them on every call
    rng = random.Random(1)
    archive = database.connect(path)
    for slug in PORTALS:
        articles.upsert_portal(archive, slug, slug, f"https://{slug}.example", "synthetic")
    start_day = date(2015, 1, 1)
    conn = archive.conn
    batch = 5000
    started = time.perf_counter()
    for first in range(0, total, batch):
        rows, index_rows = [], []
        for number in range(first, min(total, first + batch)):
            title = " ".join(rng.choices(words, cum_weights=cumulative, k=8))
            body = "\n\n".join(" ".join(rng.choices(words, cum_weights=cumulative, k=20)) for _ in range(4))
            day = start_day + timedelta(days=rng.randrange(3650))
            published = f"{day.isoformat()}T{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:00+07:00"
            article_id = f"s{number:09d}"
            key = search_key(published, None, number + 1)
            rows.append(
                (
                    article_id,
                    rng.choice(PORTALS),
                    f"https://example.vn/{article_id}",
                    title,
                    None,
                    body,
                    rng.choice(["Minh Anh", "Thu Hà", "Hoàng Long", None]),
                    published,
                    published[:7],
                    published[:4],
                    key,
                )
            )
            index_rows.append((key, *search_columns(title, None, body)))
        with conn:
            conn.executemany(
                "insert into articles (rowid, id, portal, url, title, summary, body, author, published_at, "
                "published_month, published_year, search_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(i + first + 1, *row) for i, row in enumerate(rows)],
            )
            conn.executemany(
                f"insert into articles_search (rowid, {', '.join(SEARCH_COLUMNS)}) values (?, ?, ?, ?, ?)", index_rows
            )
        done = min(total, first + batch)
        if done % 100_000 == 0 or done == total:
            print(f"  built {done:,} articles in {time.perf_counter() - started:.0f} s", flush=True)
    conn.execute("analyze")
    conn.execute("insert into articles_search (articles_search) values ('optimize')")
    conn.commit()
    archive.close()


def tenth_query(path: Path, total: int) -> tuple[str, int]:
    """Of the benchmark's queries, the one whose matches (as the search page lists them)
    come nearest a tenth of the archive, with its count."""
    from crawler.storage.selection import matched_expression

    with sqlite3.connect(path) as connection:
        counted = [
            (query, connection.execute(
                "select count(*) from articles_search where articles_search match ?", [matched_expression(query)]
            ).fetchone()[0])
            for query in QUERIES
            if matched_expression(query)
        ]  # fmt: skip
    return min(counted, key=lambda pair: abs(pair[1] - total / 10))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(path: Path) -> tuple[subprocess.Popen, int]:
    """`archive serve` publishing `path` on a free port, in its own process."""
    port = free_port()
    command = [sys.executable, "-m", "crawler.cli", "serve", "--db", str(path), "--port", str(port)]
    return subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), port


def timed_get(url: str) -> float:
    """Milliseconds to answer; infinity when Datasette stopped the query at its time limit."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
    except urllib.error.HTTPError as error:
        if error.code in (400, 500):  # "SQL query took too long"
            return float("inf")
        raise
    return (time.perf_counter() - started) * 1000


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   max {ordered[-1]:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    out = PROJECT / "bench" / "out"
    out.mkdir(exist_ok=True)
    path = out / f"search-{args.articles}.db"
    print(f"Machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    if not path.exists():
        print(f"Building {path.name} ({args.articles:,} synthetic articles) ...", flush=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(partial, args.articles)
        partial.rename(path)
    started = time.perf_counter()
    applied = database.migrate(sqlite_utils.Database(path))  # built by an older version
    if applied:
        print(f"Migrated ({', '.join(applied)}) in {time.perf_counter() - started:,.0f} s")
    print(f"Archive: {path.stat().st_size / 2**20:,.0f} MiB")

    server, port = serve(path)
    base = f"http://127.0.0.1:{port}/{path.stem}"
    try:
        for _ in range(100):
            try:
                timed_get(base + ".json")
                break
            except OSError:
                time.sleep(0.3)
        table = base + "/articles.json?_shape=objects&_size=50&_search="
        desk = f"http://127.0.0.1:{port}/-/search.json?q="
        modes = [
            ("search page JSON: relevance tiers, count, excerpts", desk, ""),
            ("search page JSON: newest first, count, excerpts", desk, "&sort=newest"),
            (
                "search page JSON: relevance, one portal, one year",
                desk,
                "&portal=baolaocai&since=2020-01-01&until=2020-12-31",
            ),
            ("search page HTML (what a journalist opens)", f"http://127.0.0.1:{port}/-/search?q=", ""),
            ("search, newest first, with snippets (canned query)", base + "/search.json?_shape=objects&q=", ""),
            ("table search API, results only (_nocount, _nofacet)", table, "&_nocount=1&_nofacet=1"),
            ("table search API with count and facets (table page)", table, ""),
            ("search ranked by relevance, with snippets", base + "/search_ranked.json?_shape=objects&q=", ""),
        ]
        for label, prefix, suffix in modes:
            for query in QUERIES:  # warm the page cache
                timed_get(prefix + urllib.parse.quote(query) + suffix)
            times = [
                timed_get(prefix + urllib.parse.quote(query) + suffix) for _ in range(args.rounds) for query in QUERIES
            ]
            stopped = sum(t == float("inf") for t in times)
            print(f"  {label:58} {percentiles(times)}  ({len(times)} requests, {stopped} stopped by the time limit)")
        query, matches = tenth_query(path, args.articles)
        attention = f"http://127.0.0.1:{port}/-/attention.json?by=month&q=" + urllib.parse.quote(query)
        timed_get(attention)
        times = [timed_get(attention) for _ in range(max(20, args.rounds * 5))]
        label = f"attention over time by month, {query!r} ({matches:,} matches)"
        print(f"  {label:58} {percentiles(times)}  ({len(times)} requests)")
        like_times = []
        for query in LIKE_QUERIES:
            sql = "select id, title, published_at from articles where body like :q order by published_at desc limit 50"
            url = base + ".json?" + urllib.parse.urlencode({"sql": sql, "q": f"%{query}%", "_shape": "objects"})
            like_times.append(timed_get(url))
        print(
            f"  {'plain LIKE scan of the body (same server, same SQL time limit)':58} {percentiles(like_times)}"
            f"  ({len(like_times)} requests; inf = stopped by the 3 s time limit)"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
