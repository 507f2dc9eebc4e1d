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
GRAPHIC_BOX_LEVELS = 3  # a graphic's box stands at most this far above its drawing, frame or table


def _shows_a_graphic(box, shown) -> bool:
    """The box shows a chart it embeds; a table, named as a graphic; or a chart it draws, a figure
    or a box named as a graphic, with no photograph in it."""
    if shown.tag == "iframe":
        return True
    named = bool(GRAPHIC_NAME.search(element_names(box)))
    if shown.tag == "table":
        return named
    return (box.tag == "figure" or named) and next(box.iter("img"), None) is None


def graphic_boxes(container) -> dict:
    """The boxes inside the container that show a graphic, each with what it shows, found from the
    drawings, frames and tables up (one pass over the page)."""
    found: dict = {}
    for shown in container.iter(*CHART_DRAWINGS, "iframe", "table"):
        if shown.tag in CHART_DRAWINGS and next(shown.iterancestors("button", "a"), None) is not None:
            continue  # a button's icon
        if shown.tag == "iframe" and not CHART_EMBED.search(f"{shown.get('src', '')} {element_names(shown)}"):
            continue
        for level, box in enumerate(shown.iterancestors()):
            if box is container or level >= GRAPHIC_BOX_LEVELS:
                break
            if box.tag in GRAPHIC_BOXES and _shows_a_graphic(box, shown):
                found.setdefault(box, shown)
                break
    return found


def graphic_texts(box, graphic) -> list:
    """The blocks of a graphic's box that are its own texts (its table stays, as the article's
    data): the box's children beside the chart or table when they are few words, as a title,
    notes and a source are, or else the headings of a figure that draws a chart."""
    beside = [child for child in box if isinstance(child.tag, str) and graphic not in set(child.iter())]
    if beside and sum(word_count(child.text_content()) for child in beside) <= GRAPHIC_TEXT_MAX_WORDS:
        return beside
    return list(box.iter(*SUBHEADING_TAGS)) if box.tag == "figure" and graphic.tag in CHART_DRAWINGS else []
