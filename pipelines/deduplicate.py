from crawler.article import Article

from .base import KindPipeline


class DeduplicatePipeline(KindPipeline):
    """One article per canonical URL within a run.

    A page met again at another URL (http and https, /index.php/…, a shortlink)
    carries the same id: its URLs are handed on to be recorded, its text is not
    stored twice.
    """

    handles = (Article,)

    def __init__(self):
        self.seen: set[str] = set()

    def handle(self, item):
        item.duplicate = item.id in self.seen
        self.seen.add(item.id)
        return item
