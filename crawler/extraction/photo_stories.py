"""A photo story's article: the block that holds the story's captions with the words
beside them, an intro in a box of its own or the paragraphs around a gallery. Pure.
"""

from __future__ import annotations

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
    captions = [
        collapse_spaces(caption.text_content()) for caption in parent.iter("figcaption") if caption not in inside
    ]
    told = [word_count(caption) for caption in captions if word_count(caption) >= STORY_CAPTION_MIN_WORDS]
    intro = word_count(best.text_content())
    if len(told) >= 2 and sum(told) > intro:
        return parent
    # ... or the best block is the gallery itself, its captions telling the story, and the
    # article's paragraphs stand beside it
    own = [word_count(caption.text_content()) for caption in best.iter("figcaption")]
    beside = [
        paragraph
        for paragraph in parent.iter("p")
        if paragraph not in inside and len(collapse_spaces(paragraph.text_content())) >= STORY_PARAGRAPH_MIN_CHARS
    ]
    gallery = len(own) >= 2 and sum(own) >= GALLERY_CAPTIONS_SHARE * intro
    return parent if gallery and len(beside) >= 2 else best
