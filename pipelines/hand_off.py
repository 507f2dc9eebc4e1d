from crawler import distributed
from crawler.items import Article, PageVisit
from crawler.raw import Capture


class HandOffPipeline:
    """In a worker of a shared crawl: hand every item to the writer through Redis
    (crawler/distributed.py), which stores it in the archive."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.server = distributed.connect(crawler.settings.get("ARCHIVE_REDIS_URL"))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        if isinstance(item, (Article, PageVisit, Capture)):
            portal = self.crawler.spider.name
            self.server.rpush(distributed.key(portal, "items"), distributed.encode_item(item))
            self.crawler.stats.inc_value("archive/handed_over")
        return item

    def close_spider(self, spider=None):
        self.server.close()
