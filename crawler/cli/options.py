"""Options and checks that several commands share."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import click

from ..defaults import ARCHIVE_DB, PORTALS_ENV
from ..storage import database, raw
from ..storage.selection import Filters

DB_OPTION = click.option(
    "--db",
    "db_path",
    default=ARCHIVE_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The archive's SQLite file.",
)
RAW_DB_OPTION = click.option(
    "--raw-db",
    "raw_path",
    type=click.Path(dir_okay=False),
    help="The raw captures' SQLite file (default: raw.db beside --db).",
)


def portals_files(ctx, param, values):
    """Add the user's portals files, after checking every portals file reads whole."""
    from ..crawling.portal_config import PortalConfigError, add_portals_file, declared_portals

    for value in values:
        add_portals_file(value)
    try:
        declared_portals("spiders.configured")
    except PortalConfigError as error:
        raise click.BadParameter(str(error), param_hint=f"--portals or {PORTALS_ENV}") from None
    return values


PORTALS_OPTION = click.option(
    "--portals",
    "portals_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    callback=portals_files,
    expose_value=False,
    is_eager=True,
    metavar="FILE",
    help=f"A TOML file of more portals (repeatable; also the {PORTALS_ENV} variable, paths separated by ':').",
)


def existing_db(db_path: str):
    """The archive, opened; a clear error if there is none yet."""
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `archive crawl` or `archive demo` first")
    return database.connect(db_path)


def existing_raw(db_path: str, raw_path: str | None) -> str:
    path = raw.path_for(db_path, raw_path)
    if not Path(path).exists():
        raise click.ClickException(f"{path} does not exist: `archive crawl` writes it")
    return path


def iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-05-31") from None


SELECTION_OPTIONS = [
    click.option("--search", "-s", metavar="QUERY", help='Full-text query: dang uy, "phối hợp", phối*, AND/OR/NOT.'),
    click.option("--portal", "-p", "portals", multiple=True, metavar="PORTAL", help="Only this portal (repeatable)."),
    click.option("--since", callback=iso_date, metavar="DATE", help="Published on or after this day (YYYY-MM-DD)."),
    click.option("--until", callback=iso_date, metavar="DATE", help="Published on or before this day (YYYY-MM-DD)."),
    click.option("--author", metavar="NAME", help="Only articles by this author, as printed."),
    click.option("--category", metavar="NAME", help="Only articles in this category, as printed."),
    click.option("--title-only", is_flag=True, help="Search the titles and summaries only."),
    click.option(
        "--loose",
        is_flag=True,
        help="Also syllables of the query scattered apart (by default, side by side or near: chuyen doi so).",
    ),
]


def selection_options(function):
    """--search and the filters, as `archive export` and collections take them; the
    command receives `search`, `filters` (storage/selection.Filters) and `loose`."""

    @functools.wraps(function)
    def with_filters(*args, portals, since, until, author, category, title_only, **kwargs):
        filters = Filters(tuple(portals), since, until, author, category, title_only)
        return function(*args, filters=filters, **kwargs)

    for option in reversed(SELECTION_OPTIONS):
        with_filters = option(with_filters)
    return with_filters


def setting_pairs(ctx, param, values) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE")
        pairs[name] = setting
    return pairs
