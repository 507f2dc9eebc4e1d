"""The run log: one `crawl_runs` row per portal per run.

The row is written when the portal's crawl starts ("running") and completed when it
closes, so a run that is killed stays "running" in the log, and the next run of that
portal knows to walk the whole site again (incremental.py).
"""

from __future__ import annotations

import json
import logging
import sqlite3

from scrapy import signals

from ..clock import utc_now
from ..storage import bookkeeping, database

logger = logging.getLogger(__name__)
DISK_FULL_STAT = "archive/disk_full"  # the one line said, once a database could not be written


class RunLog:
    def __init__(self, crawler):
        self.crawler = crawler
        self.run_id = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _archive(self):
        return database.connect(self.crawler.settings.get("ARCHIVE_DB"))

    def spider_opened(self, spider):
        archive = self._archive()
        try:
            mode = getattr(getattr(spider, "plan", None), "mode", None)
            self.run_id = bookkeeping.start_run(archive, spider.name, getattr(spider, "base_url", ""), mode)
            self.crawler.stats.set_value("archive/run_id", self.run_id)
        except (sqlite3.Error, OSError) as error:
            if not database.is_disk_full(error):
                raise
            self._disk_full(archive, error)
            self.crawler.engine.close_spider(spider, "disk_full")
        finally:
            archive.close()

    def spider_closed(self, spider, reason):
        archive = self._archive()
        try:
            bookkeeping.finish_run(archive, self.run_id, run_figures(self.crawler.stats.get_stats(), reason))
        except (sqlite3.Error, OSError) as error:
            if not database.is_disk_full(error):
                raise
            self._disk_full(archive, error)  # the run stays "running" in the log: the next run walks it again
        finally:
            archive.close()

    def _disk_full(self, archive, error: BaseException) -> None:
        if not self.crawler.stats.get_value(DISK_FULL_STAT):
            said = database.disk_full_message(archive.conn.execute("PRAGMA database_list").fetchone()[2], error)
            self.crawler.stats.set_value(DISK_FULL_STAT, said)
            logger.error("Disk full: %s", said)


def run_figures(stats: dict, reason: str) -> dict:
    """The closing figures of a crawl_runs row, from Scrapy's stats of one spider."""
    # Errors: requests that failed for good (the spider counts each as an http_ or
    # download_ fault), and every other ERROR logged (spider or pipeline exceptions);
    # Scrapy's retry middleware also logs an ERROR when it gives up: not counted twice.
    by_kind = faults(stats)
    failed = sum(value for kind, value in by_kind.items() if kind.startswith(("http_", "download_")))
    other = stats.get("log_count/ERROR", 0) - stats.get("retry/max_reached", 0)
    errors = failed + max(0, other)
    return {
        "finished_at": utc_now(),
        "requests": stats.get("downloader/request_count", 0),
        # robots.txt handed to the spider from the robots middleware's copy is no fetch
        "pages_fetched": stats.get("response_received_count", 0) - stats.get("robotstxt/text_from_copy", 0),
        "items_new": stats.get("archive/items_new", 0),
        "items_updated": stats.get("archive/items_updated", 0),
        "items_unchanged": stats.get("archive/items_unchanged", 0),
        "items_dropped": stats.get("item_dropped_count", 0),
        "errors": errors,
        "fallback_pages": stats.get("archive/extract_fallback", 0),
        "article_links": stats.get("archive/article_links", 0),
        "skipped_known": stats.get("archive/skipped_known", 0),
        "faults": json.dumps(by_kind, sort_keys=True) if by_kind else None,
        # A shared crawl that lost a worker lost the requests it held: not a clean run.
        "finish_reason": "worker_lost" if stats.get("archive/lost_workers") and reason == "finished" else reason,
    }


def faults(stats: dict) -> dict[str, int]:
    """Faults of a run by kind: the spider's own (portal_spider.py: empty and
    binary pages, redirect loops and escapes, listing traps, downloads that failed for
    good: timeouts, resets, size limit, HTTP errors), retries, pages robots.txt forbids."""
    found = {
        key.removeprefix("archive/fault/"): value for key, value in stats.items() if key.startswith("archive/fault/")
    }
    for key, name in (
        ("retry/max_reached", "gave_up_after_retries"),
        ("robotstxt/forbidden", "robots_forbidden"),
        ("retry/count", "retried"),
    ):
        if stats.get(key):
            found[name] = stats[key]
    return found
