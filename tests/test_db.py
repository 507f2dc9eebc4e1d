"""The schema, migrations and idempotent writes of crawler/storage/."""

from crawler.article import ARTICLE_COLUMNS, Article
from crawler.storage import articles, bookkeeping, database, search_index
from crawler.storage.selection import select_articles


def article(**changes):
    fields = dict(
        portal="baolaocai",
        url="https://baolaocai.vn/a-post1.html",
        id="abc",
        title="Tiêu đề",
        body="Đoạn một.\n\nĐoạn hai.",
        published_at="2024-05-16T15:30:00+07:00",
        images=[{"src": "https://cdn.baolaocai.vn/1.jpg", "caption": "Chú thích"}],
        seen_at=["https://baolaocai.vn/a-post1.html?utm_source=x"],
    )
    fields.update(changes)
    return Article(**fields)


def test_schema(tmp_path):
    archive = database.connect(tmp_path / "a.db")
    assert {"portals", "articles", "images", "article_urls", "crawl_runs", "articles_search"} <= set(
        archive.table_names()
    )
    derived = {"published_month", "published_year", "search_key"}  # for facets and the search index
    assert list(ARTICLE_COLUMNS) == [c for c in archive["articles"].columns_dict if c not in derived]
    assert archive.journal_mode == "wal"
    assert database.migrate(archive) == []  # nothing left to apply


def test_store_is_idempotent_and_sees_edits(tmp_path):
    archive = database.connect(tmp_path / "a.db")
    articles.upsert_portal(archive, "baolaocai", "Báo Lào Cai", "https://baolaocai.vn", "newspaper")
    assert articles.store_article(archive, article()) == "new"
    assert articles.store_article(archive, article()) == "unchanged"
    assert articles.store_article(archive, article(body="Đoạn một.\n\nĐoạn hai, đã sửa.")) == "updated"
    assert archive["articles"].count == 1
    assert archive["images"].count == 1
    assert {r["url"] for r in archive["article_urls"].rows} == {
        "https://baolaocai.vn/a-post1.html",
        "https://baolaocai.vn/a-post1.html?utm_source=x",
    }


def test_a_version_is_kept_when_the_page_changed_not_when_the_extractor_did(tmp_path):
    archive = database.connect(tmp_path / "a.db")
    articles.upsert_portal(archive, "baolaocai", "Báo Lào Cai", "https://baolaocai.vn", "newspaper")
    articles.store_article(archive, article(source_sha1="page-1"))
    # same page, text read better by a new extractor: corrected in place
    assert (
        articles.store_article(archive, article(body="Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.", source_sha1="page-1"))
        == "updated"
    )
    assert archive["article_versions"].count == 0
    # the portal edited the page: the text it replaces becomes version 1
    assert articles.store_article(archive, article(body="Đoạn một, đã sửa.", source_sha1="page-2")) == "updated"
    versions = list(archive["article_versions"].rows)
    assert [(v["version"], v["body"]) for v in versions] == [(1, "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.")]
    assert archive["articles"].get("abc")["source_sha1"] == "page-2"


def test_reprocessing_keeps_when_the_page_was_last_checked_and_removed(tmp_path):
    archive = database.connect(tmp_path / "a.db")
    articles.store_article(archive, article(source_sha1="page-1"), now="2024-06-01T00:00:00Z")
    articles.mark_removed(archive, "https://baolaocai.vn/a-post1.html", 404, now="2024-07-01T00:00:00Z")
    articles.store_article(
        archive, article(body="Đoạn một.", source_sha1="page-1"), now="2024-08-01T00:00:00Z", reprocessed=True
    )
    row = archive["articles"].get("abc")
    assert (row["body"], row["last_checked"], row["removed_at"]) == (
        "Đoạn một.",
        "2024-07-01T00:00:00Z",
        "2024-07-01T00:00:00Z",
    )


def test_a_later_fetch_without_a_date_keeps_the_known_one(tmp_path):
    archive = database.connect(tmp_path / "a.db")
    articles.store_article(archive, article())
    articles.store_article(archive, article(published_at=None))
    assert archive["articles"].get("abc")["published_at"] == "2024-05-16T15:30:00+07:00"


def test_full_text_search_finds_stored_text_and_follows_edits(tmp_path):
    archive = database.connect(tmp_path / "a.db")
    articles.store_article(archive, article(body="Hội nghị sơ kết chương trình phối hợp."))
    assert [r["id"] for r in select_articles(archive, "phối hợp")] == ["abc"]
    articles.store_article(archive, article(body="Hội nghị tổng kết công tác năm."))
    assert select_articles(archive, "phối hợp") == []
    assert [r["id"] for r in select_articles(archive, "tong ket")] == ["abc"]
    assert search_index.rebuild_search(archive) == 1
    assert [r["id"] for r in select_articles(archive, "tổng kết")] == ["abc"]


def test_the_same_story_on_two_portals_is_linked_and_unlinked_when_edited(tmp_path):
    archive = database.connect(tmp_path / "a.db")
    text = " ".join(f"Câu số {i} kể về hội nghị tổng kết công tác xây dựng Đảng của Đảng bộ Khối." for i in range(12))
    articles.store_article(archive, article(id="x1", portal="danguykhoi", body=text))
    articles.store_article(
        archive, article(id="x2", portal="thanhpho", url="https://tp.vn/x2", body=text + " Thêm một câu.")
    )
    articles.store_article(
        archive, article(id="x3", portal="danguykhoi", url="https://d.vn/x3", body=text)
    )  # same portal
    pairs = {(r["article_id"], r["other_id"]) for r in archive["similar_articles"].rows}
    assert pairs == {("x1", "x2"), ("x2", "x1"), ("x3", "x2"), ("x2", "x3")}
    articles.store_article(
        archive,
        article(
            id="x2",
            portal="thanhpho",
            url="https://tp.vn/x2",
            body="Một bài hoàn toàn khác về phong trào thi đua của công nhân lao động. " * 8,
        ),
    )
    assert archive["similar_articles"].count == 0


def test_writes_never_change_the_schema(tmp_path):
    # A schema change while Datasette reads makes its searches fail ("vtable constructor
    # failed"): what a crawl writes must be rows only.
    archive = database.connect(tmp_path / "a.db")
    before = archive.execute("pragma schema_version").fetchone()[0]
    articles.upsert_portal(archive, "baolaocai", "Báo Lào Cai", "https://baolaocai.vn", "newspaper")
    articles.store_article(archive, article())
    articles.store_article(archive, article(body="Đoạn một.\n\nĐoạn hai, đã sửa."))
    run = bookkeeping.start_run(archive, "baolaocai", "https://baolaocai.vn", "full")
    bookkeeping.finish_run(archive, run, {"finish_reason": "finished", "requests": 3})
    bookkeeping.cache_robots(archive, "baolaocai.vn", "User-agent: *")
    bookkeeping.record_page(archive, "https://baolaocai.vn/xay-dung-dang/", "baolaocai", "listing", 200)
    articles.mark_removed(archive, "https://baolaocai.vn/a-post1.html", 410)
    assert archive.execute("pragma schema_version").fetchone()[0] == before


def test_an_article_is_checked_for_edits_at_about_twice_its_age_at_the_last_check(tmp_path):
    archive = database.connect(tmp_path / "a.db")
    articles.upsert_portal(archive, "baolaocai", "Báo Lào Cai", "https://baolaocai.vn", "newspaper")
    # Checked when 4 days old: due again once 4 more days have passed (8 days old).
    articles.store_article(archive, article(), now="2024-05-20T08:30:00Z")
    url = "https://baolaocai.vn/a-post1.html"

    def due(now: str, since: str = "2099-01-01") -> bool:
        return url in bookkeeping.known_urls(archive, "baolaocai", since, now)[1]

    assert not due("2024-05-24T08:00:00Z") and due("2024-05-24T09:00:00Z")
    # Checked when 5 hours old: due a day later (a day at least), not sooner.
    articles.store_article(archive, article(), now="2024-05-16T13:30:00Z")
    assert not due("2024-05-17T13:00:00Z") and due("2024-05-17T14:00:00Z")
    assert due("2024-05-16T14:00:00Z", since="2024-05-16")  # published in the recheck window
    archive["articles"].update("abc", {"published_at": None})
    assert not due("2030-01-01T00:00:00Z")  # undated: never by the schedule
