"""Datasette plugin: the journalists' CSV and JSON, the same as `archive export`.

/-/export.csv and /-/export.json take the search page's parameters (q or search,
portal (repeatable), since, until, author, category, loose) or collection; the
articles table's CSV link points here with the page's own search and filters, so a
download from the browser has the export's columns, BOM and quoting.
"""

import io
from urllib.parse import urlencode

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from crawler.desk.request import read_request
from crawler.storage.exports import csv_text, export_rows, write_json

EXPORT_MAX_ROWS = 100_000


# A Datasette table URL's parameters, read as the search page's.
TABLE_PARAMETERS = {
    "_search": "q",
    "portal__exact": "portal",
    "published_at__gte": "since",
    "published_at__lte": "until",
    "author__exact": "author",
    "category__exact": "category",
    "_loose": "loose",
}


def desk_params(args) -> dict[str, list[str]]:
    """The search page's parameters from our own URL's or a Datasette table URL's."""
    params: dict[str, list[str]] = {}
    for name in args.keys():
        target = TABLE_PARAMETERS.get(name, "q" if name == "search" else name)
        values = [v[:10] if target in ("since", "until") else v for v in args.getlist(name)]
        params.setdefault(target, []).extend(values)
    return params


def export_query(args) -> str:
    """The export URL's query string for a page's parameters."""
    wanted = ("q", "portal", "since", "until", "author", "category", "title_only", "loose", "collection")
    params = desk_params(args)
    return urlencode([(name, value) for name in wanted for value in params.get(name, []) if value])


async def export_view(datasette, request):
    fmt = request.url_vars["format"]
    database = next(db for db in datasette.databases.values() if not db.is_memory)
    chosen = read_request(desk_params(request.args))
    collection = request.args.get("collection")

    def written(conn) -> str:
        # Written in the database's thread, not on the server's event loop: a
        # 100,000-row file takes seconds, and every other reader waits on that loop.
        rows = export_rows(sqlite_utils.Database(conn), chosen.q, chosen.filters, chosen.loose, collection)
        if fmt == "csv":
            return csv_text(rows[:EXPORT_MAX_ROWS])
        buffer = io.StringIO()
        write_json(rows[:EXPORT_MAX_ROWS], buffer)
        return buffer.getvalue()

    try:
        body = await database.execute_fn(written)
    except KeyError as error:
        return Response.text(str(error.args[0]), status=404)
    content_type = "text/csv; charset=utf-8" if fmt == "csv" else "application/json; charset=utf-8"
    return Response(
        body, content_type=content_type, headers={"content-disposition": f'attachment; filename="articles.{fmt}"'}
    )


def with_export_links(html, url_csv: str, export_csv_url: str, export_json_url: str) -> Markup:
    """The table page with its CSV link pointing at the export (and a JSON one beside it)."""
    old = f'<a href="{escape(url_csv)}">CSV</a>'
    new = f'<a href="{escape(export_csv_url)}">CSV</a>, <a href="{escape(export_json_url)}">JSON (export)</a>'
    return Markup(str(html).replace(old, new))


@hookimpl
def render_cell(value, column, datasette):
    # The collections query's export column: a download link, built from an escaped value.
    if column == "export" and isinstance(value, str) and value.startswith("/-/export."):
        from urllib.parse import quote

        path, _, name = value.partition("collection=")
        href = datasette.urls.path(path + "collection=" + quote(name))
        return Markup(f'<a href="{escape(href)}">CSV</a>')
    return None


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["with_export_links"] = with_export_links


@hookimpl
def register_routes():
    return [(r"^/-/export\.(?P<format>csv|json)$", export_view)]


@hookimpl
def extra_template_vars(view_name, table, request, datasette):
    if table != "articles" or request is None or view_name != "table":
        return {}
    query = export_query(request.args)
    base = datasette.urls.path("/-/export")
    return {"export_csv_url": f"{base}.csv?{query}", "export_json_url": f"{base}.json?{query}"}
