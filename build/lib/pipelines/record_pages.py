from crawler.crawling.items import PageVisit
from crawler.storage import articles, bookkeeping, database

from .kinds import KindPipeline


class RecordPagesPipeline(KindPipeline):
    """Record every fetched page that is not an article to store (the `pages` table):
    listings, pages that are no article, redirects (another URL of the article they
    lead to) and articles gone (404/410: marked removed, kept)."""

    handles = (PageVisit,)

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

    def handle(self, item):
        if item.kind == "gone" and articles.mark_removed(self.db, item.url, item.status):
            self.stats.inc_value("archive/items_removed")
        if item.kind == "redirect":
            articles.add_alias(self.db, item.url, item.final_url)
        bookkeeping.record_page(
            self.db,
            item.url,
            self.crawler.spider.name,
            item.kind,
            item.status,
            item.final_url,
            self.stats.get_value("archive/run_id"),
        )
        return item
