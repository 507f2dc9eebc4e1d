"""The Party-bloc news archive, by layer; imports run one way, each layer using only
those before it:

- pure: article.py (the article's fields), defaults.py, clock.py, extraction/ (HTML →
  fields), indexing/ (search forms, queries, same-story signatures);
- storage/: both SQLite databases' shapes, migrations, writes and reads;
- crawling/: Scrapy: the portal spider, CMS bases, processing, the crawl;
- cli/: the `archive` command and its tools.

datasette/ (metadata, templates, plugins) and sites/ (the saved portals) are data
shipped with the package.
"""
