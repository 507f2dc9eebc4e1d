"""Datasette plugin: the research desk (crawler/desk/).

/-/search and /-/search.json    the search page and its JSON
/-/attention(.json|.csv|.svg)   matches per period and portal, with each period's total
/-/collections/save             "save as collection" (POST, from the search page)
/-/collections/NAME.atom        a collection's newest matches, for a feed reader
"""

import os
import re
import sqlite3
from urllib.parse import urlencode

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response

from crawler.desk import attention as attention_counts
from crawler.desk import feeds
from crawler.desk.chart import attention_svg, shares_by_query
from crawler.desk.request import PAGE_SIZE, read_request
from crawler.desk.search import COUNT_CAP, TooSlow, search, time_limit
from crawler.indexing.query import MARK_END, MARK_START, snippet_html
from crawler.storage import named_collections
from crawler.storage.exports import csv_text
from crawler.storage.selection import Filters

JSON_ROW_FIELDS = ("id", "title", "published_at", "portal", "author", "category", "url", "excerpt", "tier")
COLLECTION_NAME = re.compile(r"[\w-]{1,80}")
CANNOT_SAVE = (
    "Không lưu được: kho đang được phục vụ ở chế độ chỉ đọc hoặc ổ đĩa đã đầy; hãy lưu bằng "
    "`archive collection save` · Could not save: the archive is served read-only or its disk is full; "
    "save it with `archive collection save`."
)
TOO_SLOW = (
    "Tìm kiếm này chạy quá lâu; hãy thu hẹp bằng cổng hoặc khoảng ngày · "
    "This search took too long: narrow it by portal or dates."
)


def _archive(datasette):
    return next(db for db in datasette.databases.values() if not db.is_memory)


# What changes only when the archive does (the filters' choices, the articles per day
# and portal): kept until the database's files change. A full count of a million
# articles takes a second; a page should not pay it.
_KEPT: dict[tuple, tuple[tuple, object]] = {}


def _archive_version(database) -> tuple:
    stats = []
    for suffix in ("", "-wal"):
        try:
            stat = os.stat(database.path + suffix)
            stats.append((stat.st_mtime_ns, stat.st_size))
        except (OSError, TypeError):
            stats.append(None)
    return tuple(stats)


async def _kept(database, key: tuple, compute):
    """compute(conn)'s value, counted again only when the archive has changed."""
    version = _archive_version(database)
    kept = _KEPT.get((database.name, *key))
    if kept is not None and kept[0] == version:
        return kept[1]
    value = await database.execute_fn(compute)
    if len(_KEPT) > 256:
        _KEPT.clear()
    _KEPT[(database.name, *key)] = (version, value)
    return value


def _params(request) -> dict[str, list[str]]:
    return {name: request.args.getlist(name) for name in request.args.keys()}


async def _choices(database) -> dict:
    """The portals and categories the filters offer."""
    return await _kept(database, ("choices",), _read_choices)


def _read_choices(conn) -> dict:

    portals = [{"slug": r[0], "name": r[1]} for r in conn.execute("select slug, name from portals order by name")]
    categories = [
        r[0]
        for r in conn.execute(
            "select category from articles where category is not null group by category order by count(*) desc limit 200"
        )
    ]
    return {"portals": portals, "categories": sorted(categories)}


async def _desk_request(database, request):
    choices = await _choices(database)
    known = {p["slug"] for p in choices["portals"]}
    return read_request(_params(request), known), choices


def _query_string(desk, **changes) -> str:
    """The request's own parameters, with `changes`, as a query string."""
    f = desk.filters
    values = {
        "q": desk.q,
        "portal": list(f.portals),
        "since": f.since,
        "until": f.until,
        "author": f.author,
        "category": f.category,
        "sort": desk.sort if desk.sort != "relevance" else None,
        "loose": "1" if desk.loose else None,
        "title_only": "1" if f.title_only else None,
    } | changes
    pairs = []
    for name, value in values.items():
        for item in value if isinstance(value, list) else [value]:
            if item not in (None, ""):
                pairs.append((name, item))
    return urlencode(pairs)


async def search_view(datasette, request):
    database = _archive(datasette)
    desk, choices = await _desk_request(database, request)
    messages = list(desk.messages)
    try:
        results = await database.execute_fn(lambda conn: search(sqlite_utils.Database(conn), desk))
    except TooSlow:
        results, messages = None, [*messages, TOO_SLOW]
    if request.url_vars.get("format") == "json":
        rows = [] if results is None else [_json_row(row) for row in results.rows]
        body = {
            "count": results.count if results else 0,
            "count_capped": bool(results and results.count_capped),
            "page": desk.page,
            "pages": results.pages if results else 0,
            "sort": desk.sort,
            "messages": messages,
            "rows": rows,
            "people": [] if results is None else results.people,
        }
        return Response.json(body, headers={"access-control-allow-origin": "*"})
    for row in [] if results is None else results.rows:
        row["excerpt_html"] = snippet_html(row["excerpt"])
        row["href"] = datasette.urls.row(database.name, "articles", row["id"])
    context = {
        "desk": desk,
        "results": results,
        "messages": messages,
        "choices": choices,
        "count_cap": COUNT_CAP,
        "page_size": PAGE_SIZE,
        "saved": request.args.get("saved"),
        "save_error": request.args.get("save_error"),
        "feed_url": _feed_path(datasette, request.args.get("saved")) if request.args.get("saved") else None,
        "page_url": lambda **changes: datasette.urls.path("/-/search") + "?" + _query_string(desk, **changes),
        "export_url": lambda fmt: datasette.urls.path(f"/-/export.{fmt}") + "?" + _query_string(desk, sort=None),
        "attention_url": datasette.urls.path("/-/attention") + "?" + _query_string(desk, sort=None),
        "person_href": lambda person_id: datasette.urls.path(f"/-/people/{person_id}"),
    }
    return Response.html(await datasette.render_template("search.html", context, request=request))


def _json_row(row: dict) -> dict:
    out = {name: row.get(name) for name in JSON_ROW_FIELDS}
    out["excerpt"] = (out["excerpt"] or "").replace(MARK_START, "").replace(MARK_END, "")
    return out


async def attention_view(datasette, request):
    database = _archive(datasette)
    desk, choices = await _desk_request(database, request)
    messages = list(desk.messages)

    published = Filters(desk.filters.portals, desk.filters.since, desk.filters.until)
    day_totals = await _kept(
        database,
        ("totals", published),
        lambda conn: attention_counts.totals_per_day(sqlite_utils.Database(conn), published),
    )

    def count(conn):
        with time_limit(conn):
            db = sqlite_utils.Database(conn)
            return attention_counts.attention(db, desk.queries, desk.filters, desk.by, desk.loose, day_totals)

    try:
        rows = await database.execute_fn(count) if desk.queries else []
    except TooSlow:
        rows, messages = [], [*messages, TOO_SLOW]
    fmt = request.url_vars.get("format")
    if fmt == "json":
        return Response.json({"by": desk.by, "messages": messages, "rows": rows})
    if fmt == "csv":
        return Response(
            csv_text(rows, ("query", "period", "portal", "matches", "total")),
            content_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="attention.csv"'},
        )
    if fmt == "svg":
        return Response(attention_svg(rows, desk.by), content_type="image/svg+xml; charset=utf-8")
    own = urlencode([("q", q) for q in desk.queries] + [("by", desk.by)]) + "&" + _query_string(desk, q=None)
    context = {
        "desk": desk,
        "messages": messages,
        "choices": choices,
        "rows": rows,
        "shares": shares_by_query(rows),
        "compare_slots": list(desk.queries) + [""] * (3 - len(desk.queries)),
        "chart_url": datasette.urls.path("/-/attention.svg") + "?" + own,
        "csv_url": datasette.urls.path("/-/attention.csv") + "?" + own,
        "json_url": datasette.urls.path("/-/attention.json") + "?" + own,
    }
    return Response.html(await datasette.render_template("attention.html", context, request=request))


async def save_collection_view(datasette, request):
    if request.method != "POST":
        return Response.redirect(datasette.urls.path("/-/search"))
    form = await request.post_vars()
    database = _archive(datasette)
    choices = await _choices(database)
    params = {name: [value] for name, value in form.items() if name != "portal"}
    params["portal"] = [p for p in (form.get("portal") or "").split(",") if p]
    desk = read_request(params, {p["slug"] for p in choices["portals"]})
    name = (form.get("name") or "").strip()
    if not COLLECTION_NAME.fullmatch(name):
        message = (
            "Tên bộ sưu tập chỉ gồm chữ, số, gạch ngang (tối đa 80 ký tự) · "
            "A collection's name is letters, digits and dashes (at most 80)."
        )
        target = datasette.urls.path("/-/search") + "?" + _query_string(desk, save_error=message)
        return Response.redirect(target)

    def save(conn):
        db = sqlite_utils.Database(conn)
        named_collections.save_collection(db, name, form.get("description") or "", desk.q, desk.filters, desk.loose)

    try:
        await database.execute_write_fn(save, block=True)
    except sqlite3.OperationalError:  # a read-only deployment, or a full disk: say so, lose nothing
        target = datasette.urls.path("/-/search") + "?" + _query_string(desk, save_error=CANNOT_SAVE)
        return Response.redirect(target)
    return Response.redirect(datasette.urls.path("/-/search") + "?" + _query_string(desk, saved=name))


def _feed_path(datasette, name: str) -> str:
    return datasette.urls.path(feeds.feed_path(name))


async def collection_feed_view(datasette, request):
    name = request.url_vars["name"]
    database = _archive(datasette)
    base = request.url.split("/-/")[0]

    def build(conn):
        db = sqlite_utils.Database(conn)
        link = lambda article_id: base + datasette.urls.row(database.name, "articles", article_id)  # noqa: E731
        return feeds.collection_feed(db, name, base + _feed_path(datasette, name), link)

    try:
        xml = await database.execute_fn(build)
    except KeyError:
        text = f"Không có bộ sưu tập “{name}” · There is no collection named “{name}”."
        return Response.text(text, status=404)
    return Response(xml, content_type="application/atom+xml; charset=utf-8")


@hookimpl
def register_routes():
    return [
        (r"^/-/search(\.(?P<format>json))?$", search_view),
        (r"^/-/attention(\.(?P<format>json|csv|svg))?$", attention_view),
        (r"^/-/collections/save$", save_collection_view),
        (r"^/-/collections/(?P<name>[^/]+)\.atom$", collection_feed_view),
    ]


@hookimpl
def menu_links(datasette):
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Tìm kiếm · Search"},
        {"href": datasette.urls.path("/-/attention"), "label": "Theo thời gian · Attention over time"},
    ]
