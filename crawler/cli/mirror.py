"""The mirror: serves the saved sites (crawler/sites/<portal>/) over HTTP on 127.0.0.1.

Each portal gets its own port, so root-relative links work exactly as on the live
site, and the spider changes nothing but its base URL. An index server on the main
port lists the base URLs at /portals.json (`archive crawl --mirror URL` reads it).
"""

from __future__ import annotations

import json
import mimetypes
import re
import socket
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from ..defaults import HOST, MIRROR_PORT, SITES_DIR

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Route:
    """What the mirror answers at one URL. Besides pages and redirects, the faults a
    hostile web serves: `fail_first` answers 503 that many times before the page,
    `delay` waits (a timeout), `reset` hangs up without answering, `size_mb`
    answers a generated page of that size."""

    file: Path | None = None
    status: int = 200
    redirect: str | None = None
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    fail_first: int = 0
    delay: float = 0.0
    reset: bool = False
    size_mb: float = 0.0


@dataclass(frozen=True)
class Site:
    slug: str
    origin: str
    folder: Path
    routes: dict[str, Route]
    endless_pagination: str | None = None  # a path prefix: /prefix?page=N never ends

    def route(self, target: str) -> Route | None:
        return self.routes.get(target)

    def page(self, target: str, max_redirects: int = 5) -> bytes:
        """The bytes a browser ends up with at `target`, redirects followed."""
        for _ in range(max_redirects + 1):
            route = self.routes[target]
            if not route.redirect:
                return route.file.read_bytes()
            target = route.redirect
        raise ValueError(f"redirect loop at {target}")


def load_site(folder: Path, version: str | None = None) -> Site:
    """A saved site; `version` "later" serves routes.later.json where the site has one
    (the same site a week later: new and edited articles)."""
    routes_file = folder / f"routes.{version}.json" if version else folder / "routes.json"
    if not routes_file.is_file():
        routes_file = folder / "routes.json"
    spec = json.loads(routes_file.read_text(encoding="utf-8"))
    routes = {}
    for target, value in spec["routes"].items():
        if isinstance(value, str):
            value = {"file": value}
        routes[target] = Route(
            file=folder / value["file"] if value.get("file") else None,
            status=value.get("status", 301 if value.get("redirect") else 200),
            redirect=value.get("redirect"),
            content_type=value.get("content_type"),
            headers=tuple((value.get("headers") or {}).items()),
            fail_first=value.get("fail_first", 0),
            delay=value.get("delay", 0.0),
            reset=value.get("reset", False),
            size_mb=value.get("size_mb", 0.0),
        )
    pagination = spec.get("endless_pagination")  # a crawler trap: page N links to page N+1
    return Site(folder.name, spec["origin"], folder, routes, pagination)


def load_sites(sites_dir: Path = SITES_DIR, version: str | None = None) -> dict[str, Site]:
    return {
        folder.name: load_site(folder, version)
        for folder in sorted(sites_dir.iterdir())
        if (folder / "routes.json").is_file()
    }


class SiteHandler(BaseHTTPRequestHandler):
    server_version = "ArchiveMirror/1"
    site: Site  # set on the subclass made for each site

    def do_GET(self):  # noqa: N802 (http.server's naming)
        with self.server.lock:
            self.server.requests[self.path] = self.server.requests.get(self.path, 0) + 1
            self.server.arrivals.append(time.monotonic())
        if self.server.delay:
            time.sleep(self.server.delay)  # a distant portal answers slowly
        parts = urlsplit(self.path)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        route = self.site.route(target)
        trap = self.site.endless_pagination
        if route is None and trap and parts.path == trap:
            number = int(re.sub(r"\D", "", parts.query) or 1)
            body = f'<html><body><h1>Trang {number}</h1><a href="{trap}?page={number + 1}">Trang sau</a></body></html>'
            self._send(200, body.encode(), "text/html; charset=utf-8")
            return
        if route is not None and self._fault(target, route):
            return
        if route is None:
            self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html; charset=utf-8")
        elif route.redirect:
            self._send(route.status, b"", "text/html; charset=utf-8", [("Location", route.redirect)])
        elif route.size_mb:
            filler = b"<p>" + "Nội dung rất dài. ".encode() * 64 + b"</p>\n"
            body = b"<html><body>" + filler * int(route.size_mb * 2**20 / len(filler)) + b"</body></html>"
            self._send(200, body, "text/html; charset=utf-8")
        else:
            body = route.file.read_bytes()
            content_type = route.content_type or CONTENT_TYPES.get(
                route.file.suffix, mimetypes.guess_type(route.file.name)[0] or "application/octet-stream"
            )
            self._send(route.status, body, content_type, list(route.headers))

    def _fault(self, target: str, route: Route) -> bool:
        """Serve the route's fault, if it has one now; True when it answered."""
        if route.delay:
            time.sleep(route.delay)
        if route.reset:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return True
        if route.fail_first:
            with self.server.lock:
                seen = self.server.hits[target] = self.server.hits.get(target, 0) + 1
            if seen <= route.fail_first:
                self._send(503, b"<html><body>Service Unavailable</body></html>", "text/html; charset=utf-8")
                return True
        return False

    def do_HEAD(self):  # noqa: N802
        self.do_GET()

    def _send(self, status: int, body: bytes, content_type: str, headers=()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # quiet: the crawler logs what it fetched
        pass


class IndexHandler(BaseHTTPRequestHandler):
    base_urls: dict[str, str] = {}

    def do_GET(self):  # noqa: N802
        if urlsplit(self.path).path == "/portals.json":
            body, kind = json.dumps(self.base_urls, indent=2).encode(), "application/json"
        else:
            items = "".join(f'<li><a href="{u}/">{s}</a> {u}</li>' for s, u in self.base_urls.items())
            body, kind = f"<html><body><h1>Mirror</h1><ul>{items}</ul></body></html>".encode(), "text/html"
        self.send_response(200)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class MirrorServer(ThreadingHTTPServer):
    # http.server's default backlog of 5 stalls a concurrent crawl; take what comes.
    request_queue_size = 128
    daemon_threads = True
    allow_reuse_address = True
    delay = 0.0  # seconds before each answer

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.hits: dict[str, int] = {}  # requests per URL, for fail_first
        self.requests: dict[str, int] = {}  # every request per path, for tests of the crawl
        self.arrivals: list[float] = []  # when each request came, for tests of the crawl's pace
        self.lock = threading.Lock()

    def handle_error(self, request, client_address):
        # A crawler that hangs up (killed, timed out) is its own business, not an error here.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Mirror:
    """All saved sites served at once: the index on `port`, the portals on the
    following ports (or on free ports when `port` is 0)."""

    def __init__(
        self,
        host: str = HOST,
        port: int = MIRROR_PORT,
        sites_dir: Path = SITES_DIR,
        delay: float = 0.0,
        version: str | None = None,
    ):
        self.host, self.port, self.delay = host, port, delay
        self.sites = load_sites(sites_dir, version)
        self.servers: list[MirrorServer] = []
        self.base_urls: dict[str, str] = {}

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.servers[0].server_address[1]}"

    def start(self) -> Mirror:
        index = MirrorServer((self.host, self.port), type("Index", (IndexHandler,), {"base_urls": self.base_urls}))
        self.servers.append(index)
        for offset, site in enumerate(self.sites.values(), start=1):
            port = self.port + offset if self.port else 0
            handler = type(f"Site_{site.slug}", (SiteHandler,), {"site": site})
            server = MirrorServer((self.host, port), handler)
            server.delay = self.delay
            self.servers.append(server)
            self.base_urls[site.slug] = f"http://{self.host}:{server.server_address[1]}"
        for server in self.servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()
        self.servers.clear()

    def __enter__(self) -> Mirror:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def mirror_base_urls(mirror_url: str) -> dict[str, str]:
    """Each portal's base URL on a running mirror, from its index."""
    import urllib.request

    with urllib.request.urlopen(mirror_url.rstrip("/") + "/portals.json", timeout=10) as response:
        return json.load(response)
