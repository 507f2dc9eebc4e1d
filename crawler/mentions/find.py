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
from dataclasses import dataclass, field, replace

from ..extraction.bylines import read_byline
from ..extraction.text import collapse_spaces, nfc
from .names import person_key
from .positions import Role, post_after, post_before, roles_of
from .vocabulary import Vocabulary, vocabulary

MAX_TEXT_CHARS = 200_000  # longer is no article (a dump, a misread binary): no mention
MAX_NAME_SYLLABLES = 5
CONTEXT_CHARS = 200  # how far before a name its posts are looked for
BYLINE_MAX_WORDS = 8
MARK_CHARS = 60  # how far before a name an honorific, a credit or a place's word is looked for


@dataclass(frozen=True)
class Mention:
    """One place the text names a person."""

    name: str  # the full name as printed (for a short form or an alias: the name it stands for)
    honorific: str | None
    position: str | None  # as printed, several posts together ("Ủy viên …, Bí thư …")
    roles: tuple[Role, ...]  # each post alone, with its normalised form and organisation
    start: int  # offset in the text
    end: int = 0  # where the name, or the post printed after it, ends
    key: str = field(init=False)  # the person's key (names.py)

    def __post_init__(self):
        object.__setattr__(self, "key", person_key(self.name))


def find_mentions(text: str | None, author: str | None = None) -> list[Mention]:
    """Every mention of a person in `text`, in order. `author` is the byline's writer."""
    if not text or len(text) > MAX_TEXT_CHARS or "\x00" in text:
        return []
    text = nfc(text)
    words = vocabulary()
    writers = _writers(text, author)
    found: list[Mention] = []
    previous = None
    for match in words.surname_run.finditer(text):
        mention = _full_name(text, match, words, previous)
        if mention is not None and mention.key not in writers:
            found.append(mention)
            previous = mention
    found = _partial_names(found)
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


def _full_name(text: str, match: re.Match, words: Vocabulary, previous: Mention | None) -> Mention | None:
    start, end = _name_span(text, match, words)
    if start is None:
        return None
    name = collapse_spaces(text[start:end])
    syllables = len(name.split())
    before = text[max(0, start - CONTEXT_CHARS) : start]
    near = before[-MARK_CHARS:]
    if _credited(near, words) or words.named_after_people.ending(near) or _runs_into_a_body(text, match, end, words):
        return None  # "Ảnh: Nguyễn Văn An", "Trường THPT Nguyễn Trãi", "Đoàn Trường Đại học"
    position, honorific = post_before(before, words)
    if position is None:
        honorific = _honorific_before(near, words)
    listed = previous is not None and _LIST_GAP.fullmatch(text, previous.end, start)
    if listed and honorific is None and previous.position is None:
        honorific = previous.honorific  # "các đồng chí Lê Văn An, Phạm Thị Bình": one honorific for all
    after, after_end = post_after(text, end, words)
    if honorific is None and (
        _is_place(name, words) or (words.place_words.ending(near) and not (position and syllables > 2))
    ):
        return None  # "xã Cao Sơn", "Thành ủy Hạ Long"
    aged = _AGED.match(text, end) is not None  # "Bhling Tâm, 19 tuổi": only people have ages
    if syllables == 2 and not (honorific or after or listed or aged or (position and _clause_ends(text, end, words))):
        return None  # "Bí thư Đoàn Thanh niên": two capitals alone are too often a body
    if not (honorific or position or after or listed or aged) and words.named_in_lists.search(_clause_before(before)):
        return None  # "các tuyến phố như Tô Hiệu, Nguyễn Đức Cảnh": names of streets, schools
    posts = [p for p in (position, after) if p]
    printed = ", ".join(posts) or None
    roles = tuple(role for p in posts for role in roles_of(p, words))
    return Mention(name, honorific, printed, roles, start, max(end, after_end))


def _clause_before(before: str) -> str:
    ends = [before.rfind(mark) for mark in ".;:!?\n"]
    return before[max(ends) + 1 :]


_AGED = re.compile(r"[ \u00a0]*[,(][ \u00a0]*\d{1,3}[ \u00a0]+tuổi(?!\w)")

# Between two names of one list: "Lê Văn An, Phạm Thị Bình và Nông Văn Cường".
_LIST_GAP = re.compile(r"[ \u00a0]*(?:[,;]|và|cùng)[ \u00a0]*")


def _name_span(text: str, match: re.Match, words: Vocabulary) -> tuple[int | None, int]:
    """The name inside a run of capitals: from its family name, up to a post's head
    word ("Nguyễn Văn An Phó Bí thư …") or five syllables."""
    offsets, syllables, at = [], match.group().split(), match.start()
    for syllable in syllables:
        at = text.index(syllable, at)
        offsets.append((at, at + len(syllable)))
        at += len(syllable)
    bodies = [i for i, syllable in enumerate(syllables) if syllable in words.not_in_names]
    if bodies:  # the name, if any, follows the body's
        offsets, syllables = offsets[bodies[-1] + 1 :], syllables[bodies[-1] + 1 :]
    if len(syllables) > 2:
        place = max((n for n in range(2, len(syllables)) if " ".join(syllables[:n]) in words.places), default=0)
        # "UBND tỉnh Hà Giang Nguyễn Văn Sơn": the name follows the place
        offsets, syllables = offsets[place:], syllables[place:]
    surnames = [
        i
        for i, syllable in enumerate(syllables[:-1])
        if _is_surname(syllable, words) or syllables[i + 1] in words.family_name_markers
    ]
    if not surnames:
        return None, 0
    first = surnames[0]
    if (
        first == 0
        and syllables[1] not in words.middle_names
        and words.place_words.ending(text[max(0, offsets[0][0] - MARK_CHARS) : offsets[0][0]])
    ):  # "xã Quảng Trực Điểu Ré": a place's name of two syllables or more, then the person
        first = next((i for i in surnames if i >= 2), first)
    last = first + 1
    while last + 1 < len(offsets) and last + 1 - first < MAX_NAME_SYLLABLES:
        start, end = offsets[last + 1]
        if text[start:end].lower() in words.head_first and words.head.match(text, start):
            break
        last += 1
    return offsets[first][0], offsets[last][1]


def _runs_into_a_body(text: str, match: re.Match, end: int, words: Vocabulary) -> bool:
    """A school's or a firm's word inside the run that runs on past it in lower case:
    "Bí thư Đoàn Trường Đại học Quy Nhơn" names no "Đoàn Trường Đại"."""
    if not text[end + 1 : end + 2].islower():
        return False
    for syllable in re.finditer(r"\S+", text[match.start() : end]):
        phrase = words.named_after_start.match(text, match.start() + syllable.start())
        if phrase and phrase.end() > end:
            return True
    return False


def _is_surname(word: str, words: Vocabulary) -> bool:
    # Ê Đê and Gia Rai names open with H' (women) or K': "H'Bin Niê", "K'Brơi".
    return word in words.surnames or (word[:2] in ("H'", "K'") and len(word) > 2)


def _is_place(name: str, words: Vocabulary) -> bool:
    """The name is a place's, or opens with one ("Hà Nội Mới")."""
    syllables = name.split()
    return any(" ".join(syllables[:count]) in words.places for count in range(2, len(syllables) + 1))


def _honorific_before(near: str, words: Vocabulary) -> str | None:
    return " ".join(words.honorifics.chain(near)) or None


def _credited(near: str, words: Vocabulary) -> bool:
    """ "Ảnh: ", "Tin, ảnh: " right before the name."""
    label = near.rstrip()
    return label.endswith(":") and words.credit_labels.ending(label[:-1] + " ") is not None


def _clause_ends(text: str, end: int, words: Vocabulary) -> bool:
    """The name is followed by punctuation, the text's end or a verb: not by more of a body's name."""
    rest = text[end : end + 40]
    stripped = rest.lstrip(" \u00a0")
    return (
        not stripped or not stripped[0].isalpha() or bool(words.clause.match(stripped) or words.joining.match(stripped))
    )


def _partial_names(found: list[Mention]) -> list[Mention]:
    """ "ông Y Thoa" after "Ksor Y Thoa": a name that ends one longer name of the text,
    and only one, is that person's."""
    longer: dict[str, set[str]] = {}
    for mention in found:
        syllables = mention.name.split()
        for count in range(2, len(syllables)):
            longer.setdefault(person_key(" ".join(syllables[-count:])), set()).add(mention.name)
    return [
        replace(mention, name=next(iter(names))) if len(names := longer.get(mention.key, ())) == 1 else mention
        for mention in found
    ]


def _aliases(text: str, words: Vocabulary) -> list[Mention]:
    """ "Bác Hồ" for Hồ Chí Minh."""
    return [Mention(words.aliases[alias], None, None, (), start) for start, alias in _occurrences(text, words.aliases)]


def _short_forms(text: str, full: list[Mention], words: Vocabulary) -> list[Mention]:
    """ "đồng chí An", "ông Hùng": the person whose full name ends so, if only one does."""
    by_given: dict[str, set[str]] = {}
    names = {}
    for mention in full:
        by_given.setdefault(mention.name.split()[-1], set()).add(mention.key)
        names.setdefault(mention.key, mention.name)
    given = {name: keys for name, keys in by_given.items() if len(keys) == 1}
    if not given:
        return []
    found = []
    for start, given_name in _occurrences(text, given):
        if words.name_run.match(text, start):
            continue  # the first syllables of a longer name
        honorific = _honorific_before(text[max(0, start - MARK_CHARS) : start], words)
        if honorific:
            post, end = post_after(text, start + len(given_name), words)  # "đồng chí Khoa, Bí thư …, cho biết"
            roles = tuple(roles_of(post, words)) if post else ()
            name = names[next(iter(given[given_name]))]
            found.append(Mention(name, honorific, post, roles, start, end))
    return found


def _occurrences(text: str, words) -> list[tuple[int, str]]:
    """Where each of `words` stands in `text` as a whole word, in order. (str.find, not a
    pattern: the words differ from one article to the next, and a pattern compiled for
    each costs more than the search.)"""
    found = []
    for word in words:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if not _joined(text, at - 1) and not _joined(text, end):
                found.append((at, word))
            at = text.find(word, end)
    return sorted(found)


def _joined(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "'")


def _writers(text: str, author: str | None) -> set[str]:
    """The keys of whoever signs the text: the byline given, or a byline as its last line."""
    writers = set()
    if author:
        writers.add(person_key(author))
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    # A byline is a short line with no full stop ("Tin, ảnh: Thu Hà", "Minh Đức - Đảng ủy
    # Khối"); a caption or a sentence ending the text names its people.
    if lines and len(lines[-1].split()) <= BYLINE_MAX_WORDS and not lines[-1].endswith((".", "!", "?")):
        signed = read_byline(lines[-1])
        if signed:
            writers.add(person_key(signed))
    return writers
