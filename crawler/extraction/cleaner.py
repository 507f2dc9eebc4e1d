"""The portal-independent text cleaner: the last line of defence against boilerplate.

It sees the article as a list of text blocks in reading order (each with the
element it came from and the pictures right before it) and decides, block by block,
what is prose, what is a caption, what is the byline and what is boilerplate. The
vocabulary lives in boilerplate.py, what a line is alone in lines.py, who signs an
article in bylines.py, what the page leaves at the edges of the kept lines in
edges.py; this module holds only the decisions in context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .block import PROSE_MIN_CHARS, SUBHEADING_TAGS, Block, inside
from .bylines import (
    BYLINE_LABEL,
    INTERVIEWER,
    WRITERS_ADDRESS,
    credited_authors,
    dateline_reporters,
    is_source_organisation,
    labelled_source,
    parse_byline,
)
from .captions import without_credit
from .edges import (
    without_edge_links,
    without_next_part,
    without_page_header,
    without_sidebar_headings,
    without_site_footer,
)
from .element_names import named_as_caption
from .furniture_elements import named_fact_box
from .inline_lists import after_links, inline_box, inline_list, is_link, promo_box, promoted_link, standalone_link
from .lines import (
    CHROME_MAX_WORDS,
    ends_a_sentence,
    is_end_marker,
    is_meta_line,
    is_promo_marker,
    is_stamp_line,
    line_rule,
    stamp_writer,
)
from .listings import headlines_after_lead, listed_items
from .live_tickers import entry_times_joined
from .pull_quotes import without_pull_quotes
from .self_promotion import gives_the_newsrooms_address, names_key, product_pattern, promotes_the_site
from .signatures import closing_signature, opening_signature
from .social_links import links_to_site_services, links_to_social_networks
from .text import collapse_spaces, fold

CAPTION_MAX_WORDS = 60
SITE_NAME_AFTER = re.compile(r"(.{20,}?)\s[-|–]\s[^-|–]{3,60}$")  # a page title's site name after its headline
NOTE_NUMBER = re.compile(r"[(\[]\d{1,3}[)\]]\s")  # an endnote's number: "(1) Hồ Chí Minh: Toàn tập, …"
# Line rules that a date stamp also matches; a stamp is read as the page's date instead.
STAMP_LOOKALIKES = frozenset({"listed item", "pager", "update time", "broadcast source"})
# Line rules a row of a data table in the article also matches ("2023 6.650 302 16,9").
FIGURES_RULES = frozenset({"pager", "market data", "no words", "weather"})  # a place and its temperature
LIST_ITEM_CLASS = re.compile(r"list[-_]{0,2}item", re.I)
BOX_SOURCE_MAX_WORDS = 30
TABLE_REACH = 2  # elements back from a source line to its table: the table's caption may stand between


@dataclass
class Cleaned:
    paragraphs: list[str] = field(default_factory=list)
    kept: list[Block] = field(default_factory=list)  # the paragraphs' blocks, for where pictures stand
    author: str | None = None
    captions: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)


def _centred(block: Block) -> bool:
    return "text-align:center" in (block.element.get("style") or "").replace(" ", "").lower()


def centred_prose(blocks: list[Block]) -> bool:
    """Most paragraphs without a picture before them are centred: centring sets nothing apart."""
    plain = [block for block in blocks if block.images[0] == block.images[1] and len(block.text) >= PROSE_MIN_CHARS]
    return bool(plain) and sum(map(_centred, plain)) * 2 > len(plain)


def looks_like_caption(block: Block, centred_page: bool = False, following: Block | None = None) -> bool:
    """Short text right after pictures, set apart as captions are (centred, italic); italics
    set nothing apart where the line after it is in italics too (a poem set in italics)."""
    if block.images[0] == block.images[1] or len(block.text.split()) > CAPTION_MAX_WORDS:
        return False
    centred = _centred(block) and not centred_page
    if centred or block.element.tag == "figcaption" or _in_caption_element(block):
        return True
    return _italic(block) and not (following and following.images[0] == following.images[1] and _italic(following))


def _italic(block: Block) -> bool:
    element = block.element
    emphasised = "".join(t for e in element.iter("em", "i") for t in e.itertext())
    return element.tag in ("em", "i") or collapse_spaces(emphasised) == block.text


def _named_caption(block: Block) -> bool:
    """Short text in an element named or made as a caption, pictures or not; a note
    numbered "(1)" is the article's endnote ("chú thích" names both)."""
    return (
        len(block.text.split()) <= CAPTION_MAX_WORDS
        and _in_caption_element(block)
        and not NOTE_NUMBER.match(block.text)
    )


def _in_caption_element(block: Block) -> bool:
    """The block stands in a <figcaption> or an element named as a caption ("…Caption",
    "chu-thich"), itself or two levels up; a row of a table without a picture is data,
    however the table is named (VnExpress names its tables "tplCaption")."""
    if block.element.tag == "tr" and next(block.element.iterancestors("table"), block.element).find(".//img") is None:
        return False
    return any(
        a.tag == "figcaption" or named_as_caption(a) for a in (block.element, *list(block.element.iterancestors())[:2])
    )


def _sub_heading_within(block: Block, kept: list[Block]) -> bool:
    """A heading after the article's prose began: a section's title ("POR PROVINCIAS"), however
    it opens, not a byline."""
    return block.element.tag in SUBHEADING_TAGS and any(_is_prose(earlier) for earlier in kept)


def _is_prose(block: Block) -> bool:
    return len(block.text) >= PROSE_MIN_CHARS and ends_a_sentence(block.text)


BARE_HEADING_MAX_CHARS = 40


def _in_list_item(block: Block) -> bool:
    """In a list's item: an <li>, or an element its class names one ("vtr-list__item")."""
    return any(
        e.tag == "li" or LIST_ITEM_CLASS.search(e.get("class") or "")
        for e in (block.element, *list(block.element.iterancestors())[:2])
    )


def _no_text_since(kept: list[Block], start: int) -> bool:
    """Nothing kept from `start` on is a paragraph of text (a byline under the headline may be)."""
    return all(len(block.text) < PROSE_MIN_CHARS for block in kept[start:])


def _bare_heading(block: Block) -> bool:
    """A few words and nothing else (no figure, address or sentence), nor anyone's name:
    a heading, if anything follows it; or a subscription's badge ("ON+", "F+")."""
    text = block.text.strip()
    return (
        len(text) <= BARE_HEADING_MAX_CHARS
        and len(text.split()) <= CHROME_MAX_WORDS
        and all(word.removesuffix("+").isalpha() for word in text.split())
        and not parse_byline(text)
        and not is_source_organisation(text)
    )


def _fact_box(element) -> bool:
    return element.tag == "aside" or named_fact_box(element)


def _box_source(block: Block) -> bool:
    """A "Source:" line under a data table, or closing a box of facts: the box's credit, as a
    picture's is, not the article's words ("Fuente: Conagua, corte al 17 de marzo")."""
    if len(block.text.split()) > BOX_SOURCE_MAX_WORDS or not labelled_source(block.text):
        return False
    line = block.element
    # the fact box's own last line, or its last element
    if _fact_box(line) or (line.getnext() is None and line.getparent() is not None and _fact_box(line.getparent())):
        return True
    if next(line.iterancestors("figure"), None) is not None:
        return True  # a chart's or a picture's source, inside its figure
    before = line
    for _ in range(TABLE_REACH):
        before = before.getprevious()
        if before is None or not isinstance(before.tag, str):
            return False
        if before.tag == "table" or next(before.iter("table"), None) is not None:
            return True
    return False


def _words_of(folded: str) -> str:
    return " ".join(re.findall(r"\w+", folded))


def clean(
    blocks: list[Block],
    title: str = "",
    stamp: str = "",
    summary: str = "",
    captions: set[str] = frozenset(),
    site_names: list[str] = (),
) -> Cleaned:
    """Sort the blocks of one article into prose, captions, byline and boilerplate.

    `captions` are the captions already read from figures: a CMS that prints one
    again as a paragraph does not make it prose. `site_names` are the names the site
    gives itself (its products and its newsroom's address carry them).
    """
    products, names = product_pattern(site_names), names_key(site_names)
    out = Cleaned()
    kept: list[Block] = []
    folded_title, folded_summary = fold(title).strip(), fold(summary).strip()
    # The headline again, however punctuated: "Dan van kheo o Meo Vac - nhung cach …" as alt text
    headline = _words_of(folded_title)
    headlines = (headline, f"null {headline}") if headline else ()  # a line of dots is no headline
    # ... and without the site's name the page's title ends with: "Ấm áp Ngày hội … - Mặt trận Tổ quốc tỉnh"
    named = SITE_NAME_AFTER.match(folded_title)
    headlines += (_words_of(named.group(1)),) if named else ()
    titles = {collapse_spaces(title), collapse_spaces(title.strip()[: named.end(1)]) if named else ""} - {""}
    folded_blocks = [fold(block.text).strip() for block in blocks]
    headline_keys = [_words_of(folded) for folded in folded_blocks]
    # The headline's last print above the text (a portal may print it in its header too);
    # with prose above it, the headline's words again in a list further down.
    first_prose = next(
        (i for i, block in enumerate(blocks) if _is_prose(block) and headline_keys[i] not in headlines), len(blocks)
    )  # a long headline ending in "?" is no prose above itself
    printed = [i for i, key in enumerate(headline_keys[:first_prose]) if key in headlines]
    as_titled = [i for i in printed if blocks[i].text in titles]  # not an alt text's copy
    headline_at = (as_titled or printed or [-1])[-1 if as_titled else 0]
    carried: tuple[int, int] | None = None  # pictures whose caption may still follow
    skip_inside = None  # an inline related-news box being skipped
    resume_at = 0  # the article goes on at this block, after an inline list of links
    labelled = None  # the writer named by a labelled byline before the last paragraph
    by_source = False  # ... named by a "Source:" line ("Source: www.site.com"), not a writer's label
    above_headline = 0  # how many kept blocks stood above the headline
    seen: set[str] = set()  # the folded text of every kept block
    last_listed = -1  # the last item of a list of other articles, read by its shape or its date
    linked = [is_link(block) for block in blocks]
    listed = listed_items(blocks, linked)
    listed |= headlines_after_lead(blocks, listed)
    listed.discard(headline_at)  # the headline with its stamp is shaped as a dated item: it is read below
    centred_page = centred_prose(blocks)
    for index, block in enumerate(blocks):
        if index in listed:
            # a stamp between the headline and the article's first words is its date, whatever follows it
            dated = 0 <= headline_at < index and not out.paragraphs and is_stamp_line(block.text)
            out.removed.append(("date stamp" if dated else "listed item", block.text))
            continue
        if skip_inside is not None:
            if inside(block.element, skip_inside):
                out.removed.append(("related box", block.text))
                continue
            skip_inside = None
        if carried and block.images[0] == block.images[1]:
            block.images = carried
        carried = None
        folded = folded_blocks[index]
        if index < resume_at:
            out.removed.append(("related box", block.text))
            continue
        if is_promo_marker(block.text):
            # the header's box with its links and their descriptions, or the links under it
            skip_inside = promo_box(blocks, index)
            resume_at = after_links(blocks, index) if skip_inside is None else 0
            out.removed.append(("promotion", block.text))
            continue
        if is_end_marker(block.text) and 0 <= headline_at < index and _no_text_since(kept, above_headline):
            rule = line_rule(block.text)
            # "Chia sẻ:", "Bình chọn: ☆☆☆☆☆" under the headline: a toolbar's; "Article réservé aux
            # abonnés" over the article's first paragraph: its badge, not a wall
            if rule in ("widget", "rating") or (
                rule == "premium badge" and index + 1 < len(blocks) and _is_prose(blocks[index + 1])
            ):
                out.removed.append((rule, block.text))
                continue
        if is_end_marker(block.text) and (not kept or index < headline_at):
            # End matter follows the article: a "Tin nổi bật" or "Comments" link above
            # the headline, or above everything else, is the page's header.
            out.removed.append(("page header", block.text))
            continue
        if is_end_marker(block.text):
            box = inline_box(blocks, index)
            resumes = inline_list(blocks, index) if box is None else None
            if box is not None or resumes is not None:
                # "Bài liên quan", "More:" in the middle of an article: the box or the
                # links under the header go, the article goes on after them.
                skip_inside, resume_at = box, resumes or 0
                out.removed.append(("related box", block.text))
                continue
            if kept and kept[-1] is blocks[index - 1] and _bare_heading(kept[-1]):
                out.removed.append(("end matter", kept.pop().text))  # "Thông tin thêm" over "Các bài mới hơn"
            out.removed.extend(("end matter", b.text) for b in blocks[index:])
            break
        if _box_source(block):
            out.removed.append(("box source", block.text))
            continue
        rule = line_rule(block.text)
        if rule in FIGURES_RULES and block.element.tag == "tr":
            rule = None  # a data table's row of figures is the article's, however bare
        if rule == "alt text or slug" and _in_list_item(block):
            rule = None  # "keep drains and gullies clear of leaves": an item of a list in English
        if rule in STAMP_LOOKALIKES and is_stamp_line(block.text):
            rule = None  # "Cập nhật: 08:15 | 12/03/2024" is the page's own date: read below
        if headline_keys[index] in headlines:  # before the line rules: "… đợt 3/2/2024" ends as a listed item does
            rule = "title repeated"
            if index == headline_at:
                above_headline = len(kept)
        elif rule is None and folded_summary and folded == folded_summary:
            rule = "summary repeated"
        elif rule is None and (block.text == stamp or is_stamp_line(block.text)):
            rule = "date stamp"
            labelled = labelled or stamp_writer(block.text)  # "Ngọc Trâm | 14:05 Thứ Hai, 04/03/2024"
        elif rule is None and block.text in captions:
            rule = "caption repeated"
        elif rule is None and folded in seen and block.images[0] != block.images[1]:
            rule = "caption repeated"  # a gallery printing each picture's caption again
        byline_labelled = BYLINE_LABEL.match(folded) and not _sub_heading_within(block, kept)
        if rule == "credits" or (rule is None and byline_labelled):
            credited = credited_authors(block.text)
            if credited:  # a credits box: its writers are the byline, wherever it stands
                labelled = labelled or credited
                out.removed.append(("byline", block.text))
                continue
        if rule:
            out.removed.append((rule, block.text))
            if rule == "listed item":
                last_listed = index
            if block.images[0] != block.images[1]:
                carried = block.images
            continue
        if looks_like_caption(block, centred_page, blocks[index + 1] if index + 1 < len(blocks) else None):
            out.captions.append((block.images, without_credit(block.text)))
            continue
        if _named_caption(block):
            # a caption whose picture is loaded by script (no <img> in the page)
            out.removed.append(("caption without picture", block.text))
            continue
        if (
            byline_labelled or INTERVIEWER.match(folded) or ("@" in block.text and WRITERS_ADDRESS.search(block.text))
        ) and parse_byline(block.text):
            # "Tin, ảnh: …", "Nguồn: …", "Laporan Wartawan X, Name", "HOÀNG YẾN (thực hiện)", a
            # name with the writer's address: a byline wherever it stands (end matter the cleaner
            # did not know may follow it). A writer's label after a "Source:" line names the author.
            if labelled is None or (by_source and not labelled_source(block.text)):
                labelled, by_source = parse_byline(block.text), labelled_source(block.text)
            out.removed.append(("byline", block.text))
            continue
        if is_meta_line(block.text):
            out.removed.append(("metadata line", block.text))
            continue
        if linked[index] and promoted_link(block):
            out.removed.append(("promoted link", block.text))  # "Czytaj także: <a>…</a>" in any language
            continue
        if standalone_link(block) and not parse_byline(block.text):
            out.removed.append(("link alone", block.text))  # "Alle Warnungen auf der Karte" closing a box
            continue
        if links_to_social_networks(block):
            out.removed.append(("social link", block.text))  # "Follow us on Zalo", "Join our WhatsApp channel"
            continue
        if promotes_the_site(folded, products):
            out.removed.append(("site's product", block.text))  # "Läs vidare med Kvällsbladet Plus"
            continue
        if gives_the_newsrooms_address(folded, names):
            out.removed.append(("newsroom's address", block.text))  # "Máte k případu další informace? … tipy@…"
            continue
        if links_to_site_services(block):
            out.removed.append(("service plug", block.text))  # "… <a>Sign up for the Elections Briefing</a>"
            continue
        if linked[index] and block.text.isupper() and len(block.text.split()) >= 3:
            out.removed.append(("promoted link", block.text))  # "'DANCING WITH THE STARS' …" set in capitals
            continue
        kept.append(block)
        seen.add(folded)

    opening = 0  # where the article's own lines start among those kept
    if above_headline:
        kept, opening = without_page_header(kept, above_headline, out.removed)
    kept = without_edge_links(without_next_part(kept, out.removed), out.removed)
    kept = without_pull_quotes(kept, out.removed)
    position = {id(block): index for index, block in enumerate(blocks)}
    kept = without_sidebar_headings(kept, position, max(last_listed, max(listed, default=-1)), out.removed)
    kept = without_site_footer(kept, folded_blocks[: max(headline_at, 0)], out.removed)
    writer = opening_signature(kept, min(opening, len(kept)), out.removed, under_headline=headline_at >= 0)
    name, source = closing_signature(kept, out.removed)
    reporters = dateline_reporters(kept[opening].text) if opening < len(kept) else None
    out.author = writer or name or reporters or labelled or source
    out.kept = kept = entry_times_joined(kept)
    out.paragraphs = [without_credit(block.text) for block in kept]  # a caption read as a paragraph, its credit run on
    return out
