"""A portal spider for the hostile test site (tests/faults/hostile), used only by
tests/test_faults.py; it is the same PortalSpider every real portal uses."""

from crawler.crawling.portal_spider import PortalSpider
from crawler.extraction.selectors import Selectors


class HostileSpider(PortalSpider):
    name = "hostile"
    portal_name = "Cổng thông tin thử lỗi"
    origin = "https://hostile.example.vn"
    start_paths = ("/", "/khong-co/")
    article_path = r"^/(?:tin|private)/[a-z0-9-]+\.html$"
    listing_path = r"^/tin-tuc(?:\?page=\d+)?$"
    selectors = Selectors(title="h1", body="div.noi-dung", stamp="div.ngay")
