"""Datasette plugin: what the article page needs besides the row itself."""

from datasette import hookimpl
from datasette.utils import tilde_decode

from crawler.extraction.dates import format_vietnamese


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
        images = await db.execute(
            "select src, caption from images where article_id = ? order by position", [article_id]
        )
        urls = await db.execute(
            "select url, first_seen from article_urls where article_id = ? order by first_seen, url", [article_id]
        )
        portal = await db.execute(
            "select p.name, p.slug from portals p join articles a on a.portal = p.slug where a.id = ?", [article_id]
        )
        similar = await db.execute(
            "select a.id, a.title, a.portal, a.published_at, p.name as portal_name, s.similarity "
            "from similar_articles s join articles a on a.id = s.other_id left join portals p on p.slug = a.portal "
            "where s.article_id = ? order by s.similarity desc",
            [article_id],
        )
        versions = await db.execute(
            "select version, title, seen_from, seen_until from article_versions where article_id = ? order by version",
            [article_id],
        )
        return {
            "article_versions": [dict(row) for row in versions.rows],
            "article_similar": [dict(row) for row in similar.rows],
            "article_images": [dict(row) for row in images.rows],
            "article_urls": [dict(row) for row in urls.rows],
            "article_portal": dict(portal.first()) if portal.first() else None,
        }

    return article_extras
