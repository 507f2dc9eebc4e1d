"""Hostile content in a crawled page never runs or injects: not in Datasette's pages,
the article page, CSV or JSON exports (headless Chromium watches for it)."""

from __future__ import annotations

import csv
import io
import json
import urllib.request
from pathlib import Path

import pytest
from saved import serving
from test_browser import CHROMIUM, CHROMIUM_ARGS

from crawler.crawling.registry import portal_for_url
from crawler.extraction.page import extract_article
from crawler.extraction.reading import build_article, date_article, normalize_article
from crawler.storage import articles, database
from crawler.storage.selection import select_articles

pytestmark = pytest.mark.slow

PAGE = Path(__file__).parent / "hostile" / "article.html"
URL = "https://baolaocai.vn/hoi-nghi-post999999.html"


@pytest.fixture(scope="module")
def hostile_archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "archive.db"
    spider = portal_for_url(URL)
    extraction = extract_article(PAGE.read_bytes(), URL, spider.selectors, spider.origin)
    article = date_article(normalize_article(build_article(extraction, spider.name)))
    archive = database.connect(path)
    articles.upsert_portal(archive, spider.name, spider.portal_name, spider.origin, spider.cms)
    articles.store_article(archive, article)
    archive.close()
    return path, article


def test_extraction_keeps_text_not_markup(hostile_archive):
    _, article = hostile_archive
    assert article.title.startswith('=HYPERLINK("http://evil.example/"')
    # scripts and attributes are not text; what the page printed as text stays text
    for executable in ('"page script"', '"inline"', "'onerror'", "'figure'", "'link'", "'src'", "'onload'"):
        assert executable not in article.body
    assert """<img src=x onerror="window.__xss='text'">""" in article.body
    assert all(not image["src"].startswith("javascript:") for image in article.images)


def test_exports_are_inert(hostile_archive, tmp_path):
    from crawler.storage.exports import csv_text

    path, _ = hostile_archive
    archive = database.connect(path)
    rows = select_articles(archive)
    text = csv_text(rows)
    row = list(csv.DictReader(io.StringIO(text[1:], newline="")))[0]
    assert row["title"].startswith("'=HYPERLINK(")
    assert all(not value.startswith(("=", "+", "-", "@")) for value in row.values())


def test_no_script_runs_in_any_page(hostile_archive):
    if CHROMIUM is None:
        pytest.fail("Chromium is not installed: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    path, article = hostile_archive
    with serving(path) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        pages = [
            f"{url}/archive/articles",
            f"{url}/archive/articles?_search=dang+uy",
            f"{url}/archive/articles/{article.id}",
            f"{url}/archive/search?q=dang+uy",
            f"{url}/archive/search_ranked?q=hội+nghị",
            f"{url}/archive/images",
            f"{url}/-/coverage",
        ]
        for address in pages:
            page.goto(address)
            page.mouse.move(200, 300)
            assert page.evaluate("window.__xss") is None, address
        # the article page shows the hostile text as text
        page.goto(f"{url}/archive/articles/{article.id}")
        assert '=HYPERLINK("http://evil.example/"' in page.locator("article.article-page > h1").inner_text()
        assert page.locator("article.article-page img[onerror]").count() == 0
        assert page.locator('article.article-page a[href^="javascript:"]').count() == 0
        browser.close()
    assert dialogs == []


def test_json_export_is_data(hostile_archive):
    path, _ = hostile_archive
    with serving(path) as url:
        with urllib.request.urlopen(f"{url}/-/export.json") as response:
            assert response.headers["content-type"].startswith("application/json")
            items = json.loads(response.read())
    assert items[0]["title"].startswith("=HYPERLINK(")  # JSON carries the text as it was, as data
