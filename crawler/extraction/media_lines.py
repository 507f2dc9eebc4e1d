"""The lines a page's players leave in its text: a player's clock and a reading voice's
bar, a call to play the recording that follows, a note that the browser cannot play it.
Named patterns over folded text, kept as data; boilerplate.py places them among its line
rules, in this order.
"""

from .text import any_of_words
from .widget_words import WIDGET_WORDS

_WIDGET = any_of_words(WIDGET_WORDS)
_PLAYER_PART = rf"(?:{_WIDGET}|[▶►▸⏵])"
_PLAYER_SETTING = r"(?:\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|toc do\s*:?\s*\d(?:[.,]\d{1,2})?x)"

MEDIA_PATTERNS = {
    # a player's clock, "00:00 / 03:12" (a time alone may be a live page's entry: it stays)
    "media player": (
        r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
        r"|[▶►▸⏵]\s*\d{1,2}:\d{2}(?::\d{2})?"  # a play sign before its clock: "▶ 0:00"
        r"|(?:phat|xem|nghe|doc bai|play|watch)(?: video| audio| clip)?\s*[|:-]?\s*\d{1,2}:\d{2}"  # "Phát video | 03:12"
        r"(?:\s*/\s*\d{1,2}:\d{2})?"  # ... and the running time: "Đọc bài 0:00 / 4:12"
        # a reading voice's bar: labels, a play sign, the clock, the voices and speeds in a row
        rf"|(?:{_PLAYER_PART}\s*[|/·:▾▼-]?\s*){{0,6}}{_PLAYER_SETTING}(?:\s*[|/·:▾▼-]?\s*(?:{_PLAYER_PART}|{_PLAYER_SETTING})){{0,6}}"
        r"|(?:toc do(?: doc)?|speed)?\s*:?\s*(?:\d(?:[.,]\d{1,2})?x\s*){1,6}"  # playback speeds: "1x 1.25x 1.5x"
        # its voices by name: "Nghe bài viết Giọng đọc: Ban Mai Thu Dung Lê Minh", "Chọn giọng: Nam miền Nam | Nữ miền Bắc"
        r"|(?:nghe(?: doc)? bai viet\s*[:|-]?\s*)?(?:giong doc|chon giong)\s*:\s*(?:[a-z]+\s*[|/,]?\s*){1,9}"
        r"|(?:video|audio) player|trinh phat (?:video|am thanh)"  # the player's name, left as a line
        # video.js's own words, read by screen readers: "Video player is loading.", "Current Time 0:00 / Duration 2:36"
        r"|video player is loading\.?|play video|(?:current time\s*\d{1,2}:\d{2}\s*/?\s*)?duration\s*\d{1,2}:\d{2}"
        r"|(?:loaded|progress)\s*:\s*\d{1,3}(?:[.,]\d+)?%|remaining time\s*-?\d{1,2}:\d{2}|this is a modal window\.?"
        r"|0?0:00"  # a player's clock before it plays (a live page's entry is timed otherwise)
        # ... and its box while the video loads: "Video đang được tải...", "Cargando ..."
        r"|(?:video\s*)?(?:dang (?:duoc )?tai|cargando|carregando|chargement|loading|wird geladen)(?:\s*(?:video|\.{1,3}|…))*"
    ),
    # a call to play the recording that follows, ending in its colon: "Écoutez la chronique de … :"
    "player call": (
        r"(?:ecoutez|regardez|listen to|watch|escucha|escuche|ouca|assista|horen sie|ascolta|luister naar)\b[^.!?]{0,150}:"
    ),
    "no media support": (
        r"(?:trinh duyet cua ban|your browser) (?:khong ho tro|does not support|doesn't support)\b.{0,80}"
        r"|use up/down arrow keys to (?:increase or decrease )?volume\.?"  # a player's help for screen readers
        r"|su dung phim mui ten len/xuong de tang hoac giam am luong\.?"
    ),
}
