"""The research desk's parts on a real FTS5 index: how a typed query is read, the
relevance tiers, filters, paging, attention counts, the collection feed and the chart."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from crawler.article import Article
from crawler.desk import attention, feeds, search
from crawler.desk.chart import attention_svg
from crawler.desk.request import MAX_COMPARED, QUERY_MAX_CHARS, read_request
from crawler.indexing.relevance import read_query
from crawler.storage import articles, database, named_collections
from crawler.storage.selection import Filters, select_articles

ATOM = "{http://www.w3.org/2005/Atom}"

# (id, portal, published_at, title, body): "chuyển đổi số" as a phrase, near, scattered.
ARTICLES = [
    ("phrase-body-end", "p1", "2024-03-05T08:00:00+07:00", "Hội nghị cán bộ chủ chốt",
     "Hội nghị bàn nhiều việc của năm. " * 30 + "Cuối cùng bàn về chuyển đổi số trong cơ quan."),
    ("phrase-title", "p1", "2024-01-10T09:00:00+07:00", "Đẩy mạnh chuyển đổi số trong các chi bộ",
     "Các chi bộ học tập nghị quyết và triển khai kế hoạch của năm."),
    ("near", "p2", "2024-02-20T10:00:00+07:00", "Kế hoạch năm mới",
     "Chuyển đổi mô hình số hóa dữ liệu đảng viên ở cơ sở."),
    ("scattered", "p2", "2024-03-01T10:00:00+07:00", "Tổng kết công tác",
     "Chuyển hướng hoạt động sang cơ sở. Năm nay có nhiều đổi mới. Số đảng viên mới tăng."),
    ("unmarked", "p1", "2023-12-01T10:00:00+07:00", "Tin ngan",
     "Hoi nghi ve chuyen doi so duoc to chuc tai hoi truong."),
    ("other", "p2", "2024-03-10T10:00:00+07:00", "Hội Nông dân tập huấn",
     "Tập huấn phòng trừ sâu bệnh cho hội viên nông dân."),
]  # fmt: skip


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    archive = database.connect(tmp_path_factory.mktemp("desk") / "archive.db")
    for article_id, portal, published, title, body in ARTICLES:
        article = Article(
            portal=portal, url=f"https://{portal}.vn/{article_id}", id=article_id, title=title, body=body,
            published_at=published, author="Minh Anh" if portal == "p1" else None,
        )  # fmt: skip
        articles.store_article(archive, article)
    return archive


def ids(results):
    return [row["id"] for row in results.rows]


def test_syllables_side_by_side_are_read_as_a_word():
    reading = read_query('chuyen doi so OR "hải phòng" NOT ha noi')
    assert reading.phrase == '"chuyen doi so" OR "hải phòng" NOT "ha noi"'
    assert reading.near == 'NEAR(chuyen doi so, 4) OR "hải phòng" NOT "ha noi"'
    assert reading.loose == 'chuyen doi so OR "hải phòng" NOT "ha noi"'
    # a prefix ends a phrase; a single syllable has one reading
    assert read_query("chuyển đổi s*").phrase == '( "chuyen doi s"* AND chuyển AND đổi )'
    assert not read_query("Đảng").has_runs
    assert read_query('NOT ) " (').near == ""


def test_phrase_matches_come_first_then_near_and_scattered_only_when_asked(archive):
    results = search.search(archive, read_request({"q": ["chuyen doi so"]}))
    assert [row["tier"] for row in results.rows] == ["phrase", "phrase", "phrase", "near"]
    assert set(ids(results)[:3]) == {"phrase-title", "phrase-body-end", "unmarked"}
    assert ids(results)[3] == "near" and results.count == 4
    looser = search.search(archive, read_request({"q": ["chuyen doi so"], "loose": ["1"]}))
    assert ids(looser)[4:] == ["scattered"] and looser.count == 5


def test_a_long_run_typed_as_a_headline_finds_its_article(archive):
    # Six syllables and more: FTS5's NEAR counts the run's own syllables in its distance.
    for query in ("day manh chuyen doi so trong cac chi bo", "Đẩy mạnh chuyển đổi số trong các chi bộ"):
        results = search.search(archive, read_request({"q": [query]}))
        assert ids(results) == ["phrase-title"] and results.rows[0]["tier"] == "phrase"


def test_a_match_in_the_title_outweighs_one_at_the_end_of_the_body(archive):
    results = search.search(archive, read_request({"q": ["chuyển đổi số"]}))
    assert ids(results)[:2] == ["phrase-title", "phrase-body-end"]  # diacritics typed: not "chuyen doi so"
    assert "unmarked" not in ids(results)


def test_newest_first_lists_the_same_matches_by_date(archive):
    results = search.search(archive, read_request({"q": ["chuyen doi so"], "sort": ["newest"]}))
    assert ids(results) == ["phrase-body-end", "near", "phrase-title", "unmarked"]
    assert [row["tier"] for row in results.rows] == ["phrase", "near", "phrase", "phrase"]


def test_filters_narrow_by_portal_dates_and_author(archive):
    def found(**params):
        return set(ids(search.search(archive, read_request({"q": ["chuyen doi so"], **params}, {"p1", "p2"}))))

    assert found(portal=["p2"]) == {"near"}
    assert found(since=["2024-02-01"]) == {"phrase-body-end", "near"}
    assert found(until=["31/01/2024"]) == {"phrase-title", "unmarked"}
    assert found(since=["2024-01"], until=["2024-01"]) == {"phrase-title"}  # a month, both ends
    assert found(author=["Minh Anh"]) == {"phrase-title", "phrase-body-end", "unmarked"}


def test_no_query_browses_the_filters_newest_first(archive):
    results = search.search(archive, read_request({"portal": ["p2"]}))
    assert results.browsing and ids(results) == ["other", "scattered", "near"]


def test_pages_and_excerpts(archive):
    results = search.search(archive, read_request({"q": ["hoi nghi"]}))
    assert results.pages == 1 and results.count == 2
    excerpt = next(row["excerpt"] for row in results.rows if row["id"] == "unmarked")
    assert excerpt.startswith("\ue000Hoi\ue001 \ue000nghi\ue001")


@pytest.mark.parametrize(
    "params, messages, check",
    [
        ({"since": ["2024-05-01"], "until": ["2024-01-01"]}, 1, lambda r: r.filters.since == "2024-01-01"),
        ({"since": ["hôm qua"]}, 1, lambda r: r.filters.since is None),
        ({"portal": ["p1,nope"]}, 1, lambda r: r.filters.portals == ("p1",)),
        ({"page": ["-3"]}, 1, lambda r: r.page == 1),
        ({"page": ["²"]}, 1, lambda r: r.page == 1),
        ({"sort": ["drop table"]}, 1, lambda r: r.sort == "relevance"),
        ({"q": ["x" * 10_000]}, 1, lambda r: len(r.q) == QUERY_MAX_CHARS),
        ({"q": ["a", "b", "c", "d"]}, 1, lambda r: len(r.queries) == MAX_COMPARED),
        ({"q": ["tin\x00 \ue000mới"]}, 0, lambda r: r.q == "tin mới"),
        ({"by": ["year"]}, 1, lambda r: r.by == "month"),
    ],
)
def test_any_input_is_read_with_a_message_never_an_error(params, messages, check):
    request = read_request(params, {"p1", "p2"})
    assert len(request.messages) == messages and check(request)


def test_a_search_that_runs_too_long_stops_with_tooslow(archive):
    with pytest.raises(search.TooSlow):
        with search.time_limit(archive.conn, seconds=0.0):
            archive.conn.execute("with recursive n(i) as (select 1 union all select i + 1 from n) select max(i) from n")


def test_attention_counts_equal_the_sql_truth(archive):
    rows = attention.attention(archive, ("chuyen doi so", "tap huan"), Filters(), "month")
    by_key = {(r["query"], r["period"], r["portal"]): (r["matches"], r["total"]) for r in rows}
    assert by_key[("chuyen doi so", "2024-03", "p1")] == (1, 1)
    assert by_key[("chuyen doi so", "2024-03", "p2")] == (0, 2)  # scattered is not a match
    assert by_key[("chuyen doi so", "2024-02", "p2")] == (1, 1)
    assert by_key[("tap huan", "2024-03", "p2")] == (1, 2)
    assert sum(r["total"] for r in rows) == 2 * len(ARTICLES)
    weeks = attention.attention(archive, ("chuyen doi so",), Filters(portals=("p1",)), "week")
    assert {(r["period"], r["matches"]) for r in weeks} == {("2023-W48", 1), ("2024-W02", 1), ("2024-W10", 1)}


def test_exports_and_collections_select_what_the_page_lists(archive):
    listed = {"phrase-title", "phrase-body-end", "unmarked", "near"}
    assert {a["id"] for a in select_articles(archive, "chuyen doi so")} == listed
    named_collections.save_collection(archive, "cds", "Chuyển đổi số", "chuyen doi so", Filters(portals=("p1",)))
    assert [a["id"] for a in named_collections.collection_articles(archive, "cds")] == [
        "phrase-body-end",
        "phrase-title",
        "unmarked",
    ]


def test_collection_feed_is_atom_newest_first_linking_to_the_article_page(archive):
    named_collections.save_collection(archive, "feed-test", "", "chuyen doi so")
    xml = feeds.collection_feed(
        archive, "feed-test", "http://x/-/collections/feed-test.atom", lambda i: f"http://x/a/{i}"
    )
    root = ET.fromstring(xml)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        "http://x/a/phrase-body-end",
        "http://x/a/near",
        "http://x/a/phrase-title",
        "http://x/a/unmarked",
    ]
    assert root.find(f"{ATOM}updated").text == "2024-03-05T08:00:00+07:00"
    assert {e.find(f"{ATOM}id").text for e in entries} == {
        f"http://x/-/collections/feed-test.atom#{i}" for i in ("phrase-body-end", "near", "phrase-title", "unmarked")
    }
    with pytest.raises(KeyError):
        feeds.collection_feed(archive, "none", "http://x/", str)
    assert feeds.feed_path("chuyển đổi") == "/-/collections/chuy%E1%BB%83n%20%C4%91%E1%BB%95i.atom"


def test_chart_is_an_image_with_no_script_whatever_the_query(archive):
    rows = attention.attention(archive, ("</text><script>alert(1)</script>",), Filters(), "month")
    svg = attention_svg(rows, "month")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert b"<script" not in svg and b"alert(1)</script>" not in svg


def test_past_the_rank_window_the_newest_of_the_first_tier_are_ranked(archive, monkeypatch):
    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    results = search.search(archive, read_request({"q": ["chuyen doi so"]}))
    assert results.count == 4 and results.pages == 1  # counted apart; relevance reaches the window
    assert [row["tier"] for row in results.rows] == ["phrase", "phrase"]
    assert {row["id"] for row in results.rows} == {"phrase-body-end", "phrase-title"}  # the two newest
    newest = search.search(archive, read_request({"q": ["chuyen doi so"], "sort": ["newest"], "page": ["2"]}))
    assert [row["id"] for row in newest.rows] == []  # 20 a page: one page
    assert search.search(archive, read_request({"q": ["chuyen doi so"], "sort": ["newest"]})).count == 4


def test_titles_only_searches_the_lead_columns_everywhere(archive):
    request = read_request({"q": ["chuyen doi so"], "title_only": ["1"]})
    assert request.filters.title_only
    assert ids(search.search(archive, request)) == ["phrase-title"]
    assert [a["id"] for a in select_articles(archive, "chuyen doi so", request.filters)] == ["phrase-title"]
    rows = attention.attention(archive, ("chuyen doi so",), request.filters, "month")
    assert {(r["period"], r["matches"]) for r in rows if r["matches"]} == {("2024-01", 1)}
    named_collections.save_collection(archive, "titles", "", "chuyen doi so", request.filters)
    assert [a["id"] for a in named_collections.collection_articles(archive, "titles")] == ["phrase-title"]
