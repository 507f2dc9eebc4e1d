"""Base spider for WordPress portals: its link patterns, selectors and discovery
(REST API, wp-sitemap, /feed/) are its profile in profiles.toml."""

from __future__ import annotations

from .bases import cms_base

WordPressSpider = cms_base("wordpress")
WORDPRESS_SELECTORS = WordPressSpider.selectors
