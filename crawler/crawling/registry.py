"""The portals the project knows: its spiders, looked up by name or by URL."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

SETTINGS_MODULE = "crawler.crawling.settings"  # scrapy.cfg names it too


def project_settings():
    """The project's Scrapy settings (settings.py), before any command-line override."""
    from scrapy.settings import Settings  # Scrapy is imported only where it is used: workers need none of it

    settings = Settings()
    settings.setmodule(SETTINGS_MODULE, priority="project")
    return settings


@lru_cache(maxsize=1)
def spider_classes() -> dict[str, type]:
    """Every portal spider (SPIDER_MODULES of settings.py), by name."""
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader.from_settings(project_settings())
    return {name: loader.load(name) for name in sorted(loader.list())}


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def portal_for_url(url: str) -> type | None:
    """The spider of the portal `url` belongs to (http or https, with www or not)."""
    host = _host(url)
    return next((cls for cls in spider_classes().values() if _host(cls.origin) == host), None)
