"""Links set in an article's text to follow or use the site: its accounts on social networks
("Follow us on LINE", "Pratite Blic i na Viber kanalu"), its app, its newsletters, its
subscription. An invitation, not the article's words. Pure.
"""

from __future__ import annotations

import re

from .block import Block
from .furniture_elements import SOCIAL_HOSTS
from .inline_lists import linked_share
from .self_promotion import SITE_NAME_MIN_CHARS
from .text import collapse_spaces
from .url_shapes import split
from .urls import host_of, same_site, site_name_of_host

SOCIAL_LINKED_SHARE = 0.4  # "<a>Pratite Blic i na Viber kanalu</a>, budite u toku …": the invitation is the link
SOCIAL_MAX_WORDS = 25
SOCIAL_LINKED_MAX_WORDS = 50  # "<a>Únete a nuestro canal … en WhatsApp!, desde tu dispositivo …</a>"
SOCIAL_WHOLLY_LINKED = 0.9
SOCIAL_BOX_MAX_CHILDREN = 3
SERVICE_PLUG_MAX_WORDS = 40

# The site's own services a plug links to: its app in a store, its newsletters, its subscription,
# its reader's account ("Sign up for the … Briefing" to /newsletters, "Sæktu …-appið" to /app)
APP_STORES = re.compile(r"(?:^|\.)(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|appgallery\.huawei\.com)$")
SERVICE_PATHS = re.compile(
    r"/(?:newsletters?|nieuwsbrie[fv]\w*|newsletter-\w+|nyhetsbrev\w*|nyhedsbrev\w*|uutiskirje\w*"
    r"|subscribe|subscriptions?|abo|abonnement\w*|abonnieren|assinaturas?"
    r"|suscripci\w+|abbonamenti?|prenumeration|tilaa|apps?|premium|plus|register|signup|sign-up|login|account|konto"
    r"|donate|spenden|membership)(?:[/?#.]|$)",
    re.I,
)


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
    hosts = [host_of(a.get("href", "")) for a in element.iter("a")]
    return bool(hosts) and all(SOCIAL_HOSTS.search(host) for host in hosts)


def links_to_site_services(block: Block) -> bool:
    """A short line whose every link goes to a service of the site: its app in a store, its
    newsletters, its subscription ("Get the numbers first. <a>Sign up for the … Briefing</a>"
    to /newsletters), its own channel or account. A plug for the site, whatever its words; a
    story's link goes to a story or a source (another body's account or sign-up is the story's)."""
    if len(block.text.split()) > SERVICE_PLUG_MAX_WORDS or collapse_spaces(block.element.text_content()) != block.text:
        return False  # (a block cut from a longer element by its line breaks: the element's links are not its own)
    page = block.element.base_url or ""
    links = list(block.element.iter("a"))
    return bool(links) and all(is_site_service(a.get("href", ""), page) for a in links)


def is_site_service(href: str, page_url: str) -> bool:
    """A link to a service of the page's site: its app in a store, a page of its newsletters,
    subscription or reader's account, its own channel or account on a social network."""
    target = split(href.strip())
    host, site = host_of(href), host_of(page_url)
    if APP_STORES.search(host):
        return True
    if SOCIAL_HOSTS.search(host):  # the site's own account or channel, not a source's
        name = site_name_of_host(site)
        return target.path.startswith("/channel/") or (
            len(name) >= SITE_NAME_MIN_CHARS and name in re.sub(r"[\W_]", "", target.path.lower())
        )
    own = not target.netloc or same_site(host, site)
    return own and bool(SERVICE_PATHS.search(target.path))
