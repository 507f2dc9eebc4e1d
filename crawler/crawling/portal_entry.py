"""What `archive portal probe --write` adds to a portals file: the portal's entry, and
a spider name when none is given. The entry says only what the probe found: no
guessed pattern (the discovery routes and the generic layer take the rest)."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from .cms.profiles import PROFILES
from .portal_config import NAME
from .probe import Probe


def suggested_name(origin: str) -> str:
    """A spider name from the host: danguykhoi.phutho.gov.vn → danguykhoi_phutho."""
    host = urlsplit(origin).netloc.split(":")[0].lower().removeprefix("www.")
    for suffix in (".gov.vn", ".org.vn", ".com.vn", ".dcs.vn", ".vn", ".com", ".org"):
        if host.endswith(suffix):
            host = host[: -len(suffix)]
            break
    name = re.sub(r"[^a-z0-9]+", "_", host).strip("_")
    return name if NAME.fullmatch(name or "") else f"portal_{name}"


def portal_entry(found: Probe, name: str) -> str:
    """The portal's entry for a portals file: what the probe found, no guessed pattern
    (the discovery routes and the generic layer take the rest)."""
    lines = [
        f"# Written by `archive portal probe` ({found.detection.cms}; {len(found.article_urls)} articles offered).",
        f"[portals.{name}]",
        f"name = {json.dumps(found.site_name, ensure_ascii=False)}",
        f"origin = {json.dumps(found.self_name)}",
        f"cms = {json.dumps(found.detection.cms if found.detection.cms != 'unknown' else 'custom')}",
    ]
    lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in found.learnt.items()]
    if found.self_name != found.origin:  # a copy of the site: stored under its own name
        lines.append(f"fetch_from = {json.dumps(found.origin)}")
    listings = [_path(route.url, found.origin) for route in found.routes if route.kind == "listing"]
    if len(listings) > 1:  # the home page first: a nightly run walks only the first
        lines.append(f"start_paths = {json.dumps(listings, ensure_ascii=False)}")
    profile = PROFILES.get(found.detection.cms)
    known = set(profile.sitemaps + profile.feeds) if profile else set()
    for kind, key in (("sitemap", "sitemaps"), ("feed", "feeds")):
        paths = [
            _path(route.url, found.origin)
            for route in found.routes
            if route.kind == kind
            and route.articles
            and _path(route.url, found.origin) not in known
            and route.url.startswith(found.origin)
        ]
        if paths:
            lines.append(f"{key} = {json.dumps(paths, ensure_ascii=False)}")
    if found.selectors:
        lines.append(f"\n[portals.{name}.selectors]  # learnt from the sample: every page agreed")
        lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in found.selectors.items()]
    return "\n".join(lines) + "\n"


def _path(url: str, origin: str) -> str:
    return (url[len(origin) :] or "/") if url.startswith(origin) else url


def registry_entry(domain: str, name: str, kind: str = "", sample_url: str = "") -> str:
    """An entry for a portal known only by its domain (a registry of real portals): off
    until someone probes it or names it on purpose."""
    said = "; ".join(filter(None, [kind, f"a sample article: {sample_url}" if sample_url else ""]))
    return (
        "\n".join(
            [
                f"# {said}" if said else f"# {domain}",
                f"# Off until probed: archive portal probe https://{domain} --name {name} --write FILE",
                f"[portals.{name}]",
                f"name = {json.dumps(domain)}",
                f'origin = "https://{domain}"',
                'cms = "custom"',
                "enabled = false",
            ]
        )
        + "\n"
    )


HOST = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")


def registry_file(rows: list[dict[str, str]], taken: set[str]) -> tuple[str, list[str], list[str]]:
    """A portals file of every row's domain, each off (registry_entry), named from its
    host and never with a name in `taken`; with the names given and the rows skipped
    (no domain, or one that is no host name), each said why."""
    entries, names, skipped = [], [], []
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        domain = (row.get("domain") or "").strip().lower().removeprefix("www.")
        if not HOST.match(domain):
            skipped.append(f"line {number}: {domain or 'no domain'!r} is not a host name")
            continue
        base = suggested_name(f"https://{domain}")
        name, suffix = base, 2
        while name in taken:
            name, suffix = f"{base}_{suffix}", suffix + 1
        taken.add(name)
        names.append(name)
        entries.append(
            registry_entry(domain, name, (row.get("kind") or "").strip(), (row.get("sample_article_url") or "").strip())
        )
    return "\n".join(entries), names, skipped
