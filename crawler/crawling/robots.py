"""robots.txt, obeyed as Scrapy obeys it, but fetched at most once a day per site.

RFC 9309 lets a crawler cache robots.txt for up to 24 hours; a nightly crawl that
finds nothing new then costs one request per portal instead of two.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from ..storage import bookkeeping, database


class CachedRobotsTxtMiddleware(RobotsTxtMiddleware):
    def _archive(self):
        return database.connect(self.crawler.settings.get("ARCHIVE_DB"))

    async def robot_parser(self, request):
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            hours = self.crawler.settings.getfloat("ARCHIVE_ROBOTS_CACHE_HOURS")
            archive = self._archive()
            try:
                body = bookkeeping.cached_robots(archive, netloc, datetime.now(UTC) - timedelta(hours=hours))
            finally:
                archive.close()
            if body is not None:
                self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, body.encode("utf-8"))
                self._stats.inc_value("robotstxt/cache_hit")
        return await super().robot_parser(request)

    async def _parse_robots(self, response, netloc, request):
        await super()._parse_robots(response, netloc, request)
        if response.status == 200:
            archive = self._archive()
            try:
                bookkeeping.cache_robots(archive, netloc, response.body.decode("utf-8", errors="replace"))
            finally:
                archive.close()
