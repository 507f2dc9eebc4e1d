"""What the page names an element (its class, its own id, its test id) and what the
names say: page furniture, or a caption. The generic layer, the content walk and the
page parts all ask here.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .class_words import CAPTION_CLASS, CONTENT_WORDS, FURNITURE_COMPOUND, FURNITURE_WORDS
from .furniture_elements import NEVER_CONTENT, made_as_fact_box, named_fact_box

STRUCTURAL = frozenset({"html", "body", "main", "article"})

# ASP.NET WebForms pages wrap the whole page in one <form>: a form is dropped from
# inside an article, but being inside one says nothing.
FURNITURE_TAGS = frozenset(NEVER_CONTENT) - {"form"}


# ASP.NET and DotNetNuke give an element the path of its naming containers for id
# ("ctl00_mainContent_ctl00_pnlRelateInline", "dnn_ctr412_View_lblTitle"): the last part
# names the element, the rest its ancestors ("mainContent" says nothing of a related box).
CONTAINER_PATH = re.compile(r"^(?:ctl\d+|dnn)(?:_\w*)?_(?=[^_]+$)")


# A heading's anchor made of its words ("what-it-means-for-the-cap"): its text, not a name
TEXT_ANCHOR = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){4,}")


def own_id(element) -> str:
    """The element's own name in its id, without the path of its naming containers; none
    when the id is the anchor a heading's words make."""
    value = element.get("id") or ""
    if value.startswith(("ctl", "dnn")):
        return CONTAINER_PATH.sub("", value)
    return "" if TEXT_ANCHOR.fullmatch(value) else value


# The names a page's tests find its elements by ('data-qa-id="related-story"', Cypress's data-cy)
TEST_IDS = ("data-testid", "data-test-id", "data-test-tag", "data-qa", "data-qa-id", "data-cy", "data-e2e")
COMPONENT_SCRIPT = re.compile(r"^.*/|\..*$")  # a script's folder and its build hash and extension


def element_names(element) -> str:
    """What the page names an element: its class and own id, and, on sites whose classes a
    build tool hashes ("css-4h1qk8", "dcr-ugskq5t"), its test ids and component name
    (data-component, the Guardian's data-gu-name, a custom element's name)."""
    # asked of every element of a page, so read without a loop: most have a class alone, or nothing
    get = element.get
    named = get("class")
    if len(element.attrib) == (named is not None):
        return named or ""
    others = [own_id(element), *map(get, TEST_IDS), get("data-component"), get("data-gu-name")]
    # a custom element's component name: '<gu-island name="EmailSignUpWrapper">', or its
    # script's: '<astro-island component-url="/_astro/VideoPlayer.Dq8x1mRT.js">'
    if isinstance(element.tag, str) and "-" in element.tag:
        others.append(get("name"))
        others.append(COMPONENT_SCRIPT.sub("", get("component-url") or ""))
    if not any(others):
        return named or ""
    return " ".join(filter(None, [named, *others]))


def named_as_caption(element) -> bool:
    """An element named as a caption: "…Caption", "chu-thich", "media-caption" (a test id)."""
    return isinstance(element.tag, str) and bool(CAPTION_CLASS.search(element_names(element)))


# An element's kind, named by its component's script: "related" on a link's box, "membership-inline"
KIND_ATTRIBUTES = (
    "data-component",
    "data-type",
    "data-widget",
    "data-container",  # the Guardian's "epic"
    "data-block",  # a block editor's kind: "cta"
    "data-area",  # a page's area: "offer_box"
    "data-block-type",  # a block's kind: "video", "paywall"
    "data-dot",  # Seznam's component names: "mol-newsletter"
)
# A block whose kind is the wall itself (a box named "paywall" may hold the text behind it)
WALL_KINDS = frozenset({"paywall"})


def _one_of_articles(element) -> bool:
    return any(a.tag == "article" for a in element.iterancestors()) or any(
        sibling.tag == "article"
        for sibling in itertools.chain(element.itersiblings(), element.itersiblings(preceding=True))
    )


def is_furniture(element) -> bool:
    """A sidebar, menu, share bar, comment box...: by its tag, or by its names."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in FURNITURE_TAGS:
        return not facts_aside(element)
    # an <article> inside another is a related item or a comment, as HTML means it, and one among
    # others is one of a list's items (a live page's entries, a call to send tips among them): its
    # names may say so
    if tag in STRUCTURAL and (tag != "article" or not _one_of_articles(element)):
        return False
    if OTHER_NODE.search(element.get("class") or ""):
        return True
    # a component's name or kind says what it is, whatever its wrapper's class ("links-block" in a
    # "RichTextComponentWrapper")
    for kind in map(element.get, KIND_ATTRIBUTES):
        if kind and (FURNITURE_WORDS.search(kind) and not CONTENT_WORDS.search(kind) or kind.lower() in WALL_KINDS):
            return True
    names = element_names(element)
    if _furniture_marks(names):
        return True
    words = _camel_words(names)
    return bool(words) and _furniture_marks(words)


# A component's name in camel case ("AdContainer__Wrapper", "InlineAdSlot"), to be read word
# by word; a build tool's short hash ("FbUgLU", "wWbqey") is no name
CAMEL_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z]?[a-z]+(?:[A-Z][a-z]+)+(?![A-Za-z0-9])")
CAMEL_NAME_MIN_CHARS = 8
CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=8192)
def _camel_words(names: str) -> str:
    """The names with their camel-case ones cut into words ("Ad-Container__Wrapper"); "" when none is."""
    cut = CAMEL_NAME.sub(
        lambda name: CAMEL_HUMP.sub("-", name[0]) if len(name[0]) >= CAMEL_NAME_MIN_CHARS else name[0], names
    )
    return "" if cut == names else cut


def facts_aside(element) -> bool:
    """An <aside> of the article's facts: named so, or made so and not named as furniture (an
    aside named "related-box" is furniture, whatever it holds)."""
    return element.tag == "aside" and (
        named_fact_box(element) or (made_as_fact_box(element) and not _furniture_marks(element_names(element)))
    )


# A Drupal node shown inside another in a view mode of its own ("node--view-mode-leia-tambem",
# "node--view-mode-teaser"): another article; the page's own is shown in the full one.
OTHER_NODE = re.compile(r"(?<![a-z])node--view-mode-(?!full(?![a-z])|default(?![a-z]))[a-z]")


# A BEM modifier naming the kind of block ("--promo"), not a layout ("--with-sidebar").
FURNITURE_MODIFIER = re.compile(
    r"promo|sponsored|ads?|advert|related|recommended|register|newsletter|share|social|tags?|comments?"
    r"|telegram|twitter|instagram|facebook|tiktok|bluesky|threads|mastodon",  # an embedded post's network
    re.I,
)


@lru_cache(maxsize=8192)  # a page's classes come back element after element, page after page
def _furniture_marks(marks: str) -> bool:
    if not marks or not FURNITURE_WORDS.search(marks):
        return False
    # "related-articles", "field--name-field-related-articles": a content word in a
    # furniture word's compound names the furniture, not the content
    names = marks
    marks = FURNITURE_COMPOUND.sub(" ", marks)
    if not CONTENT_WORDS.search(marks):
        return True
    # a BEM modifier saying what kind of block it is: "body-paragraph--promo", "article-embed--telegram"
    # (read on the names as written: a compound may hold the modifier)
    if any(FURNITURE_MODIFIER.fullmatch(name.rpartition("--")[2]) for name in names.split() if "--" in name):
        return True
    # a BEM element naming furniture inside a content block: "article-content__reg-wall"
    if any(_furniture_alone(name.rpartition("__")[2].partition("--")[0]) for name in marks.split() if "__" in name):
        return True
    # ... or a CSS module's local name inside a content component: "LiveblogEntry_cta__Jp4Ra"
    if any(_furniture_alone(module.group(1)) for module in map(CSS_MODULE_NAME.fullmatch, marks.split()) if module):
        return True
    # "ad-container ad-inarticle": one name says furniture alone, none says content alone
    says = [(bool(FURNITURE_WORDS.search(name)), bool(CONTENT_WORDS.search(name))) for name in marks.split()]
    return (True, False) in says and (False, True) not in says


CSS_MODULE_NAME = re.compile(r"[A-Za-z0-9]+_([A-Za-z][A-Za-z-]*)__[A-Za-z0-9_-]{4,}")  # Component_local__hash


def _furniture_alone(name: str) -> bool:
    return bool(FURNITURE_WORDS.search(name)) and not CONTENT_WORDS.search(name)
