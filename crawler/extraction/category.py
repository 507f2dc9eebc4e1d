"""The section a page sits in: a category link, a label beside the headline or in the
date line, or the breadcrumb's last step. Pure: lxml elements in, text out.
"""

from __future__ import annotations

import re

from .page_parts import marks
from .text import collapse_spaces, fold

# What a site calls its home page (folded): in a breadcrumb, in the home page's <title>.
HOME_WORDS = frozenset({"trang chu", "trang chinh", "trang nhat", "home", "homepage", "home page"})
# A breadcrumb's last step that names the kind of page, not its section.
PAGE_KIND_WORDS = frozenset(
    {
        "chi tiet tin",
        "chi tiet",
        "tin chi tiet",
        "chi tiet bai viet",
        "chi tiet tin tuc",
        "noi dung",
        "xem tin",
        "detail",
    }
)
# A label beside the headline naming the section ("tt-chuyenmuc", "post-category").
CATEGORY_HINT = re.compile(r"categor|chuyen-?muc|danh-?muc|cate(?:-|_|$)", re.I)
CATEGORY_MAX_WORDS = 8


def _trail_steps(trail) -> list:
    """A breadcrumb's steps: its items where it lists them (a section with no page of
    its own is printed unlinked, as Joomla does), else its links. A label ("Bạn đang
    ở:") ends with a colon. The list may sit inside the element named as the trail
    (Joomla 4: nav.mod-breadcrumbs__wrapper > ol > li)."""
    items = list(trail.iter("li"))
    if items:
        return items
    # Links, and spans for the steps with no page ("Trang chủ » <span>Thông báo</span>").
    return [e for e in trail.iter("a", "span") if e.tag == "a" or next(e.iterancestors("a"), None) is None]


def find_category(root, title_element, title: str | None, stamp_element=None) -> str | None:
    """The section the page sits in: WordPress's category link, else a label beside the
    headline or in the date line named like one, else the last step of the breadcrumb that is neither the
    home page, nor the kind of page, nor the article itself."""
    for element in root.iter("a"):
        if "category" in (element.get("rel") or "").split():
            return collapse_spaces(element.text_content()) or None
    beside = [*title_element.getparent()] if title_element is not None and title_element.getparent() is not None else []
    if stamp_element is not None:  # a label in the date line ("Tin cơ sở · Thứ Tư, 12/06/2024")
        beside += [*stamp_element]
    for element in beside:
        text = collapse_spaces(element.text_content()) if isinstance(element.tag, str) else ""
        if element is not title_element and CATEGORY_HINT.search(marks(element)) and text:
            if len(text.split()) <= CATEGORY_MAX_WORDS:
                return text
    for trail in root.iter():
        # A menu's item marked "breadcrumb" (DNN's menus mark the open path so) is no trail.
        if not isinstance(trail.tag, str) or trail.tag == "li" or "breadcrumb" not in marks(trail).lower():
            continue
        names = [collapse_spaces(step.text_content()) for step in _trail_steps(trail)]
        names = [
            n
            for n in names
            if any(c.isalpha() for c in n)  # not a separator ("»")
            and not n.endswith(":")
            and fold(n) not in HOME_WORDS | PAGE_KIND_WORDS
            and n != title
        ]
        if names:
            return names[-1]
    return None
