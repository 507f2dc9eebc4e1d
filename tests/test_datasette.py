"""Datasette really started on the demo archive and queried over HTTP."""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request

import pytest
from saved import PORTALS, expected

from crawler.extraction.text import fold
from crawler.indexing.search_forms import exact_text

pytestmark = pytest.mark.slow


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def get_json(url: str):
    return json.loads(get(url))


def test_articles_json_answers_newest_first(datasette_url):
    data = get_json(datasette_url + "/archive/articles.json?_shape=objects&_size=max")
    dates = [row["published_at"] for row in data["rows"]]
    assert len(dates) == sum(len(expected(p)["articles"]) for p in PORTALS)
    assert dates == sorted(dates, reverse=True)


def test_facets_on_portal_author_and_month(datasette_url):
    data = get_json(datasette_url + "/archive/articles.json?_size=0")
    facets = data["facet_results"]
    assert {"portal", "author", "published_month"} <= set(facets)
    counts = {f["value"]: f["count"] for f in facets["portal"]["results"]}
    assert counts["danguykhoidoanhnghiephp"] == len(expected("danguykhoidoanhnghiephp")["articles"])


def test_search_box_searches_title_and_body(datasette_url):
    article = expected("danguykhoicaccqvadn_namdinh")["articles"][0]
    word = max(article["title"].split(), key=len)
    data = get_json(
        datasette_url + "/archive/articles.json?_shape=objects&_size=max&_search=" + urllib.parse.quote(word)
    )
    assert article["url"] in {row["url"] for row in data["rows"]}
    html = get(datasette_url + "/archive/articles")
    assert 'name="_search"' in html


def test_article_page_reads_like_the_article(datasette_url):
    article = next(a for a in expected("baolaocai")["articles"] if a["images"] and a["summary"])
    found = get_json(datasette_url + "/archive/articles.json?_shape=objects&url=" + urllib.parse.quote(article["url"]))[
        "rows"
    ][0]
    html = get(f"{datasette_url}/archive/articles/{found['id']}")
    assert f"<h1>{article['title']}</h1>" in html
    assert f'<time datetime="{article["published_at"]}">' in html
    assert "Báo Lào Cai" in html
    assert f'href="{article["url"]}"' in html
    for image in article["images"]:
        assert f'src="{image["src"]}"' in html
        if image["caption"]:
            assert f"<figcaption>{image['caption']}</figcaption>" in html
    assert f"<p>{article['first_paragraph']}</p>" in html
    assert f"<p>{article['last_paragraph']}</p>" in html


def test_datasette_is_read_only(datasette_url):
    request = urllib.request.Request(datasette_url + "/archive/articles/-/insert", data=b"{}", method="POST")
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)
    assert error.value.code in (403, 404, 405)


def search_ids(datasette_url, query):
    url = datasette_url + "/archive/articles.json?_shape=objects&_size=max&_col=id&_search=" + urllib.parse.quote(query)
    return {row["id"] for row in get_json(url)["rows"]}


def words_of(row, folded):
    return {word for part in parts_of(row, folded) for word in part}


def parts_of(row, folded):
    """The lead's and the body's words, as the index holds them (search_forms.py)."""
    lead = " ".join(filter(None, (row["title"], row["summary"])))
    forms = (fold(text) if folded else exact_text(text).lower() for text in (lead, row["body"] or ""))
    return [re.findall(r"\w+", text) for text in forms]


def has_phrase(row, phrase):
    """Whether the article holds `phrase` as consecutive words of its lead or body,
    with the phrase's diacritics or, typed without them, in any spelling."""
    folded = fold(phrase) == phrase.lower()
    words = re.findall(r"\w+", fold(phrase) if folded else exact_text(phrase).lower())
    return any(
        part[i : i + len(words)] == words for part in parts_of(row, folded) for i in range(len(part) - len(words) + 1)
    )


def all_rows(datasette_url):
    return get_json(datasette_url + "/archive/articles.json?_shape=objects&_size=max")["rows"]


def test_search_without_diacritics_finds_every_spelling(datasette_url):
    rows = all_rows(datasette_url)
    # syllables side by side are a phrase (crawler/indexing/relevance.py)
    wanted = {r["id"] for r in rows if has_phrase(r, "dang uy")}
    assert wanted and search_ids(datasette_url, "dang uy") == wanted
    # the saved sites write both "Đảng ủy" and "Đảng uỷ"; typed with its marks, "đang" is not "Đảng"
    marked = {r["id"] for r in rows if has_phrase(r, "Đảng ủy")}
    assert search_ids(datasette_url, "Đảng ủy") == search_ids(datasette_url, "Đảng uỷ") == marked
    assert marked <= wanted


def test_search_with_diacritics_matches_them(datasette_url):
    rows = all_rows(datasette_url)
    with_dang = {r["id"] for r in rows if "đảng" in words_of(r, folded=False)}
    with_dang_only_as_dang = {r["id"] for r in rows if "đang" in words_of(r, folded=False)} - with_dang
    assert search_ids(datasette_url, "Đảng") == with_dang
    assert with_dang_only_as_dang.isdisjoint(search_ids(datasette_url, "Đảng"))


def test_search_operators_phrases_and_prefixes(datasette_url):
    both = search_ids(datasette_url, "Đảng AND công đoàn")
    assert both == search_ids(datasette_url, "Đảng") & search_ids(datasette_url, "công đoàn")
    assert search_ids(datasette_url, "Đảng NOT Khối") == search_ids(datasette_url, "Đảng") - search_ids(
        datasette_url, "Khối"
    )
    assert search_ids(datasette_url, "phối*") >= search_ids(datasette_url, "phối hợp")
    assert search_ids(datasette_url, '"phối hợp"') <= search_ids(datasette_url, "phối hợp")
    assert search_ids(datasette_url, 'kinh tế - xã hội: "(') is not None  # no error page


def test_ranked_search_returns_highlighted_snippets(datasette_url):
    html = get(datasette_url + "/archive/search_ranked?q=" + urllib.parse.quote("kết nạp đảng viên"))
    assert "<mark>kết</mark> <mark>nạp</mark>" in html.replace("<mark>Kết</mark>", "<mark>kết</mark>")
    data = get_json(datasette_url + "/archive/search_ranked.json?_shape=objects&q=" + urllib.parse.quote("dang uy"))
    assert len(data["rows"]) == len(search_ids(datasette_url, "dang uy"))


def test_csv_link_gives_the_same_export_as_the_command(datasette_url, demo_archive, tmp_path):
    import html as html_module
    import re
    import subprocess

    from saved import PROJECT, archive_command

    page = get(datasette_url + "/archive/articles?_search=dang+uy&portal=baolaocai")
    link = html_module.unescape(re.search(r'<a href="([^"]+)">CSV</a>', page).group(1))
    assert link.startswith("/-/export.csv?")
    downloaded = get(datasette_url + link)
    out = tmp_path / "cli.csv"
    subprocess.run(
        archive_command(
            "export", "--db", str(demo_archive), "--search", "dang uy", "--portal", "baolaocai", "-o", str(out)
        ),
        cwd=PROJECT,
        check=True,
    )
    assert downloaded == out.read_bytes().decode("utf-8")
    assert downloaded.startswith("\ufeffid,portal,url,title,published_at,author,summary,body\r\n")
    assert downloaded.count("\r\n") > 1


def test_same_story_on_two_portals_is_linked_both_ways(datasette_url):
    republished = next(a for a in expected("thanhphohaiphong")["articles"] if a.get("republishes"))
    ids = {}
    for url in (republished["url"], republished["republishes"]):
        ids[url] = get_json(datasette_url + "/archive/articles.json?_shape=objects&url=" + urllib.parse.quote(url))[
            "rows"
        ][0]["id"]
    for url, other in (
        (republished["url"], republished["republishes"]),
        (republished["republishes"], republished["url"]),
    ):
        page = get(f"{datasette_url}/archive/articles/{ids[url]}")
        assert "Same story elsewhere" in page
        assert f'/archive/articles/{ids[other]}"' in page
    stories = get_json(datasette_url + "/archive/stories.json?_shape=objects")["rows"]
    assert len(stories) == 1
    assert stories[0]["articles"] == 2
    assert set(stories[0]["portals"].split(",")) == {"thanhphohaiphong", "danguykhoidoanhnghiephp"}


def test_facets_on_year_and_category(datasette_url):
    facets = get_json(datasette_url + "/archive/articles.json?_size=0")["facet_results"]
    assert {"published_year", "category"} <= set(facets)
    years = {f["value"]: f["count"] for f in facets["published_year"]["results"]}
    assert sum(years.values()) == sum(len(expected(p)["articles"]) for p in PORTALS)


def test_coverage_chart_counts_articles_per_portal_per_month(datasette_url):
    import re

    page = get(datasette_url + "/-/coverage")
    for portal in PORTALS:
        months = {}
        for article in expected(portal)["articles"]:
            month = article["published_at"][:7]
            months[month] = months.get(month, 0) + 1
        row = re.search(rf'<tr data-portal="{portal}">(.*?)</tr>', page, re.S).group(1)
        for month, count in months.items():
            assert re.search(rf'data-month="{month}"[^>]*>\s*<a[^>]*>{count}</a>', row), (portal, month)
        assert row.count('class="gap"') > 0  # months without articles show as gaps


def test_search_canned_query_is_newest_first_and_matches_the_table_search(datasette_url):
    rows = get_json(datasette_url + "/archive/search.json?_shape=objects&q=" + urllib.parse.quote("dang uy"))["rows"]
    assert {r["id"] for r in rows} == search_ids(datasette_url, "dang uy")
    dates = [r["published_at"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    # In JSON a match stands between U+E000 and U+E001; the HTML page makes them <mark>.
    assert all("\ue000" in r["snippet"] and "\ue001" in r["snippet"] for r in rows)
