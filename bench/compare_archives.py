"""Do two archives hold the same articles, fields and search results?

For a change that must not change behaviour (a refactor, a dependency upgrade):
build the demo archive before and after, then

    python bench/compare_archives.py before/archive.db after/archive.db

compares every article's columns (but the crawl's own timestamps), its images, its
URLs, the same-story links and the results of a set of searches, and prints each
difference. Exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlite_utils  # noqa: E402

from crawler.storage.queries import search  # noqa: E402

# Written by the crawl at the moment it ran, or derived from the row's place in the file.
VOLATILE = {"first_seen", "last_checked", "search_key"}
QUERIES = (
    "dang uy",
    "Đảng",
    "đảng ủy",
    '"chương trình phối hợp"',
    "phối*",
    "hai phong",
    "chuyen doi so",
    "Hải Phòng",
    "lao cai",
    "cao lanh",
    "nam dinh",
    "doanh nghiep",
    "hội nghị",
    "thanh nien",
    "dang OR doan",
    "bi thu NOT tinh",
    "hoà",
    "hòa",
    "cong tac",
    "tuyen truyen",
)


def rows(db: sqlite3.Connection, sql: str) -> list[tuple]:
    return sorted(tuple(row) for row in db.execute(sql))


def articles(db: sqlite3.Connection) -> dict[str, dict]:
    db.row_factory = sqlite3.Row
    found = {
        row["id"]: {k: row[k] for k in row.keys() if k not in VOLATILE} for row in db.execute("select * from articles")
    }
    db.row_factory = None
    return found


def searches(db: sqlite3.Connection) -> dict[str, list[str]]:
    """Each query's matches (crawler/storage/queries.py), newest first; articles of the
    same time in id order, since the search key breaks ties by row id, and two
    archives need not store them in the same order."""
    archive = sqlite_utils.Database(db)
    return {
        query: [
            row["id"]
            for row in sorted(search(archive, query), key=lambda r: (r["published_at"] or "", r["id"]), reverse=True)
        ]
        for query in QUERIES
    }


def compare(before_path: str, after_path: str) -> list[str]:
    before, after = sqlite3.connect(before_path), sqlite3.connect(after_path)
    differences = []
    old, new = articles(before), articles(after)
    for article_id in sorted(old.keys() | new.keys()):
        a, b = old.get(article_id), new.get(article_id)
        if a is None or b is None:
            differences.append(f"article {article_id}: only in {'after' if a is None else 'before'}")
            continue
        for column in sorted(a.keys() | b.keys()):
            if a.get(column) != b.get(column):
                differences.append(f"article {article_id}: {column} {a.get(column)!r:.80} → {b.get(column)!r:.80}")
    for table, sql in (
        ("images", "select article_id, position, src, caption from images"),
        ("article_urls", "select url, article_id from article_urls"),
        ("similar_articles", "select article_id, other_id, similarity from similar_articles"),
        ("portals", "select slug, name, origin, cms from portals"),
    ):
        if rows(before, sql) != rows(after, sql):
            differences.append(
                f"{table}: {len(rows(before, sql))} rows before, {len(rows(after, sql))} after, or their values differ"
            )
    old_search, new_search = searches(before), searches(after)
    for query in QUERIES:
        if old_search[query] != new_search[query]:
            differences.append(
                f"search {query!r}: {len(old_search[query])} results before, "
                f"{len(new_search[query])} after, or in another order"
            )
    print(
        f"{len(old)} articles before, {len(new)} after; {len(QUERIES)} searches, "
        f"{sum(len(ids) for ids in new_search.values())} results after"
    )
    return differences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args()
    differences = compare(args.before, args.after)
    for line in differences:
        print(line)
    print("same articles, fields and search results" if not differences else f"{len(differences)} differences")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
