"""The cleaner on pages as a web archive stores their text, one line per block,
each line labelled (tests/line_pages.jsonl: 40 invented Party-portal pages in the
shapes of real ones). Every boilerplate line must go, every prose line stay, and the
byline be the author."""

import html
import json
from pathlib import Path

import pytest

from crawler.extraction.lines import strip_source_tag
from crawler.extraction.page import extract_article

PAGES = [json.loads(line) for line in (Path(__file__).parent / "line_pages.jsonl").read_text().splitlines()]


def as_html(page: dict) -> str:
    title = next(line["text"] for line in page["lines"] if line["label"] == "title")
    paragraphs = "".join(f"<p>{html.escape(line['text'])}</p>" for line in page["lines"])
    return f"<html><head><title>{html.escape(title)}</title></head><body><article>{paragraphs}</article></body></html>"


@pytest.mark.parametrize("page", PAGES, ids=[page["url"].split("/")[2] for page in PAGES])
def test_boilerplate_goes_and_prose_stays(page):
    found = extract_article(as_html(page), page["url"])
    paragraphs = (found.body or "").split("\n\n")
    text = [found.title, found.summary, *paragraphs]
    for line in page["lines"]:
        printed = " ".join(line["text"].split())
        if line["label"] in ("boilerplate", "byline", "stamp"):
            assert printed not in paragraphs, printed
        elif line["label"] in ("title", "summary", "prose"):
            # a source tag opening the lead ("(ĐCSVN) - ") goes, the lead stays
            assert printed in text or strip_source_tag(printed) in text, printed
