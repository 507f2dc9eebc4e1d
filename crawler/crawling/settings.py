"""Scrapy settings of the archive (scrapy.cfg points here).

Only upper-case names are settings; the archive's defaults come from crawler/defaults.py.
"""

from crawler import defaults

BOT_NAME = "partybloc-archive"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Polite by default: robots.txt, one request at a time per portal, AutoThrottle.
ROBOTSTXT_OBEY = True
ARCHIVE_ROBOTS_CACHE_HOURS = defaults.ROBOTS_CACHE_HOURS  # robots.py
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.crawling.robots.CachedRobotsTxtMiddleware": 100,
}
CONCURRENT_REQUESTS = 8
# Items go through synchronous pipelines one at a time anyway; Scrapy's default of 100
# starts 100 asyncio tasks for every page's output, which costs more than the items.
CONCURRENT_ITEMS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's code-execution endpoint: a cron crawler needs no remote control.
REMOTE_CONTROL_ENABLED = False

# Who we are, and where a portal's webmaster can reach us.
ARCHIVE_CONTACT_URL = "https://github.com/partybloc-archive/partybloc-archive"
USER_AGENT = f"PartyBlocArchive/0.1 (news archive for journalists; +{ARCHIVE_CONTACT_URL})"

ARCHIVE_DB = defaults.ARCHIVE_DB
# Raw captures of every article response (crawler/storage/raw.py); unset = raw.db beside ARCHIVE_DB.
ARCHIVE_RAW_DB = None
# Nightly runs re-fetch stored articles published in the last N days, to catch edits.
ARCHIVE_RECHECK_DAYS = defaults.RECHECK_DAYS
# Walk every listing page even when nothing new turns up (frozen archives).
ARCHIVE_BACKFILL = False
# No portal has more listing pages than this; past it is a trap (endless pages, calendars).
ARCHIVE_MAX_LISTING_PAGES = 5000
DEPTH_LIMIT = 10000
# Shared crawls (archive crawl --redis): a process that stops answering is taken for
# dead after this many seconds, and the others finish the run without it.
ARCHIVE_BUSY_SECONDS = defaults.SHARED_CRAWL_BUSY_SECONDS
# Base URL per portal slug ({"baolaocai": "http://127.0.0.1:8101"}); unset = live site.
PORTAL_BASE_URLS: dict = {}

# Extract, normalise and date pages in worker processes (processing.py, worker_pool.py), so
# Scrapy's own process only fetches and stores.
ARCHIVE_PROCESS_IN_WORKERS = True

# Scrapy passes every item down one chain; each pipeline declares the kinds it
# handles (pipelines/base.py) and lets the others through.
ITEM_PIPELINES = {
    "pipelines.capture.CapturePipeline": 50,
    "pipelines.drop_invalid.DropInvalidPipeline": 300,
    "pipelines.deduplicate.DeduplicatePipeline": 400,
    "pipelines.store.StorePipeline": 500,
}
EXTENSIONS = {
    "crawler.crawling.runlog.RunLog": 500,
}

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = defaults.LOG_LEVEL
