"""Datasette plugin: the journalists' CSV and JSON, the same as `archive export`.

/-/export.csv and /-/export.json take search, portal (repeatable), since, until and
collection; the articles table's CSV link points here with the page's own search and
filters, so a download from the browser has the export's columns, BOM and quoting.
"""

import io
from urllib.parse import urlencode

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from crawler.storage.exports import csv_text, export_rows, write_json

EXPORT_MAX_ROWS = 100_000


def export_args(args) -> dict:
    """Our export's arguments from a Datasette table URL's (or our own) parameters."""
    return {
        "search": args.get("search") or args.get("_search"),
        "portals": tuple(args.getlist("portal")) or tuple(args.getlist("portal__exact")),
        "since": (args.get("since") or args.get("published_at__gte") or "")[:10] or None,
        "until": (args.get("until") or args.get("published_at__lte") or "")[:10] or None,
        "collection": args.get("collection"),
    }


def export_query(args) -> str:
    chosen = export_args(args)
    pairs = [(k, v) for k, v in chosen.items() if v and k != "portals"]
    pairs += [("portal", p) for p in chosen["portals"]]
    return urlencode(pairs)


async def export_view(datasette, request):
    fmt = request.url_vars["format"]
    database = next(db for db in datasette.databases.values() if not db.is_memory)
    chosen = export_args(request.args)

    def select(conn):
        return export_rows(sqlite_utils.Database(conn), **chosen)[:EXPORT_MAX_ROWS]

    try:
        rows = await database.execute_fn(select)
    except KeyError as error:
        return Response.text(str(error.args[0]), status=404)
    if fmt == "csv":
        body, content_type = csv_text(rows), "text/csv; charset=utf-8"
    else:
        buffer = io.StringIO()
        write_json(rows, buffer)
        body, content_type = buffer.getvalue(), "application/json; charset=utf-8"
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
