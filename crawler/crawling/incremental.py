"""What a crawl of one portal fetches, given what the archive already holds.

- full: the first crawl, or the one after a run that never finished (killed, power
  loss): every listing page is walked, but no stored article is fetched again;
- incremental: the nightly run: listing pages are walked only until a whole page
  holds nothing new; stored articles are not fetched again, except those published in
  the last `recheck_days` days (to catch edits);
- backfill (asked for): every listing page, as in a full crawl, for frozen archives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ..defaults import RECHECK_DAYS
from ..storage import bookkeeping, database


@dataclass
class CrawlPlan:
    mode: str
    known: set[str] = field(default_factory=set)  # URLs not to fetch again
    recheck: set[str] = field(default_factory=set)  # stored, but recent enough to fetch again

    @property
    def walks_everything(self) -> bool:
        return self.mode in ("full", "backfill")

    def should_fetch(self, url: str) -> bool:
        return url not in self.known or url in self.recheck


def plan_for(
    db_path: str, portal: str, backfill: bool = False, recheck_days: int = RECHECK_DAYS, now: datetime | None = None
) -> CrawlPlan:
    archive = database.connect(db_path)
    try:
        since = ((now or datetime.now(UTC)) - timedelta(days=recheck_days)).date().isoformat()
        known, recent = bookkeeping.known_urls(archive, portal, since)
        last = bookkeeping.last_run(archive, portal)
    finally:
        archive.close()
    if backfill:
        mode = "backfill"
    elif last is None or last["finish_reason"] != "finished":
        mode = "full"
    else:
        mode = "incremental"
    return CrawlPlan(mode, known, recent)
