"""Which CMS serves a page, and on what evidence (the profiles' `evidence`, profiles.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .profiles import PROFILES, CmsProfile

GENERATOR = re.compile(r"""<meta[^>]+name=["']generator["'][^>]*content=["']([^"']+)""", re.I)
GENERATOR_AFTER = re.compile(r"""<meta[^>]+content=["']([^"']+)["'][^>]*name=["']generator["']""", re.I)
MIN_SCORE = 2  # one trace another CMS could leave is no proof


@dataclass(frozen=True)
class Detection:
    cms: str  # a profile's name, or "unknown"
    evidence: tuple[str, ...]  # what was seen, for people: 'generator "WordPress 6.4.5"'


def generators(html: str, headers: dict[str, str]) -> list[str]:
    found = GENERATOR.findall(html) + GENERATOR_AFTER.findall(html)
    if headers.get("x-generator"):
        found.append(headers["x-generator"])
    return found


def detect(html: str, headers: dict[str, str], url: str, profiles: dict[str, CmsProfile] = PROFILES) -> Detection:
    """The CMS whose evidence weighs most (at least MIN_SCORE), with what was seen.
    `headers` are lower-cased names; `url` is the page's and its links' source."""
    texts = {
        "generator": "\n".join(generators(html, headers)),
        "header": "\n".join(f"{name}: {value}" for name, value in headers.items()),
        "html": html,
        "url": url + "\n" + html,
    }
    scores = []
    for profile in profiles.values():
        seen, score = [], 0
        for evidence in profile.evidence:
            match = evidence.pattern.search(texts[evidence.where])
            if match:
                score += evidence.weight
                seen.append(f'{evidence.where} "{match.group(0)[:60].strip()}"')
        if score:
            scores.append((score, profile.name, tuple(seen)))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < MIN_SCORE or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return Detection("unknown", tuple(seen for *_, found in scores[:2] for seen in found))
    return Detection(scores[0][1], scores[0][2])
