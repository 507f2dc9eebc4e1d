"""A portal's health from its run log: what `archive portals` flags."""

from __future__ import annotations


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
    if last["finish_reason"] != "running" and not last["article_links"] \
            and any(run["article_links"] for run in earlier):
        flags.append("no articles found (redesign or dead site?)")
    if last["fallback_pages"]:
        flags.append(f"selectors broken on {last['fallback_pages']} pages")
    return flags
