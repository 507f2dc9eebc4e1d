"""Datasette plugin: /-/coverage, articles per portal per month as a heat map, so
coverage and gaps (a portal that stopped yielding) show at a glance."""

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response

from crawler.storage.queries import monthly_counts


def months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


async def coverage_view(datasette, request):
    database = next(db for db in datasette.databases.values() if not db.is_memory)
    rows = await database.execute_fn(lambda conn: monthly_counts(sqlite_utils.Database(conn)))
    counts = {(row["portal"], row["month"]): row["n"] for row in rows}
    names = dict(sorted({(row["portal"], row["name"]) for row in rows}))
    months = months_between(min(r["month"] for r in rows), max(r["month"] for r in rows)) if rows else []
    peak = max(counts.values(), default=1)
    grid = [
        {
            "portal": portal,
            "name": name,
            "cells": [
                {
                    "month": month,
                    "count": counts.get((portal, month), 0),
                    "shade": round(0.15 + 0.85 * counts.get((portal, month), 0) / peak, 2),
                }
                for month in months
            ],
            "total": sum(counts.get((portal, month), 0) for month in months),
        }
        for portal, name in names.items()
    ]
    html = await datasette.render_template(
        "coverage.html", {"grid": grid, "months": months, "database": database.name}, request=request
    )
    return Response.html(html)


@hookimpl
def register_routes():
    return [(r"^/-/coverage$", coverage_view)]


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/-/coverage"), "label": "Coverage · Độ phủ"}]
