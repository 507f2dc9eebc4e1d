"""Vietnamese portal boilerplate, kept as named data.

Three kinds of rule, all matched on the folded text (lower case, no diacritics,
đ → d) so that spelling variants match alike:
- selectors of elements that are never article text, whatever the portal;
- headers that open the end matter of an article (everything from them on goes);
- whole lines that are boilerplate wherever they stand.
A paragraph is only ever dropped when its *whole* text matches a rule: prose that
merely mentions "tin khác" or a view count is article text and stays.
"""

from __future__ import annotations

import re

# --- Elements -------------------------------------------------------------------

NEVER_CONTENT = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "form", "button", "input", "select", "textarea", "nav", "aside", "footer",
)
SHARE_WIDGETS = (
    ".sharedaddy", ".sd-sharing-enabled", ".share", ".share-buttons", ".social-share",
    ".social", ".addthis_toolbox", ".a2a_kit", ".zalo-share-button", ".fb-like",
)
RELATED_BLOCKS = (
    ".jp-relatedposts", "#jp-relatedposts", ".related-news", ".related-posts", ".related",
    ".box-same-category", ".other-news", ".tin-khac", ".post-navigation", ".yarpp-related",
)
QR_AND_SOCIAL_BLOCKS = (".qr-code-box", ".qr-code", ".mxh-box", ".tien-ich")
TOOLBARS = (".print-toolbar", ".tool-bar", ".toolbar", ".font-size", ".text-resize")
COUNTERS = (".counter", ".view-count", ".post-views")
COMMENT_BLOCKS = ("#comments", ".comments-area", ".comment-respond", ".fb-comments")

DROP_SELECTORS = (
    NEVER_CONTENT + SHARE_WIDGETS + RELATED_BLOCKS + QR_AND_SOCIAL_BLOCKS + TOOLBARS
    + COUNTERS + COMMENT_BLOCKS
)

# Class or id words that mark page furniture, for the generic extractor...
FURNITURE_WORDS = re.compile(
    r"comment|sidebar|side-bar|related|share|sharing|social|footer|menu|navbar|breadcrumb"
    r"|banner|advert|\bads?\b|quangcao|quang-cao|popup|modal|cookie|consent|gdpr|gprd|privacy"
    r"|newsletter|subscribe|signup|promo|sponsor|tin-khac|tinkhac|other-news|most-read|docnhieu"
    r"|tin-lien-quan|lienquan|copyright|masthead|toolbar|pagination|pager|tags?\b",
    re.I,
)
# ... unless they also say "this holds the content" (a "main-with-sidebar" wrapper).
CONTENT_WORDS = re.compile(
    r"content|article|main|body|post|entry|story|detail|chi-?tiet|noi-?dung|text|column|page",
    re.I,
)

# --- End matter -----------------------------------------------------------------

# Headers after which nothing is article text (folded, trailing ":" ignored).
END_MARKERS = frozenset({
    "tin khac", "cac tin khac", "tin lien quan", "bai viet lien quan", "bai lien quan",
    "cac bai viet khac", "bai viet khac", "tin cung chuyen muc", "co the ban quan tam",
    "xem them", "tin moi", "tin moi nhat", "tin doc nhieu", "doc nhieu", "tin noi bat",
    "tien ich thong tin", "chung toi tren mang xa hoi", "qr code", "chia se",
    "video hoat dong", "hinh anh hoat dong", "website lien ket", "lien ket website",
    "binh luan", "y kien ban doc", "gui binh luan", "gui y kien", "y kien cua ban",
})

# --- Lines ----------------------------------------------------------------------

LINE_PATTERNS = {
    "image file name": r"[\w\-. ()]{1,80}\.(?:jpe?g|png|gif|webp|bmp|tiff?)",
    "image placeholder": r"(?:anh|hinh|image|photo)\s*(?:minh hoa)?\s*\d*",
    "social icons": r"(?:(?:fb|yt|zl|tw|zalo|facebook|twitter|youtube|tiktok|email|in)\s*)+",
    "qr code": r"(?:ma\s+)?qr\s*code\b.*",
    "share": r"(?:chia se|share|chia se bai viet|gui email|gui bai|in trang|in bai|print|luu tin)\s*:?",
    "font size": r"(?:co chu|font chu|a-?\s*a\s*a\+?)\s*:?.{0,20}",
    "view counter": r"(?:luot xem|so luot xem|luot truy cap|dang online|da xem|views?)\s*:?\s*[\d.,]*(?:\s*\|\s*.*)?",
    "portlet title": r"(?:xuat ban thong tin|chi tiet bai viet)(?:\s+chi tiet bai viet)?",
    "cms null": r"null",
    "back to top": r"(?:ve dau trang|len dau trang|quay lai|tro ve)",
    "google news": r"theo doi .{0,40} tren google news",
    "licence footer": r"(?:giay phep (?:so|thiet lap|xuat ban)|ban quyen thuoc|copyright|©).{0,200}",
}
LINE_RULES = tuple((name, re.compile(rf"^(?:{pattern})$")) for name, pattern in LINE_PATTERNS.items())

# A source tag opening a lead: "LCĐT - ", "(Báo Lào Cai) –", "(laocai.vn) -".
SOURCE_TAG = re.compile(
    r"^\s*(?:\(\s*[^()]{2,40}\s*\)|[A-ZĐ]{2,6}(?:ĐT|TV|O)?|[\w.-]+\.vn)\s*[-–—:]\s+"
)

# --- Bylines --------------------------------------------------------------------

BYLINE_LABEL = re.compile(
    r"^(?:tin|bai|anh|tin va anh|tin, anh|bai va anh|bai, anh|tin/anh|bai/anh|thuc hien|nhom pv)\s*:\s*"
)
# What may follow a name on a byline: the writer's unit, in parentheses or after a dash.
BYLINE_UNIT_SEPARATORS = (" (", " - ", " – ", " — ", "/", ", ")
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]*\.?|[A-ZÀ-ỸĐ]{1,12})$")
