"""A journalist in a real browser (headless Chromium): search, read, download CSV.

Screenshots go to test-output/ beside the test run.
"""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from saved import PROJECT

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = PROJECT / "test-output"
# Chromium's own background traffic has nowhere to go on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.fail("Chromium is not installed: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_search_read_and_download(browser, datasette_url, tmp_path):
    page = browser.new_page(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page.goto(f"{datasette_url}/archive/articles")
    page.fill('input[name="_search"]', "dang uy")
    page.press('input[name="_search"]', "Enter")
    page.wait_for_url("**_search=*dang*")
    page.screenshot(path=SHOTS / "1-search-dang-uy.png", full_page=False)
    count_text = page.locator("h3").first.inner_text()
    matches = int(count_text.split()[0].replace(",", ""))
    assert matches > 10 and "dang uy" in count_text

    first_title = page.locator("td.col-title").first.inner_text()
    page.locator("td.col-id a").first.click()
    page.wait_for_selector("article.article-page > h1")
    assert page.locator("article.article-page > h1").inner_text() == first_title
    assert page.locator("article.article-page .body p").count() >= 3
    assert page.locator("a", has_text="Read the original").count() == 1
    page.screenshot(path=SHOTS / "2-article.png", full_page=True)

    page.go_back()
    page.wait_for_url("**_search=*dang*")
    with page.expect_download() as download_info:
        page.locator("p.export-links a", has_text="CSV").first.click()
    path = tmp_path / "download.csv"
    download_info.value.save_as(path)
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    assert list(rows[0]) == ["id", "portal", "url", "title", "published_at", "author", "summary", "body"]
    assert len(rows) == matches
    assert first_title in {row["title"] for row in rows}
    page.screenshot(path=SHOTS / "3-after-download.png")
    page.close()
