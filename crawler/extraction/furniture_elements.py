"""Elements that are never article text, whatever the portal, as named data: tags,
and selectors of share bars, related boxes, toolbars, counters and comment blocks
(the words that mark furniture by its class names are in class_words.py).
"""

from __future__ import annotations

import re

NEVER_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "video",
    "audio",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "aside",
    "footer",
    "marquee",
)
SHARE_WIDGETS = (
    ".sharedaddy",
    ".sd-sharing-enabled",
    ".share",
    ".share-buttons",
    ".social-share",
    ".social",
    ".addthis_toolbox",
    ".a2a_kit",
    ".zalo-share-button",
    ".fb-like",
)
RELATED_BLOCKS = (
    ".jp-relatedposts",
    "#jp-relatedposts",
    ".related-news",
    ".related-posts",
    ".related",
    ".box-same-category",
    ".other-news",
    ".tin-khac",
    ".post-navigation",
    ".yarpp-related",
    '[type*="Related"]',  # VCCorp's embedded boxes: type="RelatedOneNews", "RelatedNewsBox"
)
QR_AND_SOCIAL_BLOCKS = (".qr-code-box", ".qr-code", ".mxh-box", ".tien-ich")
# Hosts of social networks and messengers: a paragraph that is only a link to one of them
# ("📲 Participe do canal … no WhatsApp", "Theo dõi chúng tôi trên Zalo") invites, it does not report.
SOCIAL_HOSTS = re.compile(
    r"(?:^|\.)(?:facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|t\.me|telegram\.me|whatsapp\.com|wa\.me"
    r"|zalo\.me|youtube\.com|youtu\.be|tiktok\.com|instagram\.com|linkedin\.com|threads\.net|news\.google\.com"
    r"|line\.me|lin\.ee|viber\.com)$"
)
TOOLBARS = (".print-toolbar", ".tool-bar", ".toolbar", ".font-size", ".text-resize")
COUNTERS = (".counter", ".view-count", ".post-views")
COMMENT_BLOCKS = ("#comments", ".comments-area", ".comment-respond", ".fb-comments")

# ... but an <aside> of facts beside the text is the article's ("Fakta: Matfors sporthall",
# then its figures), as is one of the article's key points ("In short: …"): named so in its
# class or id, or in its test id, component or area where the classes are hashed
FACT_BOX_NAMES = (
    "factbox",
    "fact-box",
    "fakta",
    "infobox",
    *("Infobox", "InfoBox", "Factbox", "FactBox"),  # in a component's name: "ArticleInfobox_root__Vb6nX"
    *("factModule", "fact-module"),  # a module of the article's figures: "factModule--type-numbers"
    "infokasten",
    "encadre",
    "KeyPoints",
    "key-points",
    "keypoints",
    "info_box",  # in a data-area: '<aside data-area="info_box">'
    "box--info",  # a BEM modifier: '<aside class="c-box c-box--info">'
    "--facts",  # ... or an embed's: '<aside class="embed embed--facts">'
)
FACT_BOX = re.compile("|".join(FACT_BOX_NAMES))  # as the selector reads them: case matters
FACT_BOX_ATTRIBUTES = ("class", "id", "data-test-id", "data-testid", "data-component", "data-area")
_ASIDE = "aside" + "".join(
    f':not([{attribute}*="{name}"])' for name in FACT_BOX_NAMES for attribute in FACT_BOX_ATTRIBUTES
)


def named_fact_box(element) -> bool:
    """An element its class, id, test id, component or area names as a box of facts or key points."""
    return any(FACT_BOX.search(element.get(attribute) or "") for attribute in FACT_BOX_ATTRIBUTES)


FACT_LIST_MIN_WORDS = 8


def made_as_fact_box(element) -> bool:
    """An <aside> made as a box of facts: a heading over a list or a table of the article's
    figures, no link, no control and no picture in it (a related box links, a newsletter's asks,
    a pull quote holds no list)."""
    if element.tag != "aside" or element.find(".//a") is not None or element.xpath(".//button|.//input|.//img|.//form"):
        return False
    return (
        bool(element.xpath("./h2|./h3|./h4|./header/*[self::h2 or self::h3 or self::h4]"))
        and bool(element.xpath(".//ul|.//ol|.//table"))
        and len(element.text_content().split()) >= FACT_LIST_MIN_WORDS
    )


DROP_SELECTORS = (
    tuple(_ASIDE if tag == "aside" else tag for tag in NEVER_CONTENT)
    + SHARE_WIDGETS
    + RELATED_BLOCKS
    + QR_AND_SOCIAL_BLOCKS
    + TOOLBARS
    + COUNTERS
    + COMMENT_BLOCKS
)
# A place set before the lead by the CMS, its dash drawn by the style sheet
# ("<span class="location-stamp">TP HCM</span>Từ ngày …"): not the lead's words.
LEAD_PLACES = (".location-stamp",)
