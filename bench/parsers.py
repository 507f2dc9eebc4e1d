"""Parsing a page: lxml, which the extractor uses, against BeautifulSoup, same pages, same run.

The design named BeautifulSoup; the extraction walks lxml's tree instead (CSS through
lxml's cssselect). This measures what that choice is worth: the time to build the
tree of every saved portal page and every article-extraction benchmark page (a folder
given as argument), with BeautifulSoup on lxml's parser and on Python's own.

    python bench/parsers.py ../shared/aeb
"""

from __future__ import annotations

import argparse
import gzip
import platform
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

import lxml.html  # noqa: E402

from crawler.defaults import SITES_DIR  # noqa: E402

try:
    import bs4
except ImportError:  # the bench extra installs it
    bs4 = None


def pages(aeb: Path | None) -> list[str]:
    found = [path.read_text(encoding="utf-8") for path in sorted(SITES_DIR.glob("*/pages/*.html"))]
    if aeb:
        found += [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(aeb.glob("html/*.gz"))]
    return found


def per_page_ms(parse, htmls: list[str], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for html in htmls:
            parse(html)
        best = min(best, time.perf_counter() - started)
    return best / len(htmls) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("aeb", nargs="?", type=Path, help="folder of the article-extraction benchmark pages")
    args = parser.parse_args()
    htmls = pages(args.aeb)
    print(
        f"Machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
        f"beautifulsoup4 {bs4.__version__ if bs4 else 'not installed'}; {len(htmls)} pages, best of 3 rounds"
    )
    rows = [("lxml.html", lxml.html.document_fromstring)]
    if bs4:
        rows += [
            ("BeautifulSoup (lxml)", lambda h: bs4.BeautifulSoup(h, "lxml")),
            ("BeautifulSoup (html.parser)", lambda h: bs4.BeautifulSoup(h, "html.parser")),
        ]
    for name, parse in rows:
        print(f"  {name:28} {per_page_ms(parse, htmls):7.2f} ms/page")


if __name__ == "__main__":
    main()
