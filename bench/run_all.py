"""Run every benchmark and write bench/RESULTS.md with their figures and the machine.

    python bench/run_all.py [--aeb ../shared/aeb] [--vn-real ../shared/vn-real/pages.jsonl]   # what `make bench` runs

Each benchmark prints its own figures, compared in the same run with the obvious
alternative; this script runs them one after another (never two at once: they would
measure each other) and keeps what they printed, with how long each took.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "RESULTS.md"


def benchmarks(aeb: str | None, vn_real: str | None = None) -> list[tuple[str, list[str]]]:
    return [
        (
            "Extraction: saved portal pages, held-out layouts, real Vietnamese pages, AEB",
            ["extraction.py", *([aeb] if aeb else []), *(["--vn-real", vn_real] if vn_real else [])],
        ),
        ("Parsing: lxml against BeautifulSoup", ["parsers.py", *([aeb] if aeb else [])]),
        ("Vietnamese dates", ["dates.py"]),
        ("Search at 1,000,000 articles", ["search.py"]),
        ("50 readers on 1,000,000 articles while a crawl writes", ["load.py"]),
        ("Reprocessing 100,000 captures; bytes per article", ["reprocess.py"]),
        ("Crawl overhead against bare Scrapy; memory of a 50,000-article crawl", ["crawl.py"]),
        ("A shared crawl: one process against two, 100 ms per answer", ["distributed.py"]),
        ("Onboarding by configuration: probe, crawl, and the site a week later", ["onboarding.py"]),
        ("People and their posts in Party news: development and held-out sets", ["mentions.py"]),
        (
            "Every migration on 50,000 articles (README's release notes: 200,000)",
            ["upgrades.py", "--articles", "50000"],
        ),
    ]


def machine() -> list[str]:
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if Path("/proc/cpuinfo").exists()
        else ""
    )
    memory = (
        next(
            (
                int(line.split()[1]) // 1024 // 1024
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            ),
            0,
        )
        if Path("/proc/meminfo").exists()
        else 0
    )
    return [
        f"- CPU: {cpu or 'unknown'}, {os.cpu_count()} cores; memory {memory} GiB",
        f"- {platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}",
        f"- Scrapy {version('scrapy')}, lxml {version('lxml')}, Datasette {version('datasette')}, "
        f"sqlite-utils {version('sqlite-utils')}",
    ]


def printed_sections(results: str, chosen: list[tuple[str, list[str]]]) -> dict[str, str]:
    """RESULTS.md cut at the benchmarks' own headings (a benchmark may print "## " lines of its
    own inside its figures, so only the known titles cut)."""
    headings = {f"## {title}": title for title, _ in chosen}
    found: dict[str, list[str]] = {}
    current = None
    for line in results.splitlines():
        if line in headings:
            current = headings[line]
            found[current] = []
        if current:
            found[current].append(line)
    return {title: "\n".join(lines) + "\n" for title, lines in found.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--aeb", help="folder of the article-extraction benchmark pages (not part of the project)")
    parser.add_argument(
        "--vn-real", help="pages.jsonl of real Vietnamese pages labelled line by line (not part of the project)"
    )
    parser.add_argument("--only", help="run only the benchmarks whose script name contains this")
    args = parser.parse_args()
    done = BENCH / "out" / "results"
    done.mkdir(parents=True, exist_ok=True)
    chosen = benchmarks(
        args.aeb if args.aeb and Path(args.aeb).is_dir() else None,
        args.vn_real if args.vn_real and Path(args.vn_real).is_file() else None,
    )
    for title, command in chosen:
        if args.only and args.only not in command[0]:
            continue
        print(f"== {title}: python bench/{' '.join(command)}", flush=True)
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(BENCH / command[0]), *command[1:]], capture_output=True, text=True, cwd=BENCH.parent
        )
        minutes = (time.perf_counter() - started) / 60
        output = result.stdout + (f"\n[exit {result.returncode}]\n{result.stderr[-2000:]}" if result.returncode else "")
        print(output, flush=True)
        shown = " ".join(Path(c).name if c == args.aeb else c for c in command)
        (done / f"{Path(command[0]).stem}.md").write_text(
            f"## {title}\n\n`python bench/{shown}` ({minutes:.1f} min, "
            f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC)\n\n```\n{output.strip()}\n```\n",
            encoding="utf-8",
        )
    # Every benchmark's latest figures, so `--only` refreshes one section and keeps the rest:
    # a section not run on this machine yet stays as RESULTS.md last printed it.
    printed = printed_sections(RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "", chosen)
    sections = []
    for title, command in chosen:
        latest = done / f"{Path(command[0]).stem}.md"
        section = latest.read_text(encoding="utf-8") if latest.exists() else printed.get(title)
        if section:
            sections.append(section.rstrip("\n") + "\n")
    RESULTS.write_text(
        "# Benchmark results\n\nWritten by `make bench` (bench/run_all.py). The machine:\n\n"
        + "\n".join(machine())
        + "\n\n"
        + "\n".join(sections),
        encoding="utf-8",
    )
    print(f"wrote {RESULTS.relative_to(BENCH.parent)}")


if __name__ == "__main__":
    main()
