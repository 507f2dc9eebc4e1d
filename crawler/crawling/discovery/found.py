"""An article URL a discovery route offers, with the time the site says it last changed."""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from ...clock import VN_TZ, utc_text


@dataclass(frozen=True)
class Found:
    url: str
    modified: str | None = None  # UTC, as the archive writes times (clock.utc_text); None: not said


def modified_text(value) -> str | None:
    """A site's modification time (W3C datetime, RFC 822, a struct_time in UTC as
    feedparser gives it) as the archive's UTC text; None when absent or unreadable.
    A time with no zone is Vietnam's, as the portals mean it."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return utc_text(datetime.fromtimestamp(calendar.timegm(value), UTC))
    text = str(value).strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VN_TZ)
    return utc_text(moment)
