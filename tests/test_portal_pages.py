"""Every saved article page of every portal: exact fields, and no boilerplate left."""

from __future__ import annotations

import pytest
from saved import PORTALS, expected, page, saved_articles

from crawler.cli.mirror import load_site
from crawler.cli.pages import extract_page
from crawler.crawling.registry import portal_for_url
from crawler.defaults import SITES_DIR
from crawler.extraction.page import extract_article

FIELDS = ("url", "title", "summary", "published_at", "date_source", "author", "category", "images")


def has_selectors(portal: str) -> bool:
    return bool(portal_for_url(expected(portal)["articles"][0]["url"]).selectors.body)


def extracted(portal: str, route: str, generic: bool = False, html: bytes | None = None) -> dict:
    origin = load_site(SITES_DIR / portal).origin
    return extract_page(html or page(portal, route), origin + route, generic=generic)


@pytest.mark.parametrize("generic", [False, True], ids=["selectors", "generic"])
@pytest.mark.parametrize("portal, article", saved_articles())
def test_fields_are_exact(portal, article, generic):
    """With the portal's selectors, and with the generic extractor alone (the layer
    a redesigned or unknown portal gets)."""
    result = extracted(portal, article["routes"][0], generic)
    assert result["portal"] == portal
    # A portal declared with no selectors (onboarded by the probe) gets the generic layer.
    assert result["extractor"] == ("portal" if has_selectors(portal) and not generic else "generic")
    for name in FIELDS:
        assert result[name] == article[name], name
    paragraphs = result["body"].split("\n\n")
    assert paragraphs[0] == article["first_paragraph"]
    assert paragraphs[-1] == article["last_paragraph"]
    assert len(paragraphs) == article["paragraph_count"]


@pytest.mark.parametrize("portal, article", saved_articles())
def test_no_boilerplate_reaches_the_text(portal, article):
    result = extracted(portal, article["routes"][0])
    text = "\n".join(filter(None, (result["title"], result["summary"], result["body"])))
    leaked = [line for line in article["must_not_contain"] if line in text]
    assert not leaked


@pytest.mark.parametrize("portal, article", saved_articles())
def test_every_url_of_an_article_gives_the_same_article(portal, article):
    results = [extracted(portal, route) for route in article["routes"]]
    assert {r["url"] for r in results} == {article["url"]}
    assert len({r["body"] for r in results}) == 1


@pytest.mark.parametrize("portal", [portal for portal in PORTALS if has_selectors(portal)])
def test_a_redesigned_portal_falls_back_to_the_generic_extractor(portal):
    article = expected(portal)["articles"][0]
    selectors = portal_for_url(article["url"]).selectors
    body_class = selectors.body.split()[-1].split(".")[-1]
    html = page(portal, article["routes"][0]).replace(body_class.encode(), b"noi-dung-moi")
    extraction = extract_article(html, article["url"], selectors)
    assert extraction.used_fallback
    assert extraction.title == article["title"]
    assert extraction.body.split("\n\n")[-1] == article["last_paragraph"]


@pytest.mark.parametrize("portal", PORTALS)
def test_non_article_pages_are_recognised(portal):
    for route in expected(portal)["non_articles"]:
        assert extracted(portal, route)["is_article"] is False, route


@pytest.mark.parametrize("portal", PORTALS)
def test_each_saved_site_covers_the_variations(portal):
    articles = expected(portal)["articles"]
    assert len(articles) >= 8
    assert any(a["images"] and any(i["caption"] for i in a["images"]) for a in articles)
    assert any(not a["images"] for a in articles)
    assert expected(portal)["non_articles"]


def test_the_saved_sites_together_cover_the_variations():
    articles = [article for portal in PORTALS for article in expected(portal)["articles"]]
    assert any(a["author"] for a in articles) and any(not a["author"] for a in articles)
    assert any(len(a["routes"]) > 1 for a in articles)
    # a page whose stamp is missing: its date comes from the URL or the lead
    assert any(a["date_source"] in ("url", "body") for a in articles)
    # an article that only a sitemap, only a feed, only the listing reaches
    reached = [a["found_by"] for a in articles if "found_by" in a]
    assert {("sitemap",), ("feed",), ("listing",)} <= {tuple(found) for found in reached}


def test_urls_of_other_sites_use_the_generic_extractor():
    html = page("baolaocai", expected("baolaocai")["articles"][0]["routes"][0])
    result = extract_page(html, "https://example.org/news/1.html")
    assert result["portal"] is None and result["extractor"] == "generic"
    assert portal_for_url("https://example.org/") is None
    assert expected("baolaocai")["articles"][0]["first_paragraph"] in result["body"]
