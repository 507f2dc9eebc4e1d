"""Crawling, on Scrapy: the portal spider and a base per CMS, processing in worker
processes, the crawl plan, robots.txt caching, the run log, the lock, the shared crawl
over Redis, the settings and the crawl itself. Imports storage and the pure layers."""
