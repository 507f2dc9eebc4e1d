"""The pipelines as Scrapy runs them, one item at a time."""

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import Article
from pipelines.deduplicate import DeduplicatePipeline
from pipelines.validate import ValidatePipeline


def article(**fields):
    base = dict(portal="baolaocai", url="https://baolaocai.vn/a-post1.html", id="a1",
                title="Tiêu đề", body="Một đoạn văn đủ dài để được lưu trong kho lưu trữ tin bài, "
                "với nội dung của bài viết.", fetched_at="2024-06-01T05:00:00+00:00")
    base.update(fields)
    return Article(**base)


@pytest.mark.parametrize("fields, reason", [({"title": None}, "no_title"), ({"body": None}, "no_body"),
                                            ({"body": "Quá ngắn."}, "body_too_short")])
def test_an_item_without_title_or_body_is_dropped_counted_and_logged(fields, reason, caplog):
    crawler = get_crawler()
    pipeline = ValidatePipeline.from_crawler(crawler)
    with pytest.raises(DropItem):
        pipeline.process_item(article(**fields))
    assert crawler.stats.get_value(f"archive/dropped/{reason}") == 1
    assert "https://baolaocai.vn/a-post1.html" in caplog.text


def test_second_sighting_of_an_article_is_marked_duplicate():
    pipeline = DeduplicatePipeline()
    assert pipeline.process_item(article()).duplicate is False
    assert pipeline.process_item(article(url="https://baolaocai.vn/a-post1.html")).duplicate is True
