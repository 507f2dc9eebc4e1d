"""Scrapy item pipelines, one per file, in the order of ITEM_PIPELINES:
capture (raw.db) → validate → deduplicate → store. Text normalisation and dates are
done with the extraction, in crawler/processing.py. In a shared crawl's workers,
hand_off replaces capture and store (crawler/distributed.py)."""
