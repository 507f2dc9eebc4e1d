"""The research desk served by Datasette on the demo archive, over HTTP: the search
page and its JSON, the table's search agreeing with it, attention over time against
the SQL truth, saving a collection and following its Atom feed, and hostile input."""

from __future__ import annotations

import http.cookiejar
import json
import random
import re
import sqlite3
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from test_datasette import all_rows, get, get_json, has_phrase

from crawler.clock import VN_TZ

pytestmark = pytest.mark.slow

# Everyday queries of two to four syllables, typed without quotes.
PHRASES = [
    "chuyen doi so",
    "hai phong",
    "dang vien moi",
    "chi bo",
    "Đảng ủy Khối",
    "thanh nien",
    "hoi nghi",
    "cong doan",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def search_json(url, **params):
    return get_json(url + "/-/search.json?" + urllib.parse.urlencode(params, doseq=True))


def every_row(url, **params):
    first = search_json(url, **params)
    rows = first["rows"]
    for page in range(2, first["pages"] + 1):
        rows += search_json(url, page=page, **params)["rows"]
    return first["count"], rows


@pytest.mark.parametrize("phrase", PHRASES)
def test_search_lists_every_article_holding_the_phrase_before_any_other(datasette_url, phrase):
    by_id = {row["id"]: row for row in all_rows(datasette_url)}
    holding = {i for i, row in by_id.items() if has_phrase(row, phrase)}
    count, rows = every_row(datasette_url, q=phrase)
    listed = [row["id"] for row in rows]
    assert count == len(listed) and len(set(listed)) == len(listed)
    assert holding and set(listed[: len(holding)]) == holding
    assert all(row["tier"] == "phrase" for row in rows[: len(holding)])
    assert all(row["tier"] == "near" for row in rows[len(holding) :])


@pytest.mark.parametrize("phrase", PHRASES)
def test_table_search_returns_only_articles_holding_the_phrase(datasette_url, phrase):
    by_id = {row["id"]: row for row in all_rows(datasette_url)}
    holding = {i for i, row in by_id.items() if has_phrase(row, phrase)}
    url = (
        datasette_url + "/archive/articles.json?_shape=objects&_size=max&_col=id&_search=" + urllib.parse.quote(phrase)
    )
    assert {row["id"] for row in get_json(url)["rows"]} == holding
    looser = get_json(url + "&_loose=1")["rows"]
    assert {row["id"] for row in looser} >= holding


def test_search_json_rows_and_filters(datasette_url):
    data = search_json(datasette_url, q="dang vien moi", portal="tpcaolanh_dongthap", since="2024-01-01")
    assert data["rows"] and set(data) >= {"count", "rows", "page", "pages", "messages"}
    for row in data["rows"]:
        assert set(row) >= {"id", "title", "published_at", "portal", "author", "excerpt"}
        assert row["portal"] == "tpcaolanh_dongthap" and row["published_at"] >= "2024-01-01"
        assert "\ue000" not in row["excerpt"]
    newest = search_json(datasette_url, q="dang vien moi", sort="newest")["rows"]
    assert [r["published_at"] for r in newest] == sorted((r["published_at"] for r in newest), reverse=True)


def test_search_page_shows_highlighted_excerpts_pages_and_downloads(datasette_url):
    html = get(datasette_url + "/-/search?q=" + urllib.parse.quote("dang uy"))
    count = int(re.search(r'data-count="(\d+)"', html)[1])
    assert count == search_json(datasette_url, q="dang uy")["count"] > 20
    assert html.count('<li data-id="') == 20 and 'rel="next"' in html
    assert "<mark>Đảng</mark> <mark>ủy</mark>" in html or "<mark>Đảng</mark> <mark>uỷ</mark>" in html
    csv_href = re.search(r'href="([^"]+)" class="download-csv"', html)[1].replace("&amp;", "&")
    csv_text = get(datasette_url + csv_href)
    assert csv_text.startswith("\ufeffid,portal,url,title")
    assert csv_text.count("\r\n") - 1 >= count  # a body may hold more lines in its quoted cell
    ids = {row["id"] for row in json.loads(get(datasette_url + csv_href.replace(".csv", ".json")))}
    assert len(ids) == count


def test_home_page_leads_with_the_search_box(datasette_url):
    html = get(datasette_url + "/")
    form = html.index('action="/-/search"')
    assert form < html.index('href="/archive"') and 'name="q"' in html[form : form + 800]


def test_attention_counts_equal_the_sql_truth(datasette_url, demo_archive):
    query = "dang vien moi"
    data = get_json(datasette_url + "/-/attention.json?by=month&q=" + urllib.parse.quote(query))
    got = {(r["period"], r["portal"]): (r["matches"], r["total"]) for r in data["rows"]}
    matching = {row["id"] for row in all_rows(datasette_url) if has_phrase(row, query)}
    near = {row["id"] for row in every_row(datasette_url, q=query)[1]}
    assert matching <= near
    with sqlite3.connect(demo_archive) as db:
        rows = db.execute("select id, portal, published_at, first_seen from articles").fetchall()
    totals, matches = Counter(), Counter()
    for article_id, portal, published, first_seen in rows:
        moment = datetime.fromisoformat(published if "T" in (published or "") else (published or first_seen)[:10])
        month = (moment if moment.tzinfo is None else moment.astimezone(VN_TZ)).strftime("%Y-%m")
        totals[month, portal] += 1
        matches[month, portal] += article_id in near
    assert got == {key: (matches[key], totals[key]) for key in totals}
    weekly = get_json(datasette_url + "/-/attention.json?by=week&q=" + urllib.parse.quote(query))["rows"]
    assert sum(r["matches"] for r in weekly) == len(near)
    csv_text = get(datasette_url + "/-/attention.csv?q=" + urllib.parse.quote(query))
    assert csv_text.splitlines()[0] == "\ufeffquery,period,portal,matches,total"


def test_attention_compares_queries_and_draws_a_chart(datasette_url):
    params = urllib.parse.urlencode([("q", "dang vien moi"), ("q", "thanh nien"), ("by", "month")])
    html = get(datasette_url + "/-/attention?" + params)
    assert html.count('class="desk-table attention-table"') == 2
    svg = get(datasette_url + "/-/attention.svg?" + params)
    root = ET.fromstring(svg.encode("utf-8"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and "<script" not in svg
    assert "dang vien moi" in svg and "thanh nien" in svg  # the legend


def csrf_opener():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def test_save_as_collection_then_follow_its_feed(datasette_url):
    opener = csrf_opener()
    page = opener.open(datasette_url + "/-/search?q=" + urllib.parse.quote("dang vien moi")).read().decode()
    token = re.search(r'name="csrftoken" value="([^"]+)"', page)[1]
    form = {"csrftoken": token, "q": "dang vien moi", "portal": "", "name": "dang-vien-moi", "description": "Kết nạp"}
    response = opener.open(datasette_url + "/-/collections/save", data=urllib.parse.urlencode(form).encode())
    saved_page = response.read().decode()
    assert "dang-vien-moi" in response.url and 'class="feed-link"' in saved_page
    feed_href = re.search(r'href="([^"]+)" class="feed-link"', saved_page)[1]
    assert feed_href == "/-/collections/dang-vien-moi.atom"
    feed = ET.fromstring(get(datasette_url + feed_href).encode("utf-8"))
    entries = feed.findall(f"{ATOM}entry")
    listed = every_row(datasette_url, q="dang vien moi")[1]
    assert len(entries) == min(50, len(listed))
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, key=datetime.fromisoformat, reverse=True)
    first_link = entries[0].find(f"{ATOM}link").get("href")
    assert first_link.startswith(datasette_url + "/archive/articles/")
    assert get(first_link).count("<h1>") == 1


def test_a_bad_collection_name_or_missing_feed_answers_in_a_sentence(datasette_url):
    opener = csrf_opener()
    page = opener.open(datasette_url + "/-/search?q=hoi+nghi").read().decode()
    token = re.search(r'name="csrftoken" value="([^"]+)"', page)[1]
    form = {"csrftoken": token, "q": "hoi nghi", "name": "<b>x</b>"}
    answer = opener.open(datasette_url + "/-/collections/save", data=urllib.parse.urlencode(form).encode()).read()
    assert "A collection&#39;s name is letters" in answer.decode() and "<b>x</b>" not in answer.decode()
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(datasette_url + "/-/collections/none-such.atom", timeout=10)
    assert missing.value.code == 404 and "no collection named" in missing.value.read().decode()


HOSTILE = [
    '"unbalanced',
    "AND OR NOT",
    "((((",
    "NEAR(",
    "*",
    "x" * 10_000,
    "<script>alert('q')</script>",
    '"><img src=x onerror=alert(1)>',
    "Đảng\x00ủy",
    "' OR 1=1 --",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_answer_a_page_that_runs_no_markup(datasette_url, query):
    for path in ("/-/search", "/-/attention"):
        html = get(datasette_url + path + "?q=" + urllib.parse.quote(query) + "&since=2030-01-01&until=2020-01-01")
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "Traceback" not in html and "wrong way round" in html
    data = search_json(datasette_url, q=query, portal="no-such-portal", page="-1")
    assert any("no-such-portal" in message for message in data["messages"])


def test_random_parameters_never_give_an_error_page(datasette_url):
    rng = random.Random(5)
    alphabet = list('aăđĐảủ "()*-:+^<>&;/\\%') + ["AND ", "OR ", "NOT ", "NEAR", "<script>", "\u202e", "%00"]
    names = ["q", "portal", "since", "until", "author", "category", "sort", "page", "loose", "by"]
    for _ in range(60):
        params = {rng.choice(names): "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3)}
        for path in ("/-/search.json", "/-/search", "/-/attention.json", "/-/export.json"):
            try:
                get(datasette_url + path + "?" + urllib.parse.urlencode(params))
            except urllib.error.HTTPError as error:  # every answer is a page, never a server error
                pytest.fail(f"{path} {params}: {error.code}")


def test_dates_bound_the_results_in_vietnam_time(datasette_url):
    day = date(2024, 6, 4)
    rows = search_json(datasette_url, since=day.isoformat(), until=day.isoformat())["rows"]
    assert rows and all(row["published_at"][:10] == day.isoformat() for row in rows)
    wider = search_json(datasette_url, since=(day - timedelta(days=1)).isoformat(), until=day.isoformat())
    assert wider["count"] >= len(rows)
