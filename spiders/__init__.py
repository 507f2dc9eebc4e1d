"""The portals: declared as data in portals.toml (made into spiders by configured.py),
or, for a portal that needs code, as a PortalSpider subclass in a module here."""
