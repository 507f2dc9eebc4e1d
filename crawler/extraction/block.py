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
    "figure figcaption table thead tbody tfoot tr td th pre center address hr".split()
)


@dataclass
class Block:
    text: str
    element: object  # the lxml element the text came from
    images: tuple[int, int] = (0, 0)  # indexes [start, end) of the pictures right before it


def inside(element, ancestor) -> bool:
    """The element is the ancestor or stands in it."""
    return element is ancestor or any(a is ancestor for a in element.iterancestors())
