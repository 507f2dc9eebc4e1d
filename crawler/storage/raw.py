"""Raw captures: every article response a crawl fetched, kept in a second database.

`archive.db` is what Datasette publishes; `raw.db` (beside it by default) keeps what
the portals actually sent — URL, final URL, status, headers, fetch time and the
body — so the articles can be extracted again (`archive reprocess`) and a page's
words can be proved (`archive capture URL -o page.warc.gz`). It stays private.

Bodies are stored once per distinct content (zlib, keyed by SHA-1): a nightly
re-check of an unchanged page adds a small capture row, not another copy.
This module is the one place that knows raw.db's shape.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import urljoin

import sqlite_utils

from ..clock import utc_now
from ..defaults import RAW_DB
from .database import open_database

COMPRESSION_LEVEL = 6  # zlib: level 9 saves ~2% more at twice the time


@dataclass
class Capture:
    """One HTTP response to an article request, as the portal sent it."""

    url: str  # the live URL requested
    final_url: str  # the live URL that answered (differs after a redirect)
    portal: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes = field(repr=False)
    fetched_at: str = field(default_factory=utc_now)

    @cached_property
    def sha1(self) -> str:
        return body_sha1(self.body)

    def header(self, wanted: str) -> str | None:
        return next((value for name, value in self.headers if name.lower() == wanted), None)

    @property
    def content_type(self) -> str | None:
        return self.header("content-type")

    @property
    def location(self) -> str | None:
        """Where a redirect pointed."""
        return self.header("location") if 300 <= self.status < 400 else None


def body_sha1(body: bytes) -> str:
    return hashlib.sha1(body).hexdigest()


def path_for(archive_path: str | Path, raw_path: str | Path | None = None) -> Path:
    """Where the raw captures of an archive are: `raw_path` if given, else raw.db in
    the archive's folder."""
    return Path(raw_path) if raw_path else Path(archive_path).with_name(RAW_DB)


def _initial_schema(db: sqlite_utils.Database) -> None:
    db["bodies"].create({"sha1": str, "size": int, "compressed": bytes}, pk="sha1")
    db["captures"].create(
        {
            "id": int,
            "url": str,
            "final_url": str,
            "portal": str,
            "status": int,
            "headers": str,
            "fetched_at": str,
            "body_sha1": str,
        },
        pk="id",
        foreign_keys=[("body_sha1", "bodies", "sha1")],
    )
    db["captures"].create_index(["url", "id"])
    db["captures"].create_index(["portal", "status"])


MIGRATIONS = [("0001_raw_captures", _initial_schema)]


def connect(path: str | Path) -> sqlite_utils.Database:
    return open_database(path, MIGRATIONS)


def store_capture(db: sqlite_utils.Database, capture: Capture) -> int:
    """Keep one response; its body is written only if this content is new. Returns the
    capture's id."""
    sha1 = capture.sha1
    with db.conn:
        db.execute(
            "insert or ignore into bodies (sha1, size, compressed) values (?, ?, ?)",
            [sha1, len(capture.body), zlib.compress(capture.body, COMPRESSION_LEVEL)],
        )
        cursor = db.execute(
            "insert into captures (url, final_url, portal, status, headers, fetched_at, body_sha1) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            [
                capture.url,
                capture.final_url,
                capture.portal,
                capture.status,
                json.dumps(capture.headers, ensure_ascii=False),
                capture.fetched_at,
                sha1,
            ],
        )
        return cursor.lastrowid


def capture_from_row(row: tuple) -> Capture:
    """A Capture from a row selected by this module (url … compressed body)."""
    url, final_url, portal, status, headers, fetched_at, compressed = row
    return Capture(
        url, final_url, portal, status, [tuple(h) for h in json.loads(headers)], zlib.decompress(compressed), fetched_at
    )


_SELECT = (
    "select c.url, c.final_url, c.portal, c.status, c.headers, c.fetched_at, b.compressed "
    "from captures c join bodies b on b.sha1 = c.body_sha1"
)


def captures_of(db: sqlite_utils.Database, url: str) -> list[Capture]:
    """Every capture of a requested URL, oldest first (by the (url, id) index; redirects
    are recorded as captures of their own, see page_history)."""
    rows = db.execute(f"{_SELECT} where c.url = ? order by c.id", [url]).fetchall()
    return [capture_from_row(row) for row in rows]


def page_history(db: sqlite_utils.Database, urls: set[str], max_hops: int = 5) -> list[Capture]:
    """Every capture of the URLs and of the pages they redirected to, oldest first."""
    found: dict[tuple, Capture] = {}
    wanted, seen = set(urls), set()
    for _ in range(max_hops + 1):
        targets = set()
        for url in sorted(wanted - seen):
            for capture in captures_of(db, url):
                found[(capture.fetched_at, capture.url, capture.status)] = capture
                if capture.location:
                    targets.add(urljoin(capture.url, capture.location))
        seen |= wanted
        wanted = targets
        if not wanted - seen:
            break
    return [found[key] for key in sorted(found)]


def latest_pages_query(portals: tuple[str, ...] = ()) -> tuple[str, list]:
    """SQL for the newest 200 capture of each URL (of the given portals), oldest first."""
    where, params = "status = 200", []
    if portals:
        where += f" and portal in ({', '.join('?' * len(portals))})"
        params = list(portals)
    latest = f"select max(id) from captures where {where} group by url"
    return f"{_SELECT} where c.id in ({latest}) order by c.id", params


def count_latest_pages(db: sqlite_utils.Database, portals: tuple[str, ...] = ()) -> int:
    sql, params = latest_pages_query(portals)
    return db.execute(f"select count(*) from ({sql})", params).fetchone()[0]


def latest_pages(db: sqlite_utils.Database, portals: tuple[str, ...] = ()) -> Iterator[tuple]:
    """The newest 200 capture of each URL, as raw rows (decompressed by the caller,
    so the work can be spread over processes)."""
    sql, params = latest_pages_query(portals)
    yield from db.execute(sql, params)
