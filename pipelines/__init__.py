"""Scrapy item pipelines, one per file, in the order of ITEM_PIPELINES:
normalise text → resolve the date → validate → deduplicate → store."""
