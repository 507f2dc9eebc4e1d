"""Crawl the hostile test site with the project's settings: run_fault_crawl.py DB BASE_URL."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scrapy.crawler import CrawlerProcess  # noqa: E402

from crawler.crawling.run import scrapy_settings  # noqa: E402
from crawler.storage import database  # noqa: E402


def main(db_path: str, base_url: str) -> None:
    settings = scrapy_settings(db_path, {"hostile": base_url}, "INFO")
    settings.set("SPIDER_MODULES", ["fault_spider"])
    settings.set("DOWNLOAD_TIMEOUT", 2)  # the slow page answers after 4 s
    settings.set("RETRY_TIMES", 2)  # the 503 page answers on the third try
    settings.set("ARCHIVE_MAX_LISTING_PAGES", 15)  # the endless listing is a trap
    database.connect(db_path).close()
    process = CrawlerProcess(settings)
    process.crawl("hostile")
    process.start()


# Guarded: the extraction workers are started with "spawn" and import this module.
if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
