"""Vietnamese search semantics, on a real SQLite FTS5 index built by crawler/storage/."""

import random
import unicodedata

import pytest

from crawler.article import Article
from crawler.indexing.query import holds_every_term, normalize_query, snippet, snippet_html, wanted_terms
from crawler.storage import articles, database
from crawler.storage.selection import select_articles

TEXTS = {
    "a": "Đảng ủy Khối tổ chức hội nghị sơ kết chương trình phối hợp công tác.",
    "b": "Ban Thường vụ Đảng uỷ Khối Doanh nghiệp họp phiên thường kỳ.",
    "c": "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH KÝ KẾT QUY CHẾ.",
    "d": "Công nhân đang làm việc tại nhà máy; phong trào thi đua sôi nổi.",
    "e": unicodedata.normalize("NFD", "Đảng bộ phường Hòa Bình kết nạp đảng viên mới."),
    "f": "\u00d0ảng bộ xã tổ chức lễ trao huy hiệu; chương trình hoà nhạc.",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    archive = database.connect(tmp_path_factory.mktemp("search") / "s.db")
    for key, text in TEXTS.items():
        # stored as the pipelines store it: NFC, Đ look-alike fixed
        from crawler.extraction.text import nfc

        articles.store_article(
            archive,
            Article(
                portal="p",
                url=f"https://x.vn/{key}",
                id=key,
                title=f"Bài {key}",
                body=nfc(text),
                published_at=f"2024-01-0{ord(key) - 96}",
            ),
        )
    return archive


def found(archive, query):
    return sorted(r["id"] for r in select_articles(archive, query))


@pytest.mark.parametrize(
    "query, ids",
    [
        ("dang uy", ["a", "b", "c"]),  # no diacritics: every spelling
        ("Đảng ủy", ["a", "b", "c"]),  # old and new tone placement alike
        ("Đảng uỷ", ["a", "b", "c"]),
        ("ĐẢNG ỦY", ["a", "b", "c"]),
        ("Đảng", ["a", "b", "c", "e", "f"]),  # not "đang"
        ("đang", ["d"]),
        ("dang", ["a", "b", "c", "d", "e", "f"]),
        ('"chương trình phối hợp"', ["a"]),  # phrase
        ('"chuong trinh phoi hop"', ["a"]),
        ("phối*", ["a"]),  # prefix
        ("hòa", ["e", "f"]),
        ("hoà", ["e", "f"]),  # tone placement, stored NFD and Ð
        ("Đảng AND Khối NOT Doanh", ["a", "c"]),
        ("nhà máy OR nhạc", ["d", "f"]),
        ("kinh tế - xã hội: (", []),  # junk punctuation never errors
    ],
)
def test_search(archive, query, ids):
    assert found(archive, query) == ids


def test_random_queries_never_break_fts5(archive):
    rng = random.Random(7)
    alphabet = list('abcđĐảủ "()*-:+^AND OR NOT NEAR') + [" AND ", " OR ", " NOT ", '"', "(", ")", "*", "NEAR"]
    for _ in range(500):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        select_articles(archive, query)  # raises on an FTS5 syntax error


def test_snippet_marks_matches_and_escapes_markup():
    text = "Hội nghị của Đảng ủy <b>Khối</b> đang diễn ra."
    assert (
        snippet_html(snippet(text, "Đảng")) == "Hội nghị của <mark>Đảng</mark> ủy &lt;b&gt;Khối&lt;/b&gt; đang diễn ra."
    )
    assert snippet_html(snippet(text, "dang")).count("<mark>") == 2


def test_normalize_query():
    assert normalize_query("NOT (Đảng ủy") == "( Đảng uỷ )"
    assert normalize_query("AND OR") == ""


def test_the_words_a_query_asks_for_and_a_title_that_holds_them():
    assert wanted_terms("Đảng NOT đoàn") == ["Đảng"]
    assert wanted_terms('chi bộ AND (doanh nghiệp OR x) NOT (a b) "c d"') == [
        "chi",
        "bộ",
        "doanh",
        "nghiệp",
        "x",
        "c",
        "d",
    ]
    assert holds_every_term("Đảng ủy Khối tổ chức hội nghị", "dang uy")
    assert not holds_every_term("Công nhân đang làm việc", "Đảng")  # marked: only "Đảng"
    assert holds_every_term("Phối hợp công tác", "phối*") and not holds_every_term("", "phối*")
