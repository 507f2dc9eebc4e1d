"""The portal spider's discovery routes: robots.txt's sitemaps, the CMS's API, feeds.

A mixin of PortalSpider (portal_spider.py), which walks the listings and fetches the
articles. Every route hands what it finds to `offer`, which asks the crawl plan
whether the article is new or changed. A route the portal does not have (a 404, a
page that is not a sitemap or a feed) is noted and costs nothing else: it is no
fault of the portal's. Each sitemap, feed and API page is fetched at most once per
run (Scrapy's duplicate filter), after robots.txt and with the portal's delay.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy

from ..extraction.urls import canonical_url
from .discovery import links, wordpress_api
from .discovery.feeds import feed_links, read_feed
from .discovery.found import Found
from .discovery.sitemaps import read_sitemap, robots_sitemaps
from .items import PageVisit, RouteTime
from .robots import ROBOTS_TEXT

# Where a site with no word on its sitemaps most often keeps one.
DEFAULT_SITEMAPS = ("/sitemap.xml",)
# Discovery before the listing walk; articles before both (portal_spider.article_request).
DISCOVERY_PRIORITY = 2
QUIET_STATUSES = [404, 410]  # a route the portal does not have


class Discovery:
    # --- what a portal (or its CMS's profile, cms/profiles.toml) declares ---
    sitemaps: tuple[str, ...] = ()  # the portal's own sitemaps (paths or URLs), read besides robots.txt's
    feeds: tuple[str, ...] = ()  # the portal's own feeds
    api: str = ""  # a CMS API to read articles from: "wordpress"
    cms_sitemaps: tuple[str, ...] = ()  # where the CMS keeps its sitemaps, if robots.txt names none
    cms_feeds: tuple[str, ...] = ()  # where the CMS serves its feed

    def discovery_requests(self):
        yield from self._route_request("/robots.txt", self.parse_robots, meta={ROBOTS_TEXT: True})
        if self.api == "wordpress":
            yield from self._api_request(1, pretty=True)
        for path in (*self.feeds, *self.cms_feeds):
            yield from self._route_request(path, self.parse_feed)
        for path in self.sitemaps:
            yield from self._route_request(path, self.parse_sitemap)

    def _route_request(self, path_or_url: str, callback, meta: dict | None = None):
        """The request for a route, unless the portal lately did not have it."""
        url = self.to_base(path_or_url if "://" in path_or_url else self.base_url + path_or_url)
        if not self.plan.asks_for_route(self.to_live(url)):
            self.crawler.stats.inc_value("archive/discovery/absent_not_asked")
            return
        yield scrapy.Request(
            url,
            callback=callback,
            errback=self.route_failed,
            priority=DISCOVERY_PRIORITY,
            meta={"handle_httpstatus_list": QUIET_STATUSES, **(meta or {})},
        )

    def _absent(self, response, route: str) -> PageVisit:
        """A route the portal does not have: noted (not asked again for a while), not a fault."""
        self.crawler.stats.inc_value(f"archive/discovery/{route}_absent")
        self.logger.info("No %s at %s (%s)", route, self.to_live(response.url), response.status)
        return PageVisit(self.to_live(response.url), self.name, "route_absent", response.status)

    def route_failed(self, failure):
        """A discovery request that could not be fetched: logged and counted; the
        listing walk still finds the articles."""
        self.crawler.stats.inc_value("archive/discovery/failed")
        self.logger.info("Discovery route unavailable: %s (%s)", self.to_live(failure.request.url), failure.value)

    def parse_robots(self, response):
        named = robots_sitemaps(response.body, self.origin) if response.status == 200 else []
        for url in named or [*self.cms_sitemaps, *DEFAULT_SITEMAPS]:
            yield from self._route_request(url, self.parse_sitemap)

    def parse_sitemap(self, response):
        sitemap = read_sitemap(response.body, self.to_live(response.url)) if response.status == 200 else None
        if sitemap is None or sitemap.kind == "invalid":  # a 404, or an HTML page served as 200
            yield self._absent(response, "sitemap")
            return
        self.crawler.stats.inc_value("archive/discovery/sitemaps")
        if sitemap.kind == "index":
            for child in sitemap.entries:
                if self._on_portal(child.url):
                    yield from self._route_request(child.url, self.parse_sitemap)
            return
        for entry in sitemap.entries:
            if not self._listing_like(entry.url):
                yield from self.offer(entry, "sitemap")

    def parse_feed(self, response):
        entries = read_feed(response.body, self.to_live(response.url)) if response.status == 200 else []
        if not entries:
            yield self._absent(response, "feed")
            return
        self.crawler.stats.inc_value("archive/discovery/feeds")
        for entry in entries:
            yield from self.offer(entry, "feed")

    def feeds_announced(self, response):
        """The feeds a listing or home page announces in its <head>."""
        for url in feed_links(response.selector.root, self.to_live(response.url)):
            if self._on_portal(url):
                yield from self._route_request(url, self.parse_feed)

    # --- WordPress's REST API -------------------------------------------------------------

    def _api_request(self, page: int, pretty: bool):
        meta = {"archive_api_page": page, "archive_api_pretty": pretty}
        yield from self._route_request(
            wordpress_api.posts_url(self.base_url, page, pretty), self.parse_wordpress_api, meta
        )

    def parse_wordpress_api(self, response):
        page, pretty = response.meta["archive_api_page"], response.meta["archive_api_pretty"]
        posts = wordpress_api.read_posts(response.body) if response.status == 200 else None
        if posts is None:
            if page == 1:
                yield self._absent(response, "api")
            if page == 1 and pretty:  # pretty links off, or /wp-json moved: the same API by query
                yield from self._api_request(1, pretty=False)
            return
        self.crawler.stats.inc_value("archive/discovery/api_pages")
        wanted = [request for post in posts for request in self.offer(post, "api")]
        yield from wanted
        if not wanted and not self.plan.walks_everything:
            return  # newest change first: a page with nothing new means nothing older is
        last = wordpress_api.total_pages(response.headers)
        if (last is not None and page < last) or (last is None and len(posts) == wordpress_api.PER_PAGE):
            yield from self._api_request(page + 1, pretty)

    # --- what every route hands over -----------------------------------------------------

    def offer(self, found: Found, route: str):
        """A request for the article if the plan wants it (new, or changed since)."""
        url = canonical_url(self.to_base(found.url), self.base_url)
        if not self._on_portal(url):
            return
        stats = self.crawler.stats
        stats.inc_value(f"archive/found/{route}")
        live = self.to_live(url)
        if found.modified:  # for the article, whichever route's request fetches it
            self.modified_said[live] = max(found.modified, self.modified_said.get(live, ""))
            if live in self.asked:  # asked for already this run: its time is stored apart
                yield RouteTime(live, found.modified)
                return
        if self.plan.should_fetch(live, found.modified):
            yield self.article_request(url, modified=found.modified)
        else:
            stats.inc_value("archive/skipped_known")

    def _on_portal(self, url: str) -> bool:
        return urlsplit(self.to_base(url)).netloc == urlsplit(self.base_url).netloc

    def _listing_like(self, url: str) -> bool:
        """A sitemap entry that is the home page, a listing or a furniture page."""
        parts = urlsplit(self.to_base(url))
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if self._article_re.search(target):
            return False
        return bool(self._listing_re.search(target)) or links.never_an_article(url)
