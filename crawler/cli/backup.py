"""`archive backup`: a checked copy of the archive, taken while it is in use."""

from __future__ import annotations

from pathlib import Path

import click

from ..clock import utc_now
from ..storage import raw
from ..storage.backup import BackupError, backup
from .options import DB_OPTION, RAW_DB_OPTION


@click.command("backup")
@click.argument("dest", type=click.Path(file_okay=False))
@DB_OPTION
@RAW_DB_OPTION
@click.option("--raw", "with_raw", is_flag=True, help="Copy raw.db too (every captured page: large).")
@click.option(
    "--as",
    "name",
    metavar="FILE",
    help="Name the archive's copy so (replacing the last one at once): a copy to publish "
    "with `archive serve --read-only`.",
)
def backup_command(dest, db_path, raw_path, with_raw, name):
    """Copy the archive into the folder DEST, consistently, even while a crawl writes
    to it; check the copy (integrity_check, a count) and say what was written.

    Each copy is named by the time it was taken (archive-20250601T030000Z.db), a
    single file that opens on its own. A failed copy leaves nothing behind and exits 1.

    \b
    Examples:
      archive backup /srv/backups
      archive backup /srv/backups --raw              # the raw captures as well
      archive backup /srv/archive/published --as archive.db   # what the server publishes
      30 3 * * * cd /srv/archive && .venv/bin/archive backup /srv/backups   # cron
    \b
    To restore: stop the crawl and the server, copy the backup over archive.db,
    remove archive.db-wal and archive.db-shm if they are there, start again.
    """
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utc_now().replace("-", "").replace(":", "")  # 20250601T030000Z
    copies = [(Path(db_path), folder / (name or f"archive-{stamp}.db"), "archive")]
    if with_raw:
        copies.append((Path(raw.path_for(db_path, raw_path)), folder / f"raw-{stamp}.db", "raw"))
    for source, destination, kind in copies:
        try:
            click.echo(backup(source, destination, kind).said())
        except BackupError as error:
            raise click.ClickException(str(error)) from None
