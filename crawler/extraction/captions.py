"""A caption's text from the lines of its element: leftovers dropped, and the picture's credit
taken off, run on after the caption or set on a line of its own. Pure.
"""

from __future__ import annotations

import re

from .lines import ends_a_sentence, line_rule


def caption_text(lines: list[str]) -> str | None:
    """A caption from its lines, without image file names and other leftovers, and without a
    credit set on a line of its own under it."""
    kept = [
        without_credit(line)
        for index, line in enumerate(lines)
        if not line_rule(line) and not (index and _credit_pair(line))
    ]
    return " ".join(kept) if kept else None


CREDIT_PART_MAX_WORDS = 4


def _credit_pair(line: str) -> bool:
    """A picture's credit as a line of its own, agency and photographer with no label:
    "ANP / Remko de Waal", "Hollandse Hoogte / Marten Visser"."""
    parts = line.split("/")
    return (
        len(parts) == 2
        and all(0 < len(part.split()) <= CREDIT_PART_MAX_WORDS and part.strip()[0].isupper() for part in parts)
        and not ends_a_sentence(line)
    )


CREDIT_SEPARATORS = (" — ", " – ", " | ")
SENTENCE_END_THEN_SPACE = re.compile(r"[.!?…]\s+")


def without_credit(caption: str) -> str:
    """A caption without the picture's credit run on after it: "Carros ilhados … — Foto: Reprodução",
    "El tren recorrió el tramo. Foto: Metro" (after its sentence's end)."""
    for separator in CREDIT_SEPARATORS:
        head, found, tail = caption.rpartition(separator)
        if found and head and line_rule(tail) == "picture credit":
            return head
    ends = list(SENTENCE_END_THEN_SPACE.finditer(caption))
    if ends and line_rule(caption[ends[-1].end() :]) == "picture credit":
        return caption[: ends[-1].start() + 1]
    return caption
