"""A base spider per CMS, made from its profile (profiles.toml); a CMS whose base
needs code (Liferay: link patterns that follow from the site's path) has a class."""

from __future__ import annotations

from functools import cache

from ..portal_spider import PortalSpider
from .liferay import LiferaySpider
from .profiles import PROFILES

CODE_BASES: dict[str, type[PortalSpider]] = {"liferay": LiferaySpider}


@cache
def cms_base(name: str) -> type[PortalSpider]:
    """The base spider of a CMS the profiles know; PortalSpider for any other name
    (a label such as "newspaper": the portal declares everything itself)."""
    if name in CODE_BASES:
        return CODE_BASES[name]
    if name not in PROFILES:
        return PortalSpider
    attributes = PROFILES[name].base_attributes()
    attributes.update(__module__=__name__, __doc__=f"Base spider for {name} portals (profiles.toml).")
    return type(name.title().replace("-", "") + "Spider", (PortalSpider,), attributes)
