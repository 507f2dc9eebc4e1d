"""Onboarding by configuration alone: each saved site is probed (`archive portal probe
--write`), crawled from the entry the probe wrote, and crawled again a week later.

    python bench/onboarding.py                          # every site in bench/cms-sites and crawler/sites
    python bench/onboarding.py bench/cms-sites/NAME     # one site

For each site it prints the CMS the probe names and, over the site's expected articles:
how many were stored, and how many have the title, the body (first and last paragraph,
no listed boilerplate line) and the date right; what was stored that is not an article;
and, beside it, how many a crawler that only walks the listings would reach (the
routes each article is reachable by are part of the saved site).
Where the site has a version a week later (routes.later.json), the second, nightly crawl
is scored too: new articles stored, edits stored as a new version, and how many
unchanged article pages were fetched again (the fewer the better).

A site written by someone who has not seen the code waits in bench/cms-sites until
its first figures are taken: those are the held-out ones. It then moves to
crawler/sites, with the entry its probe wrote.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.cli.mirror import Mirror  # noqa: E402
from crawler.defaults import RECHECK_DAYS  # noqa: E402

ARCHIVE = [sys.executable, "-m", "crawler.cli"]
HELD_OUT = ROOT / "bench" / "cms-sites"
SAVED = ROOT / "crawler" / "sites"


def archive(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*ARCHIVE, *args], capture_output=True, text=True, timeout=600, cwd=ROOT)


def where(url: str) -> str:
    """Path and query: stored URLs carry the site's own name or the mirror's."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def stored_articles(db: Path) -> dict[str, dict]:
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute(
            "select u.url, a.id, a.title, a.summary, a.body, a.published_at from article_urls u join articles a on a.id = u.article_id"
        )
        return {where(row["url"]): dict(row) for row in rows}


def score(expected: dict, stored: dict[str, dict]) -> dict:
    """Each expected article: stored, and field by field right."""
    tally = {"articles": 0, "stored": 0, "title": 0, "body": 0, "date": 0, "all": 0, "wrong": []}
    known_ids = set()
    for article in expected["articles"]:
        tally["articles"] += 1
        row = next((stored[where(r)] for r in [article["url"], *article.get("routes", [])] if where(r) in stored), None)
        if row is None:
            tally["wrong"].append(f"missing {where(article['url'])}")
            continue
        known_ids.add(row["id"])
        tally["stored"] += 1
        body = row["body"] or ""
        if article.get("summary") and article["first_paragraph"] == article["summary"] == row["summary"]:
            # The sapo printed at the head of the body is kept once, as the summary.
            body = f"{row['summary']}\n\n{body}"
        checks = {
            "title": row["title"] == article["title"],
            "body": body.startswith(article["first_paragraph"])
            and body.endswith(article["last_paragraph"])
            and not any(line in body for line in article.get("must_not_contain", [])),
            "date": (row["published_at"] or "")[: len(article["published_at"][:16])] == article["published_at"][:16],
        }
        for field, right in checks.items():
            tally[field] += right
        tally["all"] += all(checks.values())
        if not all(checks.values()):
            wrong = ", ".join(field for field, right in checks.items() if not right)
            tally["wrong"].append(f"{where(article['url'])}: {wrong}")
    tally["extra"] = sorted({where(url) for url, row in stored.items() if row["id"] not in known_ids})
    return tally


def later_figures(db: Path, expected_later: dict) -> dict:
    """The nightly crawl a week later: what it stored and what it fetched again."""
    with sqlite3.connect(db) as connection:
        fetched = {
            where(url)
            for (url,) in connection.execute(
                # the last run's pages, by its id: the wall clock may step between runs
                "select url from pages where kind = 'article' and last_run_id = (select max(id) from crawl_runs)"
            )
        }
        versions = {
            article_id for (article_id,) in connection.execute("select distinct article_id from article_versions")
        }
    stored = stored_articles(db)
    figures = {"new": 0, "new_stored": 0, "edited": 0, "edit_versioned": 0, "unchanged": 0, "refetched": 0}
    figures["refetched_urls"] = []
    for article in expected_later["articles"]:
        change = article.get("change")
        row = stored.get(where(article["url"]))
        if change == "new":
            figures["new"] += 1
            figures["new_stored"] += row is not None and row["body"].endswith(article["last_paragraph"])
        elif change == "edited":
            figures["edited"] += 1
            figures["edit_versioned"] += (
                row is not None and row["body"].endswith(article["last_paragraph"]) and row["id"] in versions
            )
        else:
            figures["unchanged"] += 1
            if where(article["url"]) in fetched:
                figures["refetched"] += 1
                figures["refetched_urls"].append(where(article["url"]))
    return figures


def days_since_snapshot(expected: dict) -> int:
    """Days from the site's newest article to today: the saved site's nightly run sees
    as recent what it would have seen on the day the copy was taken."""
    newest = max(date.fromisoformat(article["published_at"][:10]) for article in expected["articles"])
    return (date.today() - newest).days


def free_port() -> int:
    """A port whose next one is free too (the mirror serves the site there)."""
    import socket

    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        with socket.socket() as following:
            if following.connect_ex(("127.0.0.1", port + 1)) != 0:
                return port
    raise RuntimeError("no free port pair")


def run_site(folder: Path) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        sites = scratch / "sites"
        sites.mkdir()
        (sites / folder.name).symlink_to(folder.resolve())
        portals, db = scratch / "portals.toml", scratch / "archive.db"
        result = {"site": folder.name, "held_out": folder.resolve().is_relative_to(HELD_OUT.resolve())}
        # The same ports both times: a site with no name of its own is stored under the mirror's.
        port = free_port()
        with Mirror(port=port, sites_dir=sites) as mirror:
            base = mirror.base_urls[folder.name]
            probed = archive("portal", "probe", base, "--name", "probed", "--write", str(portals), "--delay", "0")
            said = [line for line in probed.stdout.splitlines() if line.startswith("CMS:")]
            result["cms"] = said[0] if said else probed.stderr.strip()
            if probed.returncode != 0:
                return result
            result["entry"] = portals.read_text(encoding="utf-8")
            crawled = archive("crawl", "probed", "--portals", str(portals), "--db", str(db), "-s", "DOWNLOAD_DELAY=0")
            if "Traceback" in crawled.stderr:
                result["error"] = crawled.stderr[-2000:]
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        result["first"] = score(expected, stored_articles(db))
        if all("found_by" in article for article in expected["articles"]):
            result["by_listing"] = sum("listing" in article["found_by"] for article in expected["articles"])
        if (folder / "routes.later.json").exists():
            later = json.loads((folder / "expected.later.json").read_text(encoding="utf-8"))
            with Mirror(port=port, sites_dir=sites, version="later"):
                recheck = str(days_since_snapshot(later) + RECHECK_DAYS)
                archive(
                    "crawl",
                    "probed",
                    "--portals",
                    str(portals),
                    "--db",
                    str(db),
                    "--recheck-days",
                    recheck,
                    "-s",
                    "DOWNLOAD_DELAY=0",
                )
            result["later"] = later_figures(db, later)
            result["later_score"] = score(later, stored_articles(db))
        return result


def report(result: dict) -> str:
    lines = [f"## {result['site']}{' (held out)' if result['held_out'] else ''}", f"- {result['cms']}"]
    first = result.get("first")
    if first:
        n = first["articles"]
        lines.append(
            f"- stored {first['stored']}/{n}; title {first['title']}, body {first['body']}, date {first['date']};"
            f" all right {first['all']}/{n}; not articles stored: {len(first['extra'])}"
        )
        if result.get("by_listing") is not None:
            lines.append(f"- the listing walk alone (no sitemap, feed or API) reaches {result['by_listing']}/{n}")
        lines += [f"  - {wrong}" for wrong in first["wrong"]]
        lines += [f"  - extra {path}" for path in first["extra"]]
    later = result.get("later")
    if later:
        lines.append(
            f"- a week later: new {later['new_stored']}/{later['new']}, edits versioned"
            f" {later['edit_versioned']}/{later['edited']}, unchanged articles fetched again"
            f" {later['refetched']}/{later['unchanged']}"
        )
        lines += [f"  - fetched again {url}" for url in later["refetched_urls"]]
    if result.get("error"):
        lines.append("- crawl error:\n" + result["error"])
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    found = [p for root in (HELD_OUT, SAVED) if root.exists() for p in root.iterdir()]
    folders = [Path(arg) for arg in argv] or sorted(p for p in found if (p / "routes.json").exists())
    for folder in folders:
        print(report(run_site(folder)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
