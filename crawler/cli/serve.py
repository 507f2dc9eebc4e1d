"""`archive serve`, `archive demo` and `archive mirror`: the archive in Datasette, and
the saved sites that stand in for the portals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

from ..defaults import ARCHIVE_DB, DATASETTE_DIR, HOST, MIRROR_PORT, SERVE_PORT, SITES_DIR
from ..storage import database, queries
from .options import DB_OPTION, existing_db


def datasette_metadata(db_path: str) -> Path:
    """The project's metadata, keyed to this database's name. Datasette names a
    database after its file; metadata.json is written for the default archive.db."""
    name, written_for = Path(db_path).stem, Path(ARCHIVE_DB).stem
    if name == written_for:
        return DATASETTE_DIR / "metadata.json"
    metadata = json.loads((DATASETTE_DIR / "metadata.json").read_text(encoding="utf-8"))
    metadata["databases"] = {name: metadata["databases"][written_for]}
    target = Path(tempfile.gettempdir()) / f"archive-metadata-{name}-{os.getpid()}.json"
    target.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    return target


def datasette_settings() -> list[str]:
    """datasette/settings.json as --setting options (Datasette writes booleans on/off)."""
    settings = json.loads((DATASETTE_DIR / "settings.json").read_text(encoding="utf-8"))
    options = []
    for name, value in settings.items():
        text = ("on" if value else "off") if isinstance(value, bool) else str(value)
        options += ["--setting", name, text]
    return options


def datasette_command(db_path: str, port: int, host: str = HOST, read_only: bool = False) -> list[str]:
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        *(["--immutable", db_path] if read_only else [db_path]),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(datasette_metadata(db_path)),
        "--template-dir",
        str(DATASETTE_DIR / "templates"),
        "--plugins-dir",
        str(DATASETTE_DIR / "plugins"),
        *datasette_settings(),
    ]


@click.command()
@DB_OPTION
@click.option("--port", default=SERVE_PORT, show_default=True)
@click.option("--host", default=HOST, show_default=True)
@click.option(
    "--read-only",
    is_flag=True,
    help="Serve a published copy (`archive backup DEST --as archive.db`) that nothing writes "
    "while it is served, from a file that may be read-only; saving collections from the page is off.",
)
def serve(db_path, port, host, read_only):
    """Publish the archive in Datasette (read-only), with the project's metadata,
    templates and plugins.

    \b
    Examples:
      archive serve --db archive.db --port 8001
      archive serve --db published/archive.db --read-only      # as the systemd unit in deploy/ does
    """
    if read_only:
        if not Path(db_path).exists():
            raise click.ClickException(
                f"{db_path} does not exist: publish it with `archive backup DEST --as archive.db`"
            )
        if pending := database.pending_migrations(db_path):
            raise click.ClickException(
                f"{db_path} needs migrations ({', '.join(pending)}) and is served read-only: "
                "publish it again from the archive with this release"
            )
    else:
        existing_db(db_path).close()  # there is an archive, and its schema is current
    click.echo(f"Serving {db_path} on http://{host}:{port}/")
    os.execv(sys.executable, datasette_command(db_path, port, host, read_only))


@click.command()
@click.option(
    "--port",
    default=MIRROR_PORT,
    show_default=True,
    help="Index port; the portals take the next ports (0: any free ports).",
)
@click.option(
    "--delay",
    default=0.0,
    show_default=True,
    metavar="SECONDS",
    help="Wait this long before each answer, as a distant portal would.",
)
@click.option(
    "--sites",
    "sites_dir",
    type=click.Path(file_okay=False, exists=True),
    default=None,
    help="Folder of saved sites (default: the saved portals shipped with the archive).",
)
@click.option("--later", is_flag=True, help="Serve the sites as they were a week later, where a site has that version.")
def mirror(port, delay, sites_dir, later):
    """Serve the saved copies of the portals on 127.0.0.1, one port per portal.

    \b
    Example:
      archive mirror --port 8100
      archive crawl --mirror http://127.0.0.1:8100     # in another terminal
      archive mirror --later                           # a week later: new and edited articles
    """
    from .mirror import Mirror

    sites = Path(sites_dir) if sites_dir else SITES_DIR
    with Mirror(port=port, sites_dir=sites, delay=delay, version="later" if later else None) as served:
        click.echo(f"Mirror index: {served.url}/portals.json")
        for slug, url in served.base_urls.items():
            click.echo(f"  {slug:32} {url}/")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


@click.command()
@DB_OPTION
@click.option("--no-serve", is_flag=True, help="Stop once the archive is built.")
@click.option("--port", default=SERVE_PORT, show_default=True, help="Datasette's port.")
def demo(db_path, no_serve, port):
    """Build a demo archive from the saved sites and open it in Datasette.

    Starts the mirror, crawls all five saved portals into the archive, then serves it.

    \b
    Examples:
      archive demo
      archive demo --db /tmp/demo.db --no-serve
    """
    from .mirror import Mirror

    with Mirror(port=0) as served:
        click.echo(f"Mirror running at {served.url}; crawling the saved portals into {db_path} ...")
        # Scrapy's reactor runs once per process: crawl in a child process.
        code = subprocess.call(
            [
                sys.executable,
                "-m",
                "crawler.cli",
                "crawl",
                "--db",
                db_path,
                "--mirror",
                served.url,
                "--log-level",
                "WARNING",
            ]
        )
    archive = database.connect(db_path)
    for row in queries.portal_health(archive):
        click.echo(f"  {row['portal']:32} {row['articles']:4} articles, newest {row['newest']}")
    archive.close()
    if code:
        click.echo("Some portal failed; see the log above.", err=True)
    if no_serve:
        sys.exit(code)
    click.echo(f"Datasette: http://{HOST}:{port}/")
    os.execv(sys.executable, datasette_command(db_path, port))
