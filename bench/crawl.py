"""The crawl at scale: our pipeline against a bare Scrapy spider, and memory over a
long crawl.

    python bench/crawl.py                          # 1,000-article overhead runs + a 50,000-article crawl
    python bench/crawl.py --big-articles 5000      # a shorter memory run

Each crawl runs in its own process against `archive mirror` serving a synthetic
Báo Lào Cai (bench/synthetic.py), with the same Scrapy settings for both spiders:
the project's mirror settings (8 requests at once, 1 per portal, no download delay;
Scrapy 2.19 lets up to 7 through to one host when no download delay is set, for
both spiders alike).

(a) Overhead. The bare spider walks the same listing pages with the same link rules
    and does nothing with an article page; ours extracts, dates, validates, stores
    the article, its search entry and its raw capture. Timed twice: with the mirror
    answering at once (the crawl is CPU-bound; what each page costs us), and with
    100 ms per answer, as a distant portal answers (what a real crawl waits for).
(c) Bytes per article in archive.db and raw.db after the long crawl.
(d) Memory: the crawl process's resident size sampled while the long crawl runs,
    against the pages fetched so far.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


# --- the bare spider (run in its own process with --bare BASE_URL) -----------------


def run_bare(base_url: str) -> None:
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from spiders.configured import BaolaocaiSpider as Portal

    class BareSpider(scrapy.Spider):
        """The same walk as the portal's spider, with nothing done to an article."""

        name = "bare"
        article_re, listing_re = re.compile(Portal.article_path), re.compile(Portal.listing_path)

        async def start(self):
            for path in Portal.start_paths:
                yield scrapy.Request(base_url + path, callback=self.parse)

        def parse(self, response):
            for href in response.css(Portal.listing_area).css("a::attr(href)").getall():
                url = response.urljoin(href)
                target = url[len(base_url) :]
                if self.article_re.search(target):
                    yield scrapy.Request(url, callback=self.parse_article, priority=1)
                elif self.listing_re.search(target):
                    yield scrapy.Request(url, callback=self.parse)

        def parse_article(self, response):
            self.crawler.stats.inc_value("bare/articles")

    process = CrawlerProcess(
        {
            "LOG_LEVEL": "WARNING",
            "ROBOTSTXT_OBEY": True,
            "COOKIES_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "CONCURRENT_REQUESTS": 8,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "USER_AGENT": "bench",
        }
    )
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler)
    process.start()
    print(f"bare articles fetched: {crawler.stats.get_value('bare/articles', 0)}")


# --- harness ---------------------------------------------------------------------------


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MirrorProcess:
    """`archive mirror` serving a folder of sites, in its own process."""

    def __init__(self, sites: Path, delay: float):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crawler.cli",
                "mirror",
                "--port",
                str(self.port),
                "--sites",
                str(sites),
                "--delay",
                str(delay),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.process.stdout.readline()  # "Mirror index: ..." once it listens
        self.process.stdout.readline()
        self.url = f"http://127.0.0.1:{self.port}"
        self.portal_url = f"http://127.0.0.1:{self.port + 1}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def rss_mb(pid: int) -> float:
    """Resident size of a process and all its descendants (the extraction workers)."""
    total = 0.0
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) / 1024
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            total += rss_mb(int(child))
    return total


def timed(command: list[str], sample: callable = None) -> dict:
    """Run a command; its wall and CPU seconds, peak RSS, and samples taken meanwhile."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    samples, next_sample = [], 0.0
    while process.poll() is None:
        if sample and time.perf_counter() >= next_sample:
            next_sample = time.perf_counter() + 1.0
            try:
                samples.append(sample(process.pid))
            except (OSError, sqlite3.Error):
                pass
        time.sleep(0.02)
    output = process.stdout.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{output[-3000:]}")
    return {
        "seconds": time.perf_counter() - started,
        "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "peak_mb": after.ru_maxrss / 1024,
        "samples": samples,
        "output": output,
    }


def our_crawl(mirror: MirrorProcess, folder: Path, sample=None) -> dict:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    result = timed(
        [
            sys.executable,
            "-m",
            "crawler.cli",
            "crawl",
            "baolaocai",
            "--mirror",
            mirror.url,
            "--db",
            str(folder / "archive.db"),
            "--log-level",
            "WARNING",
        ],
        sample,
    )
    with sqlite3.connect(folder / "archive.db") as conn:
        result["articles"] = conn.execute("select count(*) from articles").fetchone()[0]
        result["pages"] = conn.execute("select requests from crawl_runs order by id desc").fetchone()[0]
    return result


def bare_crawl(mirror: MirrorProcess) -> dict:
    result = timed([sys.executable, __file__, "--bare", mirror.portal_url])
    result["articles"] = int(re.search(r"bare articles fetched: (\d+)", result["output"]).group(1))
    return result


def overhead(sites: Path, delay: float, folder: Path) -> None:
    mirror = MirrorProcess(sites, delay)
    try:
        bare = bare_crawl(mirror)
        ours = our_crawl(mirror, folder)
    finally:
        mirror.stop()
    pages = ours["pages"]
    assert bare["articles"] == ours["articles"], (bare["articles"], ours["articles"])
    label = f"{delay * 1000:.0f} ms per answer" if delay else "answers at once"
    print(f"\n(a) {pages} pages, {ours['articles']} articles, mirror {label}")
    for name, run in (("bare Scrapy", bare), ("partybloc crawl", ours)):
        print(
            f"  {name:16} {run['seconds']:7.1f} s wall  {pages / run['seconds']:6.1f} pages/s  "
            f"{run['cpu'] / pages * 1000:5.1f} ms CPU/page  peak {run['peak_mb']:.0f} MB"
        )
    print(
        f"  overhead: {ours['seconds'] / bare['seconds'] - 1:+.0%} wall time, "
        f"{(ours['cpu'] - bare['cpu']) / pages * 1000:+.1f} ms CPU per page"
    )


def long_crawl(sites: Path, folder: Path) -> None:
    mirror = MirrorProcess(sites, 0.0)
    raw_path = folder / "raw.db"

    def sample(pid: int) -> tuple[int, float]:
        fetched = 0
        if raw_path.exists():
            with sqlite3.connect(f"file:{raw_path}?mode=ro", uri=True, timeout=1) as conn:
                fetched = conn.execute("select max(id) from captures").fetchone()[0] or 0
        return fetched, rss_mb(pid)

    try:
        ours = our_crawl(mirror, folder, sample)
    finally:
        mirror.stop()
    print(
        f"\n(d) memory of one crawl of {ours['pages']} pages ({ours['articles']} articles), "
        f"{ours['seconds']:.0f} s, {ours['pages'] / ours['seconds']:.0f} pages/s"
    )
    samples = [s for s in ours["samples"] if s[0]]
    marks = (
        sorted(
            {
                min(range(len(samples)), key=lambda i: abs(samples[i][0] - ours["articles"] * f / 10))
                for f in range(1, 11)
            }
        )
        if samples
        else []
    )
    print("  articles fetched   resident MB (crawl process and its workers)")
    for index in marks:
        print(f"  {samples[index][0]:16,}   {samples[index][1]:11.0f}")
    print(
        f"  largest sample: {max((s[1] for s in samples), default=0):.0f} MB; "
        f"largest single process: {ours['peak_mb']:.0f} MB"
    )
    archive_bytes = (folder / "archive.db").stat().st_size
    raw_bytes = raw_path.stat().st_size
    with sqlite3.connect(raw_path) as conn:
        page_bytes = conn.execute("select avg(size) from bodies").fetchone()[0]
    print(
        f"\n(c) bytes per article: archive.db {archive_bytes / ours['articles']:,.0f} "
        f"({archive_bytes / 2**20:,.0f} MB), raw.db {raw_bytes / ours['articles']:,.0f} "
        f"({raw_bytes / 2**20:,.0f} MB); pages average {page_bytes:,.0f} bytes uncompressed"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bare", metavar="BASE_URL", help=argparse.SUPPRESS)
    parser.add_argument("--articles", type=int, default=1000, help="articles of the overhead site")
    parser.add_argument("--big-articles", type=int, default=50_000, help="articles of the long crawl")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per answer of a distant portal")
    args = parser.parse_args()
    if args.bare:
        run_bare(args.bare)
        return
    from synthetic import write_site

    print(f"{os.cpu_count()} cores")
    small, big = OUT / f"sites-{args.articles}", OUT / f"sites-{args.big_articles}"
    write_site(small, args.articles)
    overhead(small, 0.0, OUT / "crawl-overhead")
    overhead(small, args.latency, OUT / "crawl-overhead")
    write_site(big, args.big_articles)
    long_crawl(big, OUT / "crawl-long")


if __name__ == "__main__":
    main()
