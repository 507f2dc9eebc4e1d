"""Base spider for Liferay portals (the asset publisher of provincial gov.vn sites)."""

from __future__ import annotations

from ..portal_spider import PortalSpider
from .profiles import PROFILES


class LiferaySpider(PortalSpider):
    cms = "liferay"
    cms_sitemaps = PROFILES["liferay"].sitemaps
    cms_feeds = PROFILES["liferay"].feeds
    site: str = ""  # the Liferay site's path, e.g. "tpcaolanh" in /web/tpcaolanh/
    listing_page: str = "tin-tuc"  # the page holding the news asset publisher
    REQUIRED = {**PortalSpider.REQUIRED, "site": lambda cls: bool(cls.site)}

    def __init_subclass__(cls, **kwargs):
        # The link patterns follow from the site's path: set before PortalSpider checks them.
        if cls.site:
            # Older: /web/<site>/<page>/-/asset_publisher/<instance>/content/id/<n>
            # newer: /web/<site>/<page>/chi-tiet?id=<n>
            cls.article_path = (
                rf"^/web/{cls.site}/[^?#]+/-/asset_publisher/\w+/content/(?:id/)?\d+"
                rf"|^/web/{cls.site}/[\w/-]+/chi-tiet\?id=\d+$"
            )
            # Listing pages paginate with ?_<portletId>_cur=N&_<portletId>_delta=M.
            cls.listing_path = rf"^/web/{cls.site}/{cls.listing_page}(?:\?[^#]*_cur=\d+[^#]*)?$"
        super().__init_subclass__(**kwargs)
