"""`archive export` and `archive collection`: what a journalist takes away."""

from __future__ import annotations

import sys

import click

from ..article import EXPORT_COLUMNS
from ..storage import named_collections, people
from ..storage.exports import export_rows
from ..storage.people import MENTION_COLUMNS
from .options import DB_OPTION, existing_db, selection_options


@click.command()
@DB_OPTION
@selection_options
@click.option("--collection", "-c", metavar="NAME", help="Export a saved collection instead.")
@click.option("--person", metavar="NAME", help="Export a person's mentions instead (with or without diacritics).")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    required=True,
    help="File to write (- for standard output).",
)
def export(db_path, search, filters, loose, collection, person, fmt, output):
    """Export articles as CSV (opens right in Excel and LibreOffice) or JSON.

    Columns: id, portal, url, title, published_at, author, summary, body. With
    --person, one row per mention of that person: person, published_at, portal,
    title, url, name, honorific, position, position_normalised, organisation,
    article_id.

    \b
    Examples:
      archive export --search "dang uy" --since 2024-01-01 -o dang-uy-2024.csv
      archive export --portal baolaocai --format json -o baolaocai.json
      archive export --collection phoi-hop -o phoi-hop.csv
      archive export --person "Nguyen Van An" -o nguyen-van-an.csv
    """
    from ..storage.exports import write_csv, write_json

    archive = existing_db(db_path)
    columns, what = EXPORT_COLUMNS, "articles"
    try:
        if person:
            rows, columns, what = _person_rows(archive, person), MENTION_COLUMNS, "mentions"
        else:
            rows = export_rows(archive, search, filters, loose, collection)
    except KeyError as error:
        raise click.ClickException(str(error.args[0])) from None
    write = write_csv if fmt == "csv" else write_json
    if output == "-":
        count = write(rows, click.get_text_stream("stdout"), columns)
    else:
        # newline="": the CSV writer's CRLF line ends are written as they are
        with open(output, "w", encoding="utf-8", newline="") as handle:
            count = write(rows, handle, columns)
    click.echo(f"{count} {what} written to {output}", err=True)


def _person_rows(archive, name: str) -> list[dict]:
    """One person's mentions; a name two people share (without diacritics) is refused, naming them."""
    found = people.find_people(archive, name)
    if not found:
        raise click.ClickException(f"no person named {name!r} in the archive")
    if len(found) > 1:
        names = ", ".join(person["name"] for person in found)
        raise click.ClickException(f"{name!r} may be {len(found)} people: {names}; type the name with its diacritics")
    return people.person_mentions(archive, found[0]["id"])


@click.group()
def collection():
    """Named collections of articles: a saved search, hand-picked articles, or both.

    \b
    Examples:
      archive collection save phoi-hop --search '"chương trình phối hợp"' --since 2023-01-01
      archive collection add phoi-hop https://baolaocai.vn/...-post327514.html
      archive collection list
      archive collection feed phoi-hop
      archive export --collection phoi-hop -o phoi-hop.csv
    """


def _count(archive, name: str) -> int:
    return len(named_collections.collection_articles(archive, name))


@collection.command("save")
@click.argument("name")
@DB_OPTION
@selection_options
@click.option("--description", "-d", default="", help="What the collection is for.")
def collection_save(name, db_path, search, filters, loose, description):
    """Save (or replace) a collection's search and filters.

    \b
    Example:
      archive collection save phoi-hop --search '"phối hợp"' --portal baolaocai
    """
    archive = existing_db(db_path)
    named_collections.save_collection(archive, name, description, search, filters, loose)
    click.echo(f"{name}: {_count(archive, name)} articles")


@collection.command("add")
@click.argument("name")
@click.argument("articles", nargs=-1, required=True)
@DB_OPTION
def collection_add(name, articles, db_path):
    """Add articles, by id or by URL, to a collection (made if new).

    \b
    Example:
      archive collection add phoi-hop 3f2a9c0d1e4b5a67 https://thanhphohaiphong.gov.vn/some-news.html
    """
    archive = existing_db(db_path)
    missing = named_collections.add_to_collection(archive, name, list(articles))
    for reference in missing:
        click.echo(f"no article at {reference}", err=True)
    click.echo(f"{name}: {_count(archive, name)} articles")
    sys.exit(1 if missing else 0)


@collection.command("list")
@DB_OPTION
def collection_list(db_path):
    """List the collections with their article counts.

    \b
    Example:
      archive collection list --db archive.db
    """
    archive = existing_db(db_path)
    for row in named_collections.list_collections(archive):
        click.echo(f"{row['name']:30} {row['articles']:6} articles  {row['description'] or ''}")


@collection.command("feed")
@click.argument("name")
@DB_OPTION
def collection_feed(name, db_path):
    """Print the path of a collection's Atom feed on the Datasette server (`archive
    serve`): its 50 newest articles, for a feed reader or a feed-to-email service.

    \b
    Example:
      archive collection feed phoi-hop
      # /-/collections/phoi-hop.atom, that is http://127.0.0.1:8001/-/collections/phoi-hop.atom
    """
    from ..desk.feeds import feed_path

    archive = existing_db(db_path)
    if next(archive.query("select 1 from collections where name = ?", [name]), None) is None:
        raise click.ClickException(f"no collection named {name!r} (archive collection list shows them)")
    click.echo(feed_path(name))
