"""Lines where the site promotes itself inside an article: one of its products named with
the site's own name ("SPIEGAL+", "Kvällsbladet Plus", "Download de NOZ-app", "Omet
Premium", "Aftonbladel TV"), or its newsroom's own address ("… Napište nám na tipy@…"). A
story names another outlet's products, rarely its own. Pure.
"""

from __future__ import annotations

import re

from .text import fold
from .urls import site_name_of_host

# What a site sells beside its articles, after its name: "+", "Plus", "Pro", its app, its channel
PRODUCT_AFTER_NAME = r"\w{0,3}(?:\s*\+|[ -](?:plus|pro|premium|app|app-?en|tv|select|digital|abo|extra|club)(?!\w))"
PROMOTION_MAX_WORDS = 40
SITE_NAME_MIN_CHARS = 3
# A newsroom's address at the site's own domain, by the role its name says (a writer's has a name)
NEWSROOM_ADDRESS = re.compile(
    r"(?<![\w.+-])(?:tips?|tipy|tipsa|tipset|vinkit?|redak\w*|redac\w*|redaz\w*|redactie|toimitus|uutiset|news"
    r"|newsroom|newsdesk|desk|nieuws|noticias|nachrichten|szerkesztoseg|hirek|debats?|opinion|letters?|leserbriefe"
    r"|lettres|cartas|lettere|brev|insandare|zpravy|spravy|novosti|vesti|haber|ihbar|jebo|editors?|editorial)"
    r"@([\w-]+(?:\.[\w-]+)+)",
    re.I,
)


def product_pattern(site_names: list[str]) -> re.Pattern | None:
    """One pattern for a page's own products, from the names the site gives itself."""
    names = {fold(name).strip() for name in site_names}
    names = sorted((name for name in names if len(name) >= SITE_NAME_MIN_CHARS), key=len, reverse=True)
    if not names:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))}){PRODUCT_AFTER_NAME}")


def promotes_the_site(folded: str, products: re.Pattern | None) -> bool:
    """A short line (folded, as the cleaner holds it) naming one of the site's products."""
    return products is not None and len(folded.split()) <= PROMOTION_MAX_WORDS and bool(products.search(folded))


def names_key(site_names: list[str]) -> frozenset[str]:
    """The site's names as an address spells them: "seznanzpravy" of "Seznan Zprávy"."""
    keys = (re.sub(r"\W", "", fold(name)) for name in site_names)
    return frozenset(key for key in keys if len(key) >= SITE_NAME_MIN_CHARS)


def gives_the_newsrooms_address(folded: str, names: frozenset[str]) -> bool:
    """A short line (folded) with the newsroom's own address: a call for tips or letters, whatever its words."""
    if len(folded.split()) > PROMOTION_MAX_WORDS or "@" not in folded:
        return False
    return any(site_name_of_host(match.group(1)) in names for match in NEWSROOM_ADDRESS.finditer(folded))
