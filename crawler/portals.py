"""The portals the project knows: its spiders, looked up by name or by URL."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from . import db as archive_db
from .extract import GENERIC
from .health import assess
from .processing import read_page


@lru_cache(maxsize=1)
def spider_classes() -> dict[str, type]:
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    loader = SpiderLoader.from_settings(settings)
    return {name: loader.load(name) for name in sorted(loader.list())}


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def portal_for_url(url: str) -> type | None:
    host = _host(url)
    return next((cls for cls in spider_classes().values() if _host(cls.origin) == host), None)


def extract_page(html: bytes | str, url: str, generic: bool = False) -> dict:
    """One page through the same steps as a crawl: extract, normalise, date.

    `generic` ignores the portal's selectors (what a redesigned portal gets).
    """
    spider = portal_for_url(url)
    selectors = spider.selectors if spider and not generic else GENERIC
    origin = spider.origin if spider else None
    extraction, article = read_page(html, url, spider.name if spider else None, selectors, origin)
    return {
        "url": article.url,
        "portal": article.portal,
        "is_article": extraction.is_article,
        "title": article.title,
        "summary": article.summary,
        "published_at": article.published_at,
        "published_raw": article.published_raw,
        "date_source": article.date_source,
        "author": article.author,
        "category": article.category,
        "body": article.body,
        "images": [{"src": i["src"], "caption": i["caption"]} for i in article.images],
        "extractor": "portal" if selectors is not GENERIC and not extraction.used_fallback else "generic",
    }


def portal_table(db_path: str) -> tuple[str, bool]:
    """The `archive portals` table, and whether every portal is healthy."""
    archive = archive_db.connect(db_path)
    rows = archive_db.portal_health(archive)
    archive.close()
    header = f"{'portal':30} {'articles':>8}  {'newest':25} {'last run':20} {'mode':11} status"
    lines = [header, "-" * len(header)]
    healthy = True
    for row in rows:
        last = row["runs"][0] if row["runs"] else {}
        flags = assess(row["runs"])
        healthy = healthy and not flags
        status = "; ".join(flags) if flags else f"ok, {last['items_new']} new, {last['items_updated']} updated"
        lines.append(f"{row['portal']:30} {row['articles']:>8}  {row['newest'] or '-':25} "
                     f"{last.get('started_at') or '-':20} {last.get('mode') or '-':11} {status}")
    return "\n".join(lines), healthy
