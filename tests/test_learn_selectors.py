"""crawler/extraction/learn_selectors.py: the selectors the probe writes, learnt from
its sample of a portal's article pages, and only where they change nothing."""

from saved import expected

from crawler.cli.mirror import load_site
from crawler.defaults import SITES_DIR
from crawler.extraction.learn_selectors import learn_selectors


def sample_pages(portal: str, count: int) -> list[tuple[str, str]]:
    site = load_site(SITES_DIR / portal)
    articles = expected(portal)["articles"][:count]
    return [(site.page(article["routes"][0]).decode("utf-8"), article["url"]) for article in articles]


def test_selectors_are_learnt_where_every_sampled_page_agrees():
    assert learn_selectors(sample_pages("danguykhoi_phutho", 5)) == {
        "title": "h1.tt-tieude",
        "summary": "div.tt-tomtat",
        "stamp": "div.tt-thongtin",
    }
    # WordPress: the body's container too, since reading it by its selector changes nothing.
    assert learn_selectors(sample_pages("danguykhoidoanhnghiephp", 5))["body"] == "div.entry-content"


def test_no_selector_is_learnt_from_pages_that_disagree_or_from_too_few():
    mixed = sample_pages("danguykhoi_phutho", 2) + sample_pages("vanlam_hungyen", 2)
    assert learn_selectors(mixed) == {}
    assert learn_selectors(sample_pages("danguykhoi_phutho", 2)) == {}
    # A theme's utility classes name nothing: h1.title, not h1.title.margin-bottom-lg.
    assert learn_selectors(sample_pages("hoathanh_tayninh", 5))["title"] == "h1.title"
