"""Portals declared as data: a few lines of TOML each, made into portal spiders.

    [portals.baolaocai]
    name = "Báo Lào Cai"
    origin = "https://baolaocai.vn"
    cms = "newspaper"                  # wordpress and liferay bring their link patterns
    start_paths = ["/xay-dung-dang/", "/"]
    article_path = '^/[a-z0-9-]+-post\\d+\\.html$'
    listing_path = '^/xay-dung-dang/(?:\\?page=\\d+)?$'
    [portals.baolaocai.selectors]
    body = "div.article__body"

The key of the table is the spider's name. A CMS base (cms/) supplies what its
portals share; selectors given here replace the base's one by one. A portal with
`enabled = false` is known but not crawled unless named. The project's own file is
spiders/portals.toml; a user's files come from `--portals FILE` or the
ARCHIVE_PORTALS variable (paths separated by the system's path separator).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import fields, replace
from pathlib import Path

from ..defaults import PORTALS_ENV
from ..extraction.selectors import Selectors
from .cms.bases import cms_base
from .portal_spider import PortalSpider

PACKAGED_PORTALS = Path(__file__).resolve().parent.parent.parent / "spiders" / "portals.toml"
# TOML key → spider attribute. A CMS base's own declared attributes are keys too
# (liferay: site, listing_page).
KEYS = {
    "name": "portal_name",
    "origin": "origin",
    "cms": "cms",
    "start_paths": "start_paths",
    "article_path": "article_path",
    "listing_path": "listing_path",
    "listing_area": "listing_area",
    "sitemaps": "sitemaps",
    "feeds": "feeds",
    "api": "api",
    "aliases": "aliases",
    "fetch_from": "fetch_from",
}
TUPLE_KEYS = ("start_paths", "sitemaps", "feeds", "aliases")
NAME = re.compile(r"[a-z][a-z0-9_]*")  # the spider's name, on the command line and in the archive
SELECTOR_KEYS = frozenset(f.name for f in fields(Selectors))


class PortalConfigError(ValueError):
    """A portals file that cannot be read, or a portal in it that is not whole."""


def portal_files() -> list[Path]:
    """The project's portals file, then the user's, in the order given."""
    extra = [Path(p) for p in os.environ.get(PORTALS_ENV, "").split(os.pathsep) if p]
    return [PACKAGED_PORTALS, *extra]


def add_portals_file(path: str) -> None:
    """Add a user's portals file for this process and the processes it starts."""
    files = [p for p in os.environ.get(PORTALS_ENV, "").split(os.pathsep) if p]
    if path not in files:
        os.environ[PORTALS_ENV] = os.pathsep.join([*files, str(path)])


def declared_portals(module: str) -> list[type[PortalSpider]]:
    """Every portal of every portals file, each name declared once."""
    spiders, where = [], {}
    for path in portal_files():
        for spider in load_portals(path, module):
            if spider.name in where:
                raise PortalConfigError(f"{path}: portal {spider.name!r} is declared in {where[spider.name]} too")
            where[spider.name] = path
            spiders.append(spider)
    return spiders


def load_portals(path: Path, module: str) -> list[type[PortalSpider]]:
    """The portal spiders one TOML file declares, as classes of `module`."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise PortalConfigError(f"{path}: cannot be read ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise PortalConfigError(f"{path}: not valid TOML ({error})") from None
    unknown = set(data) - {"portals"}
    if unknown:
        raise PortalConfigError(f"{path}: unknown table {sorted(unknown)[0]!r}; portals go under [portals.<name>]")
    return [_spider(path, name, entry, module) for name, entry in data.get("portals", {}).items()]


def _spider(path: Path, name: str, entry: dict, module: str) -> type[PortalSpider]:
    where = f"{path}: portal {name!r}"
    if not NAME.fullmatch(name):
        raise PortalConfigError(f"{where}: a portal's name is lower-case letters, digits and '_' (baolaocai)")
    entry = dict(entry)
    cms = entry.get("cms", "custom")
    base = cms_base(cms)
    selectors = entry.pop("selectors", {})
    enabled = entry.pop("enabled", True)
    allowed = set(KEYS) | _declared_by(base)
    unknown = sorted(set(entry) - allowed) + sorted(f"selectors.{k}" for k in set(selectors) - SELECTOR_KEYS)
    if unknown:
        raise PortalConfigError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))}, selectors)")
    attributes = {KEYS.get(key, key): value for key, value in entry.items()}
    for key in TUPLE_KEYS:
        if key in attributes:
            attributes[key] = tuple(attributes[key])
    if "drop" in selectors:
        selectors["drop"] = tuple(selectors["drop"])
    attributes.update(
        name=name,
        find_links="article_path" not in entry,
        enabled=bool(enabled),
        selectors=replace(base.selectors, **selectors),
        __module__=module,
        __doc__=f"{attributes.get('portal_name', name)} (declared in {Path(path).name}).",
    )
    try:
        return type(_class_name(name), (base,), attributes)
    except TypeError as error:  # what PortalSpider checks at load: a missing part, a bad pattern
        raise PortalConfigError(f"{where}: {error}") from None


def _declared_by(base: type[PortalSpider]) -> set[str]:
    """What a CMS base adds for its portals to declare (its annotated attributes)."""
    return set(vars(base).get("__annotations__", {})) if base is not PortalSpider else set()


def _class_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_")) + "Spider"
