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


def test_the_research_desk_as_a_journalist_uses_it(browser, datasette_url, tmp_path):
    page = browser.new_page(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page.goto(datasette_url + "/")
    page.fill('form.desk-home input[name="q"]', "dang vien moi")
    page.press('form.desk-home input[name="q"]', "Enter")
    page.wait_for_selector("ol.desk-results li")
    count = int(page.locator("strong[data-count]").get_attribute("data-count"))
    assert count > 3 and page.locator("ol.desk-results mark").count() > 0
    page.screenshot(path=SHOTS / "4-desk-search.png", full_page=False)

    # narrow to one portal and a date range: every result obeys
    page.select_option('select[name="portal"]', "tpcaolanh_dongthap")
    page.fill('input[name="since"]', "2024-01-01")
    page.locator("form.desk-search button[type=submit]").click()
    page.wait_for_url("**portal=tpcaolanh_dongthap**")
    narrowed = int(page.locator("strong[data-count]").get_attribute("data-count"))
    assert 0 < narrowed < count
    metas = page.locator("ol.desk-results .meta").all_inner_texts()
    assert len(metas) == narrowed and all("Cao Lãnh" in meta for meta in metas)
    page.screenshot(path=SHOTS / "5-desk-filtered.png", full_page=False)

    # open an article and come back
    title = page.locator("ol.desk-results a.title").first.inner_text()
    page.locator("ol.desk-results a.title").first.click()
    page.wait_for_selector("article.article-page > h1")
    assert page.locator("article.article-page > h1").inner_text() == title
    page.go_back()
    page.wait_for_selector("ol.desk-results li")

    # download the result set as CSV
    with page.expect_download() as download_info:
        page.locator("a.download-csv").click()
    path = tmp_path / "results.csv"
    download_info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8")[1:], newline="")))
    assert len(rows) == narrowed and title in {row["title"] for row in rows}

    # attention over time: the chart is drawn, the table counts what the search found
    page.locator("a.attention-link").click()
    page.wait_for_selector("img.attention-chart")
    # the element is there before its picture is: wait for the picture (a chart never drawn times out)
    page.wait_for_function("document.querySelector('img.attention-chart').complete")
    assert page.evaluate("document.querySelector('img.attention-chart').naturalWidth") > 0
    matches = page.locator("table.attention-table tbody tr td:nth-child(2)").all_inner_texts()
    assert sum(int(m) for m in matches) == narrowed
    page.screenshot(path=SHOTS / "6-desk-attention.png", full_page=True)

    # save the search as a collection and follow its feed
    page.go_back()
    page.wait_for_selector("form.desk-save")
    page.fill('form.desk-save input[name="name"]', "cao-lanh-dang-vien")
    page.locator("form.desk-save button").click()
    page.wait_for_selector("a.feed-link")
    page.screenshot(path=SHOTS / "7-desk-saved.png", full_page=False)
    feed_url = page.locator("a.feed-link").get_attribute("href")
    feed = page.request.get(datasette_url + feed_url)
    assert feed.ok and feed.headers["content-type"].startswith("application/atom+xml")
    assert feed.text().count("<entry>") == narrowed
    page.close()


def test_a_journalist_follows_a_person_from_the_results(browser, datasette_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(datasette_url + "/-/search?q=" + "Nguyễn Trọng Khiêm")
    page.wait_for_selector("p.desk-people a")
    page.locator("p.desk-people a", has_text="Nguyễn Trọng Khiêm").click()
    page.wait_for_selector("h1.person-name")
    assert page.locator("h1.person-name").inner_text() == "Nguyễn Trọng Khiêm"
    posts = page.locator("tr.person-post td:first-child").all_inner_texts()
    assert posts == ["Bí thư Đảng ủy Khối", "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"]
    named = int(page.locator("strong[data-articles]").get_attribute("data-articles"))
    assert page.locator("ol.person-articles li").count() == named
    page.screenshot(path=SHOTS / "8-person.png", full_page=True)

    # from a post to the first article that gives it, and back to the people table
    page.locator("tr.person-post td:nth-child(2) a").first.click()
    page.wait_for_selector("article.article-page > h1")
    assert "Khiêm" in page.locator("article.article-page").inner_text()
    page.go_back()
    page.locator("a", has_text="Mọi người · Every person").first.click()
    page.fill('input[name="_search"]', "nguyen trong khiem")
    page.press('input[name="_search"]', "Enter")
    page.wait_for_url("**_search=*")
    assert page.locator("table.rows-and-columns td a", has_text="Nguyễn Trọng Khiêm").count() == 1
    page.close()
