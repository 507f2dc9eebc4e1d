"""A chart's or a data table's own texts set in the article: its title, its notes, its
source ("Share of renter households …", "Fonte: Ministério da Saúde · Gráfico: Arte g7").
They belong to the graphic, not to the article's text. Pure.
"""

from __future__ import annotations

import re

from .block import SUBHEADING_TAGS
from .class_words import GRAPHIC_NAME
from .element_names import element_names
from .text import word_count

CHART_DRAWINGS = ("svg", "canvas")
# an embedded chart, by the service that draws it
CHART_EMBED = re.compile(r"flourish|datawrapper|dwcdn|infogram|tableau|everviz|plotly|observablehq|e\.infogram", re.I)
GRAPHIC_BOXES = frozenset({"div", "figure", "section"})
GRAPHIC_TEXT_MAX_WORDS = 60  # a title, a line of notes and a source; an article's text runs longer


def _graphic(box):
    """What the box shows: a chart it draws or embeds, or a table in a box named as a graphic."""
    # a drawing, not a button's icon, in a box with no photograph ("<figure><img …><button><svg>" is a photo)
    drawing = next((d for d in box.iter(*CHART_DRAWINGS) if next(d.iterancestors("button", "a"), None) is None), None)
    if drawing is not None and next(box.iter("img"), None) is None:
        if box.tag == "figure" or GRAPHIC_NAME.search(element_names(box)):
            return drawing
    embed = next(
        (frame for frame in box.iter("iframe") if CHART_EMBED.search(f"{frame.get('src', '')} {element_names(frame)}")),
        None,
    )
    if embed is not None:
        return embed
    table = next(box.iter("table"), None)
    return table if table is not None and GRAPHIC_NAME.search(element_names(box)) else None


def graphic_texts(box) -> list:
    """The blocks of a graphic's box that are its own texts (its table stays, as the article's
    data): all of its headings in a figure that draws a chart, or the box's children beside the
    chart or table when they are few words, as a title, notes and a source are."""
    if box.tag not in GRAPHIC_BOXES:
        return []
    graphic = _graphic(box)
    if graphic is None:
        return []
    beside = [child for child in box if isinstance(child.tag, str) and graphic not in set(child.iter())]
    if beside and sum(word_count(child.text_content()) for child in beside) <= GRAPHIC_TEXT_MAX_WORDS:
        return beside
    return list(box.iter(*SUBHEADING_TAGS)) if box.tag == "figure" and graphic.tag in CHART_DRAWINGS else []
