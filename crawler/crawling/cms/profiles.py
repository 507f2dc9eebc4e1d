"""The CMS profiles (profiles.toml): evidence for `archive portal probe`, discovery
paths, and what a CMS base spider gives every portal on that CMS."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ...extraction.selectors import Selectors

PROFILES_FILE = Path(__file__).with_name("profiles.toml")


@dataclass(frozen=True)
class Evidence:
    where: str  # generator | header | html | url
    pattern: re.Pattern
    weight: int


@dataclass(frozen=True)
class CmsProfile:
    name: str
    evidence: tuple[Evidence, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    api: str = ""
    article_path: str | None = None
    listing_path: str | None = None
    selectors: dict = field(default_factory=dict)
    learn: dict = field(default_factory=dict)  # portal key → pattern whose group the probe reads off the home page

    def base_attributes(self) -> dict:
        """The attributes a CMS base spider takes from its profile."""
        attributes = {"cms": self.name, "cms_sitemaps": self.sitemaps, "cms_feeds": self.feeds, "api": self.api}
        if self.article_path:
            attributes["article_path"] = self.article_path
        if self.listing_path:
            attributes["listing_path"] = self.listing_path
        if self.selectors:
            attributes["selectors"] = Selectors(**self.selectors)
        return attributes


def load_profiles(path: Path = PROFILES_FILE) -> dict[str, CmsProfile]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    profiles = {}
    for name, entry in data.items():
        evidence = tuple(
            Evidence(e["in"], re.compile(e["pattern"], re.I | re.M), e.get("weight", 1))
            for e in entry.get("evidence", [])
        )
        profiles[name] = CmsProfile(
            name,
            evidence,
            tuple(entry.get("sitemaps", ())),
            tuple(entry.get("feeds", ())),
            entry.get("api", ""),
            entry.get("article_path"),
            entry.get("listing_path"),
            dict(entry.get("selectors", {})),
            dict(entry.get("learn", {})),
        )
    return profiles


PROFILES = load_profiles()
