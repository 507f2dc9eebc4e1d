"""The mention finder's vocabulary (vocabulary.toml) as compiled patterns. Read once.

Every pattern works on NFC text (crawler/extraction/text.py) and matches whole
syllables: a syllable boundary is any character that is not a letter or a digit.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.toml")


def _letters(predicate) -> str:
    """The Latin letters of Vietnamese (and ASCII) that satisfy `predicate`, as a class body."""
    codes = [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    return "".join(re.escape(chr(c)) for c in codes if unicodedata.category(chr(c))[0] == "L" and predicate(chr(c)))


UPPER = _letters(str.isupper)
LOWER = _letters(str.islower)
# A capitalised syllable: "Nguyễn", "Y", "H'Hen", "Kđăm" (Ê Đê names keep a lower-case second letter).
CAPITALISED = rf"[{UPPER}](?:'[{UPPER}]?)?[{LOWER}]*"
SPACE = r"[ \u00a0]+"


def _alternation(words, flags: str = "") -> str:
    """Whole-syllable alternation of `words`, longest first, spaces flexible."""
    escaped = [
        SPACE.join(re.escape(part) for part in word.split()) for word in sorted(set(words), key=len, reverse=True)
    ]
    return rf"{flags}(?<!\w)(?:{'|'.join(escaped)})(?![\w'])"


_OPENERS = "([{\"“‘'"  # "(TP Hồ Chí Minh)": a bracket or a quote opening a phrase is not part of it


@dataclass(frozen=True)
class Phrases:
    """Phrases looked for at the end of a text that ends where a name starts, by whole
    syllables and without regard to case: set lookups by the last syllable, not a scan
    (this runs for every family name in every article)."""

    known: frozenset[str]
    lengths: dict[str, tuple[int, ...]]  # last syllable → the lengths of the phrases it ends, longest first
    longest: int

    @classmethod
    def of(cls, phrases) -> Phrases:
        lowered = frozenset(" ".join(phrase.lower().split()) for phrase in phrases)
        lengths: dict[str, set[int]] = {}
        for phrase in lowered:
            lengths.setdefault(phrase.split()[-1], set()).add(len(phrase.split()))
        ordered = {last: tuple(sorted(counts, reverse=True)) for last, counts in lengths.items()}
        return cls(lowered, ordered, max(len(phrase.split()) for phrase in lowered))

    def ending(self, text: str) -> str | None:
        """The phrase `text` ends with, as printed (one space between syllables)."""
        chain = self.chain(text, 1)
        return chain[0] if chain else None

    def chain(self, text: str, most: int = 4) -> list[str]:
        """Up to `most` phrases in a row ending `text`: "đồng chí Thiếu tướng"."""
        if not text or not text[-1].isspace():
            return []
        last = text.rsplit(None, 1)
        if not last or last[-1].lstrip(_OPENERS).lower() not in self.lengths:
            return []  # most texts before a name end in no phrase of the list: a look at one syllable
        syllables = text.rsplit(None, self.longest * most)[-self.longest * most :]
        found: list[str] = []
        end = len(syllables)
        while end and len(found) < most:
            for count in self.lengths.get(syllables[end - 1].lstrip(_OPENERS).lower(), ()):
                phrase = " ".join(syllables[end - count : end]).lstrip(_OPENERS) if count <= end else ""
                if phrase and phrase.lower() in self.known:
                    found.insert(0, phrase)
                    end -= count
                    break
            else:
                break
        return found


@dataclass(frozen=True)
class Vocabulary:
    surnames: frozenset[str]
    middle_names: frozenset[str]  # "Thị", "Văn": after a family name, the run is a person's
    family_name_markers: frozenset[str]  # "Thị": the syllable before it is a family name
    not_in_names: frozenset[str]
    places: frozenset[str]
    aliases: dict[str, str]
    abbreviations: dict[str, str]
    head_body_words: frozenset[str]
    qualifier: re.Pattern  # "Thường trực" between a head and its body
    name_run: re.Pattern  # two to six capitalised syllables in a row
    surname_run: re.Pattern  # the same, opening with a family name: where a name may be
    head: re.Pattern  # a post's head words, with "nguyên"/"Phó"… before them
    head_after: re.Pattern  # the same, or an occupation: what may follow a name as its post
    head_first: frozenset[str]  # the first syllables (lower case) a post may open with
    head_after_first: frozenset[str]  # ... or an occupation, after a name
    honorific_first: frozenset[str]  # the first syllables (lower case) of the honorifics
    honorifics: Phrases  # ending right where a name starts
    honorific_start: re.Pattern  # an honorific opening the text it is matched on
    named_after_people: Phrases  # a street's, a school's, an idea's word right before a run
    named_after_start: re.Pattern  # the same word opening the text: "Đại học" after "Trường"
    named_in_lists: re.Pattern  # a street's or a school's word anywhere in a clause
    place_words: Phrases  # a place's or a body's word right before a run
    body_start: re.Pattern  # a body's name, or a unit's before its name, opening a segment after a post
    post_lead: re.Pattern  # "hiện là" between a name's comma and its post
    located: re.Pattern  # "tại Khánh Hòa" ending a post
    credit_labels: Phrases  # "Ảnh", "Tin, ảnh" before a colon and a name
    clause: re.Pattern  # a verb or link ending a post printed after a name
    joining: re.Pattern  # "và", "cùng": end a post only before another person
    abbreviation: re.Pattern


@cache
def vocabulary() -> Vocabulary:
    data = tomllib.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    prefixes = _alternation(data["position_prefixes"])
    heads = _alternation(data["position_heads"])
    honorifics = _alternation(data["honorifics"], "(?i:") + ")"
    markers = "|".join(map(re.escape, data["family_name_markers"]))
    # Any capitalised syllable before "Thị" and a capital is a family name ("Thị Xã" is no name).
    marked = rf"{CAPITALISED}(?={SPACE}(?:{markers}){SPACE}(?!Xã|Trấn)[{UPPER}])"
    return Vocabulary(
        surnames=frozenset(data["surnames"]),
        middle_names=frozenset(data["middle_names"]),
        family_name_markers=frozenset(data["family_name_markers"]),
        not_in_names=frozenset(data["not_in_names"]),
        places=frozenset(data["places"]),
        aliases=dict(data["aliases"]),
        abbreviations=dict(data["abbreviations"]),
        head_body_words=frozenset(data["head_body_words"]),
        qualifier=re.compile(rf"(?:{_alternation(data['post_qualifiers'])}{SPACE})+"),
        name_run=re.compile(rf"(?<![\w']){CAPITALISED}(?:{SPACE}{CAPITALISED}){{1,5}}(?![\w'])"),
        # The look-ahead for a capital first lets the engine skip every other position fast.
        surname_run=re.compile(
            rf"(?=[{UPPER}])(?<![\w'])(?:{'|'.join(map(re.escape, sorted(data['surnames'], key=len, reverse=True)))}"
            rf"|[HK]'[{UPPER}]?[{LOWER}]+|{marked})(?:{SPACE}{CAPITALISED}){{1,5}}(?![\w'])"
        ),
        head=re.compile(rf"(?:{prefixes}{SPACE})?(?i:{heads})"),
        head_first=frozenset(
            phrase.split()[0].lower() for phrase in data["position_heads"] + data["position_prefixes"]
        ),
        head_after_first=frozenset(
            phrase.split()[0].lower()
            for phrase in data["position_heads"] + data["position_prefixes"] + data["occupations"]
        ),
        honorific_first=frozenset(phrase.split()[0].lower() for phrase in data["honorifics"]),
        head_after=re.compile(rf"(?:{prefixes}{SPACE})?(?i:{heads}|{_alternation(data['occupations'])})"),
        honorifics=Phrases.of(data["honorifics"]),
        honorific_start=re.compile(rf"{honorifics}{SPACE}"),
        named_after_people=Phrases.of(data["named_after_people"]),
        named_after_start=re.compile(_alternation(data["named_after_people"], "(?i:") + ")"),
        named_in_lists=re.compile(_alternation(data["named_in_lists"], "(?i:") + ")"),
        place_words=Phrases.of(data["place_words"]),
        body_start=re.compile(
            rf"{_alternation(data['body_words'])}|{_alternation(data['units'])}(?={SPACE}[{UPPER}0-9])"
        ),
        post_lead=re.compile(rf"{_alternation(data['post_leads'])}{SPACE}"),
        # A unit and its name, a known place, or any capitals the post ends with.
        located=re.compile(
            rf"{_alternation(data['located_words'])}{SPACE}(?:"
            rf"{_alternation(data['units'])}{SPACE}{CAPITALISED}(?:{SPACE}{CAPITALISED})*(?![\w'])"
            rf"|{_alternation(data['places'])}"
            rf"|{CAPITALISED}(?:{SPACE}{CAPITALISED})*(?=[ \u00a0]*(?:[,.;:)\n]|$)))"
        ),
        credit_labels=Phrases.of(data["credit_labels"]),
        clause=re.compile(_alternation(data["clause_words"])),
        joining=re.compile(_alternation(data["joining_words"])),
        abbreviation=re.compile(_alternation(data["abbreviations"])),
    )


_FIRST_SYLLABLE = re.compile(r"[\w/.']+")


def opens_with(text: str, at: int, firsts: frozenset[str]) -> bool:
    """The syllable at `at` is one of `firsts` (lower case): a cheap look before a long
    alternation is tried there."""
    syllable = _FIRST_SYLLABLE.match(text, at)
    return syllable is not None and syllable.group().lower() in firsts
