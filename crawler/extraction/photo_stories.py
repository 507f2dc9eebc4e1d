"""A photo story's article: the block that holds the story's captions with the words
beside them, an intro in a box of its own or the paragraphs around a gallery. Pure.
"""

from __future__ import annotations

from .class_words import CAPTION_CLASS, GALLERY_NAME
from .element_names import element_names, named_as_caption
from .text import collapse_spaces, word_count

STORY_CAPTION_MIN_WORDS = 6  # a sentence, not a photographer's credit
STORY_PARAGRAPH_MIN_CHARS = 80  # a paragraph of the story beside a gallery, not a label
GALLERY_CAPTIONS_SHARE = 0.8  # of a block's words in its captions: a gallery


def story_around(best):
    """A photo story prints a short intro in its own block beside the figures whose
    captions tell the story: the block holding both is the article, when the captions
    say more than the intro (two of them at least). So is the block around a gallery
    chosen for its captions, when two of the article's paragraphs stand beside it."""
    parent = best.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return best
    inside = set(best.iter())
    captions = [(caption in inside, word_count(caption.text_content())) for caption in _captions(parent)]
    told = [words for own, words in captions if not own and words >= STORY_CAPTION_MIN_WORDS]
    intro = word_count(best.text_content())
    if len(told) >= 2 and sum(told) > intro:
        return parent
    # ... or the best block is the gallery itself, its captions telling the story, and the
    # article's paragraphs stand beside it
    own = [words for inner, words in captions if inner]
    beside = [
        paragraph
        for paragraph in parent.iter("p")
        if paragraph not in inside and len(collapse_spaces(paragraph.text_content())) >= STORY_PARAGRAPH_MIN_CHARS
    ]
    gallery = len(own) >= 2 and sum(own) >= GALLERY_CAPTIONS_SHARE * intro
    return parent if gallery and len(beside) >= 2 else best


def _captions(root) -> list:
    """A gallery's captions under `root`: its <figcaption>s, or the blocks whose class names them
    captions beside a slide's picture ("<p class="gallery-item__caption">"), the outermost of each."""
    found = []
    for element in root.iter("figcaption", "p", "div", "span"):
        if element.tag != "figcaption" and not CAPTION_CLASS.search(element.get("class") or ""):
            continue
        slide = element.getparent()
        slide = slide.getparent() if slide is not None else None
        if element.tag != "figcaption" and (slide is None or next(slide.iter("img"), None) is None):
            continue
        if not any(ancestor in found for ancestor in element.iterancestors()):
            found.append(element)
    return found


def holds_a_slide_caption(element) -> bool:
    """A slide's box named as a gallery's furniture ("gallery-item__info") that holds
    the slide's caption, a sentence: the caption stays, with its box."""
    return bool(GALLERY_NAME.search(element_names(element))) and any(
        named_as_caption(part) and word_count(part.text_content()) >= STORY_CAPTION_MIN_WORDS
        for part in element.iterdescendants()
    )
