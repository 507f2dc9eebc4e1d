"""A portal spider declares what crawling it needs; a missing part fails when the class
is defined, naming the part, instead of yielding an empty crawl."""

import pytest

from crawler.crawling.cms.liferay import LiferaySpider
from crawler.crawling.cms.wordpress import WordPressSpider
from crawler.crawling.portal_spider import PortalSpider
from crawler.extraction.selectors import Selectors


def test_a_portal_missing_its_origin_fails_naming_it():
    with pytest.raises(TypeError) as error:

        class HalfDone(PortalSpider):  # noqa: F841 - defining it is the test
            name = "half_done"
            portal_name = "Cổng chưa xong"
            selectors = Selectors(title="h1")

    assert str(error.value) == (f"portal spider HalfDone ({__name__}) must declare: origin")


def test_a_link_pattern_that_is_no_regular_expression_fails():
    with pytest.raises(TypeError, match="article_path is not a regular expression"):

        class Broken(PortalSpider):  # noqa: F841
            name = "broken"
            portal_name = "Cổng lỗi"
            origin = "https://broken.example.vn"
            article_path = r"^/tin/(\d+$"
            listing_path = r"^/tin/$"
            selectors = Selectors(body="div.noi-dung")


def test_a_cms_base_supplies_what_its_portals_share():
    class Wordpress(WordPressSpider):
        name = "wordpress_portal"
        portal_name = "Cổng WordPress"
        origin = "https://wp.example.vn"

    class Liferay(LiferaySpider):
        name = "liferay_portal"
        portal_name = "Cổng Liferay"
        origin = "https://lr.example.gov.vn"
        site = "lr"
        selectors = Selectors(body=".journal-content-article")

    assert Wordpress.selectors.body == "div.entry-content"
    assert Liferay.article_path.startswith("^/web/lr/")
    assert Liferay.listing_path == r"^/web/lr/tin-tuc(?:\?[^#]*_cur=\d+[^#]*)?$"


def test_a_liferay_portal_without_its_site_has_no_link_patterns():
    with pytest.raises(TypeError, match="must declare: site$"):

        class NoSite(LiferaySpider):  # noqa: F841
            name = "no_site"
            portal_name = "Cổng Liferay"
            origin = "https://lr.example.gov.vn"
            selectors = Selectors(body=".journal-content-article")
