"""One key per person's name, whatever way the page typed it. Pure."""

from __future__ import annotations

from functools import lru_cache

from ..extraction.text import collapse_spaces, fold, nfc, unify_tone_placement


@lru_cache(maxsize=65536)  # a name comes back in article after article
def person_key(name: str) -> str:
    """The name in NFC, the Đ look-alike read as Đ, tones on oa/oe/uy placed one way,
    lower case: "Nguyễn Thị Thuỷ" and "Nguyễn Thị Thủy" are one person's name. The
    diacritics stay: "Hùng" and "Hưng" are two names."""
    return collapse_spaces(unify_tone_placement(nfc(name))).lower()


def folded_name(name: str) -> str:
    """The name without diacritics, for searching by hand ("nguyen thi thuy")."""
    return fold(collapse_spaces(name))
