"""Báo Lào Cai, the provincial Party paper (newspaper CMS)."""

from crawler.crawling.portal_spider import PortalSpider
from crawler.extraction.selectors import Selectors


class BaolaocaiSpider(PortalSpider):
    name = "baolaocai"
    portal_name = "Báo Lào Cai"
    origin = "https://baolaocai.vn"
    cms = "newspaper"
    start_paths = ("/xay-dung-dang/", "/")
    article_path = r"^/(?:[a-z0-9-]+/)?[a-z0-9-]+-post\d+\.html$"
    listing_path = r"^/xay-dung-dang/(?:\?page=\d+)?$"
    listing_area = ".category-list, .pagination, main"
    selectors = Selectors(
        title="h1.article__title",
        body="div.article__body",
        summary="div.article__sapo",
        stamp=".article__meta time, .article__time",
        byline="p.article__author",
        category="a.article__cate",
        caption="td.caption",
        drop=(".image-name",),
        article_marker="div.article__body, div.article",
    )
