"""Installed anywhere: the wheel, installed into a fresh virtualenv, builds the demo
archive and serves it from an empty folder, with nothing read from this checkout."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.request

import pytest
from saved import PORTALS, PROJECT, expected, free_port, wait_for


@pytest.mark.slow
def test_a_wheel_in_a_fresh_virtualenv_demos_and_serves_from_an_empty_folder(tmp_path):
    def run(*command, cwd=tmp_path, timeout=600):
        result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result.stdout

    # Built from a copy of the checkout: setuptools leaves build/ in the tree it builds.
    source = tmp_path / "source"
    shutil.copytree(PROJECT, source, ignore=shutil.ignore_patterns(".*", "build", "*.egg-info", "out", "__pycache__"))
    run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path / "dist"), str(source)
    )
    (wheel,) = (tmp_path / "dist").glob("partybloc_archive-*.whl")
    run(sys.executable, "-m", "venv", str(tmp_path / "fresh"))
    bin_dir = tmp_path / "fresh" / "bin"
    run(str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel))
    empty = tmp_path / "empty"
    empty.mkdir()
    where = run(str(bin_dir / "python"), "-c", "import crawler; print(crawler.__file__)", cwd=empty)
    assert where.startswith(str(tmp_path / "fresh"))

    run(str(bin_dir / "archive"), "demo", "--no-serve", cwd=empty)
    assert sorted(p.name for p in empty.iterdir()) == ["archive.db", "archive.db.lock", "raw.db"]

    port = free_port()
    server = subprocess.Popen(
        [str(bin_dir / "archive"), "serve", "--port", str(port)],
        cwd=empty,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(url + "/-/versions.json")
        with urllib.request.urlopen(url + "/archive/articles.json?_size=0") as answer:
            assert json.load(answer)["filtered_table_rows_count"] == sum(len(expected(p)["articles"]) for p in PORTALS)
        with urllib.request.urlopen(url + "/-/plugins.json") as answer:
            plugins = {plugin["name"] for plugin in json.load(answer)}
        assert plugins == {
            "archive_pages.py",
            "connections.py",
            "coverage.py",
            "exports.py",
            "people.py",
            "research_desk.py",
            "vietnamese_search.py",
        }
        with urllib.request.urlopen(url + "/-/coverage") as answer:
            assert "Độ phủ" in answer.read().decode("utf-8")
        with urllib.request.urlopen(url + "/-/search?q=dang+uy") as answer:  # its templates ship too
            assert 'class="desk-results"' in answer.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=10)
