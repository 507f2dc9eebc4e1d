"""Vietnamese date normalisation: accuracy and speed, ours against dateparser, same run.

Accuracy on the held-out expressions (bench/dates-heldout.tsv, and
bench/dates-relative-heldout.tsv for dates relative to the moment of reading and months
in words, written by someone who never saw the code; never tuned on) and on the
development set (tests/dates/expressions.tsv): the share that come out right
(the day, and the time where one is printed; NONE for lookalikes), and how many
lookalikes were taken for a date. Speed: expressions per second on one core.

    python bench/dates.py
"""

from __future__ import annotations

import csv
import platform
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from crawler.extraction.dates import VN_TZ, iso, normalize_date  # noqa: E402

try:
    import dateparser
except ImportError:
    dateparser = None


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        ref = row["reference"]
        row["ref"] = (
            datetime.fromisoformat(ref)
            if "T" in ref
            else datetime.combine(date.fromisoformat(ref), datetime.min.time().replace(hour=12))
        )
    return rows


def ours(text: str, reference: datetime) -> str:
    value = normalize_date(text, reference)
    if isinstance(value, datetime):
        value = value.replace(second=0)  # the sets give a moment to the minute, as dateparser's is read below
    return iso(value) or "NONE"


def theirs(text: str, reference: datetime) -> str:
    value = dateparser.parse(
        text,
        languages=["vi", "en"],
        settings={
            "RELATIVE_BASE": reference.replace(tzinfo=None),
            "TIMEZONE": "Asia/Ho_Chi_Minh",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "past",
        },
    )
    if value is None:
        return "NONE"
    # dateparser always gives a time; keep only the day when the text prints none
    # (or, relative, counts back less than a day: then the time, to the minute)
    has_time = any(ch.isdigit() for ch in text.split()[-1]) and (":" in text or "h" in text)
    has_time = has_time or bool(UNDER_A_DAY.search(text))
    return iso(value.astimezone(VN_TZ).replace(second=0)) if has_time else value.date().isoformat()


UNDER_A_DAY = re.compile(r"phút|giờ|tiếng|giây|vừa|minute|hour|second|just now", re.IGNORECASE)


def accuracy(rows: list[dict], parse) -> tuple[float, int, int]:
    right = taken = 0
    lookalikes = sum(row["expected"] == "NONE" for row in rows)
    for row in rows:
        got = parse(row["text"], row["ref"])
        right += got == row["expected"]
        taken += row["expected"] == "NONE" and got != "NONE"
    return right / len(rows), taken, lookalikes


def speed(rows: list[dict], parse, seconds: float = 2.0) -> float:
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for row in rows:
            parse(row["text"], row["ref"])
        count += len(rows)
    return count / (time.perf_counter() - started)


def main() -> None:
    print(
        f"Machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
        f"dateparser {dateparser.__version__ if dateparser else 'not installed'}"
    )
    sets = [
        ("held-out", PROJECT / "bench" / "dates-heldout.tsv"),
        ("development", PROJECT / "tests" / "dates" / "expressions.tsv"),
        ("held-out, relative and months in words", PROJECT / "bench" / "dates-relative-heldout.tsv"),
        (
            "held-out, relative and months in words (a second writer)",
            PROJECT / "bench" / "dates-relative-heldout-2.tsv",
        ),
        (
            "held-out, relative and months in words (a third writer; first measured: 98.9%, 0/20 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-3.tsv",
        ),
        (
            "held-out, relative and months in words (a fourth writer; first measured: 98.9%, 0/21 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-4.tsv",
        ),
        (
            "held-out, relative and months in words (a fifth writer; first measured: 98.9%, 1/20 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-5.tsv",
        ),
        (
            "held-out, relative and months in words (a sixth writer, two fifths lookalikes; first measured: 100%,"
            " 0/41 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-6.tsv",
        ),
        (
            "relative and months in words (a seventh writer; first measured: 99.1%, 1/40 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-7.tsv",
        ),
        (
            "held-out, relative and months in words (an eighth writer; first measured: 99.1%, 1/43 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-8.tsv",
        ),
        (
            "relative and months in words (a ninth writer, three fifths lookalikes; first measured: 94.4%, 6/63 lookalikes;"
            " developed on since)",
            PROJECT / "bench" / "dates-relative-9.tsv",
        ),
        (
            "held-out, relative and months in words (a tenth writer, two fifths lookalikes; first measured: 89.2%, 6/44 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-10.tsv",
        ),
        (
            "relative and months in words (an eleventh writer, two fifths lookalikes; first measured after the deadline rule: 87.3%, 6/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-11.tsv",
        ),
        (
            "relative and months in words (a twelfth writer, two fifths lookalikes; first measured after the eleventh writer's rules: 94.5%, 4/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-12.tsv",
        ),
        (
            "relative and months in words (a thirteenth writer, two fifths lookalikes; first measured after the twelfth writer's rules: 93.8%, 5/45 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-13.tsv",
        ),
        (
            "relative and months in words (a fourteenth writer, two fifths lookalikes; first measured: 94.5%, 4/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-14.tsv",
        ),
        (
            "held-out, relative and months in words (a fifteenth writer, two fifths lookalikes; first measured: 96.5%, 1/43 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-15.tsv",
        ),
        (
            "relative and months in words (a sixteenth writer, two fifths lookalikes; first measured: 97.3%, 3/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-16.tsv",
        ),
        (
            "relative and months in words (an eighteenth writer, two fifths lookalikes; first measured: 96.4%, 2/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-18.tsv",
        ),
        (
            "relative and months in words (a nineteenth writer, two fifths lookalikes; first measured: 98.2%, 1/45 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-19.tsv",
        ),
        (
            "relative and months in words (a twenty-second writer, two fifths lookalikes; first measured: 96.4%, 4/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-22.tsv",
        ),
        (
            "relative and months in words (a twenty-fourth writer, two fifths lookalikes; first measured: 98.2%, 2/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-24.tsv",
        ),
        (
            "relative and months in words (a twenty-seventh writer, two fifths lookalikes; first measured: 98.2%, 0/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-27.tsv",
        ),
        (
            "relative and months in words (a twenty-ninth writer, two fifths lookalikes; first measured: 100%, 0/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-29.tsv",
        ),
        (
            "relative and months in words (a thirty-first writer, two fifths lookalikes; first measured: 100%, 0/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-31.tsv",
        ),
        (
            "relative and months in words (a thirty-second writer, two fifths lookalikes; first measured: 98.2%, 2/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-32.tsv",
        ),
        (
            "relative and months in words (a thirty-fourth writer, two fifths lookalikes; first measured: 99.1%, 1/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-34.tsv",
        ),
        (
            "relative and months in words (a thirty-sixth writer, two fifths lookalikes; first measured: 99.1%, 1/44 lookalikes; developed on since)",
            PROJECT / "bench" / "dates-relative-36.tsv",
        ),
        (
            "relative and months in words (a thirty-eighth writer, two fifths lookalikes; first measured: 100%, 0/45 lookalikes)",
            PROJECT / "bench" / "dates-relative-38.tsv",
        ),
        (
            "held-out, relative and months in words (a twentieth writer, two fifths lookalikes; first measured: 97.3%, 3/44 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-20.tsv",
        ),
        (
            "held-out, relative and months in words (a seventeenth writer, two fifths lookalikes; first measured: 95.6%, 4/44 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-17.tsv",
        ),
        (
            "held-out, relative and months in words (a twenty-first writer, two fifths lookalikes; first measured: 99.1%, 1/44 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-21.tsv",
        ),
        (
            "held-out, relative and months in words (a twenty-third writer, two fifths lookalikes; first measured: 99.1%, 1/44 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-23.tsv",
        ),
        (
            "held-out, relative and months in words (a twenty-fifth writer, two fifths lookalikes; first measured: 98.2%, 2/45 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-25.tsv",
        ),
        (
            "held-out, relative and months in words (a twenty-sixth writer, two fifths lookalikes; first measured: 99.1%, 0/46 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-26.tsv",
        ),
        (
            "held-out, relative and months in words (a twenty-eighth writer, two fifths lookalikes; first measured: 100%, 0/46 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-28.tsv",
        ),
        (
            "held-out, relative and months in words (a thirtieth writer, two fifths lookalikes; first measured: 100%, 0/45 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-30.tsv",
        ),
        (
            "held-out, relative and months in words (a thirty-third writer, two fifths lookalikes; first measured: 96.4%, 0/44 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-33.tsv",
        ),
        (
            "held-out, relative and months in words (a thirty-fifth writer, two fifths lookalikes; first measured: 100%, 0/44 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-35.tsv",
        ),
        (
            "held-out, relative and months in words (a thirty-seventh writer, two fifths lookalikes; first measured: 100%, 0/44 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-37.tsv",
        ),
        (
            "held-out, relative and months in words (a thirty-ninth writer, two fifths lookalikes; first measured: 100%, 0/45 lookalikes)",
            PROJECT / "bench" / "dates-relative-heldout-39.tsv",
        ),
    ]
    sets = [(label, path) for label, path in sets if path.exists()]
    parsers = [("partybloc", ours)] + ([("dateparser vi+en", theirs)] if dateparser else [])
    for label, path in sets:
        rows = load(path)
        print(f"\n{label}: {len(rows)} expressions ({path.relative_to(PROJECT)})")
        for name, parse in parsers:
            share, taken, lookalikes = accuracy(rows, parse)
            rate = speed(rows, parse, seconds=2.0 if parse is ours else 1.0)
            print(
                f"  {name:18} right {share:6.1%}   lookalikes taken for dates {taken}/{lookalikes}   "
                f"{rate:10,.0f} expressions/s"
            )


if __name__ == "__main__":
    main()
