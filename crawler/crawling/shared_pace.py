"""One pace per portal across every process of a shared crawl.

Each Scrapy process keeps its own delay between requests to a portal, so N machines
would send a portal N times the requests of one. In a shared crawl every HTTP(S)
download first takes the portal's turn in Redis: a script run atomically by the
server gives the turn when the portal's last request was at least the delay ago,
by Redis's own clock, and otherwise says how long to wait. The delay is the one
this process keeps for the portal at that moment, DOWNLOAD_DELAY as AutoThrottle
has moved it, so adding machines crawls more portals at once, never one portal
harder. The turn is taken in the download handler, when the downloader sends the
request, not before its own queue.
"""

from __future__ import annotations

import asyncio

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

from . import distributed

# KEYS[1] the portal's turn; ARGV[1] the delay in ms. Returns 0 (the turn is taken)
# or the ms to wait. The key expires a minute after the turn it keeps.
TAKE_TURN = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local next_ms = tonumber(redis.call('GET', KEYS[1]) or '0')
if now_ms >= next_ms then
  redis.call('SET', KEYS[1], now_ms + tonumber(ARGV[1]), 'PX', tonumber(ARGV[1]) + 60000)
  return 0
end
return next_ms - now_ms
"""
# Between taking the turn and reaching the portal a request spends a moment that
# varies (a busy process, the network): the turn holds this much more than the delay,
# so that two requests never reach the portal closer than the delay.
JITTER_SECONDS = 0.1


def apply(settings) -> None:
    """Route a shared crawl's HTTP(S) downloads through the portal's turn."""
    handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
    handlers.update({"http": f"{__name__}.SharedPaceHandler", "https": f"{__name__}.SharedPaceHandler"})
    settings.set("DOWNLOAD_HANDLERS", handlers, priority="cmdline")


class SharedPaceHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, sending each request on the portal's turn."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.server = distributed.connect(crawler.settings.get("ARCHIVE_REDIS_URL"))
        self.take_turn = self.server.register_script(TAKE_TURN)

    async def download_request(self, request):
        delay = self.delay(request)
        if delay > 0:
            turn = distributed.key(self._crawler.spider.name, "turn")
            while (wait_ms := self.take_turn(keys=[turn], args=[round((delay + JITTER_SECONDS) * 1000)])) > 0:
                await asyncio.sleep(wait_ms / 1000)
        return await super().download_request(request)

    def delay(self, request) -> float:
        """The delay this process keeps for the request's portal now (AutoThrottle moves it)."""
        downloader = self._crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        return slot.delay if slot is not None else self._crawler.settings.getfloat("DOWNLOAD_DELAY")

    async def close(self) -> None:
        self.server.close()
        await super().close()
