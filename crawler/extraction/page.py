"""A page's HTML → the article's fields. Pure: no Scrapy, no I/O.

`extract_article(html, url, selectors)` uses the portal's selectors where they find
the content, and the generic layer (generic.py) where they do not. Both feed the
same content walk (walk.py) and the same text cleaner (cleaner.py), so a caption, a
byline or a related-news block is handled alike on every page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from . import byline_parts, category, cleaner, generic, lines, live_tickers, page_parts, writers
from .class_words import KICKER_HINT
from .dates import date_from_url, find_dates
from .element_names import is_furniture
from .furniture_elements import DROP_SELECTORS, LEAD_PLACES
from .page_metadata import PageMetadata, read_metadata
from .parsing import parse_html, text_of
from .photo_stories import STORY_CAPTION_MIN_WORDS
from .selectors import GENERIC, Selectors, css, first, is_listing_view
from .text import fold, word_count
from .url_shapes import looks_like_article
from .urls import canonical_url, host_of, joined, site_name_of_host
from .walk import assign_captions, block_lines, drop, figure_images, is_inside, walk

TITLE_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")  # "Headline | Site name"
ARTICLE_TYPES = {"article", "news", "newsarticle", "blogposting"}


@dataclass
class Extraction:
    """What a page says, before dates are resolved and items are stored."""

    url: str
    canonical_url: str
    is_article: bool
    title: str | None = None
    summary: str | None = None
    body: str | None = None
    author: str | None = None
    category: str | None = None
    images: list[dict] = field(default_factory=list)
    date_candidates: list[tuple[str, str]] = field(default_factory=list)
    used_fallback: bool = False
    layer: str = "none"  # which layer found the content: one of LAYERS
    teaser_headline: bool = False  # the headline links to another page: a listing's first teaser
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, line) the cleaner removed


# The layers that can find an article's content, as `archive extract --explain` names them.
LAYERS = {
    "selectors": "the portal's selectors",
    "fallback": "the generic layer: the portal's selectors found no content",
    "generic": "the generic layer: no selectors for this site",
    "none": "nothing: no content found",
}


def extract_article(
    html: str | bytes, url: str, selectors: Selectors = GENERIC, origin: str | None = None
) -> Extraction:
    """Extract the article on one page.

    `url` is the page's live URL (links resolve against it); `origin` the portal's
    live scheme and host, for the canonical URL.
    """
    root = parse_html(html, url)
    if root is None:
        return Extraction(url=url, canonical_url=canonical_url(url, origin), is_article=False)
    metadata = read_metadata(root)
    canonical = _canonical(metadata, url, origin)
    # A non-article page (a WordPress page, a video page) is still extracted: the
    # spider skips it, `archive extract` shows what it holds.
    result = Extraction(url=url, canonical_url=canonical, is_article=_is_article(root, metadata, selectors))

    parts = locate_parts(root, selectors, metadata)
    container, title_element = parts.container, parts.title
    summary_element, stamp_element, byline_element = parts.summary, parts.stamp, parts.byline
    guessing = parts.guessing
    if guessing and container is not None and live_tickers.is_live_page(metadata.json_ld):
        container = live_tickers.with_entries_beside(container)
    result.used_fallback = parts.used_fallback
    result.title = _title(root, metadata, title_element)
    if _links_elsewhere(title_element, url, canonical, origin):
        result.teaser_headline, result.is_article = True, False
    result.category = text_of(first(root, selectors.category)) or metadata.meta("article:section")
    if guessing and not result.category:
        result.category = category.find_category(root, title_element, result.title, stamp_element)

    # Separate inline pieces: "08:30" and "1.382 lượt đọc" in two spans are not "08:301.382".
    stamp = " ".join(" ".join(stamp_element.itertext()).split()) if stamp_element is not None else ""
    result.date_candidates = _metadata_dates(metadata)
    if stamp:
        result.date_candidates.append(("stamp", stamp))
    if date_from_url(url):
        result.date_candidates.append(("url", url))
    if summary_element is not None:
        drop(summary_element, LEAD_PLACES)
    result.summary = lines.strip_source_tag(text_of(summary_element)) or None
    byline_lines = block_lines(byline_element) if byline_element is not None else []
    names = byline_parts.byline_names(byline_element) if byline_element is not None else None
    if container is None:
        return result
    result.layer = "fallback" if parts.used_fallback else "generic" if guessing else "selectors"

    for element in (summary_element, byline_element, stamp_element):
        if element is not None and is_inside(element, container):
            generic.remove_element(element)
    if title_element is not None and title_element is not container and is_inside(title_element, container):
        generic.leave_headline(title_element, result.title or "")
    if guessing:
        generic.prune(container)
    drop(container, DROP_SELECTORS + tuple(selectors.drop))

    blocks, images = walk(container, url, selectors)
    live = guessing and (live_tickers.is_live_page(metadata.json_ld) or live_tickers.live_ticker_part(container))
    summary_points = live_tickers.live_summary(container, title_element, summary_element) if live else None
    if summary_points is not None:
        blocks = walk(summary_points, url, selectors)[0] + blocks  # the story so far, then the entries
    for part in generic.sequel_parts(container) if guessing else ():
        generic.prune(part)
        drop(part, DROP_SELECTORS + tuple(selectors.drop))
        part_blocks, part_images = walk(part, url, selectors)
        shift = len(images)  # the part's pictures follow the container's
        blocks += [replace(b, images=(b.images[0] + shift, b.images[1] + shift)) for b in part_blocks]
        images += part_images
    if guessing:
        lead = [
            image
            for figure in page_parts.find_lead_figures(title_element, container)
            for image in figure_images(figure, url)
        ]
        images = lead + images
        blocks = [replace(b, images=(b.images[0] + len(lead), b.images[1] + len(lead))) for b in blocks]
    cleaned = cleaner.clean(
        blocks,
        title=result.title or "",
        stamp=stamp,
        summary=result.summary or "",
        captions={image.caption for image in images if image.caption},
        site_names=[*_site_names(metadata), site_name_of_host(host_of(url))],
    )
    result.removed = cleaned.removed
    assign_captions(images, cleaned.captions)
    known = writers.metadata_writers(metadata.json_ld, metadata.meta("author"), root) if guessing else None
    box = writers.writer_over_desk(writers.box_byline(byline_lines, names), cleaned.author)
    result.author = writers.checked_by_metadata(box, known, byline_lines)
    result.author = writers.without_site_name(result.author or cleaned.author or known, _site_names(metadata))
    # Each paragraph with the number of pictures standing before it.
    paragraphs = [
        (block.images[1], text, runs_on)
        for block, text, runs_on in zip(
            cleaned.kept, cleaned.paragraphs, _running_on(cleaned.kept, blocks), strict=True
        )
    ]
    for end in (0, -1):  # the writer the metadata names, set as the body's first or last line
        if len(paragraphs) > 1 and writers.names_the_writer(paragraphs[end][1], known):
            result.removed.append(("byline", paragraphs.pop(end)[1]))
    named = ", ".join(filter(None, (result.author, known)))  # the writer's bio, under the text or atop it
    for at in sorted({0, *range(max(1, len(paragraphs) - writers.BIO_LAST_LINES), len(paragraphs))}, reverse=True):
        if len(paragraphs) > 1 and at < len(paragraphs) and writers.writers_bio(paragraphs[at][1], named):
            result.removed.append(("writer's bio", paragraphs.pop(at)[1]))
    if guessing and not result.summary and paragraphs and _is_marked_lead(metadata, blocks, paragraphs[0][1]):
        result.summary = lines.strip_source_tag(paragraphs.pop(0)[1])
    if not stamp:
        # A dateline printed inside the body is the page's stamp.
        result.date_candidates.extend(("stamp", line) for rule, line in cleaned.removed if rule == "date stamp")
    if not result.summary and paragraphs and lines.has_source_tag(paragraphs[0][1]):
        paragraphs[0] = (paragraphs[0][0], lines.strip_source_tag(paragraphs[0][1]), False)
    result.body = _joined(_with_story_captions(paragraphs, images)) or None
    result.images = [
        {"src": image.src, "caption": image.caption, "position": position} for position, image in enumerate(images)
    ]
    lead = result.summary or (paragraphs[0][1] if paragraphs else "")
    if lead and find_dates(lead):
        result.date_candidates.append(("body", lead))
    return result


def _running_on(kept: list, blocks: list) -> list[bool]:
    """Whether each kept line goes on the paragraph of the one kept before it: it runs on after
    one line break (a stanza's next line) and nothing was taken out between them."""
    position = {id(block): index for index, block in enumerate(blocks)}  # (a line the cleaner joined has none)
    return [
        index > 0 and block.runs_on and position.get(id(kept[index - 1]), -2) == position.get(id(block), 0) - 1
        for index, block in enumerate(kept)
    ]


def _joined(paragraphs: list[tuple[str, bool]]) -> str:
    """The body's text: paragraphs apart by a blank line, a paragraph's lines by a line break."""
    return "".join(
        ("\n" if runs_on else "\n\n") * (index > 0) + text for index, (text, runs_on) in enumerate(paragraphs)
    )


def _with_story_captions(paragraphs: list[tuple[int, str, bool]], images: list) -> list[tuple[str, bool]]:
    """The body's paragraphs, each with whether it goes on the one before; in a photo story,
    where the captions say more than the paragraphs do, the captions too, each where its
    picture stands: they are the story (and stay with their pictures)."""
    texts = [text for _, text, _ in paragraphs]
    captions = [
        (position, image.caption)
        for position, image in enumerate(images)
        if image.caption and word_count(image.caption) >= STORY_CAPTION_MIN_WORDS and image.caption not in texts
    ]
    if len(captions) < 2 or sum(word_count(c) for _, c in captions) <= sum(word_count(t) for t in texts):
        return [(text, runs_on) for _, text, runs_on in paragraphs]
    # A paragraph stands after the pictures before it; the captions go in at their pictures.
    merged = [(before - 0.5, text) for before, text, _ in paragraphs] + [(float(p), c) for p, c in captions]
    return [(text, False) for _, text in sorted(merged, key=lambda item: item[0])]


# --- page-level fields ----------------------------------------------------------


@dataclass
class PageParts:
    """Where the article's parts are on a page: the portal's selectors where they
    find something, the generic layer's guesses where they do not."""

    container: object
    title: object
    summary: object
    stamp: object
    byline: object
    used_fallback: bool  # the portal's body selector found nothing
    guessing: bool  # the generic layer is in charge (fallback or no selectors)


def locate_parts(root, selectors: Selectors, metadata: PageMetadata | None = None) -> PageParts:
    metadata = metadata or read_metadata(root)
    container = first(root, selectors.body)
    used_fallback = False
    if container is None or not text_of(container):
        # The portal's selectors found nothing (a new template?) or there are none.
        used_fallback = selectors.body is not None
        container = generic.find_content(root)
    guessing = selectors.body is None or used_fallback
    # ... and the headline its structured data names (a live page's <title> may shorten it)
    headlines = (item.get("headline") for item in metadata.json_ld)
    page_titles = (metadata.meta("og:title"), metadata.title, *(h for h in headlines if isinstance(h, str)))
    title = first(root, selectors.title) if selectors.title else page_parts.find_title(root, container, page_titles)
    if guessing:
        container = generic.content_under_headline(container, title)
    summary, stamp, byline = (
        first(root, selectors.summary),
        first(root, selectors.stamp),
        first(root, selectors.byline),
    )
    if guessing:
        if summary is None:
            description = metadata.meta("description") or metadata.meta("og:description")
            summary = page_parts.find_summary(title, container, description)
        if stamp is None:
            stamp = page_parts.find_stamp(title, lines.is_stamp_line)
        if byline is None:
            byline = byline_parts.find_byline(title, container)
    return PageParts(container, title, summary, stamp, byline, used_fallback, guessing)


def _site_names(metadata: PageMetadata) -> list[str]:
    """The names the site gives itself: og:site_name, and the tail of the <title>
    ("… | La Vigie de Québec")."""
    title = metadata.title
    tail = TITLE_SEPARATOR.split(title)[-1] if TITLE_SEPARATOR.search(title) else ""
    return [name for name in (metadata.meta("og:site_name"), tail) if name]


def _canonical(metadata: PageMetadata, url: str, origin: str | None) -> str:
    href = metadata.canonical
    absolute = joined(url, href) if href else None
    if absolute:
        # Trust a canonical link only on the portal itself (origin) or the page's host.
        host = lambda u: canonical_url(u, origin).split("/")[2]  # noqa: E731
        if host(absolute) == host(url):
            return canonical_url(absolute, origin)
    return canonical_url(url, origin)


def _links_elsewhere(title_element, url: str, canonical: str, origin: str | None) -> bool:
    """Whether the headline is a link to another article, as a listing's teasers are
    (an article's headline, if a link at all, links to the article itself, or is the
    site's name linking home)."""
    if title_element is None:
        return False
    anchors = [*title_element.iter("a"), *(a for a in title_element.iterancestors("a"))]
    own = {canonical_url(url, origin), canonical}
    own_paths = {urlsplit(u).path.rstrip("/") for u in own}
    for anchor in anchors:
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        absolute = joined(url, href)
        target = canonical_url(absolute, origin) if absolute else ""
        if (
            target
            and target not in own
            and urlsplit(target).path.rstrip("/") not in own_paths
            and looks_like_article(target)
        ):
            return True
    return False


def _is_article(root, metadata: PageMetadata, selectors: Selectors) -> bool:
    if selectors.article_marker:
        return bool(css(selectors.article_marker)(root))
    if is_listing_view(root):
        return False
    og_type = metadata.meta("og:type")
    return og_type is None or og_type.lower() in ARTICLE_TYPES


def _title(root, metadata: PageMetadata, title_element) -> str | None:
    title = _without_kicker(title_element, text_of(title_element))
    if "null" in title and any(_is_leftover(child) for child in title_element.iterdescendants()):
        # an empty subtitle's element, after the headline or before it: "<span class="sub-title">null"
        title = title.removesuffix("null").rstrip().removeprefix("null").lstrip()
    if not title:
        # <title> is often "Site - Headline" or "Headline | Site": take the longest part,
        # unless the page prints the whole of it (a headline with "2025 - 2027" in it).
        title = metadata.meta("og:title") or metadata.title
        title = _headline_part(title, root) if title else title
    return lines.clean_title(title) or None


def _without_kicker(title_element, title: str) -> str:
    """The headline without the kicker printed inside its element, its topic over it ("<h1><span
    class="article-title__overline">Prämien 2026</span>: Krankenkassen …</h1>"): the site names
    the kicker apart, as it names the headline's own words."""
    if title_element is None:
        return title
    for element in title_element.iterdescendants():
        if isinstance(element.tag, str) and KICKER_HINT.search(page_parts.marks(element)):
            kicker = text_of(element)
            if kicker and title.startswith(kicker) and len(title) > len(kicker):
                return title[len(kicker) :].lstrip(" :|–—-·")
    return title


def _is_leftover(element) -> bool:
    return isinstance(element.tag, str) and len(element) == 0 and (element.text or "").strip() == "null"


def _headline_part(title: str, root) -> str:
    """The headline in a <title> that is "Site - Headline" or "Headline | Site": the
    longest run of its parts that the page prints (a headline may hold " - " itself,
    "nhiệm kỳ 2025 - 2027"); else the longest part."""
    pieces = re.split(r"(\s+[|–—-]\s+)", title)  # parts at even indexes, separators between
    parts = pieces[::2]
    if len(parts) == 1:
        return title
    body = root.find("body")
    printed = fold(" ".join((body if body is not None else root).text_content().split()))
    runs = ["".join(pieces[2 * i : 2 * j + 1]) for i in range(len(parts)) for j in range(i, len(parts))]
    found = [run for run in runs if fold(run) in printed]
    return max(found or parts, key=len)


def _metadata_dates(metadata: PageMetadata) -> list[tuple[str, str]]:
    found = [("metadata", content) for content in metadata.dates]
    found.extend(
        ("metadata", item["datePublished"]) for item in metadata.json_ld if isinstance(item.get("datePublished"), str)
    )
    for element in metadata.times:
        if next(element.iterancestors("aside", "nav", "footer"), None) is None and not _in_furniture(element):
            found.append(("metadata", element.get("datetime", "")))
            break
    return [(source, raw.strip()) for source, raw in found if raw and raw.strip()]


def _is_marked_lead(metadata: PageMetadata, blocks, first_paragraph: str) -> bool:
    """A first paragraph printed as the sapo: set in bold, and repeated as the page's
    description."""
    description = metadata.meta("description") or metadata.meta("og:description")
    if not description or fold(lines.strip_source_tag(description)) != fold(lines.strip_source_tag(first_paragraph)):
        return False
    element = next((b.element for b in blocks if b.text == first_paragraph), None)
    return element is not None and page_parts.is_bold(element)


def _in_furniture(element) -> bool:
    return any(is_furniture(ancestor) for ancestor in element.iterancestors())
