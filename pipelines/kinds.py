"""Scrapy passes every item down one chain of pipelines; each of ours declares the kinds
of item it handles (`handles`) and receives only those. The others pass through."""

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


class ArchivePipeline(KindPipeline):
    """A pipeline that writes archive.db: one connection for the spider's run."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("ARCHIVE_DB")
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        self.db = database.connect(self.path)

    def close_spider(self, spider=None):
        self.db.close()

    @property
    def portal(self) -> str:
        return self.crawler.spider.name

    @property
    def run_id(self) -> int | None:
        """The crawl_runs row of this run (crawler/crawling/runlog.py)."""
        return self.stats.get_value("archive/run_id")
