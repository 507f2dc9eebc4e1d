"""A video's transcript and the article's paragraphs set apart from it in one parent: the
parent is the article, whichever of the two scored best. Pure.
"""

from __future__ import annotations

from .block import PROSE_MIN_CHARS
from .class_words import ARTICLE_PART_HINT
from .text import collapse_spaces

PARAGRAPHS_BESIDE_MIN = 2  # the article's own paragraphs beside a transcript, not a lone intro


def _named_transcript(element) -> bool:
    return any(ARTICLE_PART_HINT.search(part.get("class", "")) for part in element.iter() if isinstance(part.tag, str))


def transcript_beside(node, parent, real_prose: dict) -> bool:
    """The best block's wrapper (`node`) and a transcript stand side by side in `parent`: the
    best block is the transcript and the article's paragraphs stand beside it, or the best block
    is the article's paragraphs and a transcript holding prose stands beside them."""
    if _named_transcript(node):
        beside = [
            child
            for child in parent
            if child is not node and child.tag == "p" and len(collapse_spaces(child.text_content())) >= PROSE_MIN_CHARS
        ]
        return len(beside) >= PARAGRAPHS_BESIDE_MIN
    return any(
        child is not node
        and isinstance(child.tag, str)
        and real_prose.get(child, 0) >= PROSE_MIN_CHARS
        and ARTICLE_PART_HINT.search(child.get("class", ""))
        for child in parent
    )
