"""Portal health from the run log."""

from crawler.cli.health import assess


def run(**values):
    base = {"finish_reason": "finished", "errors": 0, "article_links": 12, "fallback_pages": 0}
    return {**base, **values}


def test_a_clean_portal_has_no_flags():
    assert assess([run(), run()]) == []


def test_a_portal_that_stopped_yielding_is_flagged():
    assert assess([run(article_links=0), run(), run()]) == ["no articles found (redesign or dead site?)"]
    assert assess([run(article_links=0)]) == []  # it never yielded: nothing to compare with


def test_errors_interruptions_and_broken_selectors_are_flagged():
    assert assess([run(errors=3)]) == ["3 errors"]
    assert assess([run(finish_reason="running", article_links=None)]) == ["interrupted"]
    assert assess([run(finish_reason="shutdown")]) == ["stopped: shutdown"]
    assert assess([run(fallback_pages=2)]) == ["selectors broken on 2 pages"]
    assert assess([]) == ["never crawled"]
