"""The same story on several portals: each article's signature bands, and its links to
near-duplicates on other portals (the signatures: crawler/indexing/stories.py)."""

from __future__ import annotations

import sqlite_utils

from ..indexing import stories
from ..indexing.derived import Derived


def link_similar(
    db: sqlite_utils.Database,
    article_id: str,
    portal: str,
    body: str | None,
    derived: Derived | None = None,
    new: bool = False,
) -> None:
    """Index an article's LSH bands and link it to near-duplicates on other portals."""
    if not new:  # a new article has no bands or links to undo
        db.execute("delete from article_bands where article_id = ?", [article_id])
        db.execute("delete from similar_articles where article_id = ?", [article_id])
        db.execute("delete from similar_articles where other_id = ?", [article_id])
    own = derived.shingles if derived else stories.shingles(body)
    keys = derived.bands if derived else stories.band_keys(own)
    if not keys:
        return
    db.conn.executemany(
        "insert or ignore into article_bands (band, article_id) values (?, ?)", [(key, article_id) for key in keys]
    )
    candidates = db.execute(
        f"select distinct a.id, a.body from article_bands b join articles a on a.id = b.article_id "
        f"where b.band in ({', '.join('?' * len(keys))}) and a.id != ? and a.portal != ?",
        [*keys, article_id, portal],
    ).fetchall()
    for other_id, other_body in candidates:
        score = stories.jaccard(own, stories.shingles(other_body))
        if score >= stories.MIN_SIMILARITY:
            db.conn.executemany(
                "insert or replace into similar_articles (article_id, other_id, similarity) values (?, ?, ?)",
                [(article_id, other_id, round(score, 3)), (other_id, article_id, round(score, 3))],
            )
