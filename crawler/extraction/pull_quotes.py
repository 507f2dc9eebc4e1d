"""Pull quotes: a quotation set apart in large type, repeating words of the article.
The cleaner takes them off the kept lines (cleaner.py)."""

from __future__ import annotations

import re

from .block import Block, inside
from .bylines import is_name
from .text import collapse_spaces, fold

PULL_QUOTE_MIN_WORDS = 5
PULL_QUOTE_CLASS = re.compile(r"pull-?quote|quote-?box|(?<![a-z0-9])e-quote|trich-?dan", re.I)
PULL_QUOTE_SHARE = 0.6  # of its word trigrams found in a longer paragraph (a quote may be cut)
QUOTE_BOX_MAX_CHILDREN = 3
QUOTE_ATTRIBUTION_MAX_WORDS = 15


def without_pull_quotes(kept: list[Block], removed: list[tuple[str, str]]) -> list[Block]:
    """A quotation set apart in large type repeats words of the article (often cut
    with "..."): it is layout, the paragraph that holds the words is the text; so is
    what its box says beside it (the `<cite>` naming who said it)."""
    words = [re.findall(r"\w+", fold(block.text)) for block in kept]
    grams = [set(zip(w, w[1:], w[2:], strict=False)) for w in words]
    boxes = [_quote_box(block) for block in kept]
    pulled = {
        id(boxes[index])
        for index in range(len(kept))
        if boxes[index] is not None
        and len(words[index]) >= PULL_QUOTE_MIN_WORDS
        and any(
            len(words[i]) > len(words[index]) and len(grams[index] & other) >= PULL_QUOTE_SHARE * len(grams[index])
            for i, other in enumerate(grams)
            if i != index
        )
    }
    staying = [block for block, box in zip(kept, boxes, strict=True) if box is None or id(box) not in pulled]
    result = []
    for block, box in zip(kept, boxes, strict=True):
        if (box is not None and id(box) in pulled) or _speaker_of_a_quote_gone(block, box, staying):
            removed.append(("pull quote", block.text))
        elif _speaker_line(block):
            removed.append(("quote's speaker", block.text))
        else:
            result.append(block)
    return result


def _speaker_of_a_quote_gone(block: Block, box, staying: list[Block]) -> bool:
    """The line naming who said a quote, left alone in the pull quote's box or in a small
    box beside its <blockquote>, when no words of the quote are kept: a pull quote another
    rule took off ("- Lisa Doucette")."""
    if box is not None:
        words = len(block.text.split())
        return (
            words <= QUOTE_ATTRIBUTION_MAX_WORDS
            and len(box.text_content().split()) > words  # the box held more: its quote, now gone
            and not any(other is not block and inside(other.element, box) for other in staying)
        )
    box = next((a for a in list(block.element.iterancestors())[:2] if _quoted(a)), None)
    if box is None or block.element.tag == "blockquote" or block.element in box.find("blockquote").iter():
        return False
    quote = box.find("blockquote")
    return not any(other.element is quote or quote in other.element.iterancestors() for other in staying)


def _speaker_line(block: Block) -> bool:
    """The line naming who said a quote, beside its <blockquote> in their small box or in the
    quote's <cite>: "Sabine Wernicke, Fachverband kommunaler Bäder", "— Inger Madsen". The
    quote is the article's words; the line under it is its layout, as a caption is."""
    element = block.element
    in_cite = element.tag in ("cite", "footer") and any(a.tag == "blockquote" for a in element.iterancestors())
    # ... or a line of its own closing the <blockquote>, after the quote's paragraphs
    quoted = collapse_spaces(element.text_content()) if element.tag == "blockquote" else ""
    in_cite = in_cite or (
        quoted.endswith(block.text) and len(quoted) > len(block.text) and element.find("p") is not None
    )
    box = next((a for a in list(element.iterancestors())[:2] if _quoted(a)), None)
    beside = box is not None and element.tag != "blockquote" and element not in box.find("blockquote").iter()
    if not (in_cite or beside) or len(block.text.split()) > QUOTE_ATTRIBUTION_MAX_WORDS:
        return False
    speaker = re.split(r",\s|\s[-–—]\s|\s\(", block.text.strip().lstrip("—–-― ").strip(), maxsplit=1)[0]
    return is_name(speaker)


def _quoted(element) -> bool:
    """A box holding a <blockquote> and little else: the quote and the line naming its speaker."""
    quote = element.find("blockquote")
    if quote is None or len(element) > QUOTE_BOX_MAX_CHILDREN:
        return False
    besides = len(element.text_content().split()) - len(quote.text_content().split())
    return besides <= QUOTE_ATTRIBUTION_MAX_WORDS


def _quote_box(block: Block):
    """The element named as a pull quote, or the <aside>, the block stands in; not a box
    of facts, whose list may repeat the article's figures ("En chiffres: 4800 annonces …")."""
    box = next(
        (
            a
            for a in (block.element, *list(block.element.iterancestors())[:2])
            # (a <blockquote> too: one repeating a longer paragraph's words is the page's layout)
            if a.tag in ("aside", "blockquote") or PULL_QUOTE_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}")
        ),
        None,
    )
    return None if box is None or box.find(".//li") is not None else box
