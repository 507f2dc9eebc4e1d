"""The post an article gives a person at one mention: printed before the name ("Bí thư
Tỉnh ủy Nguyễn Văn An"), after it (", Bí thư Đảng ủy Khối", " - Giám đốc Sở Nội vụ") or
in parentheses after it. Several posts of one mention stay together as printed; each
is also read alone, with its abbreviations spelt out and its organisation. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..extraction.text import classic_tone_placement, collapse_spaces
from .vocabulary import Vocabulary, opens_with, vocabulary

MAX_POST_WORDS = 18  # a longer run is a sentence, not a post
_CLAUSE_ENDS = '.;:!?\n()[]"“”'
_POST_END = re.compile(r"[,;:!?\n()\[\]\"“”]|\.(?=\s|$)|(?<=\s)[-–—](?=\s)")
_AFTER_OPENING = re.compile(r"[ \u00a0]*(?:,|[-–—](?=[ \u00a0]))[ \u00a0]*")
_PARENTHESIS = re.compile(r"[ \u00a0]*\(([^()\n]{2,160})\)")
_BORN = re.compile(r"[ \u00a0]+(?:sinh năm|SN)[ \u00a0]*\d{4}(?=[ \u00a0]*,)")


@dataclass(frozen=True)
class Role:
    """One post as printed, spelt out, and the body it is held in."""

    printed: str
    normalised: str
    organisation: str | None


def post_before(before: str, words: Vocabulary) -> tuple[str | None, str | None]:
    """The posts printed right before a name, and the honorific before them.
    `before` is the text that ends where the name starts."""
    clause = max(map(before.rfind, _CLAUSE_ENDS)) + 1  # where the clause holding the name starts
    segments = before[clause:].split(",")
    honorific = words.honorifics.chain(segments[-1])
    if len(segments) > 1 and honorific and segments[-1].split() == " ".join(honorific).split():
        # "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn An": the post, a comma, the honorific
        post, opening = _post_in(segments[-2] + " ", words)
        earlier = segments[-3].rstrip() if len(segments) > 2 else ""
        if post is None or (earlier and earlier.split()[-1][:1].isupper()):
            return None, " ".join(honorific)  # after another name, the post is that person's
        return post.rstrip(), " ".join(honorific)
    post, opening = _post_in(segments[-1], words)
    if post is None:
        return None, None
    posts = [post]
    if not opening.strip():  # the post opens its segment: the ones before may be posts too
        for segment in reversed(segments[:-1]):
            earlier, opening = _post_in(segment, words)
            if earlier is None:
                break
            posts.insert(0, earlier)
            if opening.strip():
                break
    return ", ".join(posts), " ".join(words.honorifics.chain(opening)) or None


def _post_in(segment: str, words: Vocabulary) -> tuple[str | None, str]:
    """The post that ends `segment` (from its head word on), and the words before it."""
    starts = [m.start() for m in _SYLLABLE.finditer(segment)][-MAX_POST_WORDS:]
    for start in starts:
        if segment[start : segment.find(" ", start) % (len(segment) + 1)].lower() not in words.head_first:
            continue  # a cheap look before the pattern
        head = words.head.match(segment, start)
        if head is None:
            continue
        rest = segment[head.end() :]
        if not words.clause.search(rest) and not _joins(rest, words):
            return collapse_spaces(segment[start:]).rstrip(" -–—"), segment[:start]  # "Bí thư … - Name"
    return None, segment


_SYLLABLE = re.compile(r"[^\s,]+")


def _joins(rest: str, words: Vocabulary) -> bool:
    """A post's tail that holds "và"/"cùng" followed by another person's mark."""
    for join in words.joining.finditer(rest):
        tail = rest[join.end() :].lstrip()
        if words.head.match(tail) or words.honorific_start.match(tail):
            return True
    return False


def post_after(text: str, end: int, words: Vocabulary) -> tuple[str | None, int]:
    """The posts printed right after a name that ends at `end`, and where they end."""
    inside = _PARENTHESIS.match(text, end)
    if inside:
        post = inside.group(1).strip()
        if words.head_after.match(post):
            return collapse_spaces(post), inside.end()
        end = inside.end()  # "(thứ hai từ trái), Bí thư …": the post follows the aside
    if born := _BORN.match(text, end):
        end = born.end()  # "Thạch Thị Như sinh năm 1996, hiện là Phó Bí thư …"
    opening = _AFTER_OPENING.match(text, end)
    if not opening:
        return None, end
    posts, at, stop = [], opening.end(), end
    if lead := words.post_lead.match(text, at):
        at = lead.end()
    while opens_with(text, at, words.head_after_first) and (head := words.head_after.match(text, at)) is not None:
        stop = _post_stop(text, head.end(), words)
        post = text[at:stop]
        # ", Bộ Công an": the body goes on after a comma
        while (following := _COMMA.match(text, stop)) and (
            words.body_start.match(text, following.end()) or _org_goes_on(text, following.end(), words)
        ):
            stop = _post_stop(text, following.end(), words)
            post = text[at:stop]
        posts.append(collapse_spaces(post).rstrip(" ,-–—"))  # "- Trưởng thôn Nà Sang - cho biết"
        following = _COMMA.match(text, stop)
        if not following:
            break
        at = following.end()
    return ", ".join(posts) or None, stop


_COMMA = re.compile(r",[ \u00a0]*")


def _post_stop(text: str, start: int, words: Vocabulary) -> int:
    """Where a post printed after a name ends: punctuation, a verb, "và" before another
    person, or a spaced dash before a person ("Sở Lao động - Thương binh và Xã hội"
    goes on)."""
    limit = min(len(text), start + 200)
    at = start
    while True:
        # Each look stops where the one before found an end: the patterns are long alternations.
        stop = m.start() if (m := _POST_END.search(text, at, limit)) else limit
        if m := words.clause.search(text, at, stop):
            stop = m.start()
        for join in words.joining.finditer(text, at, stop):
            tail = text[join.end() : limit].lstrip()
            if _someone_at(tail, words) or words.clause.match(tail):  # "và đồng chí …", "cùng dự"
                stop = join.start()
                break
        if place := words.located.match(text, stop):
            return place.end()  # "… Báo Nhân Dân tại Khánh Hòa."
        dash = _SPACED_DASH.match(text, stop)
        if dash is None or _someone_at(text[dash.end() : limit], words, posts=False):
            return stop
        at = dash.end()


_SPACED_DASH = re.compile(r"[-–—]\s+")  # at a dash _POST_END found between spaces


def _someone_at(text: str, words: Vocabulary, posts: bool = True) -> bool:
    """`text` opens with a person: a post (when `posts`), an honorific, a name."""
    return bool(
        (posts and opens_with(text, 0, words.head_first) and words.head.match(text))
        or (opens_with(text, 0, words.honorific_first) and words.honorific_start.match(text))
        or words.name_run.match(text)
    )


def _org_goes_on(text: str, at: int, words: Vocabulary) -> bool:
    """After a comma, more of the body's name: "Sở Văn hóa, Thể thao và Du lịch"."""
    if not text[at : at + 1].isupper() or _someone_at(text[at : at + 60], words):
        return False
    segment = text[at : _post_stop(text, at, words)]
    return " và " in segment and len(segment.split()) <= 6


def roles_of(position: str, words: Vocabulary) -> list[Role]:
    """Each post of a printed position ("A, B"), spelt out, with its organisation."""
    roles = []
    for part in re.split(r",[ \u00a0]*(?=\S)", position):
        part = part.strip()
        head = words.head_after.match(part)
        if not head:
            if roles:  # "Sở Tài nguyên, Môi trường": the body goes on
                last = roles.pop()
                part = f"{last.printed}, {part}"
                head = words.head_after.match(part)
            if not head:
                continue
        roles.append(Role(part, normalise_post(part), _organisation(part, head, words)))
    return roles


def _organisation(post: str, head: re.Match, words: Vocabulary) -> str | None:
    """The body a post is held in: what follows its head, less the post's qualifiers;
    "Trưởng ban Dân vận Tỉnh ủy" → "Ban Dân vận Tỉnh ủy"."""
    rest = post[head.end() :].strip(" ,")
    if qualifier := words.qualifier.match(rest):
        rest = rest[qualifier.end() :]
    if not rest:
        return None
    body_word = head.group().split()[-1]
    if body_word.lower() in words.head_body_words:
        rest = f"{body_word.capitalize()} {rest}"
    return normalise_post(rest)


@lru_cache(maxsize=16384)  # the same posts come back in article after article
def normalise_post(text: str) -> str:
    """A post spelt out: abbreviations read, tones placed as the press places them, spaces single."""
    words = vocabulary()
    spelt = words.abbreviation.sub(lambda m: words.abbreviations[collapse_spaces(m.group())], text)
    return collapse_spaces(classic_tone_placement(spelt))
