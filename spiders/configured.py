"""The portals declared as data (spiders/portals.toml and the user's files; see
crawler/crawling/portal_config.py), as spider classes of this module, where Scrapy
looks for them."""

from crawler.crawling.portal_config import declared_portals

globals().update({spider.__name__: spider for spider in declared_portals(__name__)})
