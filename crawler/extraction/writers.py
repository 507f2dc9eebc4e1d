"""The article's writers: the byline box as the page prints it, read against the
writers the page's metadata names (JSON-LD, <meta name="author">). Pure.
"""

from __future__ import annotations

import re

from . import bylines
from .picture_lines import PICTURE_LABEL
from .text import collapse_spaces, fold, nfc

RIGHT_TO_LEFT_NAMES = re.compile(r"[\u0590-\u06ff\s,]+")
CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,5}")  # "王晓峰", "김도윤": a writer's name


def box_byline(byline_lines: list[str], names: str | None) -> str | None:
    """The writers the byline box names: "Par Julien Dethier Journaliste au pôle Régions",
    "Mette Kjærgaard Journalist" give the name, not the post; two writers' boxes give both;
    a line saying "By …" before any other.
    `names` are those the box marks apart, without the post printed after a name."""
    readings = [(line, bylines.read_byline(line)) for line in byline_lines]
    # a line saying "By …" names the writer, above the desk's or the bureau's name ("SCBC Riverland")
    labelled = next((name for line, name in readings if name and bylines.BY_LABEL.match(fold(line))), None)
    byline = labelled or next((name for _, name in readings if name), None)
    first_name = names.split(", ")[0] if names else ""
    if names and (
        not byline or (byline != names and (byline.startswith(first_name) or names.startswith(f"{byline}, ")))
    ):
        # names in Hebrew or Arabic script have no capitals to be told by: read as the box marks them
        byline = bylines.read_byline(names) or (names if RIGHT_TO_LEFT_NAMES.fullmatch(names) else byline)
    return byline


# An editorial desk, not a writer: "BBT Hội", "Ban biên tập", "Tòa soạn", "Redacción", "Newsroom"
DESK = re.compile(
    r"(?:bbt|ban bien tap|toa soan|redaccion|redaktion|redazione|redaction|newsroom|editorial (?:team|staff|board))"
    r"(?:\s+[\w.-]+){0,3}"
)


def writer_over_desk(box: str | None, in_text: str | None) -> str | None:
    """The byline box's name, unless it names the desk that posted the article and the text
    names its writer ("bởi BBT Hội" over "Tin, ảnh: Thu Huyền"): the desk stays where no
    writer is printed."""
    return in_text if box and in_text and DESK.fullmatch(fold(box)) else box


def metadata_writers(items: list[dict], meta_author: str | None, root) -> str | None:
    """The persons named as author in JSON-LD, or <meta name="author"> (not an
    organisation); in a graph, the author may point to the person by its @id (as SEO
    plugins write it). The metadata may list the photographer too: one the page names
    only in its pictures' credits is left out."""
    people = {item.get("@id") for item in items if item.get("@type") == "Person" and item.get("@id")}
    for item in items:
        authors = item.get("author")
        names = [
            _without_source_label(bylines.without_reporter_title(collapse_spaces(nfc(name))))
            for author in (authors if isinstance(authors, list) else [authors])
            if isinstance(author, dict) and (author.get("@type") == "Person" or author.get("@id") in people)
            # one person's "name" may list several ("name": ["Maya Okafor", "Daniel Ruiz"])
            for name in (author.get("name") if isinstance(author.get("name"), list) else [author.get("name")])
            if isinstance(name, str) and name.strip()
        ]
        if len(names) > 1:
            shown = " ".join(root.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))
            return without_photographers(", ".join(dict.fromkeys(names)), fold(collapse_spaces(shown)))
        if names:
            return names[0]
    name = meta_author
    return name if name and (bylines.is_name(name) or CJK_NAME.fullmatch(name)) else None


def _without_source_label(name: str) -> str:
    """ "Theo Báo Quảng Ninh" → "Báo Quảng Ninh": a CMS may store the source line as the author."""
    return bylines.source_line(name) or name


def without_site_name(byline: str | None, site_names: list[str]) -> str | None:
    """The byline without the site's own name printed after a writer ("Marie-Ève
    Thibodeau, La Vigie de Québec"): on the site's own page it says nothing of who wrote."""
    if not byline or ", " not in byline:
        return byline
    own = {fold(name) for name in site_names}
    kept = [part for part in byline.split(", ") if fold(part) not in own]
    return ", ".join(kept) if kept else byline


def without_photographers(names: str, folded_page: str) -> str:
    """The writers the metadata names, without those the page names only in its pictures'
    credits ("Foto: Even Solberg" under a picture; one with a byline box of their own stays)."""

    def photographer(name: str) -> bool:
        name = re.escape(fold(name))
        credited = len(re.findall(rf"{PICTURE_LABEL}\s*:\s*{name}", folded_page))
        return credited > 0 and credited == len(re.findall(name, folded_page))

    return ", ".join(name for name in names.split(", ") if not photographer(name)) or names


def checked_by_metadata(byline: str | None, known: str | None, byline_lines: list[str]) -> str | None:
    """The byline, or the writers the page's metadata names where they say more: the box
    holds more than names ("Teksti Aino Laaksonen Kuvat …", "Hannah Price Senior Reporter")
    and the metadata names the writer alone; or an author box names one of the writers
    the metadata lists, alone or with a post ("Ingrid Berg Journalist"), not a credits
    line: the metadata may list its photographer too."""
    if not byline or not known:
        return byline
    if known in byline and known not in bylines.NAME_SEPARATORS.split(byline):
        return known
    writers = bylines.NAME_SEPARATORS.split(known)
    with_post = any(byline.startswith(f"{w} ") and not bylines.is_name(byline[len(w) :].strip()) for w in writers)
    one_of = byline in writers or with_post
    if one_of and not any(map(bylines.credited_authors, byline_lines)):
        return known
    # the box opens with the writer the metadata names, run into their city ("Selin KaraağaçİzmirTüm Haberleri")
    first_line = byline_lines[0] if byline_lines else ""
    if len(writers) == 1 and first_line.startswith(known) and first_line[len(known) : len(known) + 1].isalpha():
        return known
    return byline


DATELINE_PLACE_MAX_WORDS = 3
WRITERS_LINE_MAX_WORDS = 10  # "Lungile Ndlovu, Bulawayo Bureau"; a sentence about the writer is longer


def names_the_writer(text: str, writers: str | None) -> bool:
    """A short line that is the writer the metadata names, perhaps with their desk after a
    comma ("Lungile Ndlovu, Bulawayo Bureau"): the byline set as the body's first or last
    paragraph, not a sentence of it."""
    if not writers or len(text.split()) > WRITERS_LINE_MAX_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    # ... or after the place it was written in, as Arabic papers open: "الشارقة: سلمى الحمادي"
    place, colon, named = text.strip().partition(": ")
    if colon and len(place.split()) <= DATELINE_PLACE_MAX_WORDS and named in writers.split(", "):
        return True
    name, _, desk = text.strip().partition(", ")
    return name in writers.split(", ") and not re.search(r"[.!?;:]", desk)


# A writer's bio under the text: their name, or the writer named by a noun, then what they are
# or do ("Élise Marchand est économiste, …", "Anna Meier ist Redaktorin …", "Penulis adalah Pensyarah …")
BIO_VERB = re.compile(
    r"\s*,?\s*(?:is|was|est|ist|war|es|fue|é|è|adalah|ialah|merupakan|är|er|on|jest|je|este|είναι|є|là"
    r"|covers|writes|reports|couvre|écrit|schreibt|berichtet|cubre|escribe|scrive|escreve)\s",
)
WRITER_NOUN = re.compile(
    r"\*?\s*(?:the (?:writer|author) (?:is|was) (?:a|an|the)|penulis (?:adalah|ialah|merupakan))\s", re.I
)
BIO_MAX_WORDS = 80
BIO_LAST_LINES = 3  # a bio stands in the text's last lines, or as its first


def writers_bio(text: str, writers: str | None) -> bool:
    """A line of the text's first or last ones telling who its writer is: it opens with the writer's name
    (a name of two words at least, as the byline or the metadata gives it) or with "the writer"."""
    if len(text.split()) > BIO_MAX_WORDS:
        return False
    if WRITER_NOUN.match(text):
        return True
    names = [name for name in (writers or "").split(", ") if len(name.split()) >= 2]
    return any(text.startswith(name) and BIO_VERB.match(text, len(name)) for name in names)
