"""How fast `archive reprocess` re-extracts stored captures, against trafilatura.

    python bench/reprocess.py                      # 100,000 captures (built once in bench/out/)
    python bench/reprocess.py --captures 5000

Builds raw.db with synthetic Báo Lào Cai pages (bench/synthetic.py), ~18 kB each,
then times:
  - reprocess into an empty archive (every article new: extraction, dates, storage,
    search index, same-story bands), on all cores and on one;
  - reprocess again after an "extractor change" (every article's text differs from
    what is stored, so each is re-indexed);
  - trafilatura's bare extraction (no dates, no storage) of the same captures on all
    cores, the obvious alternative.
Prints the figures and bytes per article in archive.db and raw.db.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import ArticlePage, sentence, slug, vocabulary  # noqa: E402

from crawler.crawling.reprocess import CHUNK, reprocess  # noqa: E402
from crawler.storage import raw  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def build_raw(path: Path, count: int) -> None:
    """raw.db holding `count` captures of distinct synthetic article pages."""
    if path.exists():
        with sqlite3.connect(path) as conn:
            if conn.execute("select count(*) from captures").fetchone()[0] == count:
                return
        path.unlink()
    rng, words, template = random.Random(8), vocabulary(), ArticlePage()
    db = raw.connect(path)
    started = time.perf_counter()
    with db.conn:
        for number in range(count):
            title = sentence(rng, words)[:-1][:90]
            url = f"https://baolaocai.vn/{slug(title)}-post{400000 + number}.html"
            day = date(2026, 11, 1) - timedelta(days=number // 40)
            body = template.render(rng, words, title, url.split("/", 3)[3], day).encode()
            sha1 = raw.body_sha1(body)
            db.execute(
                "insert into bodies (sha1, size, compressed) values (?, ?, ?)",
                [sha1, len(body), raw.zlib.compress(body, raw.COMPRESSION_LEVEL)],
            )
            db.execute(
                "insert into captures (url, final_url, portal, status, headers, fetched_at, body_sha1) "
                "values (?, ?, 'baolaocai', 200, ?, '2026-11-02T01:00:00Z', ?)",
                [url, url, json.dumps([["Content-Type", "text/html; charset=utf-8"]]), sha1],
            )
    db.close()
    print(f"built {path.name}: {count} captures in {time.perf_counter() - started:.0f} s")


def timed_reprocess(archive: Path, raw_path: Path, workers: int) -> tuple[float, dict]:
    started = time.perf_counter()
    counts = reprocess(str(archive), str(raw_path), workers=workers)
    return time.perf_counter() - started, dict(counts)


def trafilatura_rows(rows: list[tuple]) -> int:
    import trafilatura

    done = 0
    for row in rows:
        capture = raw.capture_from_row(row)
        if trafilatura.extract(capture.body.decode("utf-8"), url=capture.url):
            done += 1
    return done


def timed_trafilatura(raw_path: Path, workers: int, limit: int) -> tuple[float, int]:
    db = raw.connect(raw_path)
    rows = list(row for _, row in zip(range(limit), raw.latest_pages(db), strict=False))
    db.close()
    chunks = [rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        extracted = sum(pool.map(trafilatura_rows, chunks))
    return time.perf_counter() - started, extracted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--captures", type=int, default=100_000)
    parser.add_argument(
        "--single-core-sample", type=int, default=10_000, help="captures timed on one core (the whole set takes long)"
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    cores = os.cpu_count() or 1
    raw_path = OUT / f"reprocess-raw-{args.captures}.db"
    build_raw(raw_path, args.captures)

    archive = OUT / "reprocess-archive.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{archive}{suffix}").unlink(missing_ok=True)
    seconds, counts = timed_reprocess(archive, raw_path, cores)
    print(
        f"reprocess, {cores} cores, into an empty archive: {args.captures} captures in {seconds:.1f} s = "
        f"{args.captures / seconds:,.0f} articles/s  {counts}"
    )

    with sqlite3.connect(archive) as conn:  # what an older extractor left
        conn.execute("update articles set body = substr(body, 1, 200), content_hash = 'old'")
    seconds, counts = timed_reprocess(archive, raw_path, cores)
    print(f"reprocess, {cores} cores, after an extractor change: {args.captures / seconds:,.0f} articles/s  {counts}")

    sample = min(args.single_core_sample, args.captures)
    sample_raw = OUT / f"reprocess-raw-{sample}.db"
    build_raw(sample_raw, sample)
    one = OUT / "reprocess-archive-1.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{one}{suffix}").unlink(missing_ok=True)
    seconds, _ = timed_reprocess(one, sample_raw, 1)
    print(f"reprocess, 1 core, into an empty archive ({sample} captures): {sample / seconds:,.0f} articles/s")

    try:
        seconds, extracted = timed_trafilatura(raw_path, cores, args.captures)
        print(
            f"trafilatura.extract alone, {cores} cores: {args.captures / seconds:,.0f} pages/s "
            f"({extracted} extracted; no dates, no storage)"
        )
    except ImportError:
        print("trafilatura not installed: pip install -e '.[bench]'")

    with sqlite3.connect(archive) as conn:
        conn.execute("vacuum")
        articles = conn.execute("select count(*) from articles").fetchone()[0]
    print(
        f"bytes per article: archive.db {archive.stat().st_size / articles:,.0f}, "
        f"raw.db {raw_path.stat().st_size / args.captures:,.0f} "
        f"(pages of {_mean_page(raw_path):,.0f} bytes before compression)"
    )


def _mean_page(raw_path: Path) -> float:
    with sqlite3.connect(raw_path) as conn:
        return conn.execute("select avg(size) from bodies").fetchone()[0]


if __name__ == "__main__":
    main()
