"""Boxes inside an article's container that are never its text, however the site names
them: a form's box (sign-up, donation, poll), a player's box with its title and running
time, a share's price box, a call to subscribe or give with its pitch, and what a skip
link for screen readers skips."""

from __future__ import annotations

import itertools
import re

from .bylines import is_name
from .class_words import GALLERY_NAME
from .element_names import KIND_ATTRIBUTES, element_names
from .lines import ends_a_sentence, line_rule
from .site_notes import MACHINE_SUMMARY_NOTICE, NEWSLETTER_NAMES
from .social_links import is_site_service
from .text import collapse_spaces, fold, word_count

FORM_BOX_MAX_WORDS = 60
CONTROLS_LABEL_MAX_WORDS = 10
# A form asking for an e-mail address (a newsletter's or an alert's sign-up), offering
# choices (a poll) or amounts (a donation), however the box around it is named; a poll's
# answers to pick from, or a box to tick (consent to show another service's chart), need no
# form around them: a script reads them
FORM_FIELD = (
    'descendant-or-self::form//*[self::button or self::input[@type="email" or @type="radio" or @type="checkbox"'
    ' or @type="submit" or contains(@name, "mail") or contains(@id, "mail")]]'
    ' | descendant::input[@type="radio" or @type="checkbox"]'
)
BOX_TAGS = frozenset({"div", "section", "aside", "form"})
# A video player's box, however named, with its title and running time: "<div class="v-mdl-vid"
# data-voc-video-id=…>"; a box holding the article's text is longer
# ... or another service's post waiting for the reader's consent ('data-embed-provider="x"')
PLAYER_ATTRIBUTE = re.compile(
    r"^data-(?:[a-z]+-)*(?:video|vid|vdo|audio|player|gallery|embed)(?:-[a-z]+)*$"
)  # "data-vdo"
PLAYER_BOX_MAX_WORDS = 30
PLAYER_KINDS = frozenset({"video", "audio", "player"})  # its kind: '<div data-type="video">', data-component
LETTER = re.compile(r"[^\W\d_]")
MEDIA_FRAME = re.compile(
    r"youtube(?:-nocookie)?\.com/embed|youtu\.be|player\.vimeo|dailymotion\.com/embed|/plugins/video"
    r"|datawrapper\.dwcdn\.net|flo\.uri\.sh|flourish\.studio|infogram\.com"  # charts drawn by a service
)
# ... or named as one for screen readers: aria-label="Video player", "Lecteur vidéo"
PLAYER_LABEL = re.compile(
    r"\b(?:video|audio|media)[ _-]?player\b|\bplay (?:video|audio)\b|lecteur (?:video|vidéo|audio)|reproductor", re.I
)  # ... or its poster's button: aria-label="Play video: How a shortage of drivers …"
PLAY_BUTTON = re.compile(
    r"play|afspelen|abspielen|reproducir|lire la|riproduci|reproduzir|odtworz|phát|再生|재생|spela(?: upp)?|spill av|afspil|toista|เล่น"
    r"|přehrát|prehrat|prehrať|main video|mainkan"
    r"|listen|ascolta|escuchar|[ée]couter|anh[öo]ren|ouvir|luister|lyssna|nghe (?:đọc|bài)|meghallgat|lejátsz",  # a reading voice's button
    re.I,
)
RUNNING_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")  # "1:12", "01:02:45"
# A share's quote, named by its security's number: "<div class="c-quote-box" data-isin=…>"
PRICE_ATTRIBUTES = frozenset({"data-isin", "data-wkn", "data-ticker", "data-symbol"})


def more_words_than(text: str, limit: int) -> bool:
    """More than `limit` words, counting those of scripts written without spaces too."""
    return len(text.split()) > limit or word_count(text) > limit  # the scripts' count only when the spaces' is short


def form_box(element) -> bool:
    """A box around a sign-up, donation or poll form, with its title, pitch or question
    ("Asheville Matters", "Local news, delivered to your inbox"); or a bar of buttons (or links to
    places in the page) under a short label, no picture in it ("How do you rate this article?")."""
    if element.tag not in BOX_TAGS:
        return False
    text = element.text_content()
    if element.xpath(FORM_FIELD):
        return not more_words_than(text, FORM_BOX_MAX_WORDS)
    # a link to a place in the page is a control too: a live entry's "Linkki päivitykseen" beside its share button
    buttons = element.findall(".//button")
    controls = buttons + [link for link in element.iter("a") if "#" in link.get("href", "")]
    if len(controls) < 2 or element.find(".//img") is not None:
        return False
    label_words = len(text.split()) - sum(len(control.text_content().split()) for control in controls)
    return label_words <= CONTROLS_LABEL_MAX_WORDS or _poll(text, buttons)


POLL_MIN_ANSWERS = 3
POLL_ANSWER_MAX_WORDS = 5
QUESTION_MARK = re.compile(r"[?？؟]")


def _poll(text: str, buttons) -> bool:
    """A question with its answers to pick as buttons ("Sollte Ihre Stadt mehr gegen Hitze
    tun?" then "Ja", "Eher ja", "Nein") and the pollster's note: a poll's box, however long
    its note. An accordion's buttons are its questions, not answers."""
    answers = [collapse_spaces(button.text_content()) for button in buttons]
    besides = collapse_spaces(text)
    for answer in answers:
        besides = besides.replace(answer, "")
    return (
        len(answers) >= POLL_MIN_ANSWERS
        and all(
            0 < len(answer.split()) <= POLL_ANSWER_MAX_WORDS and not QUESTION_MARK.search(answer) for answer in answers
        )
        and bool(QUESTION_MARK.search(besides))
        and not more_words_than(besides, FORM_BOX_MAX_WORDS)
    )


def _empty(element) -> bool:
    """No word and no picture in it: a box a script fills."""
    return not LETTER.search(element.text_content()) and element.find(".//img") is None


PROSE_MIN_WORDS = 6  # a sentence of the story, not a player's label ("Video: Reader's video")


def _prose(paragraph) -> bool:
    text = collapse_spaces(paragraph.text_content())
    return len(text.split()) >= PROSE_MIN_WORDS and ends_a_sentence(text)


def _inside_any(element, boxes) -> bool:
    return any(box in element.iterancestors() for box in boxes)


def player_box(element) -> bool:
    """A video player's box with its title and running time, or a share's price box,
    however it is marked ('data-video-id', 'data-player', 'data-isin' on it, its name, its
    <video>, or a play button)."""
    if element.tag not in BOX_TAGS and "-" not in element.tag:  # or a custom element: '<astro-island>'
        return False
    text = element.text_content()
    if more_words_than(text, PLAYER_BOX_MAX_WORDS):
        return False
    if any(PLAYER_ATTRIBUTE.search(name) or name in PRICE_ATTRIBUTES for name in element.attrib):
        return True
    # the player's title and running time beside the empty box its script fills ("data-player",
    # or named as one: '<div class="ts-mediaplayer">', '<ekt-player>'); a paragraph of prose beside the player
    # makes the box the article's (a live page's entry with its reader's video)
    players = [
        inner
        for inner in element.iterdescendants()
        if isinstance(inner.tag, str)
        and inner.attrib
        and (
            any(PLAYER_ATTRIBUTE.search(name) for name in inner.attrib)
            or (_empty(inner) and (PLAYER_LABEL.search(element_names(inner)) or inner.tag.endswith("-player")))
        )
    ]
    if LETTER.search(text) and players:
        return not any(_prose(paragraph) and not _inside_any(paragraph, players) for paragraph in element.iter("p"))
    if PLAYER_LABEL.search(element.get("aria-label", "")) or any(
        (element.get(kind) or "").lower() in PLAYER_KINDS for kind in KIND_ATTRIBUTES
    ):
        return True
    # named as one ("video-player"), holding its title: one holding a poster and a running
    # time alone is the picture a caption under it tells of
    if PLAYER_LABEL.search(element_names(element)) and LETTER.search(text):
        return True
    # the player's own <video> or <audio> (a reading voice's), or a video or charting service's
    # frame, with its title and running time or its chart's title and source beside it, no
    # caption under it
    framed = (
        element.find(".//video") is not None
        or element.find(".//audio") is not None
        or any(MEDIA_FRAME.search(frame.get("src", "")) for frame in element.iter("iframe"))
    )
    if framed and element.find(".//figcaption") is None:
        return True
    # a player's controls beside its title and running time: its play button says so; on its
    # poster too, with the running time printed apart and its title, no caption, under it (a
    # poster's box without its title leaves the title to be read as the caption it is)
    buttons = list(element.iter("button"))
    if not any(PLAY_BUTTON.search(f"{button.text_content()} {button.get('aria-label', '')}") for button in buttons):
        return False
    if element.find(".//img") is None:
        return True
    shown = text  # the box's words besides its buttons' labels: the title, if any
    for button in buttons:
        shown = shown.replace(button.text_content(), "")
    return (
        bool(LETTER.search(shown))
        and element.find(".//figcaption") is None
        and any(RUNNING_TIME.fullmatch((inner.text or "").strip()) for inner in element.iter("span", "div", "time"))
    )


CALL_TO_ACTION_MAX_WORDS = 45  # a pitch of two or three sentences under its title
CALL_TO_ACTION_LINK_MAX_WORDS = 6
# A link or button asking the reader to subscribe, join or give, in the languages news pages are written in
CALL_TO_ACTION = re.compile(
    r"^\W*(?:subscribe|sign up|donate|support us|become an? [\w-]+|join (?:now|us|today)"
    r"|abonnez-vous|s[’']abonner|je m[’']abonne|faire un don|(?:jetzt )?(?:kostenlos |gratis )?(?:abonnieren|anmelden)|abo abschlie[ßs]en"
    r"|jetzt unterst[üu]tzen|suscr[ií]bete|suscribirse|suscribite|hazte (?:socio|suscriptor)|hazte \w+|assine|assinar"
    r"|abbonati|iscriviti|sostienici|abonneer|word lid|steun ons|prenumerera|bli prenumerant|tilaa"
    r"|subskrybuj|zaprenumeruj|wesprzyj|předplaťte|podpořte|előfizet\w*|abone ol|подпишитесь|подписаться"
    r"|підпишіться|підтримати|đăng ký (?:ngay|nhận tin)"
    r"|pretplati se|abonează-te|abonati-va|berlangganan|γίνε συνδρομητής|bli medlem|tilaa nyt|후원하기"
    r"|unirme al canal|[úu]nete al canal|join (?:the |our )?channel|entrar no canal"  # a messenger channel's
    r"|立即訂閱|立即订阅|馬上訂閱|马上订阅"
    r"|t[áa]mogatom|je soutiens|apoie|ap[óo]yanos|sostieni|st[øo]tt oss|st[öo]d oss|podpořit|give now"
    r"|volg (?:het kanaal|ons))\b",
    re.I,
)


# A newsletter's box marked by a data attribute, whatever its classes: '<div class="a_nl" data-newsletter=…>'
NEWSLETTER_ATTRIBUTE = re.compile(r"^data-(?:[a-z]+-)*newsletter(?:-[a-z]+)*$")
# ... or labelled so on its first line, in the languages news pages are written in (folded)
NEWSLETTER_LABEL = re.compile(rf"newsletters?|bulletin|{NEWSLETTER_NAMES}|電子報|电子报|ニュースレター|뉴스레터")


def call_to_action_box(element) -> bool:
    """A short box asking the reader to subscribe or give ("Local journalism matters. Your
    subscription helps us … [Subscribe for $1]"), however it is named: its button says so or
    goes to the site's offer or sign-up, a link or button standing alone (a link inside a
    sentence is the sentence's), or its data attribute names a newsletter."""
    if element.tag not in BOX_TAGS or more_words_than(element.text_content(), CALL_TO_ACTION_MAX_WORDS):
        return False
    if any(NEWSLETTER_ATTRIBUTE.search(name) for name in element.attrib):
        return True
    # ... or its first line is the newsletter's label: "<p>Newsletter</p><p>Lo más relevante …</p><a>Recíbela</a>"
    first = next((child for child in element if isinstance(child.tag, str)), None)
    if (
        first is not None
        and len(element) > 1
        and NEWSLETTER_LABEL.fullmatch(fold(collapse_spaces(first.text_content())))
    ):
        return True
    for action in element.iter("a", "button"):
        words = collapse_spaces(action.text_content())
        # its button says so, or goes to the site's offer or sign-up ("Prova Plus för 1 kr" to /plus/…)
        asks = CALL_TO_ACTION.search(words) or is_site_service(action.get("href", ""), element.base_url or "")
        if asks and len(words.split()) <= CALL_TO_ACTION_LINK_MAX_WORDS:
            parent = action.getparent()
            alone = not (action.tail or "").strip() and (
                action.getprevious() is not None or not (parent.text or "").strip()
            )
            if alone:
                return True
    return False


# A gallery's box, named so in its class, id or area ("gallery--inline", data-area="image_gallery",
# "Fotostrecke"), or by the slider it holds ("swiper-container")
SLIDER_NAME = re.compile(r"swiper|slider|carousel|slick", re.I)
GALLERY_MIN_PICTURES = 2
GALLERY_TITLE_MAX_WORDS = 20


def gallery_titles(box) -> list:
    """The label and title a gallery prints above its slides ("Fotostrecke", "Arbeit an der
    Kaikante: …"): the box's first children before its first picture, a few words long. The
    slides' captions stay."""
    if box.tag not in BOX_TAGS:
        return []
    named = f"{element_names(box)} {box.get('data-area') or ''}"
    if not GALLERY_NAME.search(named) and not any(SLIDER_NAME.search(element_names(child)) for child in box):
        return []
    if len(box.xpath(".//img")) < GALLERY_MIN_PICTURES:
        return []
    titles = []
    for child in box:
        if not isinstance(child.tag, str) or child.find(".//img") is not None or child.tag == "img":
            break
        titles.append(child)
    words = sum(len(collapse_spaces(child.text_content()).split()) for child in titles)
    return titles if titles and words <= GALLERY_TITLE_MAX_WORDS else []


PLUGS = frozenset({"app plug", "messenger invitation"})
PLUG_BOX_MAX_WORDS = 45


def plug_box(element) -> bool:
    """A short box opening with a plug for the site's app or channel, what it brings under it
    ("Download de gratis HLB-app" over "Ontvang meldingen bij code oranje …")."""
    if element.tag not in BOX_TAGS or not 2 <= len(element) <= 3 or not isinstance(element[0].tag, str):
        return False
    if more_words_than(element.text_content(), PLUG_BOX_MAX_WORDS):
        return False
    return line_rule(collapse_spaces(element[0].text_content())) in PLUGS


MACHINE_SUMMARY = re.compile(MACHINE_SUMMARY_NOTICE)
MACHINE_SUMMARY_BOX_MAX_WORDS = 150
NOTICE_MAX_WORDS = 25


def machine_summary_box(element) -> bool:
    """A summary a machine wrote, its box closed by its notice ("En bref: … Résumé généré avec
    l'aide de l'IA et vérifié par la rédaction."): the newsroom's article is under it."""
    if element.tag not in BOX_TAGS or len(element) < 2:
        return False
    notice = element[-1] if element[-1].tag != "button" else element[-2]  # its box's close button after it
    if not isinstance(notice.tag, str) or more_words_than(notice.text_content(), NOTICE_MAX_WORDS):
        return False
    return bool(MACHINE_SUMMARY.search(fold(notice.text_content()))) and not more_words_than(
        element.text_content(), MACHINE_SUMMARY_BOX_MAX_WORDS
    )


SKIP_LINK = re.compile(r"^\s*skip (?:past|over)\b", re.I)  # "skip past newsletter promotion"
SKIPPED_BOX_MAX_WORDS = 150  # a sign-up's pitch with its privacy notice
SKIP_LINK_DEPTH = 3


def skipped_box(element) -> bool:
    """A box opening with a link for screen readers to skip it ("skip past newsletter
    promotion", to the box's own end): what the link skips is furniture, whatever it holds."""
    if element.tag not in BOX_TAGS and element.tag != "figure":
        return False
    # the link opens the box: among its first elements (a look no deeper keeps the pass cheap)
    link = next(
        (inner for inner in itertools.islice(element.iterdescendants(), SKIP_LINK_DEPTH) if inner.tag == "a"), None
    )
    target = (link.get("href") or "") if link is not None else ""
    if not target.startswith("#") or len(target) < 2 or not SKIP_LINK.match(link.text_content()):
        return False
    if more_words_than(element.text_content(), SKIPPED_BOX_MAX_WORDS):
        return False
    landing = target[1:]
    return any(
        (inner.get("id") or "").startswith(landing) and inner is not link and link not in inner.iterdescendants()
        for inner in element.iterdescendants()
    )


PORTRAIT_MAX_PX = 96  # a writer's portrait beside their name; an article's picture is wider


def writer_card(element) -> bool:
    """A writer's name beside their small portrait: a live entry's contributor, an author's
    card, whatever the classes ('<div><img width="36"><p>Rhodri Pugh</p></div>'), perhaps
    with the time it was written."""
    if element.tag not in BOX_TAGS:
        return False
    pictures = element.findall(".//img")
    if len(pictures) != 1 or not all(
        size.isdigit() and int(size) <= PORTRAIT_MAX_PX
        for size in (pictures[0].get("width", ""), pictures[0].get("height", ""))
    ):
        return False
    # perhaps with the time it was written: "Por Andrea Xicará <time>13 de octubre de 2025</time>"
    shown = element.text_content()
    for stamp in element.iter("time"):
        shown = shown.replace(stamp.text_content(), " ")
    return is_name(collapse_spaces(shown))
