"""Real-shaped date expressions of Vietnamese Party portals, with what each denotes
(tests/dates/expressions.tsv: text, crawl-time reference, expected ISO or NONE)."""

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from crawler.extraction.dates import iso, normalize_date

CORPUS = Path(__file__).parent / "dates" / "expressions.tsv"


def rows():
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            yield pytest.param(row["text"], row["reference"], row["expected"], id=row["text"][:60])


def reference(text: str) -> datetime:
    return (
        datetime.fromisoformat(text)
        if "T" in text
        else datetime.combine(date.fromisoformat(text), datetime.min.time().replace(hour=12))
    )


@pytest.mark.parametrize("text, ref, expected", list(rows()))
def test_expression(text, ref, expected):
    assert (iso(normalize_date(text, reference(ref))) or "NONE") == expected
