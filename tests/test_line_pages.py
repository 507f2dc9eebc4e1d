"""The cleaner on pages as a web archive stores their text, one line per block,
each line labelled (tests/line_pages*.jsonl: 190 invented Party-portal pages in the
shapes of real ones; tests/line_pages.md says who wrote them). Every boilerplate line
must go, every prose line stay, and the byline be the author."""

import html
import json
from collections import Counter
from pathlib import Path

import pytest

from crawler.extraction.lines import strip_source_tag
from crawler.extraction.page import extract_article
from crawler.extraction.text import fold

PAGES = [
    json.loads(line)
    for path in sorted(Path(__file__).parent.glob("line_pages*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


KEPT = ("title", "summary", "prose")


def as_html(page: dict) -> str:
    title = next(line["text"] for line in page["lines"] if line["label"] == "title")
    paragraphs = "".join(f"<p>{html.escape(line['text'])}</p>" for line in page["lines"])
    return f"<html><head><title>{html.escape(title)}</title></head><body><article>{paragraphs}</article></body></html>"


@pytest.mark.parametrize("page", PAGES, ids=[page["url"].split("/")[2] for page in PAGES])
def test_boilerplate_goes_and_prose_stays(page):
    found = extract_article(as_html(page), page["url"])
    paragraphs = (found.body or "").split("\n\n")
    text = [found.title, found.summary, *paragraphs]
    # The same words as one of the page's own lines (a letterhead quoted in the body)
    # may stay once for each such line.
    own = Counter(" ".join(line["text"].split()) for line in page["lines"] if line["label"] in KEPT)
    for line in page["lines"]:
        printed = " ".join(line["text"].split())
        if line["label"] in ("boilerplate", "byline", "stamp"):
            assert paragraphs.count(printed) <= own[printed], printed
        elif line["label"] in KEPT:
            # a source tag opening the lead ("(ĐCSVN) - ") goes, the lead stays
            assert printed in text or strip_source_tag(printed) in text, printed
    # the byline is the author: each writer found is printed in a byline (or a stamp
    # carrying it); a page signed only by its photographer ("Ảnh: …") has none
    bylines = [line["text"] for line in page["lines"] if line["label"] == "byline"]
    if any(not fold(text).startswith("anh:") for text in bylines):
        assert found.author, bylines
        signed = fold(" ".join(line["text"] for line in page["lines"] if line["label"] in ("byline", "stamp")))
        assert all(fold(name.strip()) in signed for name in found.author.split(",")), (found.author, bylines)
