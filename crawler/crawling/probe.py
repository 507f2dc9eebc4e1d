"""`archive portal probe`: what a portal is and how its articles can be reached.

Fetches, politely (robots.txt first and obeyed, one request at a time with a delay,
each URL once), the home page, robots.txt, the sitemaps, feeds and API the portal
has; says which CMS serves it and on what evidence; counts the articles each route
offers; extracts a sample of articles with the generic layer; and writes the
portal's entry for a portals file (portal_config.py).
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from protego import Protego

from ..extraction.category import HOME_WORDS
from ..extraction.learn_selectors import learn_selectors
from ..extraction.parsing import parse_html
from ..extraction.selectors import GENERIC
from ..extraction.text import fold, read_html
from ..extraction.urls import canonical_url, rebase
from ..storage.raw import Capture
from .cms.detect import Detection, detect
from .cms.profiles import PROFILES
from .discovery import links, wordpress_api
from .discovery.feeds import feed_anchors, feed_links, read_feed
from .discovery.sitemaps import read_sitemap, robots_sitemaps
from .processing import process_capture
from .settings import USER_AGENT

MAX_CHILD_SITEMAPS = 5  # of an index, read to count its articles: enough to know the route works
MAX_FEED_PAGES = 4  # links reading "RSS" followed to find the feeds behind them
MAX_SECTIONS_TRIED = 15  # links that may lead to a section's listing, fetched to see
MIN_LISTING_ARTICLES = 3  # article links a section's listing holds
FIELDS = ("title", "body", "published_at", "summary", "author", "category")


class ProbeError(Exception):
    """A portal that cannot be onboarded: unreachable, dead, or with no article."""


@dataclass
class Page:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def ok(self) -> bool:
        return self.status == 200


class PoliteFetcher:
    """One request at a time, `delay` seconds apart, robots.txt obeyed, each URL once."""

    def __init__(self, delay: float = 1.0, timeout: float = 20.0):
        self.delay, self.timeout = delay, timeout
        self.robots: dict[str, Protego] = {}
        self.pages: dict[str, Page | None] = {}
        self.requests = 0
        self.origin = ""  # the probed origin, where the aliases' URLs are fetched
        self.aliases: list[str] = []
        self._last = 0.0

    def at_origin(self, url: str) -> str:
        """A URL under one of the site's own other names, as a URL of the probed origin."""
        for alias in self.aliases:
            url = rebase(url, alias, self.origin)
        return url

    def adopt_name(self, urls: list[str]) -> None:
        """A site whose pages give no name of their own (no canonical link) still names
        itself in its feeds' and sitemaps' links: most of them on one other origin."""
        origins = Counter(_origin(url) for url in urls)
        if not self.aliases and origins:
            name, count = origins.most_common(1)[0]
            if _host(name) != _host(self.origin) and count > len(urls) / 2:
                self.aliases.append(name)

    def _download(self, url: str) -> Page | None:
        wait = self._last + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.requests += 1
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                page = Page(response.url, response.status, _lower(response.headers), response.read())
        except urllib.error.HTTPError as error:
            page = Page(url, error.code, _lower(error.headers or {}), b"")
        except (urllib.error.URLError, OSError, ValueError):
            page = None
        self._last = time.monotonic()
        return page

    def robots_txt(self, url: str) -> Page | None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        if robots_url not in self.pages:
            self.pages[robots_url] = self._download(robots_url)
            page = self.pages[robots_url]
            text = page.body.decode("utf-8", "replace") if page and page.ok else ""
            self.robots[parts.netloc] = Protego.parse(text)
        return self.pages[robots_url]

    def get(self, url: str) -> Page | None:
        """The page at `url` (a 4xx/5xx is a Page too); None when unreachable or
        forbidden by robots.txt."""
        url = self.at_origin(url)
        self.robots_txt(url)
        if not self.robots[urlsplit(url).netloc].can_fetch(url, USER_AGENT):
            return None
        if url not in self.pages:
            self.pages[url] = self._download(url)
        return self.pages[url]


def _lower(headers) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


@dataclass
class Route:
    kind: str  # api | sitemap | feed | listing
    url: str
    articles: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class Probe:
    url: str
    origin: str
    site_name: str
    detection: Detection
    routes: list[Route]
    sample: list[dict] = field(default_factory=list)  # per article: url, layer, the fields found
    requests: int = 0
    aliases: list[str] = field(default_factory=list)  # the names the site gives itself besides origin
    learnt: dict[str, str] = field(default_factory=dict)  # CMS keys read off the home page (profiles' learn)
    selectors: dict[str, str] = field(default_factory=dict)  # learnt from the sample (learn_selectors.py)

    @property
    def self_name(self) -> str:
        """The origin the site gives as its own (its canonical links), else the probed one."""
        return self.aliases[0] if self.aliases else self.origin

    @property
    def article_urls(self) -> list[str]:
        """Every article a route offers, feeds and API first (the newest)."""
        order = {"api": 0, "feed": 1, "sitemap": 2, "listing": 3}
        routes = sorted(self.routes, key=lambda route: order[route.kind])
        return list(dict.fromkeys(url for route in routes for url in route.articles))


def probe(url: str, sample: int = 5, delay: float = 1.0) -> Probe:
    fetcher = PoliteFetcher(delay)
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    origin = fetcher.origin = f"{parts.scheme}://{parts.netloc}"
    robots = fetcher.robots_txt(url)
    if robots is None:
        raise ProbeError(f"{origin} cannot be reached")
    home = fetcher.get(url)
    if home is None:
        raise ProbeError(f"{url} cannot be reached, or robots.txt forbids it")
    if not home.ok:
        raise ProbeError(f"{url} answers {home.status}: the portal is down or gone")
    html = read_html(home.body, home.headers.get("content-type"))
    root = parse_html(html)
    if root is None:
        raise ProbeError(f"{url} is not an HTML page")
    aliases = self_names(root, home.url, origin)
    fetcher.aliases = aliases
    detection = detect(html, home.headers, home.url)
    profile = PROFILES.get(detection.cms)
    routes = []
    if detection.cms == "wordpress":
        routes.append(_wordpress_api(fetcher, origin))
    named = robots_sitemaps(robots.body, origin) if robots.ok else []
    fallback = [origin + path for path in (profile.sitemaps if profile else ())] or [origin + "/sitemap.xml"]
    sitemaps = [_sitemap(fetcher, sitemap, origin) for sitemap in named]
    if not any(route.articles for route in sitemaps):  # none named, or those named are gone
        sitemaps += [_sitemap(fetcher, sitemap, origin) for sitemap in fallback if sitemap not in named]
    routes += sitemaps
    feeds = feed_links(root, home.url) + [origin + path for path in (profile.feeds if profile else ())]
    feeds += _feeds_behind_links(fetcher, root, home.url)
    for feed in dict.fromkeys(map(fetcher.at_origin, feeds)):
        routes.append(_feed(fetcher, feed, origin))
    routes.append(Route("listing", home.url, links.article_links(root, home.url, fetcher.at_origin)))
    routes += _section_listings(fetcher, root, home.url)
    found = Probe(url, origin, _site_name(root, home.url), detection, routes, aliases=aliases)
    for key, pattern in (profile.learn if profile else {}).items():
        values = Counter(re.findall(pattern, html))
        if values:
            found.learnt[key] = values.most_common(1)[0][0]
    for article_url in found.article_urls[:sample]:
        found.sample.append(_extract(fetcher, article_url, origin))
    sampled = [fetcher.get(item["url"]) for item in found.sample if item["outcome"] == "article"]
    found.selectors = learn_selectors(
        [(read_html(page.body, page.headers.get("content-type")), page.url) for page in sampled]
    )
    found.requests = fetcher.requests
    if not found.article_urls:
        raise ProbeError(f"{url}: no route offers any article (no sitemap, feed, API or article link)")
    return found


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


def _origin(url: str) -> str:
    parts = urlsplit(canonical_url(url))
    return f"{parts.scheme}://{parts.netloc}"


def self_names(root, page_url: str, origin: str) -> list[str]:
    """Other origins the site gives as its own (its canonical link, og:url, <base>, the
    feeds it announces): a copy served elsewhere, or a portal that moved, links to them."""
    urls = [link.get("href", "") for link in root.iter("link") if "canonical" in (link.get("rel") or "").lower()]
    urls += [base.get("href", "") for base in root.iter("base")]
    urls += [meta.get("content", "") for meta in root.iter("meta") if meta.get("property") == "og:url"]
    urls += feed_links(root, page_url)
    names = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc and _host(url) != _host(origin):
            names.append(_origin(url))  # https://host:443/ is https://host
    return list(dict.fromkeys(names))


def _wordpress_api(fetcher: PoliteFetcher, origin: str) -> Route:
    for pretty in (True, False):
        api_url = wordpress_api.posts_url(origin, 1, pretty)
        page = fetcher.get(api_url)
        posts = wordpress_api.read_posts(page.body) if page and page.ok else None
        if posts is not None:
            total = page.headers.get("x-wp-total")
            note = f"{total} posts in all" if total else ""
            return Route("api", api_url, _on_site([p.url for p in posts], fetcher, origin), note)
    return Route("api", wordpress_api.posts_url(origin, 1), note="absent")


def _sitemap(fetcher: PoliteFetcher, url: str, origin: str) -> Route:
    page = fetcher.get(url)
    if (page is None or not page.ok) and _host(url) != _host(origin):
        # robots.txt may name the sitemap under the site's public or former host.
        url = rebase(url, _origin(url), origin)
        page = fetcher.get(url)
    sitemap = read_sitemap(page.body, url) if page and page.ok else None
    if sitemap is None or sitemap.kind == "invalid":
        return Route("sitemap", url, note="absent")
    if sitemap.kind == "urlset":
        return Route("sitemap", url, _articles_of(sitemap.entries, fetcher, origin))
    articles, children = [], _on_site([entry.url for entry in sitemap.entries], fetcher, origin)
    for child in children[:MAX_CHILD_SITEMAPS]:
        child_page = fetcher.get(child)
        child_map = read_sitemap(child_page.body, child) if child_page and child_page.ok else None
        if child_map and child_map.kind == "urlset":
            articles += _articles_of(child_map.entries, fetcher, origin)
    read = min(len(children), MAX_CHILD_SITEMAPS)
    return Route("sitemap", url, articles, f"an index of {len(children)} sitemaps, {read} read")


def _on_site(urls: list[str], fetcher: PoliteFetcher, origin: str) -> list[str]:
    """The URLs of the probed site (its other names read as the probed origin)."""
    fetcher.adopt_name(urls)
    return [url for url in map(fetcher.at_origin, urls) if _host(url) == _host(origin)]


def _articles_of(entries, fetcher: PoliteFetcher, origin: str) -> list[str]:
    return [
        url for url in _on_site([entry.url for entry in entries], fetcher, origin) if not links.never_an_article(url)
    ]


def _feed(fetcher: PoliteFetcher, url: str, origin: str) -> Route:
    page = fetcher.get(url)
    entries = read_feed(page.body, url) if page and page.ok else []
    if not entries:
        return Route("feed", url, note="absent")
    return Route("feed", url, _on_site([entry.url for entry in entries], fetcher, origin))


def _root_of(page: Page | None):
    if page is None or not page.ok or b"<" not in page.body[:2048]:
        return None
    return parse_html(read_html(page.body, page.headers.get("content-type")))


def _feeds_behind_links(fetcher: PoliteFetcher, root, page_url: str) -> list[str]:
    """Feeds reached through the page's links: a link to a feed itself, or to the page
    that lists the site's feeds."""
    candidates = []
    for url in feed_anchors(root, page_url)[:MAX_FEED_PAGES]:
        listed = _root_of(fetcher.get(url))
        candidates += [url] if listed is None else feed_links(listed, url) + feed_anchors(listed, url)
    return [url for url in dict.fromkeys(candidates) if _is_feed(fetcher.get(url))]


def _is_feed(page: Page | None) -> bool:
    return page is not None and page.ok and bool(read_feed(page.body))


def _section_listings(fetcher: PoliteFetcher, root, home_url: str) -> list[Route]:
    """The sections whose listings hold articles and have more pages: the listing walk
    starts from them, for the older articles no other route offers."""
    routes = []
    for url in links.section_links(root, home_url, fetcher.at_origin)[:MAX_SECTIONS_TRIED]:
        page = fetcher.get(url)
        listed = _root_of(page)
        if listed is None:
            continue
        found = links.article_links(listed, page.url, fetcher.at_origin)
        more = links.next_pages(listed, page.url, fetcher.at_origin)
        if more and len(found) >= MIN_LISTING_ARTICLES:
            routes.append(Route("listing", url, found, f"and {len(more)} more pages"))
    return routes


def _extract(fetcher: PoliteFetcher, url: str, origin: str) -> dict:
    page = fetcher.get(url)
    if page is None or not page.ok:
        return {"url": url, "outcome": f"not fetched ({page.status if page else 'unreachable'})"}
    headers = list(page.headers.items())
    outcome = process_capture(Capture(url, page.url, "probe", page.status, headers, page.body), GENERIC, origin)
    result = {"url": url, "outcome": outcome.kind}
    if outcome.article is not None:
        result.update({name: getattr(outcome.article, name) for name in FIELDS})
    return result


def _site_name(root, home_url: str) -> str:
    """The site's name: its declared name, else its home page's title without the
    page's own name ("… > Trang chủ"), else its logo's text, else its host."""
    for selector in ('meta[property="og:site_name"]', 'meta[name="application-name"]'):
        found = root.cssselect(selector)
        if found and found[0].get("content", "").strip():
            return " ".join(found[0].get("content").split())
    title = " ".join((root.findtext(".//title") or "").split())
    parts = [part for part in re.split(r"\s+[|–—>»-]\s+", title) if part and fold(part) not in HOME_WORDS]
    if parts:
        return min(parts, key=len)
    for anchor in root.iter("a"):
        target = urlsplit(urljoin(home_url, anchor.get("href", "")))
        logo = next((img.get("alt", "").strip() for img in anchor.iter("img") if img.get("alt", "").strip()), "")
        if logo and target.netloc == urlsplit(home_url).netloc and target.path.rstrip("/").count("/") <= 1:
            return " ".join(logo.split())
    return urlsplit(home_url).netloc
