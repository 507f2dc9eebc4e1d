"""The discovery readers (crawler/crawling/discovery/): pure functions from a response
body to the article URLs it offers, with the time the site says each changed."""

import gzip
import json

import lxml.html
import pytest

from crawler.crawling.cms.detect import detect
from crawler.crawling.discovery import links, wordpress_api
from crawler.crawling.discovery.feeds import feed_anchors, feed_links, read_feed
from crawler.crawling.discovery.found import Found, modified_text
from crawler.crawling.discovery.sitemaps import read_sitemap, robots_sitemaps
from crawler.crawling.incremental import CrawlPlan
from crawler.crawling.probe import PoliteFetcher, self_names
from crawler.crawling.probe import _site_name as site_name
from crawler.extraction import url_shapes

URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://dukhoi.example.vn/tin-tuc/hoi-nghi-so-ket-877.html</loc>
       <lastmod>2024-06-12T09:15:00+07:00</lastmod></url>
  <url><loc>/tin-tuc/trao-huy-hieu-dang-878.html</loc>
       <news:news><news:title>Trao Huy hiệu Đảng</news:title></news:news></url>
  <url><lastmod>2024-06-12</lastmod></url>
</urlset>""".encode()

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://dukhoi.example.vn/wp-sitemap-posts-post-1.xml</loc><lastmod>2024-06-19</lastmod></sitemap>
  <sitemap><loc>https://dukhoi.example.vn/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>
  <sitemap><loc>https://dukhoi.example.vn/wp-sitemap-users-1.xml</loc></sitemap>
  <sitemap><loc>https://dukhoi.example.vn/post-sitemap2.xml</loc></sitemap>
</sitemapindex>"""


def test_a_sitemap_gives_its_pages_with_their_lastmod_in_utc():
    sitemap = read_sitemap(URLSET, "https://dukhoi.example.vn/sitemap.xml")
    assert sitemap.kind == "urlset"
    assert sitemap.entries == [
        Found("https://dukhoi.example.vn/tin-tuc/hoi-nghi-so-ket-877.html", "2024-06-12T02:15:00Z"),
        Found("https://dukhoi.example.vn/tin-tuc/trao-huy-hieu-dang-878.html", None),
    ]


def test_a_sitemap_index_gives_the_sitemaps_of_posts_not_those_of_categories_or_users():
    sitemap = read_sitemap(gzip.compress(INDEX), "https://dukhoi.example.vn/wp-sitemap.xml")
    assert sitemap.kind == "index"
    assert [entry.url.rsplit("/", 1)[1] for entry in sitemap.entries] == [
        "wp-sitemap-posts-post-1.xml",
        "post-sitemap2.xml",
    ]
    assert sitemap.entries[0].modified == "2024-06-18T17:00:00Z"  # a date alone is Vietnam's midnight


@pytest.mark.parametrize(
    "body", ["<!DOCTYPE html><html><body>Trang không tồn tại</body></html>".encode(), b"", b"\x1f\x8bxx"]
)
def test_an_error_page_served_as_a_sitemap_offers_nothing(body):
    assert read_sitemap(body).kind == "invalid"


def test_robots_txt_names_its_sitemaps_once_each():
    robots = b"User-agent: *\nDisallow: /admin/\nSitemap: https://dukhoi.example.vn/sitemap.xml\n" + (
        b"sitemap: /news-sitemap.xml\nSitemap: https://dukhoi.example.vn/sitemap.xml\n"
    )
    assert robots_sitemaps(robots, "https://dukhoi.example.vn") == [
        "https://dukhoi.example.vn/sitemap.xml",
        "https://dukhoi.example.vn/news-sitemap.xml",
    ]


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin hoạt động</title>
<item><title>Hội nghị</title><link>https://dukhoi.example.vn/hoi-nghi-877.html</link>
<pubDate>Wed, 12 Jun 2024 09:15:00 +0700</pubDate></item>
<item><title>Không liên kết</title></item>
<item><title>Trao học bổng</title><link>/trao-hoc-bong-879.html</link></item>
</channel></rss>""".encode()

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
<entry><title>Sửa bài</title><link href="https://dukhoi.example.vn/sua-bai-880.html"/>
<published>2024-06-10T08:00:00+07:00</published><updated>2024-06-19T10:30:00+07:00</updated></entry>
</feed>""".encode()


def test_a_feed_gives_its_entries_with_their_updated_else_published_time():
    assert read_feed(RSS, "https://dukhoi.example.vn/rss/") == [
        Found("https://dukhoi.example.vn/hoi-nghi-877.html", "2024-06-12T02:15:00Z"),
        Found("https://dukhoi.example.vn/trao-hoc-bong-879.html", None),
    ]
    assert read_feed(ATOM) == [Found("https://dukhoi.example.vn/sua-bai-880.html", "2024-06-19T03:30:00Z")]
    assert read_feed(b"<html><body>404</body></html>") == []


def test_a_page_announces_its_feeds_in_its_head():
    page = lxml.html.document_fromstring(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
        '<link rel="alternate" hreflang="en" href="/en/">'
        '<link rel="alternate" type="application/atom+xml; charset=utf-8" href="https://x.vn/atom.xml">'
        "</head><body></body></html>"
    )
    assert feed_links(page, "https://x.vn/tin/") == ["https://x.vn/feed/", "https://x.vn/atom.xml"]


def test_the_wordpress_api_gives_each_post_with_its_modification_time():
    body = json.dumps(
        [
            {"link": "https://dukhoi.example.vn/hoi-nghi/", "modified_gmt": "2024-06-19T03:30:00"},
            {"link": "https://dukhoi.example.vn/trao-hoc-bong/"},
            {"id": 3},
        ]
    ).encode()
    assert wordpress_api.read_posts(body) == [
        Found("https://dukhoi.example.vn/hoi-nghi/", "2024-06-19T03:30:00Z"),
        Found("https://dukhoi.example.vn/trao-hoc-bong/", None),
    ]
    assert wordpress_api.read_posts(b'{"code": "rest_post_invalid_page_number"}') is None
    assert wordpress_api.read_posts(b"<!DOCTYPE html><html></html>") is None
    assert wordpress_api.posts_url("https://x.vn", 2, pretty=False).startswith(
        "https://x.vn/?rest_route=/wp/v2/posts&orderby=modified&order=desc&per_page=100&page=2"
    )
    assert wordpress_api.total_pages({"X-WP-TotalPages": b"7"}) == 7


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-12T09:15:00+07:00", "2024-06-12T02:15:00Z"),
        ("2024-06-12T02:15:00Z", "2024-06-12T02:15:00Z"),
        ("2024-06-12 09:15", "2024-06-12T02:15:00Z"),
        ("Wed, 12 Jun 2024 02:15:00 GMT", "2024-06-12T02:15:00Z"),
        ("hôm qua", None),
        ("", None),
    ],
)
def test_modification_times_in_every_form_sites_write_them(value, expected):
    assert modified_text(value) == expected


LISTING = """<html><body>
<div id="menu"><ul><li><a href="/vi/news/tin-dang-doan-the-so-mot-hai-ba/">Tin Đảng, đoàn thể và các tổ chức</a></li></ul></div>
<div class="news-list">
  <h3><a href="/vi/news/tin-dang-doan-the/hoi-nghi-so-ket-cong-tac-dang-877.html">Hội nghị sơ kết công tác Đảng 6 tháng đầu năm</a></h3>
  <a href="/vi/news/tin-dang-doan-the/hoi-nghi-so-ket-cong-tac-dang-877.html"><img src="a.jpg"></a>
  <h3><a href="https://other.vn/tin-khac-nhieu-chu-lam-878.html">Một bài ở trang khác có nhiều chữ</a></h3>
  <h3><a href="/Chi-tiet-tin/tabid/92/ArticleID/6108/Default.aspx">Trao Huy hiệu Đảng cho đảng viên</a></h3>
  <a href="/vi/news/tin-dang-doan-the/xem-them-879.html">Xem thêm</a>
  <a href="/uploads/bao-cao-tong-ket-nam-2024.pdf">Báo cáo tổng kết năm 2024 của Đảng ủy Khối</a>
</div>
<div class="pagination"><a href="/vi/news/tin-dang-doan-the/page-2">2</a><a href="/vi/news/tin-dang-doan-the/page-2">»</a>
<a href="/vi/news/tin-dang-doan-the/page-9">Trang cuối cùng của chuyên mục</a></div>
</body></html>"""


def test_the_generic_finder_takes_headline_links_of_article_shape_outside_menus():
    page = lxml.html.document_fromstring(LISTING)
    assert links.article_links(page, "https://dukhoi.example.vn/vi/news/tin-dang-doan-the/") == [
        "https://dukhoi.example.vn/vi/news/tin-dang-doan-the/hoi-nghi-so-ket-cong-tac-dang-877.html",
        "https://dukhoi.example.vn/Chi-tiet-tin/tabid/92/ArticleID/6108/Default.aspx",
    ]
    assert links.next_pages(page, "https://dukhoi.example.vn/vi/news/tin-dang-doan-the/") == [
        "https://dukhoi.example.vn/vi/news/tin-dang-doan-the/page-2"
    ]


def test_a_pager_says_its_pages_around_a_hidden_word():
    # Drupal's pager: "Trang " hidden beside the number, "Trang sau" hidden beside "Sau ›".
    pager = lxml.html.document_fromstring(
        '<html><body><nav class="pager"><ul><li><a href="?page=1"><span class="visually-hidden">Trang </span>2</a></li>'
        '<li><a href="?page=1" rel="next"><span class="visually-hidden">Trang sau</span><span>Sau ›</span></a></li>'
        '<li><a href="?page=5"><span>Cuối »</span></a></li>'
        '<li><a href="?page=9">Hội nghị tổng kết công tác năm</a></li></ul></nav></body></html>'
    )
    assert links.next_pages(pager, "https://x.vn/tin-tuc") == [
        "https://x.vn/tin-tuc?page=1",
        "https://x.vn/tin-tuc?page=5",
    ]


def test_a_headline_in_its_own_page_header_is_no_site_header():
    # Joomla's blog and Bootstrap print each teaser's headline in div.page-header.
    teaser = (
        '<div class="{wrapper}"><h2><a href="/tin-hoat-dong/231-so-ket-cong-tac-xay-dung-dang.html">'
        "Sơ kết công tác xây dựng Đảng sáu tháng đầu năm</a></h2></div>"
    )
    for wrapper, found in (("page-header", 1), ("entry-header", 1), ("site-header", 0), ("header", 0)):
        page = lxml.html.document_fromstring(f"<html><body>{teaser.format(wrapper=wrapper)}</body></html>")
        assert len(links.article_links(page, "https://x.vn/tin-hoat-dong.html")) == found, wrapper


def test_a_nightly_run_fetches_what_is_new_or_said_to_have_changed():
    plan = CrawlPlan(
        "incremental",
        known={"a": "2024-06-12T02:15:00Z", "b": "", "c": "2024-06-12T02:15:00Z"},
        recheck={"c"},
        absent={"https://x.vn/sitemap.xml"},
    )
    assert plan.should_fetch("new") and plan.should_fetch("new", "2024-01-01T00:00:00Z")
    assert plan.should_fetch("a", "2024-06-19T03:30:00Z")  # edited since
    assert not plan.should_fetch("a", "2024-06-12T02:15:00Z") and not plan.should_fetch("a")
    assert plan.should_fetch("b", "2024-06-12T02:15:00Z")  # never said: fetched once, to learn it
    # Recent: checked again whatever the routes say (a feed may give the publication time).
    assert plan.should_fetch("c") and plan.should_fetch("c", "2024-06-12T02:15:00Z")
    assert not plan.asks_for_route("https://x.vn/sitemap.xml") and plan.asks_for_route("https://x.vn/feed/")
    assert CrawlPlan("full", absent={"https://x.vn/sitemap.xml"}).asks_for_route("https://x.vn/sitemap.xml")


@pytest.mark.parametrize(
    ("html", "headers", "cms"),
    [
        ('<meta name="generator" content="WordPress 6.4.5">', {}, "wordpress"),
        ('<meta content="NukeViet v4.5" name="generator"><script>var nv_base_siteurl="/";</script>', {}, "nukeviet"),
        ('<form id="Form"><div id="dnn_ContentPane"></div><img src="/Portals/0/logo.png">', {}, "dotnetnuke"),
        ("<div id='s4-workspace'></div>", {"microsoftsharepointteamservices": "16.0.0.5300"}, "sharepoint"),
        (
            "<script>window.drupalSettings = {};</script>",
            {"x-generator": "Drupal 10 (https://www.drupal.org)"},
            "drupal",
        ),
        ('<link href="/wp-content/themes/x/style.css">', {}, "wordpress"),
        ('<img src="/themes/default/images/logo.png">', {}, "unknown"),  # one trace is no proof
        ("<p>Trang tin</p>", {}, "unknown"),
    ],
)
def test_the_cms_is_told_by_its_evidence(html, headers, cms):
    detection = detect(html, headers, "https://x.vn/")
    assert detection.cms == cms
    assert bool(detection.evidence) == (cms != "unknown" or "themes" in html)


@pytest.mark.parametrize(
    ("url", "article", "listing_page"),
    [
        ("https://x.vn/Chuyen-muc-tin/Chi-tiet-tin/tabid/92/title/6108/ctitle/194/Default.aspx", True, False),
        ("https://x.vn/portal/Pages/2024-6-13/Huyen-uy-so-ket-tk7ar2m.aspx", True, False),
        ("https://x.vn/Chuyen-muc-tin/tabid/91/ctitle/194/currentpage/2/Default.aspx", False, True),
        ("https://x.vn/portal/Pages/Hoat-dong.aspx?PageIndex=2", False, True),
        ("https://x.vn/tin-hoat-dong.html?start=8", False, True),  # Joomla counts items, not pages
        ("https://x.vn/tin-hoat-dong.html?limitstart=0", False, True),
        ("https://x.vn/tin-hoat-dong/231-so-ket-cong-tac-xay-dung-dang.html", True, False),
        ("https://x.vn/Gioi-thieu/tabid/89/Default.aspx", False, False),
        ("https://x.vn/vi/about/gioi-thieu-khai-quat-thi-xa-hoa-thanh.html", False, False),
        ("https://x.vn/portal/Pages/Lien-he.aspx", False, False),
    ],
)
def test_what_a_url_alone_says(url, article, listing_page):
    assert url_shapes.looks_like_article(url) is article
    assert bool(url_shapes.PAGE_NUMBER.search(url)) is listing_page


HOME = """<html><head><title>Trang chủ</title></head><body>
<div class="banner"><a href="/portal"><img src="b.png" alt="Cổng thông tin điện tử huyện Văn Lâm"></a></div>
<ul class="menu"><li><a href="/portal/Pages/Tin-tuc.aspx">Tin tức</a></li>
<li><a href="/portal/Pages/Gioi-thieu-chung.aspx">Giới thiệu</a></li></ul>
<div class="box"><div class="box-title"><a href="/portal/Pages/Hoat-dong-Dang-doan-the.aspx">Hoạt động Đảng - Đoàn thể</a></div>
<a href="/portal/Pages/2024-6-13/Huyen-uy-Van-Lam-so-ket-cong-tac-xay-dung-Dang-tk7ar2m.aspx">Huyện ủy Văn Lâm sơ kết
công tác xây dựng Đảng 6 tháng đầu năm</a></div>
<div class="footer"><a href="/portal/Pages/rss.aspx"><img src="rss.gif" alt="RSS"></a>
<a href="https://other.vn/rss">Báo tỉnh</a></div></body></html>"""


def test_a_home_page_leads_to_its_sections_and_to_its_page_of_feeds():
    root = lxml.html.document_fromstring(HOME)
    base = "https://vanlam.example.vn/portal/Pages/default.aspx"
    # A box's heading first (outside the menus), then the menu's; a headline is no section.
    assert links.section_links(root, base) == [
        "https://vanlam.example.vn/portal/Pages/Hoat-dong-Dang-doan-the.aspx",
        "https://vanlam.example.vn/portal/Pages/Tin-tuc.aspx",
        "https://vanlam.example.vn/portal/Pages/Gioi-thieu-chung.aspx",
    ]
    assert feed_anchors(root, base) == ["https://vanlam.example.vn/portal/Pages/rss.aspx"]
    assert site_name(root, base) == "Cổng thông tin điện tử huyện Văn Lâm"  # the <title> names only the page
    titled = lxml.html.document_fromstring(
        "<html><head><title>Đảng ủy Khối tỉnh Phú Thọ > Trang chủ</title></head></html>"
    )
    assert site_name(titled, base) == "Đảng ủy Khối tỉnh Phú Thọ"


def test_a_base_element_on_another_host_names_the_site():
    root = lxml.html.document_fromstring(
        '<html><head><base href="https://danguykhoi.example.vn/"></head><body></body></html>'
    )
    assert self_names(root, "http://127.0.0.1:8000/", "http://127.0.0.1:8000") == ["https://danguykhoi.example.vn"]


def test_a_site_with_no_canonical_link_takes_its_name_from_its_feeds_links():
    fetcher = PoliteFetcher(delay=0)
    fetcher.origin = "http://127.0.0.1:8000"
    fetcher.adopt_name(
        ["https://vanlam.example.vn:443/portal/Pages/a.aspx", "https://vanlam.example.vn/b.aspx", "https://other.vn/c"]
    )
    assert fetcher.aliases == ["https://vanlam.example.vn"]
    # An aggregating feed (most links elsewhere, none a majority) names nothing.
    mixed = PoliteFetcher(delay=0)
    mixed.origin = "http://127.0.0.1:8000"
    mixed.adopt_name(["https://a.vn/1", "https://b.vn/2", "http://127.0.0.1:8000/3"])
    assert mixed.aliases == []
