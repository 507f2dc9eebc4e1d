"""How long each migration takes on a large archive: the release notes' figures.

An archive of N articles is built at the first schema version (0001), its text drawn
from the paragraphs of the saved sites and of the people finder's development set
(names, posts and places as Party news prints them), then every migration is applied
in turn and timed, as `archive crawl` or `archive serve` applies them when a newer
release opens an older archive. Beside each: the articles per second it read.

    python bench/upgrades.py                     # 200,000 articles
    python bench/upgrades.py --articles 1000000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from crawler.defaults import SITES_DIR  # noqa: E402
from crawler.storage.database import migrate, open_database  # noqa: E402
from crawler.storage.migrations import MIGRATIONS  # noqa: E402

PORTALS = ["p1", "p2", "p3", "p4", "p5"]


def paragraphs() -> tuple[list[str], list[str]]:
    """Titles and sentences of our own Vietnamese texts (sentences, so that two articles
    share no more text than two real ones do: the same-story links stay rare)."""
    titles, found = [], []
    for path in SITES_DIR.glob("*/expected.json"):
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            titles.append(article["title"])
            found += [article["first_paragraph"], article["last_paragraph"]]
    for path in (PROJECT / "tests" / "mentions").glob("*.txt"):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n\n") if line.strip()]
        titles.append(lines[0].split("\n")[0])
        found += [line for line in lines[1:] if len(line) > 80]
    sentences = [sentence.strip() + "." for text in found for sentence in text.split(". ") if len(sentence) > 30]
    return titles, sentences


def build(path: Path, total: int) -> None:
    titles, pool = paragraphs()
    rng = random.Random(7)
    db = open_database(path, MIGRATIONS[:1])
    db.execute("insert into portals (slug, name, origin, cms) values " + ",".join(["(?, ?, ?, 'x')"] * 5), [
        value for slug in PORTALS for value in (slug, slug, f"https://{slug}.example")
    ])  # fmt: skip
    batch = 5000
    for first in range(0, total, batch):
        rows = []
        for number in range(first, min(total, first + batch)):
            day = f"20{rng.randrange(15, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            rows.append(
                (
                    f"a{number:09d}",
                    rng.choice(PORTALS),
                    f"https://example.vn/a{number}",
                    rng.choice(titles),
                    "\n\n".join(" ".join(rng.sample(pool, 3)) for _ in range(4)),
                    f"{day}T08:00:00+07:00",
                    day[:7],
                )
            )
        with db.conn:
            db.conn.executemany(
                "insert into articles (id, portal, url, title, body, published_at, published_month)"
                " values (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    db.conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200_000)
    args = parser.parse_args()
    out = PROJECT / "bench" / "out"
    out.mkdir(exist_ok=True)
    path = out / f"upgrade-{args.articles}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    build(path, args.articles)
    print(f"Built {args.articles:,} articles at schema 0001 in {time.perf_counter() - started:,.0f} s")
    db = open_database(path, MIGRATIONS[:1])
    print("| migration | what it does | seconds | articles per second |")
    print("|---|---|---|---|")
    for name, step in MIGRATIONS[1:]:
        started = time.perf_counter()
        migrate(db, [(name, step)])
        seconds = time.perf_counter() - started
        said = " ".join((step.__doc__ or "").split()).split(". ")[0]
        print(f"| {name} | {said} | {seconds:,.1f} | {args.articles / seconds:,.0f} |", flush=True)
    print(f"Archive: {path.stat().st_size / 2**20:,.0f} MiB")


if __name__ == "__main__":
    main()
