"""crawler/crawling/processing.py: one page through every pure step, as the crawl and
`archive reprocess` both run it."""

from __future__ import annotations

import asyncio

from saved import expected, page

from crawler.crawling.processing import process_capture, process_for_portal
from crawler.crawling.worker_pool import process_in_worker
from crawler.extraction.selectors import Selectors
from crawler.storage.raw import Capture
from spiders.configured import BaolaocaiSpider

HTML = "text/html; charset=utf-8"


def capture(
    body: bytes,
    url: str = "https://baolaocai.vn/tin-post123456.html",
    content_type: str = HTML,
    portal: str = "baolaocai",
) -> Capture:
    return Capture(url, url, portal, 200, [("Content-Type", content_type)], body, "2024-06-01T05:00:00Z")


PAGE = """<html><head><title>\u00d0ảng  ủy Khối tổng kết năm</title></head><body>
<h1>\u00d0ảng  ủy Khối tổng kết năm</h1><div class="meta">Thứ 5, Ngày 24 / 11 / 2022</div>
<div class="content"><p>Sáng 23/11, \u00d0ảng ủy Khối tổ chức hội nghị tổng kết công tác năm, với sự tham dự
của đại diện các tổ chức cơ sở đảng trực thuộc.</p><p>Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ
chính trị và đề ra phương hướng cho năm tới, tập trung vào công tác xây dựng Đảng.</p></div>
</body></html>"""


def test_a_page_comes_out_normalised_dated_and_ready_to_store():
    outcome = process_capture(capture(PAGE.encode()), Selectors(stamp=".meta", body=".content"))
    assert outcome.kind == "article"
    article = outcome.article
    assert article.title == "Đảng ủy Khối tổng kết năm"  # Ð look-alike read as Đ, spaces collapsed
    assert (article.published_at, article.published_raw, article.date_source) == (
        "2022-11-24",
        "Thứ 5, Ngày 24 / 11 / 2022",
        "stamp",
    )
    assert article.body.startswith("Sáng 23/11, Đảng ủy Khối tổ chức")
    assert article.source_sha1 == capture(PAGE.encode()).sha1
    lead_folded, body_folded = article.derived.search[1], article.derived.search[3]
    assert (lead_folded, body_folded[:24]) == ("dang uy khoi tong ket nam", "sang 23/11, dang uy khoi")


def test_a_saved_page_gives_the_same_article_as_its_expected_record():
    record = expected("baolaocai")["articles"][0]
    outcome = process_for_portal(capture(page("baolaocai", record["routes"][0]), record["url"]))
    assert outcome.kind == "article"
    assert (outcome.article.title, outcome.article.published_at, outcome.article.author) == (
        record["title"],
        record["published_at"],
        record["author"],
    )


def test_pages_that_are_not_articles_say_why():
    assert process_capture(capture(b"  \n")).kind == "empty"
    binary = process_capture(capture(b"%PDF-1.4\x00\x01\x02" * 50, content_type="application/pdf"))
    assert (binary.kind, binary.detail) == ("binary", "application/pdf")
    listing = b"<html><body><ul><li><a href='/a'>Tin</a></li></ul></body></html>"
    assert process_capture(capture(listing), BaolaocaiSpider.selectors).kind == "not_article"
    # An undated page at a URL of no article's shape is a standing page, not news;
    # the same page dated, or at an article's URL, is an article.
    undated = PAGE.replace("Thứ 5, Ngày 24 / 11 / 2022", "Giới thiệu chung").encode()
    standing = capture(undated, url="https://dukcq.example.vn/Gioi-thieu-chung.aspx")
    assert process_capture(standing, Selectors(stamp=".meta", body=".content")).kind == "not_article"
    assert (
        process_capture(capture(PAGE.encode(), url=standing.url), Selectors(stamp=".meta", body=".content")).kind
        == "article"
    )
    at_article_url = capture(undated, url="https://dukcq.example.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-1234.html")
    assert process_capture(at_article_url, Selectors(stamp=".meta", body=".content")).kind == "article"


def test_an_article_that_cannot_be_stored_is_invalid_with_its_problems():
    short = PAGE.split('<div class="content">')[0] + '<div class="content"><p>Ngắn.</p></div></body></html>'
    outcome = process_capture(capture(short.encode()), Selectors(stamp=".meta", body=".content"))
    assert (outcome.kind, outcome.article.problems) == ("invalid", ["body too short"])
    assert outcome.article.title == "Đảng ủy Khối tổng kết năm"


def test_an_extractor_that_raises_is_an_outcome_not_a_crash():
    outcome = process_capture(capture(PAGE.encode()), Selectors(body="div[[["))
    assert outcome.kind == "failed"
    assert outcome.detail.startswith("SelectorSyntaxError: ")


def test_a_worker_process_gives_the_same_outcome():
    async def run():
        return await process_in_worker(capture(PAGE.encode()), Selectors(stamp=".meta", body=".content"), None)

    in_worker = asyncio.run(run())
    here = process_capture(capture(PAGE.encode()), Selectors(stamp=".meta", body=".content"))
    assert in_worker.article.row() == here.article.row()
    assert in_worker.article.derived == here.article.derived


def test_a_relative_stamp_is_dated_from_the_time_the_page_was_fetched():
    # "2 giờ trước" on a page fetched at 05:00 UTC (12:00 in Vietnam): read again later,
    # as `archive reprocess` reads the stored capture, it gives the same moment.
    fresh = PAGE.replace("Thứ 5, Ngày 24 / 11 / 2022", "Cập nhật 2 giờ trước").encode()
    for _ in range(2):
        article = process_capture(capture(fresh), Selectors(stamp=".meta", body=".content")).article
        assert (article.published_at, article.published_raw, article.date_source) == (
            "2024-06-01T10:00:00+07:00",
            "Cập nhật 2 giờ trước",
            "stamp",
        )


def test_a_relative_phrase_in_the_body_is_no_publication_date():
    prose = PAGE.replace('<div class="meta">Thứ 5, Ngày 24 / 11 / 2022</div>', "").replace(
        "Sáng 23/11,", "Cách đây 3 ngày,"
    )
    article = process_capture(capture(prose.encode()), Selectors(body=".content")).article
    assert article.published_at is None


def test_a_relative_stamp_found_by_the_generic_layer_dates_the_page_and_leaves_the_body():
    fresh = PAGE.replace("Thứ 5, Ngày 24 / 11 / 2022", "3 tiếng trước").encode()
    article = process_capture(capture(fresh)).article
    assert (article.published_at, article.published_raw) == ("2024-06-01T09:00:00+07:00", "3 tiếng trước")
    assert "3 tiếng trước" not in article.body
