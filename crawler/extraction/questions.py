"""A questions-and-answers page's question set in a box of its own beside the answer, as
citizens' Q&A portals print them ("hd-question", then "hd-answer"): the page is both. Pure.
"""

from __future__ import annotations

import itertools
import re

from .block import PROSE_MIN_CHARS
from .element_names import element_names

ANSWER_NAME = re.compile(r"(?<![a-z])(?:answer|tra-?loi|traloi)(?![a-z])", re.I)
QUESTION_NAME = re.compile(r"(?<![a-z])(?:question|cau-?hoi|cauhoi|noi-?dung-?hoi)(?![a-z])", re.I)
ANSWER_LEVELS = 2  # the answer's box stands at most this far above the best block's wrapper


def question_beside_answer(node, real_prose: dict):
    """The box holding the answer and the question, when the best block's wrapper (`node`) is, or
    stands in, a box named as the answer and a box named as the question, holding prose, stands
    beside that box; None otherwise."""
    answer = next(
        (
            box
            for box in itertools.islice(itertools.chain((node,), node.iterancestors()), ANSWER_LEVELS)
            if ANSWER_NAME.search(element_names(box))
        ),
        None,
    )
    around = None if answer is None else answer.getparent()
    if around is None or around.tag in ("body", "html"):
        return None
    asked = any(
        child is not answer
        and isinstance(child.tag, str)
        and real_prose.get(child, 0) >= PROSE_MIN_CHARS
        and QUESTION_NAME.search(element_names(child))
        for child in around
    )
    return around if asked else None
