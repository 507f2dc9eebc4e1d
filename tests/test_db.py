"""The schema, migrations and idempotent writes of crawler/db.py."""

from crawler import db
from crawler.items import ARTICLE_COLUMNS, Article


def article(**changes):
    fields = dict(portal="baolaocai", url="https://baolaocai.vn/a-post1.html", id="abc",
                  title="Tiêu đề", body="Đoạn một.\n\nĐoạn hai.", published_at="2024-05-16T15:30:00+07:00",
                  images=[{"src": "https://cdn.baolaocai.vn/1.jpg", "caption": "Chú thích"}],
                  seen_at=["https://baolaocai.vn/a-post1.html?utm_source=x"])
    fields.update(changes)
    return Article(**fields)


def test_schema(tmp_path):
    archive = db.connect(tmp_path / "a.db")
    assert {"portals", "articles", "images", "article_urls", "crawl_runs", "articles_search"} <= set(archive.table_names())
    assert list(ARTICLE_COLUMNS) == [c for c in archive["articles"].columns_dict if c != "published_month"]
    assert archive.journal_mode == "wal"
    assert db.migrate(archive) == []  # nothing left to apply


def test_store_is_idempotent_and_sees_edits(tmp_path):
    archive = db.connect(tmp_path / "a.db")
    db.upsert_portal(archive, "baolaocai", "Báo Lào Cai", "https://baolaocai.vn", "newspaper")
    assert db.store_article(archive, article()) == "new"
    assert db.store_article(archive, article()) == "unchanged"
    assert db.store_article(archive, article(body="Đoạn một.\n\nĐoạn hai, đã sửa.")) == "updated"
    assert archive["articles"].count == 1
    assert archive["images"].count == 1
    assert {r["url"] for r in archive["article_urls"].rows} == {
        "https://baolaocai.vn/a-post1.html", "https://baolaocai.vn/a-post1.html?utm_source=x"}


def test_a_later_fetch_without_a_date_keeps_the_known_one(tmp_path):
    archive = db.connect(tmp_path / "a.db")
    db.store_article(archive, article())
    db.store_article(archive, article(published_at=None))
    assert archive["articles"].get("abc")["published_at"] == "2024-05-16T15:30:00+07:00"


def test_full_text_search_finds_stored_text_and_follows_edits(tmp_path):
    archive = db.connect(tmp_path / "a.db")
    db.store_article(archive, article(body="Hội nghị sơ kết chương trình phối hợp."))
    assert [r["id"] for r in db.search(archive, "phối hợp")] == ["abc"]
    db.store_article(archive, article(body="Hội nghị tổng kết công tác năm."))
    assert db.search(archive, "phối hợp") == []
    assert [r["id"] for r in db.search(archive, "tong ket")] == ["abc"]
    assert db.rebuild_search(archive) == 1
    assert [r["id"] for r in db.search(archive, "tổng kết")] == ["abc"]
