"""Near-duplicate articles: the same story published on several portals.

MinHash over word shingles of the folded text, with locality-sensitive bands so a new
article is compared only with the few stored ones that share a band; a candidate
counts as the same story when the shingle sets' Jaccard similarity is high enough.
Pure: the database side is in crawler/db.py.
"""

from __future__ import annotations

import random
import re
import zlib

from .text import fold

SHINGLE_WORDS = 5
BANDS, ROWS = 8, 4            # 32 hashes; pairs at Jaccard 0.5 share a band with p ≈ 0.4, at 0.8 ≈ 0.98
MIN_SIMILARITY = 0.5          # Jaccard of the shingle sets for "the same story"
MIN_SHINGLES = 20             # shorter texts say too little to compare
_PRIME = (1 << 61) - 1
_rng = random.Random(20241122)  # fixed: signatures must not change between runs
_COEFFICIENTS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(BANDS * ROWS)]


def shingles(text: str | None) -> set[int]:
    words = re.findall(r"\w+", fold(text or ""))
    return {zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode())
            for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def band_keys(shingle_set: set[int]) -> list[str]:
    """The LSH band keys of a text's MinHash signature (empty for a short text)."""
    if len(shingle_set) < MIN_SHINGLES:
        return []
    signature = [min((a * x + b) % _PRIME for x in shingle_set) for a, b in _COEFFICIENTS]
    return [f"{band}:{zlib.crc32(repr(signature[band * ROWS:(band + 1) * ROWS]).encode()):08x}"
            for band in range(BANDS)]


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
