"""deploy/: the systemd units pass `systemd-analyze verify`, and the server they run
serves the published copy without writing a byte of it."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from saved import PROJECT, archive_command, serving

pytestmark = pytest.mark.slow
DEPLOY = PROJECT / "deploy"
UNITS = sorted(p for p in DEPLOY.iterdir() if p.suffix in (".service", ".timer", ".path"))
INSTALLED = "/srv/partybloc-archive"


def test_the_units_are_the_ones_the_readme_installs():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert [unit.name for unit in UNITS] == [
        "partybloc-archive-crawl.service",
        "partybloc-archive-crawl.timer",
        "partybloc-archive-publish.path",
        "partybloc-archive-reload.service",
        "partybloc-archive-serve.service",
    ]
    assert all(unit.name in readme for unit in UNITS)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd is not on this machine")
def test_the_units_pass_systemd_analyze_verify(tmp_path):
    # As installed, with /srv/partybloc-archive where this checkout and its .venv are.
    root = tmp_path / "partybloc-archive"
    for folder in ("data", "published", "backups"):
        (root / folder).mkdir(parents=True)
    (root / ".venv").symlink_to(Path(sys.executable).parent.parent)
    for unit in UNITS:
        (tmp_path / unit.name).write_text(unit.read_text(encoding="utf-8").replace(INSTALLED, str(root)))
    result = subprocess.run(
        ["systemd-analyze", "verify", *(str(tmp_path / unit.name) for unit in UNITS)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr


def digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def test_a_published_copy_is_served_without_a_write(tmp_path, demo_archive):
    published = tmp_path / "published"
    copied = subprocess.run(
        archive_command("backup", str(published), "--db", str(demo_archive), "--as", "archive.db"),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert copied.returncode == 0, copied.stderr
    copy = published / "archive.db"
    before = digest(copy)
    with serving(copy, "--read-only") as url:
        query = urllib.parse.urlencode({"q": "dang vien"})
        with urllib.request.urlopen(f"{url}/-/search.json?{query}", timeout=30) as answer:
            found = json.load(answer)
        assert found["count"] > 0 and found["people"]
        with urllib.request.urlopen(f"{url}/-/people/{found['people'][0]['id']}.json", timeout=30) as answer:
            assert json.load(answer)["articles"]
    assert digest(copy) == before
    assert sorted(p.name for p in published.iterdir()) == ["archive.db"]  # no -wal, -shm or -journal


def test_serving_read_only_a_copy_that_needs_migrations_says_so(tmp_path):
    from crawler.storage import database
    from crawler.storage.migrations import MIGRATIONS

    old = tmp_path / "archive.db"
    database.open_database(old, MIGRATIONS[:-1]).conn.close()
    result = subprocess.run(
        archive_command("serve", "--db", str(old), "--read-only"), cwd=PROJECT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {old} needs migrations ({MIGRATIONS[-1][0]}) and is served read-only: "
        "publish it again from the archive with this release\n"
    )
