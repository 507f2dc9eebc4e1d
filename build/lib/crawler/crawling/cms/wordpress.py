"""Base spider for WordPress portals."""

from __future__ import annotations

from ...extraction.selectors import Selectors
from ..portal_spider import PortalSpider

# What most WordPress themes print; a portal overrides only what its theme changes.
WORDPRESS_SELECTORS = Selectors(
    title="h1.entry-title",
    body="div.entry-content",
    category='a[rel~="category"]',
    caption=".wp-caption-text",
    # A post and a page share one URL shape; only posts are articles.
    article_marker="body.single-post",
)


class WordPressSpider(PortalSpider):
    cms = "wordpress"
    selectors = WORDPRESS_SELECTORS
    # Posts live at /<slug>/ and at /index.php/YYYY/MM/DD/<slug>/; anything else with a
    # known prefix is an archive, a feed or the admin.
    article_path = (
        r"^/(?:index\.php/\d{4}/\d{2}/\d{2}/)?"
        r"(?!(?:category|tag|page|author|feed|wp-admin|wp-content|wp-json|comments)/)[^/?#]+/$"
    )
    listing_path = r"^/category/[^/?#]+/(?:page/\d+/)?$"
