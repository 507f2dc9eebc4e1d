"""Helpers for tests: the saved sites, free ports, the archive command."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from crawler.cli.mirror import load_site
from crawler.defaults import SITES_DIR

PROJECT = Path(__file__).resolve().parent.parent
PORTALS = sorted(p.name for p in SITES_DIR.iterdir() if (p / "routes.json").is_file())


def expected(portal: str) -> dict:
    return json.loads((SITES_DIR / portal / "expected.json").read_text(encoding="utf-8"))


def saved_articles():
    """(portal, expected article) for every saved article page, as pytest params."""
    return [
        pytest.param(portal, article, id=f"{portal}:{article['routes'][0]}")
        for portal in PORTALS
        for article in expected(portal)["articles"]
    ]


def page(portal: str, route: str) -> bytes:
    return load_site(SITES_DIR / portal).page(route)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def archive_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", *args]


class serving:
    """`archive serve` on a free port for the duration of a with-block; its base URL."""

    def __init__(self, db_path, *options: str):
        self.db_path, self.options = db_path, options

    def __enter__(self) -> str:
        port = free_port()
        self.process = subprocess.Popen(
            archive_command("serve", "--db", str(self.db_path), "--port", str(port), *self.options),
            cwd=PROJECT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        wait_for(url + "/-/versions.json")
        return url

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)
