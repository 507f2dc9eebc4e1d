from crawler.storage import raw

from .kinds import KindPipeline


class CapturePipeline(KindPipeline):
    """Keep every article response, as the portal sent it, in raw.db (crawler/storage/raw.py)."""

    handles = (raw.Capture,)

    def __init__(self, crawler):
        settings = crawler.settings
        self.path = raw.path_for(settings.get("ARCHIVE_DB"), settings.get("ARCHIVE_RAW_DB"))
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        self.db = raw.connect(self.path)

    def close_spider(self, spider=None):
        self.db.close()

    def handle(self, item):
        raw.store_capture(self.db, item)
        self.stats.inc_value("archive/captures")
        return item
