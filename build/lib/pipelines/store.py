from crawler.article import Article
from crawler.storage import articles, bookkeeping, database

from .kinds import KindPipeline


class StorePipeline(KindPipeline):
    """Write each article, its images and its URLs to the archive
    (crawler/storage/articles.py), and record its page as an article page."""

    handles = (Article,)

    def __init__(self, crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("ARCHIVE_DB")
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        spider = self.crawler.spider
        self.db = database.connect(self.path)
        articles.upsert_portal(self.db, spider.name, spider.portal_name, spider.origin, spider.cms)

    def close_spider(self, spider=None):
        self.db.close()

    def handle(self, item):
        if item.duplicate:
            articles.add_urls(self.db, item.id, item.seen_at)
            self.stats.inc_value("archive/items_duplicate")
        else:
            outcome = articles.store_article(self.db, item)
            self.stats.inc_value(f"archive/items_{outcome}")
        bookkeeping.record_page(
            self.db,
            item.seen_at[-1],
            self.crawler.spider.name,
            "article",
            200,
            item.url,
            self.stats.get_value("archive/run_id"),
        )
        return item
