"""A synthetic portal of any size, for the benchmarks: the saved Báo Lào Cai pages
with new text, new URLs and new dates, written as a site folder the mirror serves.

    python bench/synthetic.py bench/out/sites-5000 --articles 5000
    archive mirror --sites bench/out/sites-5000

The site is written as <folder>/baolaocai, so the baolaocai spider crawls it.

Every article page keeps the portal's markup (header, share bar, sapo, picture
table, related box, sidebar, footer); only the title, the paragraphs, the URL and
the dates change. Listing pages carry 20 links each and a link to the next page.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

from crawler.defaults import SITES_DIR

TEMPLATE_SITE = SITES_DIR / "baolaocai"
TEMPLATE_ARTICLE = "khai-giang-lop-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi-nam-2023-post310245"
TEMPLATE_LISTING = "xay-dung-dang-1.html"
LISTING_PATH = "/xay-dung-dang/"
PER_LISTING = 20


def vocabulary() -> list[str]:
    """Words of the saved article paragraphs, lower-cased: text that reads Vietnamese."""
    words: set[str] = set()
    for page in SITES_DIR.glob("*/pages/*.html"):
        for paragraph in re.findall(r"<p>([^<]{40,})</p>", page.read_text(encoding="utf-8")):
            words.update(w.lower() for w in re.findall(r"\w+", paragraph) if not w.isdigit())
    return sorted(words)


def sentence(rng: random.Random, words: list[str]) -> str:
    chosen = rng.choices(words, k=rng.randint(12, 26))
    return " ".join(chosen).capitalize() + "."


def paragraph(rng: random.Random, words: list[str]) -> str:
    return " ".join(sentence(rng, words) for _ in range(rng.randint(3, 5)))


def slug(title: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:80]


class ArticlePage:
    """The template article split where its title, URL, dates and paragraphs go."""

    def __init__(self) -> None:
        html = (TEMPLATE_SITE / "pages" / f"{TEMPLATE_ARTICLE}.html").read_text(encoding="utf-8")
        title = re.search(r'<h1 class="article__title">([^<]+)</h1>', html).group(1)
        html = html.replace(f"{TEMPLATE_ARTICLE}.html", "{path}").replace(title, "{title}")
        html = html.replace("22/03/2023", "{day}").replace("2023-03-22", "{iso}").replace("21/3", "{short}")
        body = re.search(r'(<div class="article__body">)(.*?)(\n        </div>)', html, re.S)
        self.head, self.tail = html[: body.start(2)], html[body.end(2) :]
        self.body = re.sub(r"<p>[^<]*</p>", "<p>{paragraph}</p>", body.group(2))

    def render(self, rng: random.Random, words: list[str], title: str, path: str, day: date) -> str:
        fields = {
            "{title}": title,
            "{path}": path.lstrip("/"),
            "{day}": day.strftime("%d/%m/%Y"),
            "{iso}": day.isoformat(),
            "{short}": f"{day.day}/{day.month}",
        }
        head, tail = self.head, self.tail
        for key, value in fields.items():
            head, tail = head.replace(key, value), tail.replace(key, value)
        body = re.sub(r"\{paragraph\}", lambda _: paragraph(rng, words), self.body)
        return head + body + tail


class ListingPage:
    """The template listing page with its stories and pagination replaced (no sidebar,
    whose links would name pages the synthetic site does not have)."""

    def __init__(self) -> None:
        html = (TEMPLATE_SITE / "pages" / TEMPLATE_LISTING).read_text(encoding="utf-8")
        start = html.index('<div class="category-list">')
        end = html.index("<footer")
        self.head, self.tail = html[:start], "</div></div></main>\n" + html[end:]

    def render(self, stories: list[tuple[str, str, date]], page: int, pages: int) -> str:
        items = "".join(
            f'<article class="story"><h3 class="story__title"><a href="{path}">{title}</a></h3>'
            f'<time class="story__time">{day:%d/%m/%Y}</time></article>\n'
            for title, path, day in stories
        )
        # as the portal's own pager: the current page, the next few, and "Sau" (next)
        pager = f'<span class="active">{page}</span>' + "".join(
            f' <a href="{LISTING_PATH}?page={n}">{n}</a>' for n in range(page + 1, min(pages, page + 4) + 1)
        )
        if page < pages:
            pager += f' <a class="next" href="{LISTING_PATH}?page={page + 1}">Sau</a>'
        return (
            f'{self.head}<div class="category-list">\n{items}</div>\n<div class="pagination">{pager}</div>\n{self.tail}'
        )


def listing_target(page: int) -> str:
    return LISTING_PATH if page == 1 else f"{LISTING_PATH}?page={page}"


def write_site(sites_dir: Path, articles: int, seed: int = 8) -> dict:
    """Write the site; returns its numbers (articles, listing pages, bytes)."""
    folder = sites_dir / TEMPLATE_SITE.name
    rng = random.Random(seed)
    words = vocabulary()
    article_page, listing_page = ArticlePage(), ListingPage()
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "pages").mkdir(parents=True)
    shutil.copy(TEMPLATE_SITE / "robots.txt", folder / "robots.txt")
    routes: dict[str, str] = {"/robots.txt": "robots.txt"}
    stories: list[tuple[str, str, date]] = []
    newest = date(2026, 11, 1)
    size = 0
    for number in range(articles):
        title = sentence(rng, words)[:-1][:90]
        path = f"/{slug(title)}-post{400000 + number}.html"
        day = newest - timedelta(days=number // 4)
        html = article_page.render(rng, words, title, path, day)
        name = f"pages/a{number}.html"
        (folder / name).write_text(html, encoding="utf-8")
        size += len(html.encode())
        routes[path] = name
        stories.append((title, path, day))
    pages = max(1, -(-articles // PER_LISTING))
    for page in range(1, pages + 1):
        name = f"pages/listing-{page}.html"
        html = listing_page.render(stories[(page - 1) * PER_LISTING : page * PER_LISTING], page, pages)
        (folder / name).write_text(html, encoding="utf-8")
        routes[listing_target(page)] = name
    routes["/"] = routes[LISTING_PATH]
    spec = {"origin": "https://baolaocai.vn", "routes": routes}
    (folder / "routes.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    return {"articles": articles, "listing_pages": pages, "article_bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder of sites, for `archive mirror --sites`")
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    print(write_site(args.folder, args.articles))


if __name__ == "__main__":
    main()
