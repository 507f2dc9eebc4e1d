"""Scrapy item pipelines, one per file, in the order of ITEM_PIPELINES
(crawler/crawling/settings.py): capture (raw.db) → drop_invalid → deduplicate → store
→ record_pages. Each declares the item kinds it handles (base.py). In a shared
crawl's workers, hand_off replaces capture, store and record_pages
(crawler/crawling/distributed.py)."""
