"""Datasette plugin: the people the articles name (crawler/storage/people.py).

/-/people/ID and /-/people/ID.json   a person: posts over time, articles, people beside them
The people table's names link to their pages.
"""

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from crawler.storage.people import person_page


def _archive(datasette):
    return next(db for db in datasette.databases.values() if not db.is_memory)


async def person_view(datasette, request):
    database = _archive(datasette)
    person_id = int(request.url_vars["id"])
    page = await database.execute_fn(lambda conn: person_page(sqlite_utils.Database(conn), person_id))
    if request.url_vars.get("format") == "json":
        return Response.json(page or {"error": "no such person"}, status=200 if page else 404)
    context = {
        "page": page,
        "article_href": lambda article_id: datasette.urls.row(database.name, "articles", article_id),
        "person_href": lambda other: datasette.urls.path(f"/-/people/{other}"),
        "people_href": datasette.urls.table(database.name, "people"),
    }
    html = await datasette.render_template("person.html", context, request=request)
    return Response.html(html, status=200 if page else 404)


@hookimpl
def register_routes():
    return [(r"^/-/people/(?P<id>\d{1,12})(\.(?P<format>json))?$", person_view)]


@hookimpl
def render_cell(value, column, table, row, datasette):
    if table == "people" and column == "name" and row is not None:
        href = datasette.urls.path(f"/-/people/{row['id']}")
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None
