"""Onboarding with no code: `archive portal probe` on a saved site served by the mirror
writes the portal's entry, and `archive crawl --portals FILE` stores its articles right."""

import json
import sqlite3
import subprocess
import sys

import pytest

from crawler.cli.mirror import Mirror
from crawler.defaults import SITES_DIR

pytestmark = pytest.mark.slow
ARCHIVE = [sys.executable, "-m", "crawler.cli"]


def archive(*args):
    return subprocess.run([*ARCHIVE, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def mirror():
    with Mirror(port=0) as served:
        yield served


@pytest.mark.parametrize(
    ("site", "cms"),
    [
        ("danguykhoidoanhnghiephp", "wordpress"),
        ("thanhphohaiphong", "wordpress"),
        ("tpcaolanh_dongthap", "liferay"),
        ("danguykhoi_hagiang", "joomla"),
    ],
)
def test_a_probed_portal_is_crawled_from_its_entry_alone(tmp_path, mirror, site, cms):
    portals, db = tmp_path / "mine.toml", tmp_path / "archive.db"
    probed = archive(
        "portal", "probe", mirror.base_urls[site], "--name", "probed", "--write", str(portals), "--delay", "0"
    )
    assert probed.returncode == 0, probed.stderr
    assert f"CMS: {cms} (" in probed.stdout
    entry = portals.read_text(encoding="utf-8")
    expected = json.loads((SITES_DIR / site / "expected.json").read_text(encoding="utf-8"))
    origin = expected["articles"][0]["url"].split("/")[2]
    # The copy is stored under the name the site gives itself, fetched from the mirror.
    assert f'origin = "https://{origin}"' in entry and f'fetch_from = "{mirror.base_urls[site]}"' in entry
    assert "article_path" not in entry  # the routes and the generic finder need no pattern
    # A sitemap robots.txt names under the site's public name is read from where the site is served.
    robots = (SITES_DIR / site / "robots.txt").read_text(encoding="utf-8")
    for named in (line.split(":", 1)[1].strip() for line in robots.splitlines() if line.startswith("Sitemap:")):
        path = named.split(origin, 1)[1]
        assert f'sitemaps = ["{path}"]' in entry
        assert any(
            line.split()[0] == "sitemap" and line.split()[2] == "articles" and line.endswith(path)
            for line in probed.stdout.splitlines()
            if line.strip()
        )

    crawled = archive("crawl", "probed", "--portals", str(portals), "--db", str(db), "-s", "DOWNLOAD_DELAY=0")
    assert "Traceback" not in crawled.stderr
    with sqlite3.connect(db) as connection:
        stored = {
            url: (title, body, published_at)
            for url, title, body, published_at in connection.execute(
                "select u.url, a.title, a.body, a.published_at from article_urls u join articles a on a.id = u.article_id"
            )
        }
        count = connection.execute("select count(*) from articles").fetchone()[0]
    right = []
    for article in expected["articles"]:
        title, body, published_at = stored.get(article["url"], (None, "", ""))
        right.append(
            title == article["title"]
            and body.startswith(article["first_paragraph"])
            and body.endswith(article["last_paragraph"])
            and published_at[:10] == article["published_at"][:10]
            and not any(line in body for line in article.get("must_not_contain", []))
        )
    assert all(right), [a["url"] for a, ok in zip(expected["articles"], right, strict=True) if not ok]
    assert count == len(expected["articles"])  # nothing else taken for an article


def test_an_unreachable_portal_is_said_in_one_line_and_exits_1():
    closed = archive("portal", "probe", "http://127.0.0.1:9", "--delay", "0")
    assert closed.returncode == 1
    assert closed.stderr.strip() == "Error: http://127.0.0.1:9 cannot be reached"


def test_a_site_with_no_article_is_said_in_one_line_and_exits_1(mirror):
    # The mirror's index serves a JSON list of portals: no route offers an article.
    empty = archive("portal", "probe", mirror.url, "--delay", "0")
    assert empty.returncode == 1
    assert (
        empty.stderr.strip()
        == f"Error: {mirror.url}: no route offers any article (no sitemap, feed, API or article link)"
    )
