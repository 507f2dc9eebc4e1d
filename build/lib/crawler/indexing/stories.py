"""Near-duplicate articles: the same story published on several portals.

MinHash over word shingles of the folded text, with locality-sensitive bands so a new
article is compared only with the few stored ones that share a band; a candidate
counts as the same story when the shingle sets' Jaccard similarity is high enough.
Pure: the database side is in crawler/storage/stories.py.
"""

from __future__ import annotations

import re
import zlib

from ..extraction.text import fold

SHINGLE_WORDS = 5
BANDS, ROWS = 8, 4  # 32 bins; pairs at Jaccard 0.5 share a band with p ≈ 0.4, at 0.8 ≈ 0.98
MIN_SIMILARITY = 0.5  # Jaccard of the shingle sets for "the same story"
MIN_SHINGLES = 20  # shorter texts say too little to compare
_BINS = BANDS * ROWS
_MASK = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15  # odd 64-bit constant: spreads crc32 values over 64 bits
_EMPTY = _MASK + 1


def shingles(text: str | None) -> set[int]:
    words = re.findall(r"\w+", fold(text or ""))
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(max(0, len(words) - SHINGLE_WORDS + 1))
    }


def signature(shingle_set: set[int]) -> list[int]:
    """One-permutation MinHash (Li, Owen and Zhang 2012): each shingle's hash falls in
    one of 32 bins and each bin keeps its smallest value, one pass over the shingles
    instead of 32. Empty bins borrow from the next bin to the right, shifted by the
    distance (Shrivastava and Li 2014), so two texts agree on a bin with a
    probability that is still their Jaccard similarity."""
    bins = [_EMPTY] * _BINS
    for shingle in shingle_set:
        mixed = ((shingle + 1) * _MIX) & _MASK
        mixed ^= mixed >> 29
        slot, value = mixed % _BINS, mixed // _BINS
        if value < bins[slot]:
            bins[slot] = value
    filled = [i for i, value in enumerate(bins) if value != _EMPTY]
    if not filled:
        return bins
    for i in range(_BINS):
        if bins[i] == _EMPTY:
            donor = next((j for j in filled if j > i), filled[0])
            bins[i] = bins[donor] + ((donor - i) % _BINS) * (_MASK // _BINS)
    return bins


def band_keys(shingle_set: set[int]) -> list[str]:
    """The LSH band keys of a text's MinHash signature (empty for a short text)."""
    if len(shingle_set) < MIN_SHINGLES:
        return []
    values = signature(shingle_set)
    return [f"{band}:{zlib.crc32(repr(values[band * ROWS : (band + 1) * ROWS]).encode()):08x}" for band in range(BANDS)]


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
