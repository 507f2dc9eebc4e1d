"""The `archive` command's one-page tools and its help."""

import json
import subprocess

import pytest
from click.testing import CliRunner

from crawler.cli.main import cli
from saved import PROJECT, archive_command, expected, page


def test_extract_prints_the_article_as_json(tmp_path):
    article = expected("tpcaolanh_dongthap")["articles"][0]
    html = tmp_path / "page.html"
    html.write_bytes(page("tpcaolanh_dongthap", article["routes"][0]))
    result = CliRunner().invoke(cli, ["extract", str(html), "--url", article["url"]])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"url", "portal", "title", "summary", "published_at", "published_raw", "author", "body", "images"} <= set(data)
    assert data["title"] == article["title"] and data["images"] == article["images"]


@pytest.mark.parametrize("args, code, output", [
    (["date", "Thứ 5, Ngày 24 / 11 / 2022"], 0, "2022-11-24"),
    (["date", "Chiều 18/4", "--reference", "2023-05-02"], 0, "2023-04-18"),
    (["date", "12/45 tổ chức"], 1, ""),
])
def test_date(args, code, output):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code
    assert result.stdout.strip() == output


@pytest.mark.parametrize("command", ["crawl", "serve", "demo", "mirror", "extract", "date", "portals", "export",
                                     "collection", "collection save", "collection add", "collection list"])
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
    line = next(l for l in result.output.splitlines() if l.startswith("baolaocai"))
    assert f" {len(expected('baolaocai')['articles'])} " in line
    assert line.endswith(f"ok, {len(expected('baolaocai')['articles'])} new, 0 updated")
