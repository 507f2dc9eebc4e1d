"""A crawl: the portals' spiders in one Scrapy process, with the archive's settings.

`archive crawl` calls run_crawl(); the lock, the shared crawl's options and what is
printed are the command line's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..defaults import LOG_LEVEL, RECHECK_DAYS
from ..storage import database, raw
from .registry import project_settings


class UnknownPortals(ValueError):
    """Portals asked for that no spider crawls."""


@dataclass
class CrawlResult:
    failed: list[str] = field(default_factory=list)  # portals whose run did not finish clean
    pages_fetched: int = 0
    handed_over: int = 0  # items a shared crawl's worker handed to the writer
    disk_full: str | None = None  # the one line said when a database could not be written


def scrapy_settings(
    db_path: str,
    base_urls: dict[str, str] | None = None,
    log_level: str = LOG_LEVEL,
    backfill: bool = False,
    recheck_days: int = RECHECK_DAYS,
    raw_path: str | None = None,
):
    """The project's settings with this crawl's choices; `base_urls` (a mirror) crawls
    our own server on this machine, with no delay."""
    settings = project_settings()
    settings.set("ARCHIVE_DB", db_path, priority="cmdline")
    settings.set("ARCHIVE_RAW_DB", str(raw.path_for(db_path, raw_path)), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    settings.set("ARCHIVE_BACKFILL", backfill, priority="cmdline")
    settings.set("ARCHIVE_RECHECK_DAYS", recheck_days, priority="cmdline")
    if base_urls:
        settings.set("PORTAL_BASE_URLS", base_urls, priority="cmdline")
        # The mirror is our own server on this machine: no need to be slow with it.
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
    return settings


def run_crawl(
    portals: tuple[str, ...],
    db_path: str,
    base_urls: dict[str, str] | None = None,
    log_level: str = LOG_LEVEL,
    backfill: bool = False,
    recheck_days: int = RECHECK_DAYS,
    raw_path: str | None = None,
    redis_url: str | None = None,
    worker: bool = False,
    overrides: dict[str, str] | None = None,
) -> CrawlResult:
    """Crawl the portals (all when none is named) in one Scrapy process.

    With `redis_url` the crawl is shared (distributed.py): this process is the writer
    of the archive, or with `worker` one more crawler that stores nothing.
    Raises UnknownPortals before crawling anything if a portal is not known.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import SpiderLoader

    from .runlog import DISK_FULL_STAT, run_figures

    settings = scrapy_settings(db_path, base_urls, log_level, backfill, recheck_days, raw_path)
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    loader = SpiderLoader.from_settings(settings)
    known = loader.list()
    unknown = [p for p in portals if p not in known]
    if unknown:
        raise UnknownPortals(f"unknown portal(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    names = list(portals or sorted(name for name in known if loader.load(name).enabled))
    if redis_url:
        from . import distributed, shared_pace

        distributed.apply(settings, redis_url, worker)
        shared_pace.apply(settings)
        if worker:
            names = distributed.open_portals(redis_url, portals)
    if not worker:
        database.connect(db_path).close()  # create or migrate once, before the spiders share it
    if redis_url and not worker:
        distributed.seed(redis_url, db_path, names, backfill, recheck_days)
    process = CrawlerProcess(settings)
    crawlers = []
    for name in names:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler)
    process.start()
    result = CrawlResult(
        pages_fetched=sum(c.stats.get_value("downloader/response_count", 0) for c in crawlers),
        handed_over=sum(c.stats.get_value("archive/handed_over", 0) for c in crawlers),
    )
    for crawler in crawlers:
        result.disk_full = result.disk_full or crawler.stats.get_value(DISK_FULL_STAT)
        figures = run_figures(crawler.stats.get_stats(), crawler.stats.get_value("finish_reason"))
        if figures["finish_reason"] != "finished" or figures["errors"]:
            result.failed.append(crawler.spider.name)
    return result
