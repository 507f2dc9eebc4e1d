"""Text normalisation: what is stored (NFC, as the page said it) and what is searched (folded)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from w3lib.encoding import html_to_unicode

# Old Windows fonts typed the Icelandic eth (U+00D0) for the Vietnamese Đ (U+0110);
# they look identical, so a Vietnamese text using it must read as Đ. An Icelandic or
# Faroese text keeps its ð: a text is Vietnamese by a letter no other language writes.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_VIETNAMESE_LETTER = re.compile("[ăĂđĐơƠưƯ\u1ea0-\u1ef9]")

# Tone marks on oa/oe/uy: the old style puts the mark on the first vowel of the pair
# (hòa, thủy), the new style on the second (hoà, thuỷ). Folding both to one form makes
# "Đảng uỷ" and "Đảng ủy" the same word for search and deduplication.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE_PLACEMENT = re.compile(rf"([oO])([{_TONES}])([aAeE])|([uU])([{_TONES}])([yY])")

_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def nfc(text: str) -> str:
    """The stored form: Unicode NFC with the Đ look-alike replaced in Vietnamese text."""
    if ("\u00d0" in text or "\u00f0" in text) and _VIETNAMESE_LETTER.search(unicodedata.normalize("NFC", text)):
        text = text.translate(_LOOKALIKES)  # (the scan for ð runs at C speed; the rest only where it is)
    return unicodedata.normalize("NFC", text)


def collapse_spaces(text: str) -> str:
    """One space for every run of spaces, tabs and no-break spaces; trimmed."""
    return _SPACES.sub(" ", text).strip()


# Chinese, Japanese and Korean say in one character what takes about three in Latin letters
DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# ... and Chinese and Japanese write their words without spaces between them (Korean spaces its words)
UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
DENSE_CHARS_A_WORD = 2  # a Chinese or Japanese word is about two characters
# Thai, Lao, Khmer and Burmese space their phrases, not their words: a word is about five letters and marks
UNSPACED_ALPHABET = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
ALPHABET_CHARS_A_WORD = 5


def word_count(text: str) -> int:
    """A text's words, counting those of the scripts written without spaces between words too."""
    words = len(text.split())
    if text.isascii():
        return words
    return (
        words
        + len(UNSPACED_SCRIPT.findall(text)) // DENSE_CHARS_A_WORD
        + len(UNSPACED_ALPHABET.findall(text)) // ALPHABET_CHARS_A_WORD
    )


def latin_length(text: str) -> int:
    """A text's length in Latin-letter terms."""
    return len(text) + 2 * len(DENSE_SCRIPT.findall(text))


def clean_text(text: str | None) -> str | None:
    """NFC + collapsed spaces inside each line, lines kept; None stays None."""
    if text is None:
        return None
    lines = [collapse_spaces(line) for line in nfc(text).split("\n")]
    return "\n".join(lines).strip()


def clean_body(text: str | None) -> str | None:
    """A body: paragraphs separated by exactly one blank line."""
    if text is None:
        return None
    paragraphs = [collapse_spaces(p) for p in _BLANK_LINES.split(nfc(text))]
    return "\n\n".join(p for p in paragraphs if p)


def _move_tone(match: re.Match) -> str:
    """The mark and the vowel after it change places (both placements' patterns)."""
    if match.group(1):
        return match.group(1) + match.group(3) + match.group(2)
    return match.group(4) + match.group(6) + match.group(5)


def unify_tone_placement(text: str) -> str:
    """Put the tone of oa/oe/uy on the second vowel (new style), keeping NFC."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONE_PLACEMENT.sub(_move_tone, decomposed))


# The press's usual style for display: the mark on the first vowel of a final oa/oe/uy
# ("hòa", "Tỉnh ủy"); never after q ("quý"), never before a final consonant ("hoàn").
_NEW_TONE_PLACEMENT = re.compile(rf"(?<![qQ])([oO])([aAeE])([{_TONES}])(?!\w)|(?<![qQ])([uU])([yY])([{_TONES}])(?!\w)")


def classic_tone_placement(text: str) -> str:
    """Put the tone of a final oa/oe/uy on the first vowel (hòa, thủy), keeping NFC."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _NEW_TONE_PLACEMENT.sub(_move_tone, decomposed))


def _fold_table() -> dict[int, str | None]:
    """Each accented Latin or Greek letter to its base letter, combining marks to nothing
    (Greek in capitals drops its accents: "ΔΙΑΦΗΜΙΣΗ" is "διαφήμιση")."""
    # (the eth folds as the đ it may stand for: "ÐOÀN" finds "Đoàn" where no Vietnamese letter told the text apart)
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "d", ord("ð"): "d", ord("Ð"): "d"}
    for start, end in ((0x00C0, 0x0250), (0x0370, 0x0400), (0x1E00, 0x1F00)):
        for code in range(start, end):
            base = unicodedata.normalize("NFD", chr(code))[0]
            if base != chr(code):
                table[code] = base.lower()
    table.update({code: None for code in range(0x0300, 0x0370)})
    return table


_FOLD = _fold_table()


@lru_cache(maxsize=4096)  # the cleaner asks several rules about the same block
def fold(text: str) -> str:
    """Search/dedup key: lower case, no diacritics, đ → d.

    One character out for each character in (for NFC text), so offsets found in the
    folded text index the original.
    """
    return nfc(text).lower().translate(_FOLD)


# Servers that label UTF-8 pages as Latin-1 are common; browsers show mojibake, we
# need not. Declared single-byte Western charsets are checked against UTF-8 first.
_MISLABELLED = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii"}


def read_html(body: bytes, content_type: str | None = None) -> str:
    """A page's bytes as text, in the encoding Scrapy reads it with (the Content-Type
    header, a BOM, then <meta charset>), mislabelled UTF-8 read right."""
    return decode_html(body, html_to_unicode(content_type, body)[0])


def decode_html(body: bytes, declared: str | None) -> str:
    """A page's text: its declared charset, unless the bytes are really UTF-8."""
    declared = (declared or "utf-8").lower().strip()
    if declared in _MISLABELLED:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return body.decode(declared, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def looks_binary(body: bytes) -> bool:
    """Bytes that are no web page at all (a PDF or an image served as .html)."""
    sample = body[:4096]
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))  # the control bytes left, counted in C
    return bool(sample) and control / len(sample) > 0.05


def any_of_words(words) -> str:
    """One of the words, as a regex of their shared prefixes: with hundreds of words a
    plain alternation tries each in turn at every place a line is matched."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    # Longer words first, as a longest-first alternation would try them.
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
