"""The people an article names and the posts it gives them. Pure: text in, mentions out.

A person is a run of capitalised syllables opening with a family name (vocabulary.toml)
that the text marks as a person: an honorific before it ("đồng chí", "ông", a rank), a
post before it ("Bí thư Tỉnh ủy Nguyễn Văn An") or after it (", Bí thư Đảng ủy Khối",
"(Giám đốc Sở Nội vụ)"), or a full name of three syllables or more standing where no
place or body is named ("đường", "Trường THPT", "TP"). A short form later in the text
("đồng chí An") is joined to the one full name it ends. The byline's writer and a
photographer's credit are no mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extraction.bylines import read_byline
from ..extraction.text import collapse_spaces, nfc
from .names import person_key
from .positions import Role, post_after, post_before, roles_of
from .vocabulary import Vocabulary, vocabulary

MAX_TEXT_CHARS = 200_000  # longer is no article (a dump, a misread binary): no mention
MAX_NAME_SYLLABLES = 5
CONTEXT_CHARS = 200  # how far before a name its honorific and post are looked for


@dataclass(frozen=True)
class Mention:
    """One place the text names a person."""

    name: str  # the full name as printed (for a short form or an alias: the name it stands for)
    honorific: str | None
    position: str | None  # as printed, several posts together ("Ủy viên …, Bí thư …")
    roles: tuple[Role, ...]  # each post alone, with its normalised form and organisation
    start: int  # offset in the text

    @property
    def key(self) -> str:
        return person_key(self.name)


def find_mentions(text: str | None, author: str | None = None) -> list[Mention]:
    """Every mention of a person in `text`, in order. `author` is the byline's writer."""
    if not text or len(text) > MAX_TEXT_CHARS or "\x00" in text:
        return []
    text = nfc(text)
    words = vocabulary()
    writers = _writers(text, author)
    found: list[Mention] = []
    for match in words.name_run.finditer(text):
        mention = _full_name(text, match, words)
        if mention is not None and mention.key not in writers:
            found.append(mention)
    found += _aliases(text, words)
    found += _short_forms(text, found, words)
    return sorted(found, key=lambda mention: mention.start)


def article_mentions(
    title: str | None, summary: str | None, body: str | None, captions=(), author: str | None = None
) -> list[Mention]:
    """The mentions of an article's title, lead, captions and body (the body last: a
    byline standing as its last line is read as one)."""
    parts = [title, summary, *captions, body]
    return find_mentions("\n\n".join(part for part in parts if part), author)


def _full_name(text: str, match: re.Match, words: Vocabulary) -> Mention | None:
    start, end = _name_span(text, match, words)
    if start is None:
        return None
    name = collapse_spaces(text[start:end])
    syllables = len(name.split())
    before = text[max(0, start - CONTEXT_CHARS) : start]
    if words.credit_end.search(before):
        return None  # "Ảnh: Nguyễn Văn An"
    position, honorific = post_before(before, words)
    if position is None:
        marked = words.honorific_end.search(before)
        honorific = collapse_spaces(marked.group()) if marked else None
    after = post_after(text, end, words)
    marked = bool(position or honorific)
    if not marked and (words.not_person_end.search(before) or _is_place(name, words)):
        return None
    if syllables == 2 and not (honorific or after or (position and _clause_ends(text, end, words))):
        return None  # "Bí thư Đoàn Thanh niên": two capitals alone are too often a body
    posts = [p for p in (position, after) if p]
    printed = ", ".join(posts) or None
    return Mention(name, honorific, printed, tuple(role for p in posts for role in roles_of(p, words)), start)


def _name_span(text: str, match: re.Match, words: Vocabulary) -> tuple[int | None, int]:
    """The name inside a run of capitals: from its family name, up to a post's head
    word ("Nguyễn Văn An Phó Bí thư …") or five syllables."""
    offsets = [(m.start() + match.start(), m.end() + match.start()) for m in re.finditer(r"\S+", match.group())]
    bodies = [i for i, (s, e) in enumerate(offsets) if text[s:e] in words.not_in_names]
    if bodies:  # the name, if any, follows the body's
        offsets = offsets[bodies[-1] + 1 :]
    first = next((i for i, (s, e) in enumerate(offsets) if _is_surname(text[s:e], words)), None)
    if first is None or len(offsets) - first < 2:
        return None, 0
    last = first + 1
    while last + 1 < len(offsets) and last + 1 - first < MAX_NAME_SYLLABLES:
        if words.head.match(text, offsets[last + 1][0]):
            break
        last += 1
    return offsets[first][0], offsets[last][1]


def _is_surname(word: str, words: Vocabulary) -> bool:
    return word in words.surnames or (word.startswith("H'") and len(word) > 2)


def _is_place(name: str, words: Vocabulary) -> bool:
    return any(name == place or name.startswith(place + " ") for place in words.places)


def _clause_ends(text: str, end: int, words: Vocabulary) -> bool:
    """The name is followed by punctuation, the text's end or a verb: not by more of a body's name."""
    rest = text[end : end + 40]
    stripped = rest.lstrip(" \u00a0")
    return not stripped or not stripped[0].isalpha() or bool(words.clause.match(stripped))


def _aliases(text: str, words: Vocabulary) -> list[Mention]:
    found = []
    for alias, name in words.aliases.items():
        for match in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
            found.append(Mention(name, None, None, (), match.start()))
    return found


def _short_forms(text: str, full: list[Mention], words: Vocabulary) -> list[Mention]:
    """ "đồng chí An", "ông Hùng": the person whose full name ends so, if only one does."""
    by_given: dict[str, set[str]] = {}
    names = {}
    for mention in full:
        by_given.setdefault(person_key(mention.name.split()[-1]), set()).add(mention.key)
        names.setdefault(mention.key, mention.name)
    found = []
    for match in words.short_form.finditer(text):
        keys = by_given.get(person_key(match.group("given")), set())
        if len(keys) == 1:
            honorific = words.honorific_end.search(text[max(0, match.start() - CONTEXT_CHARS) : match.start("given")])
            name = names[next(iter(keys))]
            found.append(
                Mention(name, collapse_spaces(honorific.group()) if honorific else None, None, (), match.start())
            )
    return found


def _writers(text: str, author: str | None) -> set[str]:
    """The keys of whoever signs the text: the byline given, or a byline as its last line."""
    writers = set()
    if author:
        writers.add(person_key(author))
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if lines:
        signed = read_byline(lines[-1].strip())
        if signed:
            writers.add(person_key(signed))
    return writers
