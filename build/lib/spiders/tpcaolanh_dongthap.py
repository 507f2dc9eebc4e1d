"""Thành phố Cao Lãnh, Đồng Tháp (Liferay asset publisher)."""

from crawler.crawling.cms.liferay import LiferaySpider
from crawler.extraction.selectors import Selectors


class TpcaolanhDongthapSpider(LiferaySpider):
    name = "tpcaolanh_dongthap"
    portal_name = "Cổng thông tin điện tử Thành phố Cao Lãnh (Đồng Tháp)"
    origin = "https://tpcaolanh.dongthap.gov.vn"
    site = "tpcaolanh"
    start_paths = ("/web/tpcaolanh/tin-tuc", "/")
    listing_area = ".asset-abstract, .pagination, .portlet-content"
    selectors = Selectors(
        title=".news-detail h1.title-detail",
        body=".news-detail div.journal-content-article",
        summary=".news-detail .sapo-detail",
        stamp=".news-detail .date-detail",
        category='.breadcrumb a[href$="/tin-tuc"]',
        article_marker=".news-detail",
    )
