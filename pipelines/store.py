from crawler.article import Article
from crawler.storage import articles, bookkeeping

from .base import ArchivePipeline


class StorePipeline(ArchivePipeline):
    """Write each article, its images and its URLs to the archive
    (crawler/storage/articles.py), and record its page as an article page."""

    handles = (Article,)

    def open_spider(self, spider=None):
        super().open_spider(spider)
        spider = self.crawler.spider
        articles.upsert_portal(self.db, spider.name, spider.portal_name, spider.origin, spider.cms)

    def handle(self, item):
        if item.duplicate:
            articles.add_urls(self.db, item.id, item.seen_at)
            self.stats.inc_value("archive/items_duplicate")
        else:
            outcome = articles.store_article(self.db, item)
            self.stats.inc_value(f"archive/items_{outcome}")
        bookkeeping.record_page(self.db, item.seen_at[-1], self.portal, "article", 200, item.url, self.run_id)
        return item
