"""`archive portals`: each portal's health from its run log, and what it flags."""

from __future__ import annotations

import sys

import click

from ..storage import queries
from .options import DB_OPTION, existing_db


def assess(runs: list[dict]) -> list[str]:
    """Problems of a portal, from its crawl_runs rows, newest first (empty: healthy).

    - errors: the last run had failed requests or spider errors;
    - interrupted: the last run never finished (killed, power loss, or still running);
    - no articles found: the listing pages showed no article link where earlier runs
      found some (a redesign, or a dead site answering with something else);
    - selectors broken: the generic extractor had to stand in for the portal's selectors.
    """
    if not runs:
        return ["never crawled"]
    last, earlier = runs[0], runs[1:]
    flags = []
    if last["finish_reason"] == "running":
        flags.append("interrupted")
    elif last["finish_reason"] != "finished":
        flags.append(f"stopped: {last['finish_reason']}")
    if last["errors"]:
        flags.append(f"{last['errors']} errors")
    if (
        last["finish_reason"] != "running"
        and not last["article_links"]
        and any(run["article_links"] for run in earlier)
    ):
        flags.append("no articles found (redesign or dead site?)")
    if last["fallback_pages"]:
        flags.append(f"selectors broken on {last['fallback_pages']} pages")
    return flags


def portal_table(db_path: str) -> tuple[str, bool]:
    """The `archive portals` table, and whether every portal is healthy."""
    archive = existing_db(db_path)
    rows = queries.portal_health(archive)
    archive.close()
    header = f"{'portal':30} {'articles':>8}  {'newest':25} {'last run':20} {'mode':11} status"
    lines = [header, "-" * len(header)]
    healthy = True
    for row in rows:
        last = row["runs"][0] if row["runs"] else {}
        flags = assess(row["runs"])
        healthy = healthy and not flags
        status = "; ".join(flags) if flags else f"ok, {last['items_new']} new, {last['items_updated']} updated"
        lines.append(
            f"{row['portal']:30} {row['articles']:>8}  {row['newest'] or '-':25} "
            f"{last.get('started_at') or '-':20} {last.get('mode') or '-':11} {status}"
        )
    return "\n".join(lines), healthy


@click.command()
@DB_OPTION
def portals(db_path):
    """Each portal with its article count, newest article and last run's status.

    A portal is flagged when its last run had errors, never finished, found no article
    link where it used to find some (a redesign or a dead site), or needed the
    generic extractor. Exits 1 when some portal is flagged.

    \b
    Example:
      archive portals --db archive.db
    """
    table, healthy = portal_table(db_path)
    click.echo(table)
    sys.exit(0 if healthy else 1)
