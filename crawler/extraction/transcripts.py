"""A video's transcript and the article's paragraphs set apart from it in one parent: the
parent is the article, whichever of the two scored best. Pure.
"""

from __future__ import annotations

from .block import PROSE_MIN_CHARS
from .class_words import ARTICLE_PART_HINT
from .element_names import element_names
from .text import collapse_spaces

PARAGRAPHS_BESIDE_MIN = 2  # the article's own paragraphs beside a transcript, not a lone intro


def _named(element) -> bool:
    """Named as a transcript: by its class, its id (a page of utility classes names it by id alone)
    or its test id where a build tool hashes the classes."""
    return isinstance(element.tag, str) and bool(ARTICLE_PART_HINT.search(element_names(element)))


def article_around_transcript(node, parent, real_prose: dict):
    """The block holding both the article's paragraphs and a video's transcript, when the best
    block's wrapper (`node`, in `parent`) is one of them: the best block is in the transcript and
    the article's paragraphs stand beside the transcript's outer block, or the best block is the
    article's paragraphs and a transcript holding prose stands beside them. None otherwise."""
    if any(_named(part) for part in node.iter()):
        outer = node
        while outer.getparent() is not None and _named(outer.getparent()):
            outer = outer.getparent()  # the transcript's box around its lines ("transcript" > "transcript__body")
        around = outer.getparent()
        if around is None or around.tag in ("body", "html"):
            return None
        beside = [
            paragraph
            for child in around
            if child is not outer and isinstance(child.tag, str)
            for paragraph in child.iter("p")
            if len(collapse_spaces(paragraph.text_content())) >= PROSE_MIN_CHARS
        ]
        return around if len(beside) >= PARAGRAPHS_BESIDE_MIN else None
    named_beside = any(
        child is not node and real_prose.get(child, 0) >= PROSE_MIN_CHARS and any(_named(part) for part in child.iter())
        for child in parent
    )
    return parent if named_beside else None
