"""People and posts found in Party news, scored against sets labelled by hand.

    python bench/mentions.py                       # every labelled set
    python bench/mentions.py tests/mentions        # one set

A set is a folder of articles as plain text (NN.txt) and gold.json: for each article,
the people it names ({"name", "positions", "honorifics", "short_forms"}). The byline's
writer is no person of the article. Figures, for the project's finder and, beside it,
for the obvious rule (every run of capitals opening with a family name is a person):
- names found that the article names (precision) and people named that are found (recall);
- posts right: of the (person, post) pairs the gold gives, those found as printed, up
  to spaces and punctuation;
- time per article: a first pass with the finder's caches empty, and the median of
  15 passes.
`tests/mentions` was written for development; `tests/mentions2` was written later by
someone who had not seen the finder and then developed on (first measured: names
96.6%, people 91.7%, posts 76.1%); `bench/mentions-heldout` was written by someone who
had not seen the finder, and is never tuned on.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.mentions.find import find_mentions  # noqa: E402
from crawler.mentions.names import person_key  # noqa: E402
from crawler.mentions.positions import normalise_post  # noqa: E402
from crawler.mentions.vocabulary import vocabulary  # noqa: E402

SETS = {
    "development": ROOT / "tests" / "mentions",
    "development, second set": ROOT / "tests" / "mentions2",
    "held out": ROOT / "bench" / "mentions-heldout",
}


def read_set(folder: Path) -> list[tuple[str, str, list[dict]]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return [
        (name, (folder / f"{name}.txt").read_text(encoding="utf-8"), people)
        for name, people in sorted(gold.items())
        if (folder / f"{name}.txt").is_file()
    ]


def same_post(text: str) -> str:
    """A post up to spaces and punctuation."""
    return " ".join(re.sub(r"[^\w/]+", " ", text).split()).lower()


def obvious_rule(text: str) -> list[tuple[str, str | None]]:
    words = vocabulary()
    found = []
    for match in words.name_run.finditer(text):
        parts = match.group().split()
        if parts[0] in words.surnames:
            found.append((" ".join(parts[:5]), None))
    return found


def finder(text: str) -> list[tuple[str, str | None]]:
    return [(mention.name, mention.position) for mention in find_mentions(text)]


def score(articles, read) -> dict:
    tally = {"found": 0, "right": 0, "named": 0, "recalled": 0, "posts": 0, "posts_right": 0}
    misses: list[str] = []
    for name, text, people in articles:
        found = read(text)
        gold = {person_key(person["name"]): person for person in people}
        keys = {person_key(found_name) for found_name, _ in found}
        tally["found"] += len(keys)
        tally["right"] += len(keys & set(gold))
        tally["named"] += len(gold)
        tally["recalled"] += len(keys & set(gold))
        misses += [f"{name}: not a person named: {k}" for k in sorted(keys - set(gold))]
        misses += [f"{name}: missed: {k}" for k in sorted(set(gold) - keys)]
        posts = {(person_key(n), same_post(p)) for n, p in found if p}
        for key, person in gold.items():
            for post in dict.fromkeys(person.get("positions", [])):
                tally["posts"] += 1
                if (key, same_post(post)) in posts:
                    tally["posts_right"] += 1
                else:
                    got = [p for k, p in posts if k == key]
                    misses.append(f"{name}: post of {key}: {post!r}, found {got}")
    tally["articles"] = len(articles)
    tally["misses"] = misses
    tally["ms"] = milliseconds_per_article([text for _, text, _ in articles], read)
    return tally


def milliseconds_per_article(texts: list[str], read, repeats: int = 15) -> tuple[float, float]:
    """Per text: the first pass with the finder's caches empty, and the median of
    `repeats` passes (the caches of names and posts warm, as in a crawl)."""
    normalise_post.cache_clear()
    person_key.cache_clear()
    started = time.perf_counter()
    for text in texts:
        read(text)
    cold = 1000 * (time.perf_counter() - started) / max(1, len(texts))
    passes = []
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            read(text)
        passes.append(time.perf_counter() - started)
    return cold, 1000 * sorted(passes)[len(passes) // 2] / max(1, len(texts))


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def report(label: str, folder: Path, show_misses: bool) -> list[str]:
    articles = read_set(folder)
    find_mentions("warm up: Đồng chí Nguyễn Văn An phát biểu.")
    ours, obvious = score(articles, finder), score(articles, obvious_rule)
    lines = [
        f"## {label}: {folder.relative_to(ROOT)} ({len(articles)} articles, {ours['named']} people, {ours['posts']} posts)",
        "| | the project's finder | every run of capitals opening with a family name |",
        "|---|---|---|",
        f"| names that are people named | {share(ours['right'], ours['found'])} | {share(obvious['right'], obvious['found'])} |",
        f"| people named that are found | {share(ours['recalled'], ours['named'])} | {share(obvious['recalled'], obvious['named'])} |",
        f"| posts right as printed | {share(ours['posts_right'], ours['posts'])} | {share(obvious['posts_right'], obvious['posts'])} |",
        f"| time per article, caches empty | {ours['ms'][0]:.3f} ms | {obvious['ms'][0]:.3f} ms |",
        f"| time per article, median of 15 passes | {ours['ms'][1]:.3f} ms | {obvious['ms'][1]:.3f} ms |",
    ]
    if show_misses:
        lines += ["", *[f"- {miss}" for miss in ours["misses"]]]
    return lines


def main() -> None:
    show_misses = "--misses" in sys.argv
    chosen = [Path(arg).resolve() for arg in sys.argv[1:] if not arg.startswith("--")]
    sets = [(folder.name, folder) for folder in chosen] or [(k, v) for k, v in SETS.items() if v.is_dir()]
    for label, folder in sets:
        print("\n".join(report(label, folder, show_misses)))
        print()


if __name__ == "__main__":
    main()
