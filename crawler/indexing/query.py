"""A journalist's typed query, read into a safe FTS5 expression over the indexed forms
(search_forms.py), and the excerpts that show its matches. Pure.

Queries are normalised the same way as the indexed text (NFC, Ð → Đ, tone
placement) before they reach FTS5, and made syntactically safe: a journalist's query
never errors.
"""

from __future__ import annotations

import html
import re

from ..extraction.text import fold, nfc
from .search_forms import exact_text

OPERATORS = frozenset({"AND", "OR", "NOT"})
KEYWORDS = OPERATORS | {"NEAR"}
_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[\w]+\*?', re.UNICODE)


def normalize_query(query: str) -> str:
    """A typed query as a valid FTS5 expression over the same forms as the index.

    Words, "quoted phrases", prefixes (phối*), AND / OR / NOT and parentheses are
    kept; everything else is a separator; dangling operators and parentheses go.

    >>> normalize_query('Đảng  ủy - "chương trình" phối* OR')
    'Đảng uỷ "chương trình" phối*'
    """
    tokens: list[str] = []
    depth = 0
    for token in _TOKEN.findall(exact_text(query or "")):
        if token.startswith('"'):
            words = re.findall(r"\w+", token)
            if words:
                tokens.append('"' + " ".join(words) + '"')
        elif token == "(":
            tokens.append(token)
            depth += 1
        elif token == ")":
            if depth:
                tokens.append(token)
                depth -= 1
        elif token.rstrip("*") in KEYWORDS and token not in OPERATORS:
            tokens.append(f'"{token.rstrip("*")}"' + "*" * token.endswith("*"))  # a word, not an operator
        else:
            tokens.append(token)
    tokens.extend(")" * depth)
    return " ".join(_tidy(tokens))


def _tidy(tokens: list[str]) -> list[str]:
    """Make a token list valid FTS5: of two operators in a row the last one stays
    ("a AND NOT b" is "a NOT b"), operators with nothing on one side and empty
    parentheses go, and an explicit AND joins a group to what stands beside it
    (FTS5 takes "a b" but not "a (b)")."""
    changed = True
    while changed:
        changed = False
        for i, token in enumerate(tokens):
            before = tokens[i - 1] if i else None
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            dangling = token in OPERATORS and (before in (None, "(") or after in (None, ")") or after in OPERATORS)
            empty = token == "(" and after == ")"
            if dangling or empty:
                del tokens[i : i + (2 if empty else 1)]
                changed = True
                break
    joined: list[str] = []
    for token in tokens:
        previous = joined[-1] if joined else None
        ends_operand = previous is not None and previous not in OPERATORS and previous != "("
        starts_operand = token not in OPERATORS and token != ")"
        if ends_operand and starts_operand and (token == "(" or previous == ")"):
            joined.append("AND")
        joined.append(token)
    return joined


def query_terms(query: str) -> list[str]:
    """The words of a query (operators left out), for highlighting."""
    words = re.findall(r"\w+\*?", exact_text(query or ""))
    return [w for w in words if w not in OPERATORS]


# Matches in a snippet are wrapped in these private-use characters; the page that
# shows a snippet escapes it first and only then turns them into <mark> tags, so
# no text of an article (or of a crafted query) can ever become markup.
MARK_START, MARK_END = "\ue000", "\ue001"


def _term_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where each term matches in `text` (NFC), as the index matches it: a term with
    diacritics matches those diacritics (up to tone placement), a term without them
    matches any spelling; "phối*" is a prefix."""
    exact, folded = exact_text(text).lower(), fold(text)  # both keep `text`'s offsets
    spans = []
    for term in terms:
        prefix = term.endswith("*")
        term = term.rstrip("*")
        haystack = folded if fold(term) == term.lower() else exact
        ending = r"\w*" if prefix else r"(?!\w)"
        pattern = r"(?<!\w)" + re.escape(term.lower()) + ending
        spans.extend(m.span() for m in re.finditer(pattern, haystack))
    return spans


def wanted_terms(query: str) -> list[str]:
    """The words a query asks for: its terms, less those it excludes (after NOT)."""
    tokens = re.findall(r'"[^"]*"|\(|\)|[\w]+\*?', exact_text(normalize_query(query)))
    wanted, skip_depth, skipping = [], 0, False
    for token in tokens:
        if skipping:
            skip_depth += token == "("
            skip_depth -= token == ")"
            skipping = skip_depth > 0
            continue
        if token == "NOT":
            skipping = True
        elif token not in OPERATORS and token not in "()":
            wanted += re.findall(r"\w+\*?", token)
    return wanted


def holds_every_term(text: str | None, query: str) -> bool:
    """Whether `text` holds every word the query asks for (a title that names the search)."""
    text = nfc(text or "")
    terms = wanted_terms(query)
    return bool(terms) and all(_term_spans(text, [term]) for term in terms)


def snippet(text: str | None, query: str, width: int = 240) -> str:
    """An excerpt of `text` around the first match, matches between MARK_START and MARK_END
    (matched as _term_spans says)."""
    text = nfc(text or "")
    spans = _term_spans(text, query_terms(query))
    spans.sort()
    clean = text.replace(MARK_START, "").replace(MARK_END, "")
    if not spans or clean != text:
        return clean[:width] + ("…" if len(clean) > width else "")
    start = max(0, spans[0][0] - width // 3)
    end = min(len(text), start + width)
    pieces, cursor = [], start
    for s, e in spans:
        if s < cursor or e > end:
            continue
        pieces += [text[cursor:s], MARK_START, text[s:e], MARK_END]
        cursor = e
    pieces.append(text[cursor:end])
    return ("…" if start else "") + "".join(pieces) + ("…" if end < len(text) else "")


def snippet_html(value: str) -> str:
    """A snippet as HTML: everything escaped, then the match markers made <mark>."""
    escaped = html.escape(value or "")
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
