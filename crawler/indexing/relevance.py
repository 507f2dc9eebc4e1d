"""A typed query read the way a Vietnamese reader means it. Pure.

Vietnamese words are mostly two or more syllables, and the index holds syllables:
"chuyen doi so" typed without quotes means the word "chuyển đổi số", not three
syllables anywhere in the article. So syllables typed side by side (a run: bare words
between operators, quotes and parentheses) are read in three widening tiers:

- phrase: the run as a phrase ("chuyen doi so");
- near: the run's syllables within NEAR_TOKENS of each other, in any order;
- loose: every syllable anywhere in the article (the index's plain AND).

Each tier's matches include the previous tier's. The search page lists the near
tier (phrase matches first) and the loose one only when asked. What a reader typed
explicitly (a "quoted phrase", AND / OR / NOT, parentheses, prefix*) stays as typed
in every tier; a run after NOT is excluded as a phrase in every tier, so that each
tier still holds the one before it.

Diacritics follow the index (search_forms.py): a run typed without them matches any
spelling, one typed with them matches those diacritics. A run that mixes the two is
matched as a phrase in its folded form, and its words with diacritics must also be in
the article, each as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extraction.text import fold
from .query import OPERATORS, _tidy, normalize_query
from .search_forms import SEARCH_COLUMNS

# At most this many syllables between the run's own: FTS5's default (10) let two
# common syllables of unrelated words meet ("phòng" and "hại" in a sentence on pests).
# FTS5 counts the tokens between the first syllable and the last, the run's own
# among them, so a run of n syllables gets NEAR_TOKENS + n - 2.
NEAR_TOKENS = 3

_NORMALISED_TOKEN = re.compile(r'"[^"]*"\*?|\(|\)|[^\s()"]+')


@dataclass(frozen=True)
class Reading:
    """A query's three tiers as FTS5 expressions ("" when nothing searchable was typed)."""

    phrase: str
    near: str
    loose: str

    @property
    def has_runs(self) -> bool:
        """Whether any syllables were typed side by side (otherwise the tiers are one)."""
        return self.phrase != self.loose


# The lead's columns of the index (search_forms.SEARCH_COLUMNS).
LEAD_COLUMNS = tuple(column for column in SEARCH_COLUMNS if column.startswith("lead_"))


def in_lead(expression: str) -> str:
    """`expression` matched in the title and summary only."""
    return f"{{{' '.join(LEAD_COLUMNS)}}} : ({expression})" if expression else ""


def read_query(query: str) -> Reading:
    """The three tiers of a typed query.

    >>> r = read_query('chuyen doi so OR "hải phòng"')
    >>> r.phrase, r.near, r.loose
    ('"chuyen doi so" OR "hải phòng"', 'NEAR(chuyen doi so, 4) OR "hải phòng"', 'chuyen doi so OR "hải phòng"')
    """
    tokens = _NORMALISED_TOKEN.findall(normalize_query(query))
    return Reading(*(_render(tokens, tier) for tier in ("phrase", "near", "loose")))


def _render(tokens: list[str], tier: str) -> str:
    out: list[str] = []
    run: list[str] = []
    negated = False

    def close_run() -> None:
        if run:
            out.extend(_run_tokens(run, "phrase" if negated else tier))
            run.clear()

    for token in tokens:
        if _is_bare_word(token):
            run.append(token)
            if token.endswith("*"):  # a prefix can only end a phrase
                close_run()
            continue
        close_run()
        negated = token == "NOT"
        out.append(token)
    close_run()
    return " ".join(_tidy(out))


def _is_bare_word(token: str) -> bool:
    return token not in OPERATORS and token not in ("(", ")") and not token.startswith('"')


def _run_tokens(words: list[str], tier: str) -> list[str]:
    if len(words) == 1 or tier == "loose":  # side by side, FTS5's implicit AND binds first
        return words
    plain = [w for w in words if fold(w) == w.lower()]
    marked = [w for w in words if fold(w) != w.lower()]
    if plain and marked:  # mixed: the folded run, and each marked word as typed
        return ["(", _tier_form([fold(w) for w in words], tier), "AND", *" AND ".join(marked).split(), ")"]
    return [_tier_form(words, tier)]


def _tier_form(words: list[str], tier: str) -> str:
    if tier == "near":
        return f"NEAR({' '.join(words)}, {NEAR_TOKENS + max(0, len(words) - 2)})"
    prefix = "*" if words[-1].endswith("*") else ""
    return '"' + " ".join(w.rstrip("*") for w in words) + '"' + prefix
