"""A shared crawl (archive crawl --redis) with one and with two processes.

    python bench/distributed.py                     # 5,000 articles, 100 ms per answer
    python bench/distributed.py --articles 1000 --latency 0.05

The mirror serves a synthetic Báo Lào Cai (bench/synthetic.py) and waits `latency`
seconds before each answer, as a distant portal does. Every process uses the same
settings (the project's mirror settings), so the comparison is of machines added,
not of politeness relaxed. Timed, each on a fresh archive and a fresh Redis:
  - the plain crawl, one process, no Redis;
  - the shared crawl with its writer alone;
  - the shared crawl with its writer and one worker.
All run on this one machine; on several machines the workers would not share its
cores with the writer and the mirror.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crawl import OUT, ROOT, MirrorProcess, free_port  # noqa: E402


class RedisServer:
    def __init__(self):
        binary = shutil.which("redis-server")
        if binary is None:
            raise SystemExit("redis-server is missing: apt-get install redis-server")
        self.port = free_port()
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(0.5)
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def archive_crawl(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "baolaocai", "--log-level", "WARNING", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(mirror: MirrorProcess, folder: Path, workers: int | None) -> tuple[float, int, int]:
    """Seconds from start to the writer's end; articles stored; pages fetched."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    db = folder / "archive.db"
    redis = RedisServer() if workers is not None else None
    try:
        started = time.perf_counter()
        if redis is None:
            processes = [archive_crawl("--mirror", mirror.url, "--db", str(db))]
        else:
            helpers = [archive_crawl("--mirror", mirror.url, "--redis", redis.url, "--worker") for _ in range(workers)]
            processes = [archive_crawl("--mirror", mirror.url, "--db", str(db), "--redis", redis.url), *helpers]
        errors = [p.communicate()[1] for p in processes]
        seconds = time.perf_counter() - started
        for process, error in zip(processes, errors, strict=True):
            if process.returncode:
                raise SystemExit(f"a crawl failed:\n{error[-3000:]}")
    finally:
        if redis:
            redis.stop()
    with sqlite3.connect(db) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        pages = conn.execute("select sum(requests) from crawl_runs").fetchone()[0]
    return seconds, articles, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--latency", type=float, default=0.1, help="seconds before each answer")
    args = parser.parse_args()
    from synthetic import write_site

    sites = OUT / f"sites-{args.articles}"
    write_site(sites, args.articles)
    mirror = MirrorProcess(sites, args.latency)
    try:
        results = {
            "plain crawl, 1 process, no Redis": run(mirror, OUT / "shared-plain", None),
            "shared crawl, writer alone": run(mirror, OUT / "shared-1", 0),
            "shared crawl, writer + 1 worker": run(mirror, OUT / "shared-2", 1),
        }
    finally:
        mirror.stop()
    print(
        f"{args.articles} articles, mirror answering after {args.latency * 1000:.0f} ms, "
        "same settings for every process"
    )
    for name, (seconds, articles, pages) in results.items():
        print(
            f"  {name:34} {seconds:7.1f} s  {pages / seconds:6.1f} pages/s  ({pages} requests, "
            f"{articles} articles stored)"
        )
    one = results["shared crawl, writer alone"][0]
    two = results["shared crawl, writer + 1 worker"][0]
    print(f"  two processes take {two / one:.0%} of one process's time")


if __name__ == "__main__":
    main()
