"""Canonical URLs, article ids and hosts: one article, one id, whatever URL it was reached at;
one site, however its hosts spell it."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only say where a reader came from.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "zarsrc",
        "zaloid",
        "ref",
        "src",
        "mc_cid",
        "mc_eid",
        "_ga",
        "amp",
        # session ids: the same page under endless names (a crawler trap)
        "sid",
        "sessionid",
        "session_id",
        "jsessionid",
        "phpsessid",
        "aspsessionid",
        "cfid",
        "cftoken",
    }
)
TRACKING_PREFIXES = ("utm_", "aspsessionid")
DEFAULT_PORTS = {"http": ":80", "https": ":443"}
_SESSION_IN_PATH = re.compile(r";(?:jsessionid|sid|sessionid)=[^/?#]*", re.I)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def joined(base: str, href: str) -> str | None:
    """`href` read against the page's address; None for one no parser reads ("http://[broken"
    in a page's link or picture: the page is still read, that link is not)."""
    try:
        absolute = urljoin(base, href.strip())
        urlsplit(absolute)
    except ValueError:
        return None
    return absolute


def canonical_url(url: str, origin: str | None = None) -> str:
    """The one spelling of `url`: the portal's live scheme and host (`origin`), no
    fragment, no tracking parameters, the remaining query kept in its order.

    >>> canonical_url("http://example.vn/a/?utm_source=x&id=3#top", "https://example.vn")
    'https://example.vn/a/?id=3'
    """
    parts = urlsplit(url.strip())
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    netloc = netloc.removesuffix(DEFAULT_PORTS.get(scheme, "\0"))  # SharePoint prints https://host:443/
    path = _SESSION_IN_PATH.sub("", parts.path)
    if origin:
        live = urlsplit(origin)
        if _same_host(netloc, live.netloc):
            scheme, netloc = live.scheme, live.netloc.lower()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)])
    return urlunsplit((scheme, netloc, path or "/", query, ""))


def _host_key(netloc: str) -> str:
    host = netloc.lower().removeprefix("www.")
    return host.removesuffix(":80").removesuffix(":443")


def _same_host(a: str, b: str) -> bool:
    return _host_key(a) == _host_key(b)


def same_site(a: str, b: str) -> bool:
    """Two hosts of one site: the same, or one under the other ("account.example.vn")."""
    a, b = _host_key(a), _host_key(b)
    return bool(a and b) and (a == b or a.endswith(f".{b}") or b.endswith(f".{a}"))


# Second-level labels a country registry sells under: "com" of gazetadopova.com.br
GENERIC_DOMAINS = frozenset({"com", "co", "net", "org", "gov", "edu", "ac", "or", "ne", "go"})


def host_of(url: str) -> str:
    try:
        return urlsplit(url.strip()).hostname or ""
    except ValueError:  # "http://[broken": no host
        return ""


def site_name_of_host(host: str) -> str:
    """The name a site's host spells: "gazetadopova" of www.gazetadopova.com.br."""
    labels = host.lower().removeprefix("www.").split(".")[:-1]
    while len(labels) > 1 and labels[-1] in GENERIC_DOMAINS:
        labels.pop()
    return re.sub(r"\W", "", labels[-1]) if labels else ""


def article_id(canonical: str) -> str:
    """A short stable key for a canonical URL (scheme-less, so http/https agree)."""
    key = canonical.split("://", 1)[-1]
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def rebase(url: str, old_base: str, new_base: str) -> str:
    """Move `url` from one base (scheme://host[/prefix]) to another; others unchanged."""
    old = urlsplit(old_base)
    parts = urlsplit(url)
    if not _same_host(parts.netloc, old.netloc) or parts.scheme not in ("http", "https"):
        return url
    prefix = old.path.rstrip("/")
    path = parts.path
    if prefix and not path.startswith(prefix):
        return url
    new = urlsplit(new_base)
    new_path = new.path.rstrip("/") + path[len(prefix) :]
    return urlunsplit((new.scheme, new.netloc, new_path or "/", parts.query, parts.fragment))
