"""Scrapy item pipelines, one per file, in the order of ITEM_PIPELINES
(crawler/crawling/settings.py): capture (raw.db) → drop_invalid → deduplicate → store
(articles and the pages table). Each declares the item kinds it handles (base.py). In
a shared crawl's workers, hand_off replaces capture and store
(crawler/crawling/distributed.py)."""
