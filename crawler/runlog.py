"""The run log: one `crawl_runs` row per portal per run, written when its spider closes."""

from __future__ import annotations

from datetime import datetime, timezone

from scrapy import signals

from . import db


class RunLog:
    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats.get_stats()
        run = run_row(spider.name, getattr(spider, "base_url", ""), stats, reason)
        archive = db.connect(self.crawler.settings.get("ARCHIVE_DB"))
        try:
            db.record_run(archive, run)
        finally:
            archive.close()


def run_row(portal: str, base_url: str, stats: dict, reason: str) -> dict:
    """A crawl_runs row from Scrapy's stats of one spider."""
    def iso(value):
        return (value or datetime.now(timezone.utc)).isoformat(timespec="seconds")

    # Failed downloads and spider errors log an ERROR each; HTTP errors (a 404
    # article) are only counted by Scrapy, so add them.
    errors = stats.get("log_count/ERROR", 0) + stats.get("httperror/response_ignored_count", 0)
    return {
        "portal": portal,
        "base_url": base_url,
        "started_at": iso(stats.get("start_time")),
        "finished_at": iso(stats.get("finish_time")),
        "requests": stats.get("downloader/request_count", 0),
        "pages_fetched": stats.get("response_received_count", 0),
        "items_new": stats.get("archive/items_new", 0),
        "items_updated": stats.get("archive/items_updated", 0),
        "items_dropped": stats.get("item_dropped_count", 0),
        "errors": errors,
        "fallback_pages": stats.get("archive/extract_fallback", 0),
        "finish_reason": reason,
    }
