"""The pipelines as Scrapy runs them, one item at a time."""

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.article import Article, problems
from crawler.crawling.items import PageVisit
from pipelines.deduplicate import DeduplicatePipeline
from pipelines.drop_invalid import DropInvalidPipeline


def article(**fields):
    base = dict(
        portal="baolaocai",
        url="https://baolaocai.vn/a-post1.html",
        id="a1",
        title="Tiêu đề",
        body="Một đoạn văn đủ dài để được lưu trong kho lưu trữ tin bài, với nội dung của bài viết.",
        fetched_at="2024-06-01T05:00:00+00:00",
    )
    base.update(fields)
    return Article(**base)


@pytest.mark.parametrize(
    "fields, reason",
    [({"title": None}, "no_title"), ({"body": None}, "no_body"), ({"body": "Quá ngắn."}, "body_too_short")],
)
def test_an_item_without_title_or_body_is_dropped_counted_and_logged(fields, reason, caplog):
    crawler = get_crawler()
    pipeline = DropInvalidPipeline.from_crawler(crawler)
    item = article(**fields)
    item.problems = problems(item)  # as processing decides it
    with pytest.raises(DropItem):
        pipeline.process_item(item)
    assert crawler.stats.get_value(f"archive/dropped/{reason}") == 1
    assert "https://baolaocai.vn/a-post1.html" in caplog.text


def test_a_pipeline_receives_only_the_kinds_it_handles():
    crawler = get_crawler()
    pipeline = DropInvalidPipeline.from_crawler(crawler)
    good = article()
    assert problems(good) == [] and pipeline.process_item(good) is good
    visit = PageVisit("https://baolaocai.vn/xay-dung-dang/", "baolaocai", "listing", 200)
    assert pipeline.process_item(visit) is visit
    assert DeduplicatePipeline().process_item(visit) is visit and not hasattr(visit, "duplicate")
    assert crawler.stats.get_value("item_dropped_count") is None


def test_second_sighting_of_an_article_is_marked_duplicate():
    pipeline = DeduplicatePipeline()
    assert pipeline.process_item(article()).duplicate is False
    assert pipeline.process_item(article(url="https://baolaocai.vn/a-post1.html")).duplicate is True
