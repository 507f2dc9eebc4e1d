"""The generic content extractor: finds the article's container on any page.

Used when a portal's selectors find nothing (a changed template) and for pages of
no known portal. Scores each container by the prose its paragraphs hold, as
readability does: long, comma-rich text counts, link-heavy text does not.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .block import BLOCK_TAGS, PROSE_MIN_CHARS, SUBHEADING_TAGS
from .element_names import is_furniture
from .furniture_boxes import (
    FORM_FIELD,
    call_to_action_box,
    form_box,
    gallery_titles,
    machine_summary_box,
    player_box,
    plug_box,
    skipped_box,
    writer_card,
)
from .graphics import graphic_boxes, graphic_texts
from .live_tickers import live_blog_head, live_ticker_part
from .photo_stories import holds_a_slide_caption, story_around
from .questions import question_beside_answer
from .teaser_cards import CARD_TAGS, TEASER_LABEL_MAX_WORDS, split_teaser_card, teaser_card
from .text import collapse_spaces, latin_length
from .transcripts import article_around_transcript

PROSE_TAGS = ("p", "pre", "blockquote")
CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "body", "span", "font"})
MIN_PARAGRAPH_CHARS = 25
FURNITURE_MAX_SHARE = 0.5
SIBLING_PROSE_SHARE = 0.5  # sections alike holding half as much prose again: one article
SEQUEL_PROSE_SHARE = 0.25  # ... or a sequel named as the block and more ("detail-content … detail-content-more")


COMMAS = (",", "、", "，", "،")  # the comma of Latin, Japanese, Chinese and Arabic script


def _link_density(element, text_length: int) -> float:
    if not text_length:
        return 1.0
    linked = sum(len(collapse_spaces(a.text_content())) for a in element.iter("a"))
    return min(1.0, linked / text_length)


CANDIDATE_TAGS = (*PROSE_TAGS, "div", "td", "span", "font", "section", "article")
INLINE_TAGS = frozenset({"a", "b", "strong", "i", "em", "u", "span", "font", "br", "sup", "sub", "small", "mark"})


def inline_text(element) -> str:
    """The text an element holds outside its block-level children (a <span> of
    <br>-separated paragraphs, a <div> written as a paragraph)."""
    return collapse_spaces(_raw_inline_text(element))


def _raw_inline_text(element) -> str:
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _prose_elements(root):
    """(element, text) of every paragraph-like piece of text on the page, spaces not yet
    collapsed; a custom element's own text too (a web component as a paragraph: "<nga-text>")."""
    for element in root.iter(*CANDIDATE_TAGS):
        if element.tag in PROSE_TAGS:
            yield element, element.text_content()
            continue
        parent = element.getparent()
        if element.tag in INLINE_TAGS and parent is not None and parent.tag in CANDIDATE_TAGS:
            continue  # its text is already its parent's inline text
        yield element, _raw_inline_text(element)
    yield from ((element, _raw_inline_text(element)) for element in CUSTOM_ELEMENTS(root))


CUSTOM_ELEMENTS = etree.XPath("//*[contains(local-name(), '-')]")  # HTML's rule: a custom element's name holds a hyphen


def find_content(root):
    """The element most likely to hold the article text, or None."""
    candidates = []
    prose_inside: dict = {}  # characters of prose under each ancestor
    for element, raw in _prose_elements(root):
        if len(raw) < MIN_PARAGRAPH_CHARS:
            continue  # collapsing spaces only shortens it: most of a page's elements stop here
        text = collapse_spaces(raw)
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        candidates.append((element, text))
        for ancestor in element.iterancestors():
            prose_inside[ancestor] = prose_inside.get(ancestor, 0) + len(text)
    if not candidates:
        return None
    prose_total = sum(len(text) for _, text in candidates)
    verdicts: dict = {}

    def furniture(node) -> bool:
        # A wrapper named like furniture ("ad-off-canvas-pusher") that holds most of
        # the page's prose is a layout wrapper, not furniture; a live ticker's entries are the article.
        if node not in verdicts:
            verdicts[node] = (
                is_furniture(node)
                and prose_inside.get(node, 0) < FURNITURE_MAX_SHARE * prose_total
                and not live_ticker_part(node)
            )
        return verdicts[node]

    scores: dict = {}
    real_prose: dict = {}  # characters of prose outside furniture, under each ancestor
    for element, text in candidates:
        if any(furniture(node) for node in (element, *element.iterancestors())):
            continue
        for ancestor in (element, *element.iterancestors()):
            real_prose[ancestor] = real_prose.get(ancestor, 0) + len(text)
        score = 1 + sum(map(text.count, COMMAS)) + min(latin_length(text) // 100, 3)
        score *= 1 - _link_density(element, len(text))
        weight = 1.0
        # A paragraph credits the block around it; a block holding its text inline
        # (a <td> or <span> of <br>-separated paragraphs) is that block itself.
        holders = element.iterancestors() if element.tag in PROSE_TAGS else (element, *element.iterancestors())
        for parent in holders:
            if weight < 0.25:
                break
            if parent.tag in CONTAINER_TAGS or _custom_element(parent):
                scores[parent] = scores.get(parent, 0.0) + score * weight
                weight /= 2
    if not scores:
        return None
    best = max(scores, key=scores.get)
    # An article split into sections or text boxes of one kind (same tag, same first class), side
    # by side or each in its own wrapper: take the block that holds them all, climbing
    # through wrappers that add nothing.
    node = best
    kinds = set()  # (tag, class) of the named blocks from the best one up: a second part holds one alike
    while node.getparent() is not None and node.getparent().tag not in ("body", "html"):
        parent = node.getparent()
        if node.get("class"):
            kinds.add((node.tag, node.get("class")))
        alike = [
            child
            for child in parent
            if child is not node
            and (_kind(child) == _kind(node) or (real_prose.get(child) and _holds_a_kind(child, kinds)))
        ]
        classes = set((node.get("class") or "").split())
        sequels = [child for child in alike if classes and classes < set((child.get("class") or "").split())]
        alike_prose, sequel_prose = (sum(real_prose.get(child, 0) for child in group) for group in (alike, sequels))
        best_prose = real_prose.get(best, 0)
        # the best block a paragraph written as a <div>: its siblings alike are the article's other paragraphs
        share = 0 if node is best and _written_as_paragraph(node) and alike_prose else SIBLING_PROSE_SHARE
        if alike_prose >= share * best_prose or sequel_prose >= SEQUEL_PROSE_SHARE * best_prose:
            best = node = parent
        elif real_prose.get(parent, 0) == real_prose.get(node, 0):
            node = parent
        else:
            around = article_around_transcript(node, parent, real_prose)
            if around is None:
                around = question_beside_answer(node, real_prose)
            best = best if around is None else around
            break
    return story_around(_named_body_around(best, real_prose))


def _written_as_paragraph(element) -> bool:
    """A <div> of one paragraph, named (a class its siblings share): no box and no line break in it."""
    return (
        element.tag == "div"
        and bool(element.get("class"))
        and next(element.iterdescendants(*PARAGRAPH_BOXES), None) is None
        and latin_length(element.text_content()) <= PARAGRAPH_MAX_CHARS
    )


PARAGRAPH_BOXES = ("p", "div", "section", "article", "ul", "ol", "table", "figure", "br")
PARAGRAPH_MAX_CHARS = 1200


def sequel_parts(container) -> list:
    """The parts of a body an ad cut in two or more: the same box again after the
    container (its very tag and class), only furniture or a gallery standing between them."""
    parts = []
    named = container.get("class")
    sibling = container.getnext()
    while named and sibling is not None:
        if isinstance(sibling.tag, str) and not is_furniture(sibling) and not _pictures_only(sibling):
            if sibling.tag != container.tag or sibling.get("class") != named:
                break
            parts.append(sibling)
        sibling = sibling.getnext()
    return parts


def _pictures_only(element) -> bool:
    """A gallery or a figure: pictures with their captions, no paragraph of text outside them."""
    return bool(element.xpath(".//img|.//picture")) and not any(
        collapse_spaces(p.text_content()) for p in element.xpath(".//p[not(ancestor::figure)]")
    )


def _custom_element(element) -> bool:
    """A web component ("r-article--body", "story-body"): a box like a <div>, by HTML's
    rule that a custom element's name holds a hyphen."""
    return "-" in element.tag


def _kind(element) -> tuple[str, str]:
    """A sibling block's kind: its tag and its first class ("detail-content afcbc-body"
    and "detail-content afcbc-body detail-content-more" are two parts of one body)."""
    classes = (element.get("class") or "").split()
    return element.tag, classes[0] if classes else ""


def _holds_a_kind(element, kinds: set) -> bool:
    """The element is, or holds, a block of one of these (tag, class) kinds: the second
    part of an article split over two containers ("noi-dung", then "noi-dung-tiep",
    each holding a rich-text field of one class)."""
    return bool(kinds) and any(
        (child.tag, child.get("class")) in kinds for child in element.iter(*{tag for tag, _ in kinds})
    )


# Names that mark the article's own body, stronger than CONTENT_WORDS ("post-body",
# "entry-content", itemprop="articleBody", "noi-dung-chi-tiet").
BODY_NAMES = re.compile(
    (
        r"articlebody|article-?body|article__body|post-?body|entry-?content|story-?body|post-?content|article-?content"
        r"|detail-?content|content-?detail|news-?content|body-?text|noi-?dung|chi-?tiet|detail__content"
        r"|rtestate-?field|richhtmlfield"  # SharePoint's rich-text field, around a document in tables
    ).replace("-?", "[-_]?"),  # "content_detail" as old PHP portals name it
    re.I,
)
BODY_CLIMB = 6  # levels above the best block where its named body may be (rows and row groups not counted)
TABLE_PARTS = frozenset({"tr", "tbody", "thead", "tfoot"})
BODY_EXTRA_PROSE = 1.0  # the named body may hold this much prose again outside the best block


def _named_body_around(best, real_prose: dict):
    """The element named as the article's body just above the best-scoring block: a
    lead or a paragraph set beside the block (in its own <div>) is the article's too."""
    node, climbed = best, 0
    while climbed < BODY_CLIMB:
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
        climbed += node.tag not in TABLE_PARTS  # a document laid out in tables is deep, not far
        marks = f"{node.get('class', '')} {node.get('id', '')} {node.get('itemprop', '')}"
        if BODY_NAMES.search(marks):
            extra = real_prose.get(node, 0) - real_prose.get(best, 0)
            return node if extra <= BODY_EXTRA_PROSE * real_prose.get(best, 0) else best
    return best


HEADLINE_ARTICLE_PROSE = 400  # more than a sapo: the article block's own text


def content_under_headline(container, headline):
    """The body inside the <article> block that holds the page's headline, when the
    best-scoring block stands outside it (teaser cards with long descriptions outscore
    a short article). A headline's block that holds the best one is the usual page."""
    if headline is None or container is None:
        return container
    for ancestor in headline.iterancestors():
        if ancestor is container or ancestor.tag in ("body", "html"):
            return container
        if any(a is ancestor for a in container.iterancestors()):
            return container
        if ancestor.tag == "article":
            inner = find_content(ancestor)
            prose = sum(latin_length(collapse_spaces(p.text_content())) for p in ancestor.iter(*PROSE_TAGS))
            return inner if inner is not None and prose >= HEADLINE_ARTICLE_PROSE else container
    return container


def remove_element(element) -> None:
    """Remove an element from the tree but keep the text that follows it; a block leaves
    a line break, so the lines on either side of it stay apart ("Continua após a
    publicidade", an ad's slot, "Publicidade")."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tag in BLOCK_TAGS:
        line_break = lxml.html.Element("br")
        line_break.tail = element.tail
        parent.replace(element, line_break)
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def leave_headline(element, title: str) -> None:
    """Put the bare headline text in place of the headline element: the cleaner drops
    it as the title again, and knows that what stands above it is the page's header."""
    parent = element.getparent()
    if parent is None:
        return
    marker = lxml.html.Element(element.tag if element.tag in ("h1", "h2", "h3") else "h1")
    marker.text = title
    marker.tail = element.tail
    parent.replace(element, marker)


def prune(container) -> None:
    """Remove page furniture from inside a container the generic extractor chose, and
    teaser cards: another article's picture, headline and description in one link."""
    controls = container.find(".//button") is not None or bool(container.xpath(FORM_FIELD))
    graphics = graphic_boxes(container)
    for element in list(container.iter()):
        if element is container or not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if (
            (
                is_furniture(element)
                and not _inline_in_prose(element)
                and not live_ticker_part(element)
                and not holds_a_slide_caption(element)
            )
            or (controls and form_box(element))
            or player_box(element)
            or call_to_action_box(element)
            or skipped_box(element)
            or machine_summary_box(element)
            or plug_box(element)
            or writer_card(element)
            or live_blog_head(element)
        ):
            paragraph = element.getparent()
            remove_element(paragraph if paragraph is not container and _label_of_a_link(element) else element)
        elif gallery := gallery_titles(element) or (element in graphics and graphic_texts(element, graphics[element])):
            for title in gallery:
                remove_element(title)
        elif (element.tag in CARD_TAGS and split_teaser_card(element)) or (element.tag == "a" and teaser_card(element)):
            box = element.getparent()
            remove_element(element)
            # with its box, when the box holds only a label besides ("Kapcsolódó", "Đọc thêm"), or
            # the cards' heading once the last card is gone ("Gợi ý cho bạn")
            left = collapse_spaces(box.text_content())
            if box is not container and (
                len(left.split()) <= TEASER_LABEL_MAX_WORDS
                or any(collapse_spaces(heading.text_content()) == left for heading in box.iter(*SUBHEADING_TAGS))
            ):
                remove_element(box)


def _inline_in_prose(element) -> bool:
    """A link or a span inside a sentence ("El <a class="link-tag">Servicio …</a>
    mantiene …"): a word of the text, whatever its class says."""
    parent = element.getparent()
    while element.tag == "a" and parent is not None and parent.tag in INLINE_TAGS:
        parent = parent.getparent()  # a name's link in the span that also holds its pop-up card
    if element.tag not in INLINE_TAGS or parent is None or parent.tag not in PROSE_TAGS:
        return False
    text, own = collapse_spaces(parent.text_content()), collapse_spaces(element.text_content())
    if not own:
        return False  # an empty slot or icon: no word of the text, and its removal keeps the words after it
    before, _, after = text.partition(own)
    # in a long paragraph, or between words of a shorter one ("Gov. <span>Name</span> (R) is …")
    wanted = PROSE_MIN_CHARS // 2 if before.strip() and after.strip() else PROSE_MIN_CHARS
    return len(text) - len(own) >= wanted


def _label_of_a_link(element) -> bool:
    """An inline label named as furniture ("<span class="read-also">Lire aussi |</span>") in a
    paragraph that holds nothing else but links: the paragraph is the promotion, not only its label."""
    parent = element.getparent()
    if element.tag not in INLINE_TAGS or parent is None or parent.tag not in PROSE_TAGS:
        return False
    linked = sum(len(collapse_spaces(a.text_content())) for a in parent.iter("a") if a is not element)
    rest = len(collapse_spaces(parent.text_content())) - len(collapse_spaces(element.text_content()))
    return linked > 0 and linked >= rest - 2  # spaces around the link
