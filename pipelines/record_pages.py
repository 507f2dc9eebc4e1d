from crawler.crawling.items import PageVisit
from crawler.storage import articles, bookkeeping

from .base import ArchivePipeline


class RecordPagesPipeline(ArchivePipeline):
    """Record every fetched page that is not an article to store (the `pages` table):
    listings, pages that are no article, redirects (another URL of the article they
    lead to) and articles gone (404/410: marked removed, kept)."""

    handles = (PageVisit,)

    def handle(self, item):
        if item.kind == "gone" and articles.mark_removed(self.db, item.url, item.status):
            self.stats.inc_value("archive/items_removed")
        if item.kind == "redirect":
            articles.add_alias(self.db, item.url, item.final_url)
        bookkeeping.record_page(self.db, item.url, self.portal, item.kind, item.status, item.final_url, self.run_id)
        return item
