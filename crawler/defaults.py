"""The archive's defaults that more than one part reads, in one place: the command
line, the Scrapy settings (crawler/crawling/settings.py, which also holds the
settings only the crawl reads), storage and the Datasette server take them from here."""

from __future__ import annotations

from pathlib import Path

# Files.
ARCHIVE_DB = "archive.db"  # what Datasette publishes
RAW_DB = "raw.db"  # raw captures, beside the archive unless told otherwise; never served

# Shipped with the package, so a wheel installed anywhere can demo and serve.
PACKAGE_DIR = Path(__file__).resolve().parent
DATASETTE_DIR = PACKAGE_DIR / "datasette"  # metadata.json, settings.json, templates/, plugins/
SITES_DIR = PACKAGE_DIR / "sites"  # the saved copies of the portals, served by the mirror

# Crawling.
LOG_LEVEL = "INFO"
ROBOTS_CACHE_HOURS = 24  # robots.txt is fetched at most once a day per site (RFC 9309 allows 24 h)
RECHECK_DAYS = 3  # nightly runs fetch again articles published in the last N days, to catch edits
# And any article when the time since its last check reaches its age at that check (a
# day at least): checked at about 1, 2, 4, 8… days old, then ever more rarely, for the
# edits no route tells of (NukeViet's sitemap and feed never move; feeds give the
# publication time).
REVISIT_AFTER_AGE = 1.0
ROUTE_RECHECK_DAYS = 7  # a sitemap, feed or API a portal did not have is asked for again after N days
# A shared crawl's process that has not said it is alive for this long is taken for dead.
SHARED_CRAWL_BUSY_SECONDS = 30

# SQLite: how long a connection waits for another's brief write lock before failing.
# The crawl's writer, reprocess and Datasette's readers all use this one value.
BUSY_TIMEOUT_MS = 10_000

# A cap on each database file's size, in MiB, from the environment: past it the
# archive is written as on a full disk (the run stops writing and says so). For a
# newsroom's shared disk; unset, the disk's own size is the limit.
MAX_DB_MIB_ENV = "ARCHIVE_MAX_DB_MIB"

# The archive's own servers (Datasette, the mirror) listen here unless told otherwise.
HOST = "127.0.0.1"
SERVE_PORT = 8001  # Datasette
MIRROR_PORT = 8100  # the mirror's index; its portals take the next ports

# More portals files (TOML, crawler/crawling/portal_config.py), separated by os.pathsep.
PORTALS_ENV = "ARCHIVE_PORTALS"
