"""Readers while a crawl writes: 50 concurrent readers on the 1,000,000-article archive
(search pages, article pages, CSV downloads), alone and while a crawl stores articles
in the same archive through the same server.

    python bench/load.py                       # 50 readers, the 1,000,000-article archive
    python bench/load.py --readers 20 --articles 50000

The archive is the one bench/search.py builds (bench/out/search-N.db), copied so that
the crawls' articles do not change that benchmark's data. `archive serve` publishes
the copy; `archive crawl baolaocai` stores a synthetic Báo Lào Cai (bench/synthetic.py)
that `archive mirror` serves. Each reader, in its own thread, asks for
- the search page (HTML) for one of bench/search.py's everyday queries (5 in 10);
- an article's page, Datasette's row page (4 in 10);
- a CSV download of a query's year, as a journalist takes a collection (1 in 10:
  `/-/export.csv?q=…&since=…&until=…`; "Đảng" in a year is 100,000 rows, 78 MB).
Four phases: readers asking again as soon as they are answered (the server at its
limit), alone and while a crawl writes; then readers spending 5 to 20 s on each page,
as people read, alone and while a second crawl writes. Every answer that is not 200,
and every "database is locked" in an answer or in a crawl's output, is counted. The
readers, the server, the mirrors and the crawl share the machine's two cores.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from crawl import MirrorProcess  # noqa: E402
from search import QUERIES, build, percentiles, serve  # noqa: E402
from synthetic import write_site  # noqa: E402

KINDS = {"search page": 5, "article page": 4, "CSV download": 1}  # weights of what readers ask for
LOCKED = "database is locked"


class Readers:
    """`count` threads asking the server for pages until told to stop, each pausing
    between pages for a time drawn from `pause` (seconds); every answer's kind, time and
    fault kept."""

    def __init__(self, base: str, database: str, article_ids: list[str], count: int, seed: int, pause=(0, 0)):
        self.base, self.database, self.article_ids = base, database, article_ids
        self.count, self.seed, self.pause = count, seed, pause
        self.times: dict[str, list[float]] = defaultdict(list)
        self.failures: dict[str, list[str]] = defaultdict(list)
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def url(self, kind: str, rng: random.Random) -> str:
        query = urllib.parse.quote(rng.choice(QUERIES))
        if kind == "search page":
            return f"{self.base}/-/search?q={query}"
        if kind == "article page":
            return f"{self.base}/{self.database}/articles/{rng.choice(self.article_ids)}"
        year = rng.randrange(2015, 2025)
        return f"{self.base}/-/export.csv?q={query}&since={year}-01-01&until={year}-12-31"

    def read(self, number: int) -> None:
        rng = random.Random(self.seed * 1000 + number)
        kinds, weights = list(KINDS), list(KINDS.values())
        while not self.stop.is_set():
            kind = rng.choices(kinds, weights)[0]
            started = time.perf_counter()
            fault = None
            try:
                with urllib.request.urlopen(self.url(kind, rng), timeout=120) as response:
                    response.read()
            except urllib.error.HTTPError as error:
                fault = f"{error.code} {error.read()[:300].decode('utf-8', 'replace')}"
            except OSError as error:
                fault = f"{type(error).__name__}: {error}"
            elapsed = (time.perf_counter() - started) * 1000
            with self.lock:
                self.times[kind].append(elapsed)
                if fault:
                    self.failures[kind].append(fault)
            self.stop.wait(rng.uniform(*self.pause))

    def run_while(self, busy) -> float:
        """Read until `busy()` returns (it does the other work meanwhile); the seconds read."""
        threads = [threading.Thread(target=self.read, args=(n,), daemon=True) for n in range(self.count)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        try:
            busy()
        finally:
            self.stop.set()
            for thread in threads:
                thread.join(timeout=180)
        return time.perf_counter() - started

    def report(self, label: str, seconds: float) -> None:
        total = sum(len(times) for times in self.times.values())
        failed = sum(len(faults) for faults in self.failures.values())
        locked = sum(LOCKED in fault for faults in self.failures.values() for fault in faults)
        print(
            f"\n{label}: {total:,} requests in {seconds:.0f} s ({total / seconds:.1f}/s), failed {failed}, locked {locked}"
        )
        for kind in KINDS:
            times = self.times[kind]
            if times:
                print(f"  {kind:14} {percentiles(times)}  ({len(times):,} requests, {len(self.failures[kind])} failed)")
        for kind, faults in self.failures.items():
            for fault in sorted(set(faults))[:3]:
                print(f"  failed {kind}: {fault[:160]}")


def wait_for(url: str) -> None:
    for _ in range(200):
        try:
            with urllib.request.urlopen(url, timeout=30):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1_000_000, help="articles in the archive read")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--crawl-articles", type=int, default=3000, help="articles of the site the crawl stores")
    parser.add_argument("--alone-seconds", type=float, default=60, help="how long the readers read alone")
    args = parser.parse_args()

    built = OUT / f"search-{args.articles}.db"
    if not built.exists():
        print(f"Building {built.name} ({args.articles:,} synthetic articles, as bench/search.py does) ...", flush=True)
        partial = built.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(partial, args.articles)
        partial.rename(built)
    archive = OUT / f"load-{args.articles}.db"
    for leftover in (archive, Path(f"{archive}-wal"), Path(f"{archive}-shm"), archive.with_name("raw.db")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(built, archive)
    with sqlite3.connect(archive) as conn:
        rows = conn.execute("select max(rowid) from articles").fetchone()[0]
        rng = random.Random(2)
        picked = [rng.randrange(1, rows + 1) for _ in range(2000)]
        article_ids = [
            row[0] for row in conn.execute(f"select id from articles where rowid in ({','.join(map(str, picked))})")
        ]
    sites = OUT / f"sites-{args.crawl_articles}"
    write_site(sites, args.crawl_articles)
    print(
        f"{os.cpu_count()} cores; archive of {rows:,} articles ({archive.stat().st_size / 2**20:,.0f} MiB); {args.readers} readers"
    )

    second = OUT / f"sites-{args.crawl_articles}-b"
    write_site(second, args.crawl_articles, seed=9)  # other articles, for the second crawl
    # The mirrors first: each answers once it listens, so the server's port is not theirs.
    mirrors = [MirrorProcess(sites, 0.05), MirrorProcess(second, 0.05)]
    server, port = serve(archive)
    base = f"http://127.0.0.1:{port}"
    pausing = (5.0, 20.0)  # seconds a reader spends on a page before the next
    try:
        wait_for(f"{base}/-/search?q=warm")
        phases = [
            (f"(a) {args.readers} readers asking without a pause, alone", (0, 0), None),
            (f"(b) {args.readers} readers asking without a pause, while a crawl writes", (0, 0), mirrors[0]),
            (f"(c) {args.readers} readers pausing 5-20 s on each page, as one reads, alone", pausing, None),
            (f"(d) {args.readers} readers pausing 5-20 s on each page, while a crawl writes", pausing, mirrors[1]),
        ]
        for number, (label, pause, mirror) in enumerate(phases):
            readers = Readers(base, archive.stem, article_ids, args.readers, seed=number, pause=pause)
            if mirror is None:
                seconds = readers.run_while(lambda: time.sleep(args.alone_seconds))
                readers.report(label, seconds)
                continue
            output: list[str] = []
            seconds = readers.run_while(lambda url=mirror.url, done=output: done.append(crawl(url, archive)))
            readers.report(label, seconds)
            print(f"  the crawl: {output[0]}")
    finally:
        for mirror in mirrors:
            mirror.stop()
        server.terminate()
        server.wait(timeout=10)


def crawl(mirror_url: str, archive: Path) -> str:
    """One incremental crawl of the synthetic portal into the archive; what it did."""
    with sqlite3.connect(archive) as conn:
        before = conn.execute("select count(*) from articles").fetchone()[0]
    started = time.perf_counter()
    command = [sys.executable, "-m", "crawler.cli", "crawl", "baolaocai", "--mirror", mirror_url]
    done = subprocess.run(
        [*command, "--db", str(archive), "--log-level", "WARNING"], cwd=ROOT, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    with sqlite3.connect(archive) as conn:
        stored = conn.execute("select count(*) from articles").fetchone()[0] - before
        requests = conn.execute("select requests from crawl_runs order by id desc").fetchone()[0]
    output = done.stdout + done.stderr
    return (
        f"exit {done.returncode}, {stored:,} articles stored in {seconds:.0f} s, {requests:,} requests, "
        f"'{LOCKED}' in its output {output.count(LOCKED)} times"
    )


if __name__ == "__main__":
    main()
