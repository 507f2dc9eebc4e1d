import logging

from scrapy.exceptions import DropItem

from crawler.article import Article

from .base import KindPipeline

logger = logging.getLogger(__name__)


class DropInvalidPipeline(KindPipeline):
    """Drop an article that cannot be stored (no title, no body, ...), logged with its URL
    and counted by problem. Processing decided it (crawler/article.py, problems)."""

    handles = (Article,)

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def handle(self, item):
        if item.problems:
            for problem in item.problems:
                self.stats.inc_value(f"archive/dropped/{problem.replace(' ', '_')}")
            logger.warning("Dropped %s: %s", item.url, ", ".join(item.problems))
            raise DropItem(f"{', '.join(item.problems)}: {item.url}")
        return item
