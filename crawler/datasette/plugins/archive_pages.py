"""Datasette plugin: what the article page needs besides the row itself."""

import sqlite_utils
from datasette import hookimpl
from datasette.utils import tilde_decode

from crawler.extraction.date_display import format_vietnamese
from crawler.storage import queries


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["vn_date"] = format_vietnamese
    env.filters["paragraphs"] = lambda body: [p for p in (body or "").split("\n\n") if p.strip()]


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "articles" or request is None:
        return {}

    async def article_extras():
        article_id = tilde_decode(request.url_vars.get("pks", ""))
        db = datasette.get_database(database)
        return await db.execute_fn(lambda conn: queries.article_extras(sqlite_utils.Database(conn), article_id))

    return article_extras
