from crawler.article import Article
from crawler.crawling.items import PageVisit
from crawler.storage import articles, bookkeeping

from .base import ArchivePipeline


class StorePipeline(ArchivePipeline):
    """Write each article, its images and its URLs to the archive
    (crawler/storage/articles.py), and record every fetched page (the `pages` table).

    Both kinds go through the one connection this pipeline holds for the run."""

    handles = (Article, PageVisit)

    def open_spider(self, spider=None):
        super().open_spider(spider)
        spider = self.crawler.spider
        articles.upsert_portal(self.db, spider.name, spider.portal_name, spider.origin, spider.cms)
        self.fetched: set[str] = set()  # URLs of the articles stored this run

    def close_spider(self, spider=None):
        # A route may offer an article after another route's request fetched it (the
        # second request is a duplicate): its time is kept for the next nightly run.
        said = getattr(self.crawler.spider, "modified_said", {})
        articles.note_site_modified(self.db, {url: said[url] for url in self.fetched if url in said})
        super().close_spider(spider)

    def handle(self, item):
        if isinstance(item, PageVisit):
            return self.record_visit(item)
        if item.duplicate:
            articles.add_urls(self.db, item.id, item.seen_at)
            self.stats.inc_value("archive/items_duplicate")
        else:
            outcome = articles.store_article(self.db, item)
            self.stats.inc_value(f"archive/items_{outcome}")
        bookkeeping.record_page(self.db, item.seen_at[-1], self.portal, "article", 200, item.url, self.run_id)
        self.fetched.update([item.url, *item.seen_at])
        return item

    def record_visit(self, item: PageVisit) -> PageVisit:
        """A page that is no article to store: a listing, a page that is no article, a
        redirect (another URL of the article it leads to), an article gone (404/410:
        marked removed, kept)."""
        if item.kind == "gone" and articles.mark_removed(self.db, item.url, item.status):
            self.stats.inc_value("archive/items_removed")
        if item.kind == "redirect":
            articles.add_alias(self.db, item.url, item.final_url)
        bookkeeping.record_page(self.db, item.url, self.portal, item.kind, item.status, item.final_url, self.run_id)
        return item
