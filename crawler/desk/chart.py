"""Attention over time as a chart: each query's share of the period's articles, one
line per query. Drawn by pygal (a maintained SVG charting library) on the server, so
the page needs no script and the chart is an image a journalist can save."""

from __future__ import annotations

from collections import defaultdict

import pygal
from lxml import etree
from pygal.style import DefaultStyle


def shares_by_query(rows: list[dict]) -> dict[str, list[dict]]:
    """Per query, per period (all portals together): matches, total and the share in %."""
    summed: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        cell = summed[row["query"]][row["period"]]
        cell[0] += row["matches"]
        cell[1] += row["total"]
    return {
        query: [
            {"period": period, "matches": m, "total": t, "share": round(100 * m / t, 1) if t else 0.0}
            for period, (m, t) in sorted(periods.items())
        ]
        for query, periods in summed.items()
    }


def attention_svg(rows: list[dict], by: str) -> bytes:
    """The SVG chart of `rows` (attention.attention's)."""
    shares = shares_by_query(rows)
    periods = sorted({row["period"] for row in rows})
    chart = pygal.Line(
        style=DefaultStyle,
        width=960,
        height=360,
        js=(),  # no script from elsewhere: the chart is a plain image
        x_label_rotation=40 if len(periods) > 12 else 0,
        show_minor_x_labels=len(periods) <= 24,
        y_title="% số bài · % of articles",
        x_title={"month": "Tháng · Month", "week": "Tuần · Week", "day": "Ngày · Day"}.get(by, by),
        no_data_text="Không có dữ liệu · No data",
        truncate_legend=40,
        dots_size=2,
    )
    chart.x_labels = periods
    chart.x_labels_major = periods[:: max(1, len(periods) // 12)]
    for query, points in shares.items():
        by_period = {p["period"]: p["share"] for p in points}
        chart.add(query, [by_period.get(period, 0.0) for period in periods])
    return _without_scripts(chart.render())


def _without_scripts(svg: bytes) -> bytes:
    """pygal writes its configuration (legend titles: the queries typed) into a
    <script> even with js=(); a chart is an image, so no script stays in it."""
    root = etree.fromstring(svg)
    for script in root.findall(".//{http://www.w3.org/2000/svg}script"):
        script.getparent().remove(script)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")
