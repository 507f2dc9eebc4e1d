"""Exports a journalist opens in Excel or LibreOffice: which articles an export holds,
and CSV and JSON of them.

CSV is UTF-8 with a BOM (so Excel reads Vietnamese right), RFC 4180 quoting (CRLF
line ends, newlines kept inside quoted cells), and any cell that a spreadsheet would
read as a formula (=, +, -, @, or a tab or CR before them) neutralised with a
leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO

import sqlite_utils

from ..article import EXPORT_COLUMNS
from .named_collections import collection_articles
from .selection import NO_FILTERS, Filters, select_articles

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_rows(
    db: sqlite_utils.Database,
    search: str | None = None,
    filters: Filters = NO_FILTERS,
    loose: bool = False,
    collection: str | None = None,
) -> list[dict]:
    """The articles an export holds, newest first: a named collection's (KeyError if
    there is none), or those the search and filters select (selection.py)."""
    if collection:
        return collection_articles(db, collection)
    return select_articles(db, search, filters, loose)


def neutralise(value) -> str:
    """A cell's text, made inert if a spreadsheet would evaluate it."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(rows: Iterable[dict], out: IO[str], columns: tuple[str, ...] = EXPORT_COLUMNS) -> int:
    """Write rows as spreadsheet-safe CSV (BOM, CRLF, quoted newlines); return the count."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([neutralise(row.get(column)) for column in columns])
        count += 1
    return count


def write_json(rows: Iterable[dict], out: IO[str], columns: tuple[str, ...] = EXPORT_COLUMNS) -> int:
    """Write rows as a JSON array of objects with the export columns; return the count."""
    items = [{column: row.get(column) for column in columns} for row in rows]
    json.dump(items, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(items)


def csv_text(rows: Iterable[dict], columns: tuple[str, ...] = EXPORT_COLUMNS) -> str:
    buffer = io.StringIO()
    write_csv(rows, buffer, columns)
    return buffer.getvalue()
