"""Exports and collections: what a journalist downloads."""

import csv
import io
import json

from click.testing import CliRunner

from crawler.article import EXPORT_COLUMNS, Article
from crawler.cli.main import cli
from crawler.storage import articles, database
from crawler.storage.exports import csv_text, neutralise


def archive(tmp_path):
    path = tmp_path / "archive.db"
    store = database.connect(path)
    rows = [
        ("a1", "baolaocai", "2024-05-16T15:30:00+07:00", '=HYPERLINK("http://x")', "Đảng ủy Khối họp.\n\nĐoạn hai."),
        ("a2", "baolaocai", "2023-02-01", "Hội nghị phối hợp", "Chương trình phối hợp công tác năm 2023."),
        ("a3", "thanhphohaiphong", "2024-01-31T23:59:00+07:00", "-Tiêu đề", "Đảng uỷ phường tổ chức lễ."),
    ]
    for id_, portal, published, title, body in rows:
        articles.store_article(
            store,
            Article(
                portal=portal,
                url=f"https://{portal}.vn/{id_}",
                id=id_,
                title=title,
                body=body,
                published_at=published,
                author="@minh",
            ),
        )
    return path


def read_csv(text):
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_csv_is_excel_safe():
    text = csv_text([{"id": "1", "title": "=1+1", "body": "dòng một\ndòng hai", "author": "@x", "summary": "+84"}])
    assert "\r\n" in text
    row = read_csv(text)[0]
    assert row["title"] == "'=1+1" and row["author"] == "'@x" and row["summary"] == "'+84"
    assert row["body"] == "dòng một\ndòng hai"
    assert neutralise("Đảng") == "Đảng" and neutralise(None) == ""


def test_export_selects_by_search_portal_and_dates(tmp_path):
    path = archive(tmp_path)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--db",
            str(path),
            "--search",
            "dang uy",
            "--since",
            "2024-01-01",
            "--until",
            "2024-01-31",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = read_csv(out.read_bytes().decode("utf-8"))
    assert [r["id"] for r in rows] == ["a3"]
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert rows[0]["title"] == "'-Tiêu đề"


def test_export_json_and_collections(tmp_path):
    path = archive(tmp_path)
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["collection", "save", "phoi-hop", "--db", str(path), "--search", "phối hợp"]).exit_code == 0
    )
    assert (
        runner.invoke(cli, ["collection", "add", "phoi-hop", "https://baolaocai.vn/a1", "--db", str(path)]).exit_code
        == 0
    )
    out = tmp_path / "c.json"
    result = runner.invoke(
        cli, ["export", "--db", str(path), "--collection", "phoi-hop", "--format", "json", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    items = json.loads(out.read_text(encoding="utf-8"))
    assert [i["id"] for i in items] == ["a1", "a2"]
    assert list(items[0]) == list(EXPORT_COLUMNS)
    missing = runner.invoke(cli, ["collection", "add", "phoi-hop", "https://nowhere.vn/x", "--db", str(path)])
    assert missing.exit_code == 1
    unknown = runner.invoke(cli, ["export", "--db", str(path), "--collection", "nope", "-o", str(out)])
    assert unknown.exit_code == 1 and "no collection" in unknown.output
    feed = runner.invoke(cli, ["collection", "feed", "phoi-hop", "--db", str(path)])
    assert (feed.exit_code, feed.output) == (0, "/-/collections/phoi-hop.atom\n")
    no_feed = runner.invoke(cli, ["collection", "feed", "nope", "--db", str(path)])
    assert no_feed.exit_code == 1 and "no collection named 'nope'" in no_feed.output


def test_export_reads_syllables_typed_side_by_side_as_a_word(tmp_path):
    path = archive(tmp_path)
    out = tmp_path / "e.csv"
    runner = CliRunner()

    def exported(*options):
        result = runner.invoke(cli, ["export", "--db", str(path), "-o", str(out), *options])
        assert result.exit_code == 0, result.output
        return [row["id"] for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))]

    assert exported("--search", "phoi hop") == ["a2"]  # side by side: the word "phối hợp"
    assert exported("--search", "dang uy") == ["a1", "a3"]
    assert exported("--search", "uy dang", "--loose") == ["a1", "a3"]
    assert exported("--search", "uy dang") == ["a1", "a3"]  # near: within three syllables, either order
    assert exported("--search", "khoi dang") == ["a1"]


def test_collections_are_listed_in_datasette_with_their_csv(tmp_path):
    import urllib.request

    from saved import serving

    path = archive(tmp_path)
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["collection", "save", "phối hợp 2023", "--db", str(path), "--search", "phối hợp"]).exit_code
        == 0
    )
    with serving(path) as url:
        with urllib.request.urlopen(f"{url}/archive/collections") as response:
            page = response.read().decode("utf-8")
        link = "/-/export.csv?collection=ph%E1%BB%91i%20h%E1%BB%A3p%202023"
        assert f'<a href="{link}">CSV</a>' in page
        with urllib.request.urlopen(url + link) as response:
            rows = read_csv(response.read().decode("utf-8"))
    assert [r["id"] for r in rows] == ["a2"]


def test_the_export_help_names_the_export_columns():
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert f"Columns: {', '.join(EXPORT_COLUMNS)}." in result.output
