"""Several machines, one crawl: a shared frontier on Redis, one writer of the archive.

scrapy-redis supplies the shared parts: its scheduler keeps each portal's request
queue in Redis and its duplicate filter keeps the fingerprints of every request
made, so a page is fetched once whichever machine gets to it first. This module
adds what an archive needs around them:

- One writer. `archive crawl --redis URL` runs beside the archive: it seeds the run
  (the crawl plan and the start pages, once), crawls like any worker, and is the only
  process that writes archive.db and raw.db. `archive crawl --redis URL --worker`
  runs anywhere else: it crawls and hands every item to the writer through a Redis
  list. SQLite stays single-writer and nothing has to be merged afterwards.
- The plan. Workers have no archive, so the writer publishes what the archive knows
  (the run's mode, the URLs not to fetch again, the recent ones to re-check).
- The end. A process may stop only when the portal's queue is empty and no process
  is busy with a request (each holds a "busy" key with a short expiry while it
  works), and the writer stops last, once every handed-over item is stored.
- The traps. SCHEDULER_PERSIST is on: with it off, the first worker to finish would
  clear the shared queue and fingerprints and the others would fetch everything
  again. The writer clears them itself, at the start of the next run and at the end
  of this one. Only the writer yields start requests, so they are queued once.

A worker that dies loses only the requests it had taken (up to CONCURRENT_REQUESTS);
its busy key expires and the others finish the run. The lost pages are fetched by
the next run, as new articles or by the listing walk.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import os
import socket
import time

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.task import LoopingCall

from .. import defaults
from ..article import Article
from ..storage.raw import Capture
from .incremental import CrawlPlan, plan_for
from .items import PageVisit, RouteTime

logger = logging.getLogger(__name__)

PREFIX = "partybloc"
QUIET_SECONDS = 1.0  # the writer stops once nothing was left for this long
PLAN_WAIT_SECONDS = 600  # how long a worker waits for the writer to seed the run
DRAIN_SECONDS = 0.5  # how often the writer stores what workers handed over
WAKE_SECONDS = 0.2  # how often an idle process looks for work in the shared queue


def key(portal: str, part: str) -> str:
    return f"{PREFIX}:{portal}:{part}"


def process_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def connect(url: str):
    import redis

    return redis.Redis.from_url(url)


# --- settings ----------------------------------------------------------------------


def apply(settings, redis_url: str, worker: bool) -> None:
    """Switch a crawl's Scrapy settings to the shared frontier (in place)."""
    settings.set("ARCHIVE_REDIS_URL", redis_url, priority="cmdline")
    settings.set("ARCHIVE_ROLE", "worker" if worker else "writer", priority="cmdline")
    settings.set("REDIS_URL", redis_url, priority="cmdline")
    settings.set("SCHEDULER", "crawler.crawling.distributed.SharedScheduler", priority="cmdline")
    settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="cmdline")
    settings.set("SCHEDULER_QUEUE_KEY", f"{PREFIX}:%(spider)s:requests", priority="cmdline")
    settings.set("SCHEDULER_DUPEFILTER_KEY", f"{PREFIX}:%(spider)s:seen", priority="cmdline")
    settings.set("SCHEDULER_PERSIST", True, priority="cmdline")  # see the module's docstring
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["crawler.crawling.distributed.SharedCrawl"] = 600
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    if worker:
        extensions["crawler.crawling.runlog.RunLog"] = None  # the writer keeps the run log
        for writes in ("capture.CapturePipeline", "store.StorePipeline"):
            pipelines.pop(f"pipelines.{writes}", None)
        pipelines["pipelines.hand_off.HandOffPipeline"] = 500
    settings.set("EXTENSIONS", extensions, priority="cmdline")
    settings.set("ITEM_PIPELINES", pipelines, priority="cmdline")


# --- the plan, published by the writer ------------------------------------------------


# Everything of a portal's run but the handed-over items (kept for the next writer).
RUN_KEYS = ("requests", "seen", "known", "recheck", "absent", "mode", "run", "processes", "writer")
PER_PROCESS_KEYS = ("stats", "alive", "done", "busy")


def run_keys(server, portal: str) -> list[str]:
    """The keys of a portal's run, to clear when one opens and when it ends."""
    return [key(portal, part) for part in RUN_KEYS] + [
        name for part in PER_PROCESS_KEYS for name in server.scan_iter(key(portal, f"{part}:*"))
    ]


def seed(redis_url: str, archive_path: str, portals: list[str], backfill: bool, recheck_days: int) -> None:
    """Open a run: a fresh queue and fingerprint set per portal, and the plan the
    workers will follow. Items a dead run left in Redis are kept for the writer."""
    server = connect(redis_url)
    for portal in portals:
        plan = plan_for(archive_path, portal, backfill, recheck_days)
        pipe = server.pipeline()
        pipe.delete(*run_keys(server, portal))
        known = sorted(plan.known.items())
        for start in range(0, len(known), 10_000):
            pipe.hset(key(portal, "known"), mapping=dict(known[start : start + 10_000]))
        for name, urls in (("recheck", sorted(plan.recheck)), ("absent", sorted(plan.absent))):
            for start in range(0, len(urls), 10_000):
                pipe.sadd(key(portal, name), *urls[start : start + 10_000])
        pipe.set(key(portal, "mode"), plan.mode)
        pipe.set(key(portal, "run"), str(time.time()))
        # The writer is present from the moment the run opens: a worker whose spider
        # opens before the writer's has queued anything waits for it instead of ending.
        pipe.set(key(portal, "writer"), process_id(), ex=defaults.SHARED_CRAWL_BUSY_SECONDS)
        pipe.execute()
    server.close()


def open_portals(redis_url: str, wanted: tuple[str, ...] = (), wait: float = PLAN_WAIT_SECONDS) -> list[str]:
    """The portals of the run the writer opened (those of `wanted`, if given);
    waits for the writer to seed."""
    server = connect(redis_url)
    deadline = time.monotonic() + wait
    try:
        while True:
            opened = sorted(name.decode().split(":")[1] for name in server.scan_iter(f"{PREFIX}:*:run"))
            chosen = [portal for portal in opened if not wanted or portal in wanted]
            if chosen:
                return chosen
            if time.monotonic() > deadline:
                raise RuntimeError("no shared crawl is open on Redis: start `archive crawl --redis` first")
            time.sleep(0.5)
    finally:
        server.close()


def shared_plan(server, portal: str, wait: float = PLAN_WAIT_SECONDS) -> CrawlPlan:
    """The run's plan as the writer published it; waits for the writer to seed."""
    deadline = time.monotonic() + wait
    while not server.exists(key(portal, "run")):
        if time.monotonic() > deadline:
            raise RuntimeError(f"no crawl of {portal} was opened on Redis: start `archive crawl --redis` first")
        time.sleep(0.5)
    mode = server.get(key(portal, "mode")).decode()
    known = {url.decode(): when.decode() for url, when in server.hgetall(key(portal, "known")).items()}
    recheck, absent = ({url.decode() for url in server.smembers(key(portal, name))} for name in ("recheck", "absent"))
    return CrawlPlan(mode, known, recheck, absent)


# --- items handed to the writer ---------------------------------------------------------

_TYPES = {"article": Article, "page": PageVisit, "capture": Capture, "route_time": RouteTime}


def encode_item(item) -> bytes:
    kind = next(name for name, cls in _TYPES.items() if isinstance(item, cls))
    data = {f.name: getattr(item, f.name) for f in dataclasses.fields(item) if f.name != "derived"}
    if kind == "capture":
        data["body"] = base64.b64encode(item.body).decode("ascii")
    return json.dumps({"kind": kind, "data": data}, ensure_ascii=False).encode("utf-8")


def decode_item(raw: bytes):
    message = json.loads(raw)
    data = message["data"]
    if message["kind"] == "capture":
        data["body"] = base64.b64decode(data["body"])
        data["headers"] = [tuple(pair) for pair in data["headers"]]
    if message["kind"] == "article":
        data["date_candidates"] = [tuple(pair) for pair in data["date_candidates"]]
    return _TYPES[message["kind"]](**data)


# --- the scheduler and the extension ------------------------------------------------------


def _scheduler_base():
    from scrapy_redis.scheduler import Scheduler

    return Scheduler


class SharedScheduler(_scheduler_base()):
    """scrapy-redis's scheduler that also marks this process busy, in Redis, from the
    moment it takes a request off the shared queue."""

    busy_key: str | None = None
    busy_until = 0.0
    busy_seconds = 0  # ARCHIVE_BUSY_SECONDS, set by from_crawler

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        scheduler.busy_seconds = crawler.settings.getint("ARCHIVE_BUSY_SECONDS")
        return scheduler

    def open(self, spider):
        super().open(spider)
        self.busy_key = key(spider.name, f"busy:{process_id()}")

    # scrapy-redis 0.9's own versions also count stats with a `spider` argument that
    # Scrapy 2.19 deprecates; otherwise the same.
    def enqueue_request(self, request):
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        request = self.queue.pop(self.idle_before_close)
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
            self.mark_busy()
        return request

    def mark_busy(self) -> None:
        now = time.monotonic()
        if now > self.busy_until - self.busy_seconds / 2:  # refresh at most twice per expiry
            self.server.set(self.busy_key, "1", ex=self.busy_seconds)
            self.busy_until = now + self.busy_seconds

    def mark_idle(self) -> None:
        if self.busy_until:  # idle checks come every WAKE_SECONDS: delete once
            self.server.delete(self.busy_key)
            self.busy_until = 0.0


class SharedCrawl:
    """Decides when a process may stop; in the writer, stores what workers hand over."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.get("ARCHIVE_REDIS_URL"):
            raise NotConfigured
        self.crawler = crawler
        self.writer = settings.get("ARCHIVE_ROLE") == "writer"
        self.server = connect(settings.get("ARCHIVE_REDIS_URL"))
        self.quiet_since: float | None = None
        self.published: dict | None = None
        self.drain = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def portal(self) -> str:
        return self.crawler.spider.name

    def spider_opened(self, spider):
        # Every process says it is alive while it runs and done when it closes: one that
        # vanished without closing (killed) took requests with it, and the run is not clean.
        self.busy_seconds = self.crawler.settings.getint("ARCHIVE_BUSY_SECONDS")
        self.server.sadd(key(self.portal, "processes"), process_id())
        self.heartbeat = LoopingCall(self.beat)
        self.heartbeat.start(self.busy_seconds / 3)
        # Scrapy looks at an empty scheduler again only every 5 s: look at the shared
        # queue more often, so a process joins in as soon as others queue work.
        self.wake = LoopingCall(self.wake_engine)
        self.wake.start(WAKE_SECONDS)
        if self.writer:  # store what the workers hand over while crawling, not only at the end
            self.drain = LoopingCall(lambda: deferred_from_coro(self.store_handed_over()))
            self.drain.start(DRAIN_SECONDS)

    def beat(self) -> None:
        self.server.set(key(self.portal, f"alive:{process_id()}"), "1", ex=self.busy_seconds)
        if self.writer:
            self.server.set(key(self.portal, "writer"), process_id(), ex=self.busy_seconds)

    def wake_engine(self) -> None:
        """Ask the engine for its next request now: it takes one from the shared queue
        if there is one, and if it is idle Scrapy fires spider_idle (the end checks)."""
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()

    def lost_processes(self) -> list[str]:
        """Processes of this run that neither closed nor are alive."""
        lost = []
        for member in self.server.smembers(key(self.portal, "processes")):
            name = member.decode()
            if not (
                self.server.exists(key(self.portal, f"done:{name}"))
                or self.server.exists(key(self.portal, f"alive:{name}"))
            ):
                lost.append(name)
        return lost

    def scheduler(self):
        engine = self.crawler.engine
        return getattr(engine, "scheduler", None) or engine._slot.scheduler  # the property is Scrapy 2.19+

    def spider_idle(self, spider):
        if not self.writer and self.server.exists(key(self.portal, "run")):
            self.publish_stats()
        self.scheduler().mark_idle()
        if not self.finished():
            self.quiet_since = None
            raise DontCloseSpider
        if self.writer:
            # A worker may have taken the last request a moment ago: the end must hold
            # for a while, and what was handed over is stored before the run log closes.
            now = time.monotonic()
            self.quiet_since = self.quiet_since or now
            if now - self.quiet_since < QUIET_SECONDS or self.server.llen(key(self.portal, "items")):
                raise DontCloseSpider
            self.add_workers_stats()
            lost = self.lost_processes()
            if lost:  # runlog.py: the run is not "finished", the next one walks everything
                self.crawler.stats.set_value("archive/lost_workers", len(lost))
                logger.error(
                    "Shared crawl of %s lost %d worker(s) mid-crawl: %s; the pages they had "
                    "taken are fetched by the next run",
                    self.portal,
                    len(lost),
                    ", ".join(lost),
                )

    def finished(self) -> bool:
        """The writer ends the run when nothing is queued and nobody is busy; a worker
        goes on until the writer has closed the run (or is gone itself)."""
        if not self.server.exists(key(self.portal, "run")):
            return True  # the writer closed the run
        if not self.writer and self.server.exists(key(self.portal, "writer")):
            return False
        if self.server.zcard(key(self.portal, "requests")):
            return False
        return not any(True for _ in self.server.scan_iter(key(self.portal, "busy:*")))

    async def store_handed_over(self) -> None:
        """Run the workers' items through this process's pipelines (capture, store, ...).
        One item that fails is logged and counted; it must not stop the others."""
        itemproc = self.crawler.engine.scraper.itemproc
        while raw_items := self.server.lpop(key(self.portal, "items"), 200):
            for raw in raw_items:
                try:
                    await itemproc.process_item_async(decode_item(raw))
                except Exception as error:  # noqa: BLE001 - DropItem, a broken message, a database error
                    self.crawler.stats.inc_value("archive/handed_over_failed")
                    logger.error(
                        "Could not store an item a worker handed over (%s): %s", type(error).__name__, str(error)[:300]
                    )

    def publish_stats(self) -> None:
        numbers = {
            name: value
            for name, value in self.crawler.stats.get_stats().items()
            if isinstance(value, (int, float)) and not isinstance(value, bool) and name != "elapsed_time_seconds"
        }
        if numbers != self.published:  # idle checks come every WAKE_SECONDS: write on change
            self.server.set(key(self.portal, f"stats:{process_id()}"), json.dumps(numbers))
            self.published = numbers

    def add_workers_stats(self) -> None:
        """The workers' counters (requests, faults, drops) added to the writer's, for
        the run log."""
        skip = ("memusage/", "elapsed_time_seconds", "archive/run_id", "start_time", "finish_time")
        for stats_key in self.server.scan_iter(key(self.portal, "stats:*")):
            for name, value in json.loads(self.server.get(stats_key) or "{}").items():
                if not name.startswith(skip):
                    self.crawler.stats.inc_value(name, value)

    def spider_closed(self, spider, reason):
        for loop in (self.drain, getattr(self, "heartbeat", None), getattr(self, "wake", None)):
            if loop and loop.running:
                loop.stop()
        if self.writer:
            self.server.delete(*run_keys(self.server, self.portal))
        else:
            self.server.delete(key(self.portal, f"alive:{process_id()}"))
            if self.server.exists(key(self.portal, "run")):  # else the writer closed the run already
                self.publish_stats()
                self.server.set(key(self.portal, f"done:{process_id()}"), "1", ex=3600)
        self.server.close()
