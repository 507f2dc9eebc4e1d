"""A block of an article's text: one line in reading order, with the element it came
from and the pictures standing right before it. What the walker makes and the
cleaner sorts.
"""

from __future__ import annotations

from dataclasses import dataclass

PROSE_MIN_CHARS = 120  # a block this long is a paragraph of prose, not a line of a widget
SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # a section's heading, not the page's menu
# Block-level tags: each one with text of its own is a paragraph of the walk.
BLOCK_TAGS = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote section article header main "
    "figure figcaption table thead tbody tfoot tr td th pre center address hr aside details summary caption"
    " fieldset legend nav footer form hgroup".split()
)


def breaks_lines(element) -> bool:
    """A block-level element, or a custom element ("brick-teaser-v7", "amp-ad") standing
    alone between blocks: a web component laid out as a box of its own. One with text of
    its line beside it is inline: a citation's "(<hl-trusted-source>1</hl-trusted-source>)"."""
    tag = element.tag
    if tag in BLOCK_TAGS:
        return True
    if "-" not in tag:
        return False
    before, parent = element.getprevious(), element.getparent()
    if parent is None:
        return True
    text_before = (before.tail if before is not None else parent.text) or ""
    return not text_before.strip() and not (element.tail or "").strip()


@dataclass
class Block:
    text: str
    element: object  # the lxml element the text came from
    images: tuple[int, int] = (0, 0)  # indexes [start, end) of the pictures right before it
    # the line goes on the paragraph of the block before it, after one line break (<br>): a
    # stanza's next line; two breaks in a row or another element start a paragraph
    runs_on: bool = False


def inside(element, ancestor) -> bool:
    """The element is the ancestor or stands in it."""
    return element is ancestor or any(a is ancestor for a in element.iterancestors())
