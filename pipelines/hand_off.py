from crawler.article import Article
from crawler.crawling import distributed
from crawler.crawling.items import PageVisit, RouteTime
from crawler.storage.raw import Capture

from .base import KindPipeline


class HandOffPipeline(KindPipeline):
    """In a worker of a shared crawl: hand every item to the writer through Redis
    (crawler/crawling/distributed.py), which stores it in the archive."""

    handles = (Article, PageVisit, RouteTime, Capture)

    def __init__(self, crawler):
        self.crawler = crawler
        self.server = distributed.connect(crawler.settings.get("ARCHIVE_REDIS_URL"))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def handle(self, item):
        portal = self.crawler.spider.name
        self.server.rpush(distributed.key(portal, "items"), distributed.encode_item(item))
        self.crawler.stats.inc_value("archive/handed_over")
        return item

    def close_spider(self, spider=None):
        self.server.close()
