from crawler.article import normalize_article
from crawler.items import Article


class NormalizeTextPipeline:
    """NFC text, `Ð` (U+00D0) read as `Đ`, spaces collapsed, paragraphs kept."""

    def process_item(self, item, spider=None):
        return normalize_article(item) if isinstance(item, Article) else item
