"""Đảng ủy Khối Doanh nghiệp thành phố Hải Phòng (WordPress)."""

from crawler.crawling.cms.wordpress import WordPressSpider


class DanguykhoidoanhnghiephpSpider(WordPressSpider):
    name = "danguykhoidoanhnghiephp"
    portal_name = "Đảng ủy Khối Doanh nghiệp thành phố Hải Phòng"
    origin = "https://danguykhoidoanhnghiephp.vn"
    start_paths = ("/category/tin-hoat-dong/", "/")
    listing_area = "main, #primary, .site-main"
