"""robots.txt, obeyed as Scrapy obeys it, but fetched at most once a day per site.

RFC 9309 lets a crawler cache robots.txt for up to 24 hours; a nightly crawl that
finds nothing new then costs one request per portal instead of two. A spider that
wants the text itself (its Sitemap: lines) asks with meta ROBOTS_TEXT and is answered
from the copy this middleware holds, so robots.txt is never fetched twice.

A shared crawl's worker has no archive: it keeps its copy for the run alone, and
still answers the spider's robots.txt request from it (the writer may hand it that
request through the shared queue).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import TextResponse
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from ..storage import bookkeeping, database

ROBOTS_TEXT = "archive_robots_text"  # request meta: answer with robots.txt as this middleware read it


class CachedRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler):
        super().__init__(crawler)
        self._bodies: dict[str, bytes] = {}  # netloc → robots.txt as served (200 only)
        self._archived = crawler.settings.get("ARCHIVE_ROLE") != "worker"

    async def process_request(self, request, spider=None):
        if request.meta.get(ROBOTS_TEXT):
            await self.robot_parser(request)
            body = self._bodies.get(urlparse_cached(request).netloc)
            status = 200 if body is not None else 404
            self._stats.inc_value("robotstxt/text_from_copy")
            return TextResponse(request.url, status=status, body=body or b"", encoding="utf-8", request=request)
        return await super().process_request(request)

    def _archive(self):
        return database.connect(self.crawler.settings.get("ARCHIVE_DB"))

    async def robot_parser(self, request):
        netloc = urlparse_cached(request).netloc
        if self._archived and netloc not in self._parsers:
            hours = self.crawler.settings.getfloat("ARCHIVE_ROBOTS_CACHE_HOURS")
            archive = self._archive()
            try:
                body = bookkeeping.cached_robots(archive, netloc, datetime.now(UTC) - timedelta(hours=hours))
            finally:
                archive.close()
            if body is not None:
                self._bodies[netloc] = body.encode("utf-8")
                self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, body.encode("utf-8"))
                self._stats.inc_value("robotstxt/cache_hit")
        return await super().robot_parser(request)

    async def _parse_robots(self, response, netloc, request):
        await super()._parse_robots(response, netloc, request)
        if response.status == 200:
            self._bodies[netloc] = response.body
            if not self._archived:
                return
            archive = self._archive()
            try:
                bookkeeping.cache_robots(archive, netloc, response.body.decode("utf-8", errors="replace"))
            finally:
                archive.close()
