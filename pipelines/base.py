"""What the pipelines share.

Scrapy passes every item down one chain of pipelines; each of ours declares the kinds
of item it handles (`handles`) and receives only those, the others passing through.
A pipeline that writes a database holds one connection for the spider's run.
"""

from __future__ import annotations

from crawler.storage import database


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
