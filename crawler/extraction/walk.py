"""The content walk: a content container's text blocks and pictures, in reading order.

Each block records the pictures met since the block before it, so the cleaner
(crawler/extraction/cleaner.py) can tell a caption (short text right after pictures)
from prose. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import generic
from .block import BLOCK_TAGS, Block, breaks_lines
from .captions import caption_text
from .element_names import facts_aside, named_as_caption
from .selectors import Selectors, css
from .text import collapse_spaces, nfc
from .urls import joined

CAPTION_SELECTOR = "figcaption, .wp-caption-text, td.caption, .caption, .image-caption, .PhotoCMS_Caption"
IMAGE_CONTAINERS = "figure, .wp-caption, table.picture, .picture, .image, .PhotoCMS_Photo"
IMAGE_SOURCE_ATTRS = ("data-src", "data-original", "data-lazy-src", "src")
IMAGE_TAGS = ("img", "amp-img")  # AMP pages print pictures as <amp-img>
FIGURE_EXTRA_CHARS = 100  # text a picture's box may hold besides its caption (credits, a label)


@dataclass
class Image:
    src: str
    caption: str | None = None


def is_inside(element, container) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def drop(container, selectors: tuple[str, ...]) -> None:
    for element in css(", ".join(selectors))(container):
        if element is not container and not facts_aside(element):
            generic.remove_element(element)


def _image_src(element, url: str) -> str | None:
    """The picture's absolute http(s) address; never data:, javascript: or the like."""
    for attr in IMAGE_SOURCE_ATTRS:
        value = (element.get(attr) or "").strip()
        if value:
            absolute = joined(url, value) or ""
            if absolute.startswith(("http://", "https://")):
                return absolute
    return None


# Where an element ends in the run with no text after it. After a <time>, a word is another
# piece ("21:30" then "Jorge Téllez" in a live entry's head); after a figure, a capital opens
# another ("… modifié à 10h12" then "Temps de lecture 4 min."): either is set apart by a space,
# as the page's style sets it. A comma stays where it is; "1<sup>er</sup>" and "2nd" are one word.
TIME_END, PIECE_END = "\x00", "\x01"
_GLUED = re.compile(rf"(?<=\S){TIME_END}(?=\w)|(?<=\d){PIECE_END}(?=[^\W\d_])|(?<=[^\W\d_]){PIECE_END}(?=[^\W\d_])")
UNPARTED_TAGS = frozenset({"sup", "sub"})


def _new_piece(text: str, glued) -> bool:
    """A capital after a figure, or after a small letter: "10h12" then "Temps …", "… bijgewerkt" then "Laatste …"."""
    before, after = text[glued.start() - 1], text[glued.end()]
    return after.isupper() and (before.isdigit() or before.islower())


def _spaced_pieces(text: str) -> str:
    if TIME_END not in text and PIECE_END not in text:
        return text
    text = _GLUED.sub(lambda glued: " " if glued.group() == TIME_END or _new_piece(text, glued) else "", text)
    return text.replace(TIME_END, "").replace(PIECE_END, "")


def _source_text(text: str | None, preformatted: bool = False) -> str:
    """Text as the browser lays it out: a line break in the HTML source is a space
    (only <br>, block elements and <pre> break lines)."""
    if not text:
        return ""
    return text if preformatted else text.replace("\r", " ").replace("\n", " ")


def block_lines(element) -> list[str]:
    """The text of an element as lines: block children and <br> break lines."""
    parts: list[str] = []

    def visit(node, pre: bool = False) -> None:
        if not isinstance(node.tag, str):
            return
        pre = pre or node.tag == "pre"
        breaks = node.tag == "br" or breaks_lines(node)
        if breaks:
            parts.append("\n")
        parts.append(_source_text(node.text, pre))
        for child in node:
            visit(child, pre)
            parts.append(_source_text(child.tail, pre))
        if breaks:
            parts.append("\n")

    visit(element)
    lines = (collapse_spaces(nfc(line)) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def walk(container, url: str, selectors: Selectors) -> tuple[list[Block], list[Image]]:
    """Text blocks and images of the content container, in reading order.

    Each block records the images met since the block before it, so the cleaner
    can tell a caption (short text right after pictures) from prose.
    """
    blocks: list[Block] = []
    images: list[Image] = []
    caption_selector = css(CAPTION_SELECTOR + (f", {selectors.caption}" if selectors.caption else ""))
    image_containers = set(css(IMAGE_CONTAINERS)(container))  # a selector also matches what holds a match

    def is_image_container(element) -> bool:
        return element in image_containers

    run: list[str] = []
    group_start = 0

    def add_image(element) -> None:
        src = _image_src(element, url)
        if src:
            images.append(Image(src))

    def flush(element) -> None:
        nonlocal group_start
        runs_on = False  # the run's first line opens a paragraph; an empty line between two breaks too
        for piece in _spaced_pieces("".join(run)).split("\n"):
            text = collapse_spaces(nfc(piece))
            if text:
                blocks.append(Block(text, element, (group_start, len(images)), runs_on=runs_on))
                group_start = len(images)
            runs_on = bool(text)
        run.clear()

    def figure(element) -> None:
        nonlocal group_start
        start = len(images)
        for img in element.iter(*IMAGE_TAGS):
            add_image(img)
        captions = [c for c in caption_selector(element) if c is not element]
        lines = [line for c in captions for line in block_lines(c)] if captions else block_lines(element)
        caption = caption_text(lines)
        for image in images[start:]:
            image.caption = caption
        if caption:
            group_start = len(images)

    def visit(element, pre: bool = False) -> None:
        if not isinstance(element.tag, str):  # comments, processing instructions
            return
        tag = element.tag
        if tag in IMAGE_TAGS:
            add_image(element)
            return
        if tag == "br":
            run.append("\n")
            return
        if _is_figure(element, is_image_container):
            flush(element.getparent())
            figure(element)
            return
        if tag == "tr" and (cells := data_row(element)):
            flush(element)  # a row of figures reads as one line: "2023 6.650 302 16,9"
            run.append(" ".join(cells))
            flush(element)
            return
        # A caption printed as an inline <span class="chu-thich"> is a block of its own.
        block = breaks_lines(element) or named_as_caption(element)
        if block:
            # the text before an element that is no block (a custom element standing alone, "<r-badge>",
            # or a caption printed inline) is its parent's line: given to that element, it would be its text
            flush(element if element.tag in BLOCK_TAGS else element.getparent())
        visit_inside(element, pre)
        if block:
            flush(element)

    def visit_inside(element, pre: bool = False) -> None:
        pre = pre or element.tag == "pre"
        run.append(_source_text(element.text, pre))
        for child in element:
            visit(child, pre)
            if child.tag == "time":
                run.append(TIME_END)
            elif not child.tail and child.tag not in UNPARTED_TAGS:
                run.append(PIECE_END)
            run.append(_source_text(child.tail, pre))

    visit_inside(container, any(a.tag == "pre" for a in container.iterancestors()))
    flush(container)
    return blocks, images


# a document's row of recipients and its signature reads as one line; a layout cell runs longer
DATA_CELL_MAX_CHARS = 120
HEADED_CELL_MAX_CHARS = 300
FIELD_LABEL_MAX_CHARS = 40
CELL_TAGS = ("td", "th")
LAYOUT_INSIDE = frozenset(BLOCK_TAGS - {"td", "th"}) | set(IMAGE_TAGS)


def data_row(row) -> list[str] | None:
    """The cells' text of a row of a data table: two cells or more, each short text
    with no table or picture and at most one paragraph inside (a table pasted from Word
    wraps each cell's text in a <p>; a layout table's cells hold several blocks)."""
    cells = [child for child in row if isinstance(child.tag, str) and child.tag in CELL_TAGS]
    if len(cells) < 2 or not all(_one_line_cell(cell) for cell in cells):
        return None
    lines = [block_lines(cell) for cell in cells]
    texts = [" ".join(cell_lines) for cell_lines in lines]  # a line broken in a cell reads on after a space
    # a row headed by a <th> is a data table's, whose cells may run long ("Cambios: ST 10m …"),
    # as is a field's row headed by its label, in a cell of its own ("Trích yếu:" then a document's
    # summary) or atop the cell's lines ("Nơi nhận:" then the recipients, beside the signature)
    label = lines[0][0] if lines[0] else ""
    headed = any(cell.tag == "th" for cell in cells) or (label.endswith(":") and len(label) <= FIELD_LABEL_MAX_CHARS)
    longest = HEADED_CELL_MAX_CHARS if headed else DATA_CELL_MAX_CHARS
    if any(len(text) > longest for text in texts) or not any(texts):
        return None
    return [text for text in texts if text]


def _one_line_cell(cell) -> bool:
    inside = [e.tag for e in cell.iterdescendants() if isinstance(e.tag, str) and e.tag in LAYOUT_INSIDE]
    return not inside or inside == ["p"]


def _is_figure(element, is_image_container) -> bool:
    """A picture with its caption: a known image container, or any element that
    holds a <figcaption> (as a child or grandchild) and pictures."""
    if not any(True for _ in element.iter(*IMAGE_TAGS)):
        return False
    if is_image_container(element):
        return True
    captions = [element.find("figcaption"), element.find("*/figcaption")]
    caption = next((c for c in captions if c is not None), None)
    if caption is None:
        return False
    # A block that holds a figure among its paragraphs is not itself the figure.
    return (
        len(collapse_spaces(element.text_content()))
        <= len(collapse_spaces(caption.text_content())) + FIGURE_EXTRA_CHARS
    )


def figure_images(element, url: str) -> list[Image]:
    """The pictures of one figure standing outside the body, with its caption."""
    captions = [c for c in css(CAPTION_SELECTOR)(element)] or [e for e in element.iter() if named_as_caption(e)]
    caption = caption_text([line for c in captions[:1] for line in block_lines(c)])
    return [Image(src, caption) for img in element.iter(*IMAGE_TAGS) if (src := _image_src(img, url))]


def assign_captions(images: list[Image], captions: list[tuple[tuple[int, int], str]]) -> None:
    """Give a caption found among the text blocks to the pictures right before it."""
    for (start, end), caption in captions:
        for image in images[start:end]:
            if image.caption is None:
                image.caption = caption
