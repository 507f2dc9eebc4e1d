"""`archive mentions`: the people a text names, for checking the finder by hand."""

from __future__ import annotations

import json
import sys

import click

from ..extraction.text import looks_binary
from ..mentions.find import MAX_TEXT_CHARS, find_mentions


@click.command()
@click.argument("file", type=click.File("rb"))
@click.option("--author", help="The byline's writer: never a person of the text.")
def mentions(file, author):
    """Print the people a text names, one JSON line each: {"name", "position", "honorific"}.

    FILE is one article's text as plain UTF-8 (- for standard input).

    \b
    Examples:
      archive mentions bai-viet.txt
      archive extract page.html --url URL | jq -r .body | archive mentions -
    """
    raw = file.read()
    if not raw.strip():
        _refuse(f"{file.name}: empty, no mention")
    if looks_binary(raw):
        _refuse(f"{file.name}: not text, no mention")
    text = raw.decode("utf-8", errors="replace")
    if len(text) > MAX_TEXT_CHARS:
        _refuse(f"{file.name}: {len(text):,} characters, longer than an article ({MAX_TEXT_CHARS:,}): no mention")
    for mention in find_mentions(text, author):
        line = {"name": mention.name, "position": mention.position, "honorific": mention.honorific}
        click.echo(json.dumps(line, ensure_ascii=False))


def _refuse(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)
