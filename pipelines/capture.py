from crawler.storage import raw

from .base import DatabasePipeline


class CapturePipeline(DatabasePipeline):
    """Keep every article response, as the portal sent it, in raw.db (crawler/storage/raw.py)."""

    handles = (raw.Capture,)

    def connect(self):
        return raw.connect(raw.path_for(self.settings.get("ARCHIVE_DB"), self.settings.get("ARCHIVE_RAW_DB")))

    def handle(self, item):
        raw.store_capture(self.db, item)
        self.stats.inc_value("archive/captures")
        return item
