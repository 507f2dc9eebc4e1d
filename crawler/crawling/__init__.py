"""Crawling, on Scrapy: the portal spider (portal_spider.py) and a base per CMS (cms/),
the items it yields besides articles (items.py), the portals known (registry.py),
processing pages in worker processes (processing.py, worker_pool.py) and again from
raw.db (reprocess.py), the crawl plan (incremental.py), robots.txt caching
(robots.py), the run log (runlog.py), the lock (lock.py), the shared crawl over
Redis (distributed.py), the settings (settings.py) and the crawl itself (run.py).
Imports storage and the pure layers."""
