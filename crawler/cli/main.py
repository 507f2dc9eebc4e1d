"""The `archive` command: its group and where each command lives."""

from __future__ import annotations

import click

from . import backup, captures, crawl, exports, health, pages, people, portal, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="partybloc-archive")
def cli():
    """A crawler and searchable archive of Vietnamese Party-bloc news portals.

    \b
    Quick start:
      archive demo                 # mirror + crawl saved sites + Datasette on :8001
      archive crawl                # crawl every live portal into archive.db
      archive serve                # browse and search archive.db in Datasette
      archive portal probe URL     # what a new portal is, and its entry for a portals file
    """


for command in (
    crawl.crawl,
    crawl.reprocess,
    captures.capture,
    serve.serve,
    serve.demo,
    serve.mirror,
    pages.extract,
    pages.date,
    people.mentions,
    health.portals,
    portal.portal,
    exports.export,
    exports.collection,
    backup.backup_command,
):
    cli.add_command(command)
