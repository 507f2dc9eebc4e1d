from crawler import db
from crawler.items import Article, PageVisit


class StorePipeline:
    """Write each article, its images and its URLs to the archive (crawler/db.py)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("ARCHIVE_DB")
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        spider = self.crawler.spider
        self.db = db.connect(self.path)
        db.upsert_portal(self.db, spider.name, spider.portal_name, spider.origin, spider.cms)

    def close_spider(self, spider=None):
        self.db.close()

    @property
    def run_id(self):
        return self.stats.get_value("archive/run_id")

    def process_item(self, item, spider=None):
        portal = self.crawler.spider.name
        if not isinstance(item, (Article, PageVisit)):
            return item
        if isinstance(item, PageVisit):
            if item.kind == "gone" and db.mark_removed(self.db, item.url, item.status):
                self.stats.inc_value("archive/items_removed")
            if item.kind == "redirect":
                db.add_alias(self.db, item.url, item.final_url)
            db.record_page(self.db, item.url, portal, item.kind, item.status, item.final_url, self.run_id)
            return item
        if item.duplicate:
            db.add_urls(self.db, item.id, item.seen_at)
            self.stats.inc_value("archive/items_duplicate")
        else:
            outcome = db.store_article(self.db, item)
            self.stats.inc_value(f"archive/items_{outcome}")
        db.record_page(self.db, item.seen_at[-1], portal, "article", 200, item.url, self.run_id)
        return item
