"""`archive portal probe`: onboard a portal from its URL (crawler/crawling/probe.py);
`archive portal registry`: a portals file, off by default, from a list of domains."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def portal():
    """Onboard portals: see what a site is and write its entry for a portals file."""


@portal.command()
@click.argument("url")
@click.option("--name", help="The portal's spider name (default: from the host, danguykhoi_phutho).")
@click.option(
    "--write",
    "write_to",
    type=click.Path(dir_okay=False),
    help="Append the portal's entry to this portals file (TOML), for --portals FILE.",
)
@click.option("--sample", default=5, show_default=True, help="Articles to extract as a check.")
@click.option("--delay", default=1.0, show_default=True, metavar="SECONDS", help="Wait between two requests.")
def probe(url, name, write_to, sample, delay):
    """Fetch a portal's home page, robots.txt, sitemaps, feeds and API, politely; say
    which CMS it runs and why; count the articles each route offers; extract a
    sample; with --write, add the portal to a portals file.

    \b
    Examples:
      archive portal probe https://danguykhoi.phutho.gov.vn
      archive portal probe https://dukcq.example.vn --name dukcq --write my-portals.toml
      archive crawl dukcq --portals my-portals.toml
    """
    from ..crawling.portal_config import NAME, PortalConfigError, load_portals
    from ..crawling.portal_entry import portal_entry, suggested_name
    from ..crawling.probe import FIELDS, ProbeError
    from ..crawling.probe import probe as run_probe
    from ..crawling.registry import spider_classes

    if name and not NAME.fullmatch(name):
        raise click.BadParameter("lower-case letters, digits and '_', starting with a letter", param_hint="--name")
    try:
        found = run_probe(url, sample=sample, delay=delay)
    except ProbeError as error:
        click.echo(f"Error: {error}", err=True)
        raise SystemExit(1) from None
    name = name or suggested_name(found.self_name)
    if write_to and name in spider_classes():
        click.echo(f"Error: a portal {name!r} is declared already; choose another --name", err=True)
        raise SystemExit(1)
    click.echo(f"{found.origin}: {found.site_name}")
    evidence = "; ".join(found.detection.evidence) or "no CMS's traces"
    click.echo(f"CMS: {found.detection.cms} ({evidence})")
    click.echo("Routes to the articles:")
    for route in found.routes:
        offered = f"{len(route.articles):5} articles" if route.articles or route.note != "absent" else "    absent    "
        note = f"  ({route.note})" if route.note and route.note != "absent" else ""
        click.echo(f"  {route.kind:8} {offered}  {route.url}{note}")
    click.echo(f"  all      {len(found.article_urls):5} articles, each once")
    if found.sample:
        click.echo(f"Sample of {len(found.sample)} articles, by the generic layer:")
        articles = [item for item in found.sample if item["outcome"] == "article"]
        for field in FIELDS:
            click.echo(f"  {field:13} {sum(1 for item in articles if item.get(field))}/{len(found.sample)}")
        for item in found.sample:
            if item["outcome"] != "article":
                click.echo(f"  {item['outcome']}: {item['url']}")
        learnt = ", ".join(f"{key} {value!r}" for key, value in found.selectors.items())
        click.echo(f"Selectors the sample agrees on: {learnt or 'none (the generic layer reads the pages)'}")
    click.echo(f"{found.requests} requests")
    if write_to:
        path = Path(write_to)
        if path.exists():
            try:
                if any(spider.name == name for spider in load_portals(path, __name__)):
                    click.echo(f"Error: {path} already declares a portal {name!r}; choose another --name", err=True)
                    raise SystemExit(1)
            except PortalConfigError as error:
                click.echo(f"Error: {error}", err=True)
                raise SystemExit(1) from None
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
        separator = "\n" if existing and not existing.endswith("\n\n") else ""
        path.write_text(existing + separator + portal_entry(found, name), encoding="utf-8")
        click.echo(f"Wrote portal {name!r} to {path}: archive crawl {name} --portals {path}")


@portal.command()
@click.argument("registry", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--write",
    "write_to",
    required=True,
    type=click.Path(dir_okay=False),
    help="The portals file to write (TOML); it must not exist yet.",
)
def registry(registry, write_to):
    """Turn a list of real portals (a tab-separated file with a `domain` column, and
    optionally `sample_article_url` and `kind`) into a portals file whose portals are
    all off (enabled = false): none is crawled unless named, so each can be probed
    first, or crawled on purpose.

    \b
    Examples:
      archive portal registry portals-registry.tsv --write registry.toml
      archive portal probe https://baolaocai.vn --name baolaocai_live --write mine.toml
      archive crawl some_portal --portals registry.toml
    """
    import csv

    from ..crawling.portal_entry import registry_file
    from ..crawling.registry import spider_classes

    path = Path(write_to)
    if path.exists():
        click.echo(f"Error: {path} exists already; write the registry to a new file", err=True)
        raise SystemExit(1)
    with open(registry, encoding="utf-8", newline="") as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    if not rows or "domain" not in rows[0]:
        click.echo(f"Error: {registry} has no 'domain' column (tab-separated, with a header line)", err=True)
        raise SystemExit(1)
    text, names, skipped = registry_file(rows, set(spider_classes()))
    header = f"# Portals from {Path(registry).name}, all off: probe them before crawling.\n\n"
    path.write_text(header + text, encoding="utf-8")
    click.echo(f"Wrote {len(names)} portals, all off, to {path}")
    for reason in skipped:
        click.echo(f"  skipped {reason}")
