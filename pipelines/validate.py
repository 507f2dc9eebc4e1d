import logging

from scrapy.exceptions import DropItem

from crawler.items import Article
from crawler.validate import problems

logger = logging.getLogger(__name__)


class ValidatePipeline:
    """Drop an item without title or body; the drop is logged with its URL and counted."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider=None):
        if not isinstance(item, Article):
            return item
        found = problems(item)
        if found:
            for problem in found:
                self.stats.inc_value(f"archive/dropped/{problem.replace(' ', '_')}")
            logger.warning("Dropped %s: %s", item.url, ", ".join(found))
            raise DropItem(f"{', '.join(found)}: {item.url}")
        return item
