from crawler.article import Article
from crawler.crawling.items import PageVisit, RouteTime
from crawler.storage import articles, bookkeeping

from .base import ArchivePipeline


class StorePipeline(ArchivePipeline):
    """Write each article, its images and its URLs to the archive
    (crawler/storage/articles.py), record every fetched page (the `pages` table), and
    the time a route gives for an article another route fetched.

    Both kinds go through the one connection this pipeline holds for the run. A
    route's time that comes before its article (another route's request, in this
    process or another machine's, is still on its way) waits here for the article."""

    handles = (Article, PageVisit, RouteTime)

    def open_spider(self, spider=None):
        super().open_spider(spider)
        self.waiting_times: dict[str, str] = {}
        spider = self.crawler.spider
        articles.upsert_portal(self.db, spider.name, spider.portal_name, spider.origin, spider.cms)

    def handle(self, item):
        if isinstance(item, PageVisit):
            return self.record_visit(item)
        if isinstance(item, RouteTime):
            for url in articles.note_site_modified(self.db, {item.url: item.modified}):
                self.waiting_times[url] = max(item.modified, self.waiting_times.get(url, ""))
            return item
        waited = [self.waiting_times.pop(url) for url in {item.url, *item.seen_at} if url in self.waiting_times]
        if waited:
            item.site_modified = max([item.site_modified or "", *waited])
        if item.duplicate:
            articles.add_urls(self.db, item.id, item.seen_at)
            if item.site_modified:  # the same article by another URL, this one with a route's time
                articles.note_site_modified(self.db, {item.url: item.site_modified})
            self.stats.inc_value("archive/items_duplicate")
        else:
            outcome = articles.store_article(self.db, item)
            self.stats.inc_value(f"archive/items_{outcome}")
        bookkeeping.record_page(self.db, item.seen_at[-1], self.portal, "article", 200, item.url, self.run_id)
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
