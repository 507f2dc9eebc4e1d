from crawler.article import date_article
from crawler.items import Article


class ResolveDatePipeline:
    """published_at from the page's date candidates: metadata, stamp, URL, then body."""

    def process_item(self, item, spider=None):
        return date_article(item) if isinstance(item, Article) else item
