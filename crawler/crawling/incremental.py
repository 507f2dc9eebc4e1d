"""What a crawl of one portal fetches, given what the archive already holds.

- full: the first crawl, or the one after a run that never finished (killed, power
  loss): every listing page is walked, but no stored article is fetched again;
- incremental: the nightly run: listing pages and API pages are walked only until a
  whole page holds nothing new; a stored article is fetched again when a sitemap, feed
  or API says it changed after it was last fetched, and, whatever the routes say, when
  it was published in the last `recheck_days` days or is due by the revisit schedule
  (REVISIT_AFTER_AGE), to catch edits: many feeds give the publication time, and
  NukeViet's sitemap and feed never move on an edit;
- backfill (asked for): every listing page, as in a full crawl, for frozen archives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ..clock import utc_text
from ..defaults import RECHECK_DAYS, ROUTE_RECHECK_DAYS
from ..storage import bookkeeping, database


@dataclass
class CrawlPlan:
    mode: str
    known: dict[str, str] = field(default_factory=dict)  # URL → when the portal said it changed ("" not said)
    recheck: set[str] = field(default_factory=set)  # stored, but due for a check for edits
    absent: set[str] = field(default_factory=set)  # discovery routes the portal lately did not have

    def asks_for_route(self, url: str) -> bool:
        """A nightly run does not ask again, for a while, for a sitemap, feed or API the
        portal did not have; a full walk asks for every route."""
        return self.walks_everything or url not in self.absent

    @property
    def walks_everything(self) -> bool:
        return self.mode in ("full", "backfill")

    def should_fetch(self, url: str, modified: str | None = None) -> bool:
        """Whether to fetch `url`, given when the site says it last changed (a
        sitemap's lastmod, a feed's updated, the API's modified; UTC text)."""
        if url not in self.known or url in self.recheck:
            return True
        # A time never said before ("") is fetched once more, to learn it.
        return bool(modified) and modified > self.known[url]


def plan_for(
    db_path: str, portal: str, backfill: bool = False, recheck_days: int = RECHECK_DAYS, now: datetime | None = None
) -> CrawlPlan:
    archive = database.connect(db_path)
    try:
        now = now or datetime.now(UTC)
        since = (now - timedelta(days=recheck_days)).date().isoformat()
        known, due = bookkeeping.known_urls(archive, portal, since, utc_text(now))
        absent = bookkeeping.absent_routes(archive, portal, utc_text(now - timedelta(days=ROUTE_RECHECK_DAYS)))
        last = bookkeeping.last_run(archive, portal)
    finally:
        archive.close()
    if backfill:
        mode = "backfill"
    elif last is None or last["finish_reason"] != "finished":
        mode = "full"
    else:
        mode = "incremental"
    return CrawlPlan(mode, known, due, absent)
