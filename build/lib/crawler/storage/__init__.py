"""Storage: the one package that knows the shapes of archive.db and raw.db and writes
their DDL. Opening and migrations, article writes, the search index, same-story
links, crawl bookkeeping, read queries and collections, raw captures, exports and
WARC. Imports only the pure layers (crawler/article.py, extraction, indexing)."""
