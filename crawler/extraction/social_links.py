"""Links to social networks set in an article's text: an invitation to follow the site
("Follow us on LINE", "Pratite Blic i na Viber kanalu"), not the article's words. Pure.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .block import Block
from .furniture_elements import SOCIAL_HOSTS
from .inline_lists import linked_share
from .text import collapse_spaces

SOCIAL_LINKED_SHARE = 0.4  # "<a>Pratite Blic i na Viber kanalu</a>, budite u toku …": the invitation is the link
SOCIAL_MAX_WORDS = 25
SOCIAL_LINKED_MAX_WORDS = 50  # "<a>Únete a nuestro canal … en WhatsApp!, desde tu dispositivo …</a>"
SOCIAL_WHOLLY_LINKED = 0.9
SOCIAL_BOX_MAX_CHILDREN = 3


def links_to_social_networks(block: Block) -> bool:
    """The block is one link, or links, to social networks, and no account is named in
    it ("Аккаунт: @kitchenghosts" in a list of accounts is the article's); or it is the
    text of a box whose only link, a banner's, goes to one ("Follow us on LINE")."""
    element = block.element
    words = len(block.text.split())
    if "@" in block.text or words > SOCIAL_LINKED_MAX_WORDS:
        return False
    if words > SOCIAL_MAX_WORDS and linked_share(block) < SOCIAL_WHOLLY_LINKED:
        return False  # a longer pitch counts only when all of it is the link
    if next(element.iter("a"), None) is None:
        box = element.getparent()  # a small box: the banner's link and this text
        if (
            box is None
            or len(box) > SOCIAL_BOX_MAX_CHILDREN
            or len(collapse_spaces(box.text_content())) > len(block.text)
        ):
            return False
        element = box
    elif linked_share(block) < SOCIAL_LINKED_SHARE:
        return False
    hosts = [_host(a.get("href", "")) for a in element.iter("a")]
    return bool(hosts) and all(SOCIAL_HOSTS.search(host) for host in hosts)


def _host(href: str) -> str:
    try:
        return urlsplit(href.strip()).hostname or ""
    except ValueError:  # "http://[broken": no host
        return ""
