"""Đảng ủy Khối Các cơ quan và Doanh nghiệp tỉnh Nam Định (provincial sub-portal)."""

from crawler.crawling.portal_spider import PortalSpider
from crawler.extraction.selectors import Selectors


class DanguykhoicaccqvadnNamdinhSpider(PortalSpider):
    name = "danguykhoicaccqvadn_namdinh"
    portal_name = "Đảng ủy Khối Các cơ quan và Doanh nghiệp tỉnh Nam Định"
    origin = "https://danguykhoicaccqvadn.namdinh.gov.vn"
    cms = "vnpt-portal"
    start_paths = ("/tin-hoat-dong.html", "/")
    article_path = r"^/tin-tuc-[a-z0-9-]+-\d+\.html$"
    listing_path = r"^/tin-hoat-dong\.html(?:\?page=\d+)?$"
    listing_area = ".list-news, .pager, .main-col"
    selectors = Selectors(
        title="h2.news-title",
        body="div.news-content",
        stamp="div.news-date",
        category=".breadcrumb a:nth-of-type(2)",
        article_marker="div.news-detail",
    )
