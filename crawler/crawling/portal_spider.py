"""The shared portal spider: walks listing pages, fetches article pages, yields Articles.

A portal (spiders/portals.toml, or a class in spiders/) is data: its origin, its start pages, the
URL shapes of its articles and listings, and its selectors; a CMS base (cms/)
supplies what every portal on that CMS shares. What a portal must declare is
checked when its class is defined (REQUIRED), so a missing part fails at load with
its name, not as an empty crawl. It can crawl the live
site or a mirror of it: `base_url` (a spider argument, or the PORTAL_BASE_URLS
setting) replaces the origin in every request, and every URL is mapped back to the
live origin before it is stored, so an article has the same id wherever it was
fetched from.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest

from ..extraction.selectors import Selectors
from ..extraction.urls import canonical_url, rebase
from ..storage.raw import Capture
from .discovering import Discovery
from .discovery import links
from .incremental import plan_for
from .items import PageVisit
from .processing import Outcome, process_capture
from .worker_pool import process_in_worker

NEVER_MATCHES = r"$^"


class PortalSpider(Discovery, scrapy.Spider):
    # --- what a portal file declares ---
    name: str
    portal_name: str = ""  # the portal's own name, for people
    origin: str = ""  # live scheme and host, e.g. "https://baolaocai.vn"
    aliases: tuple[str, ...] = ()  # the portal's other names (an old domain): their links are its own
    fetch_from: str = ""  # where to fetch it when not from origin (a copy); PORTAL_BASE_URLS wins
    cms: str = "custom"
    start_paths: tuple[str, ...] = ("/",)
    # Regexes over path?query; undeclared, the generic article-link finder reads listings.
    article_path: str = NEVER_MATCHES  # an article URL
    listing_path: str = NEVER_MATCHES  # a listing page to walk
    find_links: bool = False  # the generic finder too: the portal's own file gives no article_path
    listing_area: str | None = None  # CSS of the page parts holding the listing's links
    selectors: Selectors = Selectors()  # undeclared parts are found by the generic layer
    enabled: bool = True  # False: known (crawled when named), not crawled with all the others

    # What a portal must declare, each with what is wrong when it does not.
    REQUIRED = {
        "portal_name": lambda cls: bool(cls.portal_name),
        "origin": lambda cls: cls.origin.startswith(("http://", "https://")),
    }

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "name" not in cls.__dict__:
            return  # a base (a CMS family), not a portal
        missing = [part for part, declared in cls.REQUIRED.items() if not declared(cls)]
        if missing:
            raise TypeError(f"portal spider {cls.__name__} ({cls.__module__}) must declare: {', '.join(missing)}")
        for part in ("article_path", "listing_path"):
            try:
                re.compile(getattr(cls, part))
            except re.error as error:
                raise TypeError(f"portal spider {cls.__name__}: {part} is not a regular expression: {error}") from None

    def __init__(self, base_url: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._base_url_argument = base_url
        self._article_re = re.compile(self.article_path)
        self._listing_re = re.compile(self.listing_path)
        self.modified_said: dict[str, str] = {}  # live URL → the latest time a route said it changed
        self.asked: set[str] = set()  # live URLs of the articles requested this run

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        configured = settings.getdict("PORTAL_BASE_URLS").get(spider.name)
        spider.base_url = (spider._base_url_argument or configured or spider.fetch_from or spider.origin).rstrip("/")
        spider.allowed_domains = [urlsplit(spider.base_url).hostname]
        if settings.get("ARCHIVE_REDIS_URL"):  # a shared crawl: the writer published the plan
            from .distributed import connect, shared_plan

            server = connect(settings.get("ARCHIVE_REDIS_URL"))
            spider.plan = shared_plan(server, spider.name)
            server.close()
        else:
            spider.plan = plan_for(
                settings.get("ARCHIVE_DB"),
                spider.name,
                settings.getbool("ARCHIVE_BACKFILL"),
                settings.getint("ARCHIVE_RECHECK_DAYS"),
            )
        return spider

    # --- URL mapping ---

    def to_base(self, url: str) -> str:
        """A live URL of this portal (http or https, with www or not, or at one of its
        aliases) as a URL under base_url; rebase() matches the host whatever the scheme or www."""
        for alias in self.aliases:
            url = rebase(url, alias, self.origin)
        return rebase(url, self.origin, self.base_url)

    def to_live(self, url: str) -> str:
        return rebase(url, self.base_url, self.origin)

    def _classify(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.netloc != urlsplit(self.base_url).netloc:
            return None
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if self._article_re.search(target):
            return "article"
        if self._listing_re.search(target):
            return "listing"
        return None

    # --- crawling ---

    def fault(self, kind: str, url: str, detail: str = "") -> None:
        """A page the hostile web served wrong: logged with its URL, counted by kind."""
        self.crawler.stats.inc_value(f"archive/fault/{kind}")
        self.logger.warning("Fault (%s) at %s%s", kind, url, f": {detail}" if detail else "")

    def follow_redirect(self, response, live_url: str):
        location = response.headers.get("Location", b"").decode("latin-1")
        redirects = tuple(response.meta.get("archive_redirects", ())) + (response.url,)
        target = canonical_url(self.to_base(response.urljoin(location)), self.base_url) if location else ""
        if not target or target in redirects or len(redirects) > self.settings.getint("REDIRECT_MAX_TIMES"):
            self.fault("redirect_loop", live_url, f"{len(redirects)} redirects")
            return
        if not self.plan.should_fetch(self.to_live(target)):
            self.crawler.stats.inc_value("archive/skipped_known")
            yield PageVisit(live_url, self.name, "redirect", response.status, self.to_live(target))
            return
        if urlsplit(target).netloc != urlsplit(self.base_url).netloc:
            self.fault("redirect_off_portal", live_url, f"to {target}")
            return
        yield self.article_request(target, redirects, response.meta.get("archive_modified"))

    async def start(self):
        if self.settings.get("ARCHIVE_ROLE") == "worker":
            return  # in a shared crawl only the writer queues the start pages, once
        for request in self.discovery_requests():
            yield request
        # A nightly run starts from the first listing page; a full walk from them all.
        paths = self.start_paths if self.plan.walks_everything else self.start_paths[:1]
        self.logger.info("%s crawl of %s", self.plan.mode.capitalize(), self.base_url)
        for path in paths:
            yield scrapy.Request(self.base_url + path, callback=self.parse_listing, errback=self.download_failed)

    def parse_listing(self, response):
        stats = self.crawler.stats
        stats.inc_value("archive/listing_pages")
        yield PageVisit(self.to_live(response.url), self.name, "listing", response.status)
        yield from self.feeds_announced(response)
        areas = response.css(self.listing_area) if self.listing_area else []
        articles, listings = self.links_matched(response, areas)
        if self.find_links or self.article_path == NEVER_MATCHES:
            found, pages = self.links_found(response, areas)
            articles, listings = {**articles, **found}, {**listings, **pages}
        wanted = [url for url, live in articles.items() if self.plan.should_fetch(live)]
        stats.inc_value("archive/article_links", len(articles))
        stats.inc_value("archive/skipped_known", len(articles) - len(wanted))
        for url in wanted:
            yield self.article_request(url)
        if articles and not wanted and not self.plan.walks_everything:
            self.logger.info("Nothing new on %s: the listing walk stops here", response.url)
            return
        walked = stats.get_value("archive/listing_pages", 0)
        if listings and walked >= self.settings.getint("ARCHIVE_MAX_LISTING_PAGES"):
            # Endless pagination or a calendar: a crawler trap, not more news.
            self.fault("listing_limit", self.to_live(response.url), f"{walked} listing pages walked")
            return
        for url in listings:
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.download_failed)

    def links_matched(self, response, areas) -> tuple[dict[str, str], dict[str, None]]:
        """Article links (base URL → live URL) and listing pages, by the portal's patterns."""
        articles, listings = {}, {}
        for href in (areas or response).css("a::attr(href)").getall():
            # Tracking parameters name no new page: drop them before fetching.
            url = canonical_url(self.to_base(response.urljoin(href.strip())), self.base_url)
            kind = self._classify(url)
            if kind == "article":
                articles[url] = self.to_live(url)
            elif kind == "listing":
                listings[url] = None
        return articles, listings

    def links_found(self, response, areas) -> tuple[dict[str, str], dict[str, None]]:
        """The same, by the generic article-link finder (discovery/links.py)."""
        roots = [area.root for area in areas] or [response.selector.root]
        found = [url for root in roots for url in links.article_links(root, response.url, self.to_base)]
        pages = [url for root in roots for url in links.next_pages(root, response.url, self.to_base)]
        return {url: self.to_live(url) for url in found}, dict.fromkeys(pages)

    def article_request(self, url: str, redirects: tuple[str, ...] = (), modified: str | None = None) -> scrapy.Request:
        # Redirects are followed here, not by Scrapy: one that lands on a stored article
        # (a shortlink, an old slug) is recorded as another URL of it, not fetched again.
        self.asked.add(self.to_live(url))
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.download_failed,
            priority=1,
            meta={
                "dont_redirect": True,
                "archive_redirects": list(redirects),
                "archive_modified": modified,  # when the site said it changed (discovering.py)
                "handle_httpstatus_list": [301, 302, 303, 307, 308, 404, 410],
            },
        )

    def download_failed(self, failure):
        """A page that could not be fetched (timeout, reset, too large, an HTTP error
        after its retries): one line with its URL, counted by kind; the crawl goes on."""
        request = failure.request
        if failure.check(IgnoreRequest) and "robots" in str(failure.value):
            return  # robots.txt says no: counted by Scrapy as robotstxt/forbidden
        response = getattr(failure.value, "response", None)
        kind = f"http_{response.status}" if response is not None else f"download_{type(failure.value).__name__}"
        self.fault(kind, self.to_live(request.url), str(failure.value)[:200])

    def capture(self, response) -> Capture:
        """The response as the portal sent it, for raw.db (crawler/storage/raw.py)."""
        request_url = response.request.url if response.request else response.url
        headers = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, values in response.headers.items()
            for value in values
        ]
        return Capture(
            self.to_live(request_url), self.to_live(response.url), self.name, response.status, headers, response.body
        )

    async def process(self, capture: Capture) -> Outcome:
        """The page through processing.py: in a worker process, so Scrapy goes
        on fetching meanwhile (ARCHIVE_PROCESS_IN_WORKERS), or here."""
        if self.settings.getbool("ARCHIVE_PROCESS_IN_WORKERS"):
            return await process_in_worker(capture, self.selectors, self.origin)
        return process_capture(capture, self.selectors, self.origin)

    async def parse_article(self, response):
        live_url = self.to_live(response.url)
        capture = self.capture(response)
        yield capture
        if response.status in (404, 410):
            self.logger.warning("Article gone (%s): %s", response.status, live_url)
            yield PageVisit(live_url, self.name, "gone", response.status)
            return
        if 300 <= response.status < 400:
            for request_or_visit in self.follow_redirect(response, live_url):
                yield request_or_visit
            return
        outcome = await self.process(capture)
        stats = self.crawler.stats
        if outcome.kind == "empty":
            self.fault("empty", live_url)
        elif outcome.kind == "binary":
            self.fault("not_html", live_url, outcome.detail)
        elif outcome.kind == "failed":
            self.fault("extract_error", live_url, outcome.detail)
        elif outcome.kind == "not_article":
            stats.inc_value("archive/not_article")
            self.logger.info("Not an article, skipped: %s", live_url)
            yield PageVisit(live_url, self.name, "not_article", response.status)
        else:  # article, or invalid: pipelines/drop_invalid.py drops and counts those
            article = outcome.article
            if article.used_fallback:
                stats.inc_value("archive/extract_fallback")
                self.logger.warning("Selectors found no content; generic extractor used: %s", live_url)
            redirects = [self.to_live(u) for u in response.meta.get("archive_redirects", [])]
            article.seen_at = list(dict.fromkeys(redirects + [live_url]))
            # The latest time any route gave: another route may have said a later one
            # while this request was on its way (its RouteTime found no article yet).
            said = (response.meta.get("archive_modified"), self.modified_said.get(live_url))
            article.site_modified = max(filter(None, said), default=None)
            yield article
