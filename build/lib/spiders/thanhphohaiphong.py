"""Cổng tin tức Thành phố Hải Phòng (WordPress with Jetpack, custom theme)."""

from dataclasses import replace

from crawler.crawling.cms.wordpress import WORDPRESS_SELECTORS, WordPressSpider


class ThanhphohaiphongSpider(WordPressSpider):
    name = "thanhphohaiphong"
    portal_name = "Cổng tin tức Thành phố Hải Phòng"
    origin = "https://thanhphohaiphong.gov.vn"
    start_paths = ("/category/tin-tuc-su-kien/", "/")
    # Posts at /<slug>.html, shortlinks /?p=<id> that redirect to them.
    article_path = r"^/[a-z0-9-]+\.html$|^/\?p=\d+$"
    listing_area = ".list-news, .pagination, .home-news-list, .featured-item"
    selectors = replace(
        WORDPRESS_SELECTORS,
        title="h1.post-title",
        stamp=".print-toolbar .post-date",
        category='.breadcrumbs a[rel~="category"]',
    )
