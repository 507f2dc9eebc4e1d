"""What the pipelines share.

Scrapy passes every item down one chain of pipelines; each of ours declares the kinds
of item it handles (`handles`) and receives only those, the others passing through.
A pipeline that writes a database holds one connection for the spider's run.
"""

from __future__ import annotations

import logging
import sqlite3

from scrapy.exceptions import DropItem

from crawler.crawling.runlog import DISK_FULL_STAT
from crawler.storage import database

logger = logging.getLogger(__name__)


class KindPipeline:
    handles: tuple[type, ...] = ()

    def process_item(self, item, spider=None):
        if isinstance(item, self.handles):
            return self.handle(item)
        return item

    def handle(self, item):
        raise NotImplementedError


class DatabasePipeline(KindPipeline):
    """A pipeline that writes one of the archive's databases (connect() says which)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def connect(self):
        raise NotImplementedError

    def process_item(self, item, spider=None):
        if not isinstance(item, self.handles):
            return item
        if self.stats.get_value(DISK_FULL_STAT):
            raise DropItem("not written: the disk is full")
        try:
            return self.handle(item)
        except (sqlite3.Error, OSError) as error:
            if not database.is_disk_full(error):
                raise
            self.stop_writing(error)
            raise DropItem("not written: the disk is full") from None

    def stop_writing(self, error: BaseException) -> None:
        """A full disk: the item's transaction is rolled back, the run stops writing and
        closes, and the command line says so in one line (crawler/cli/crawl.py)."""
        said = database.disk_full_message(self.db_path, error)
        self.stats.set_value(DISK_FULL_STAT, said)
        logger.error("Disk full: %s", said)
        self.crawler.engine.close_spider(self.crawler.spider, "disk_full")

    @property
    def db_path(self) -> str:
        return self.db.conn.execute("PRAGMA database_list").fetchone()[2]

    def open_spider(self, spider=None):
        self.db = self.connect()

    def close_spider(self, spider=None):
        self.db.close()

    @property
    def portal(self) -> str:
        return self.crawler.spider.name

    @property
    def run_id(self) -> int | None:
        """The crawl_runs row of this run (crawler/crawling/runlog.py)."""
        return self.stats.get_value("archive/run_id")


class ArchivePipeline(DatabasePipeline):
    """A pipeline that writes archive.db."""

    def connect(self):
        return database.connect(self.settings.get("ARCHIVE_DB"))
