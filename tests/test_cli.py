"""The `archive` command's one-page tools and its help."""

import json
import subprocess

import pytest
from click.testing import CliRunner
from saved import PROJECT, archive_command, expected, page

from crawler.cli.main import cli


def test_extract_prints_the_article_as_json(tmp_path):
    article = expected("tpcaolanh_dongthap")["articles"][0]
    html = tmp_path / "page.html"
    html.write_bytes(page("tpcaolanh_dongthap", article["routes"][0]))
    result = CliRunner().invoke(cli, ["extract", str(html), "--url", article["url"]])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"url", "portal", "title", "summary", "published_at", "published_raw", "author", "body", "images"} <= set(
        data
    )
    assert data["title"] == article["title"] and data["images"] == article["images"]


PAGE_WITH_FURNITURE = """<html><head><title>Hội nghị sơ kết công tác Đảng</title></head><body>
<div class="noi-dung"><h1>Hội nghị sơ kết công tác Đảng</h1>
<p>Sáng 12/3/2024, Đảng ủy Khối tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024 với sự
tham dự của các đồng chí trong Ban Thường vụ.</p>
<p>Tại hội nghị, các đại biểu đã thảo luận về nhiệm vụ trọng tâm của quý II và thống nhất các giải pháp.</p>
<p>Chia sẻ</p><p>In bài viết</p></div></body></html>"""


def test_extract_reads_a_saved_page_in_its_own_charset():
    # The hostile test site's Windows-1258 page, as a file: its <meta charset> says how to read it.
    saved = PROJECT / "tests" / "faults" / "hostile" / "pages" / "windows-1258.html"
    result = CliRunner().invoke(cli, ["extract", str(saved), "--url", "https://hostile.example.vn/tin/a.html"])
    data = json.loads(result.output)
    assert data["title"] == "Đảng bộ Khối kết nạp đảng viên mới"
    assert data["published_at"] == "2024-05-16T08:30:00+07:00"


def test_extract_explains_which_layer_read_the_page_and_what_the_cleaner_removed(tmp_path):
    html = tmp_path / "page.html"
    html.write_text(PAGE_WITH_FURNITURE, encoding="utf-8")
    url = "https://example.vn/tin/hoi-nghi-so-ket-cong-tac-dang-1234.html"
    result = CliRunner().invoke(cli, ["extract", str(html), "--url", url, "--explain"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["layer"] == "the generic layer: no selectors for this site"
    assert data["problems"] == []
    # The same undated page at a URL of no article's shape is a standing page.
    standing = CliRunner().invoke(
        cli, ["extract", str(html), "--url", "https://example.vn/gioi-thieu-chung.html", "--explain"]
    )
    assert json.loads(standing.output)["problems"] == [
        "not an article page: no date of its own, or no article's text, at a URL of no article's shape"
    ]
    assert data["removed"] == [
        {"rule": "title repeated", "line": "Hội nghị sơ kết công tác Đảng"},
        {"rule": "end matter", "line": "Chia sẻ"},
        {"rule": "end matter", "line": "In bài viết"},
    ]
    assert data["body"].endswith("thống nhất các giải pháp.")


def test_extract_explains_a_portal_page_read_by_its_selectors(tmp_path):
    article = expected("baolaocai")["articles"][0]
    html = tmp_path / "page.html"
    html.write_bytes(page("baolaocai", article["routes"][0]))
    data = json.loads(CliRunner().invoke(cli, ["extract", str(html), "--url", article["url"], "--explain"]).output)
    assert (data["layer"], data["extractor"], data["problems"]) == ("the portal's selectors", "portal", [])
    assert all(set(line) == {"rule", "line"} and line["line"] not in data["body"] for line in data["removed"])
    plain = json.loads(CliRunner().invoke(cli, ["extract", str(html), "--url", article["url"]]).output)
    assert {k: v for k, v in data.items() if k not in ("layer", "problems", "removed")} == plain


@pytest.mark.parametrize(
    "args, code, output",
    [
        (["date", "Thứ 5, Ngày 24 / 11 / 2022"], 0, "2022-11-24"),
        (["date", "Chiều 18/4", "--reference", "2023-05-02"], 0, "2023-04-18"),
        (["date", "12/45 tổ chức"], 1, ""),
    ],
)
def test_date(args, code, output):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code
    assert result.stdout.strip() == output


@pytest.mark.parametrize(
    "command",
    [
        "crawl",
        "serve",
        "demo",
        "mirror",
        "extract",
        "date",
        "portals",
        "export",
        "collection",
        "collection save",
        "collection add",
        "collection list",
    ],
)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_console_script_runs():
    result = subprocess.run(archive_command("--help"), cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0 and "archive demo" in result.stdout


def test_portals_lists_counts_and_last_run(demo_archive):
    result = CliRunner().invoke(cli, ["portals", "--db", str(demo_archive)])
    assert result.exit_code == 0
    line = next(text for text in result.output.splitlines() if text.startswith("baolaocai"))
    assert f" {len(expected('baolaocai')['articles'])} " in line
    assert line.endswith(f"ok, {len(expected('baolaocai')['articles'])} new, 0 updated")


@pytest.mark.parametrize("command", ["portals", "serve", "export"])
def test_a_command_on_an_archive_that_does_not_exist_says_so_and_creates_none(command, tmp_path):
    missing = tmp_path / "typo.db"
    args = [command, "--db", str(missing)] + (["-o", str(tmp_path / "out.csv")] if command == "export" else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert f"{missing} does not exist: run `archive crawl` or `archive demo` first" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_mirror_that_does_not_answer_is_said_in_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["crawl", "--db", str(tmp_path / "a.db"), "--mirror", "http://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no mirror answers at http://127.0.0.1:9 (")
    assert not (tmp_path / "a.db").exists()
