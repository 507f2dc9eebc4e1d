"""Shared fixtures: one archive built from the saved sites by `archive demo`, and
Datasette serving it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from saved import PROJECT, archive_command, free_port, wait_for


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory) -> Path:
    """An archive built from the saved sites by `archive demo --no-serve`."""
    db_path = tmp_path_factory.mktemp("demo") / "archive.db"
    result = subprocess.run(
        archive_command("demo", "--db", str(db_path), "--no-serve"),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return db_path


@pytest.fixture(scope="session")
def datasette_url(demo_archive):
    """Datasette serving the demo archive through `archive serve`, on a free port."""
    port = free_port()
    server = subprocess.Popen(
        archive_command("serve", "--db", str(demo_archive), "--port", str(port)),
        cwd=PROJECT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/-/versions.json")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
