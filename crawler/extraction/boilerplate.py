"""Vietnamese portal boilerplate, kept as named data.

Whole lines that are boilerplate wherever they stand, by name, matched on the folded
text (lower case, no diacritics, đ → d) so that spelling variants match alike (the
elements that are never article text are in furniture_elements.py).
The words they are built from, and the headers that open the end matter, are in
boilerplate_words.py.
A paragraph is only ever dropped when its *whole* text matches a rule: prose that
merely mentions "tin khác" or a view count is article text and stays.
"""

from __future__ import annotations

import re

from .ad_lines import AD_CUT_PATTERNS
from .boilerplate_words import PROMO_LINE_OPENINGS, READ_ALSO
from .broadcast_lines import BROADCAST_PATTERNS
from .button_words import COMMENT_WORDS
from .bylines import CMS_ACCOUNT
from .channel_lines import CHANNEL_PATTERNS
from .imprint_lines import IMPRINT_PATTERNS
from .live_lines import LIVE_STATUS
from .media_lines import MEDIA_PATTERNS
from .menu_words import SECTION_NAMES, SITE_MENU_WORDS
from .notice_lines import NOTICE_PATTERNS
from .picture_lines import PICTURE_PATTERNS, PICTURE_PLACEHOLDERS
from .site_notes import SIGN_UP_VERBS, SITE_NOTE_PATTERNS
from .stamp_words import SUBSCRIBER_BADGE, VIEW_COUNT, VISIT_COUNT
from .text import any_of_words
from .widget_words import WIDGET_WORDS

# --- Lines ----------------------------------------------------------------------

_WIDGET = any_of_words(WIDGET_WORDS)
_COMMENT = any_of_words(COMMENT_WORDS)
_MENU = any_of_words(SITE_MENU_WORDS)
# "Chia sẻ: | In bài", "Nghe đọc tin ▶ Dừng"; a voice menu's arrow, a level meter's bars ("Nghe đọc ■ ■ ■ Giọng nam")
_SEP = r"\s*(?:[|/·•,:;>»›▶■▪▾▼-]\s*){0,3}"
_COUNTED = r"(?:thich|like|chia se|share|binh luan|comments?|tweet)"  # buttons printed with a count
_SIZES = (
    r"(?:nho|vua|lon)(?:\s*[|/]?\s*(?:nho|vua|lon)){1,2}"  # a font-size bar's scale: "Nhỏ | Vừa | Lớn", "Lớn | Nhỏ"
)
# a toolbar's label, in brackets on old portals, or a counted one: "Thích 0", "Bình luận (3)"
_PLAIN_BUTTON = rf"(?:{_WIDGET}|{_COUNTED}\s*\(?\d{{1,6}}\)?|{_SIZES})"
# ... or a group of them in brackets: "[ In bài ]", "[ Cỡ chữ: A+ | A- ]"
_BUTTON = rf"(?:\[\s*{_PLAIN_BUTTON}(?:{_SEP}{_PLAIN_BUTTON})*\s*\]|{_PLAIN_BUTTON})"
# A count of comments, likes, shares or views, its figure before or after the word:
# "3 bình luận", "Thích 0", "Ý kiến của bạn (0)"
_COUNT = (
    r"(?:\d[\d.,]*\s*(?:binh luan|y kien|luot thich|thich|chia se|luot xem|luot doc|luot chia se|views?|likes?|updates?"
    r"|aggiornamenti|actualizaciones|atualizacoes|mises a jour|aktualisierungen"  # a live page's: "5 aggiornamenti"
    rf"|comments?|{_COMMENT})|{_COUNTED}\s*\d[\d.,]*"
    rf"|(?:y kien(?: cua ban)?|binh luan|comments?|{_COMMENT})\s*\(\s*\d+\s*\)"
    r"|read \d[\d.,]* times"  # K2's hits in English, as it ships: "Read 312 times"
    # a rating's votes: "Đánh giá (0 Phiếu bầu)", "Đánh giá bài này 1 2 3 4 5 (0 bầu chọn)", "Xếp hạng: 0 - 0 phiếu bầu"
    # ... and K2's, "Đánh giá mục này 1 2 3 4 5 (1 Bầu chọn)" (Rate this item)
    r"|(?:danh gia|xep hang|rating|rate this item)(?: (?:bai|muc) (?:nay|viet))?\s*:?\s*(?:\d(?:[.,]\d+)?\s*[-–]?\s*)*"
    r"(?:trung binh\s*)?\(?\s*\d+\s*(?:phieu bau|phieu|bau chon|binh chon|luot|votes?)\s*\)?)"  # "… Trung bình (0 Bình chọn)"
)
_UPDATE_DAY = r"(?:\d{1,2}\.?\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
_UPDATE_CLOCK = (
    r"(?:a |at |um |a las |as |alle |om |o |в |klo |kl\. |saat |pukul )?\d{1,2}\s*[h:.]\s*\d{2}"
    r"(?:\s*(?:uhr|am|pm|pagi|petang|malam|wib))?"
)
_SECTION = any_of_words(SECTION_NAMES)
SECTION_NAME = re.compile(rf"(?<!\w){_SECTION}(?!\w)")

# A translator's label: "Prijevod: Lana Horvat", "Перевод: Дмитрий Орлов", "Translated by …" (folded);
# a noun needs its colon ("Translation services grew" is a heading, not a credit)
TRANSLATED_BY = (
    r"(?:translated by|diterjemahkan oleh|แปลโดย|prelozil[ao]?|prevedla|prevedel)\s*[:：]?"
    r"|(?:translation|prijevod|prevod|превод|перевод|переклад|μεταφραση|ceviri|alih bahasa|翻訳|번역|翻譯|翻译|traduccio"
    r"|traduction|traduccion|traducao|traduzione|ubersetzung|vertaling|oversattning|oversettelse|oversættelse|kaannos"
    r"|t[lł]umaczenie|preklad|forditas|traducere)\s*[:：]"
)
LINE_PATTERNS = {
    # (a short run of underscores is a section break the article prints: AP's "___")
    "no words": r"[^\w]*|_{5,}",  # punctuation, rules and table separators left by emptied widgets
    "image file name": r"[\w\-. ()/]{1,200}\.(?:jpe?g|png|gif|webp|bmp|tiff?)",  # or its path: "wp-content/uploads/…"
    "attachment": (
        r"(?:(?:(?:tai |tap tin )?(?:tep|file|tai lieu|van ban)? ?dinh kem|tai ve|tai xuong|tai van ban|download)\s*:?\s*)?"
        r"[\w\-. ()]{1,80}\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:\s*[(\[].{0,30}[)\]])?(?:\s*(?:tai ve|download|xem))?"
        # the download's button with the file's kind: "Tải về (PDF)", "Download (DOCX, 120 KB)"
        r"|(?:tai ve|tai xuong|tai van ban|tai tep|download|xem)\s*[(\[]\s*(?:pdf|docx?|xlsx?|pptx?|zip|rar)\b[^()\[\]]{0,20}[)\]]"
        # ... or a file's name without its extension, its button run on: "The-le-cuoc-thi-80-nam-QDNDTải xuống"
        r"|[a-z0-9]+(?:[-_][a-z0-9]+){3,}\s*(?:tai ve|tai xuong|download|herunterladen|telecharger|descargar|baixar)"
    ),
    "image placeholder": (
        r"[\[(]?\s*(?:anh|hinh|hinh anh|image|photo|banner|logo|icon)\s*(?:minh hoa|tin bai|bai viet|dai dien)?\s*\d*\s*[\])]?"
        rf"|{PICTURE_PLACEHOLDERS}"
        r"|[\[(]\s*(?:anh|hinh|image|photo)\s*(?:minh hoa)?\s*:\s*[^()\[\]]{1,40}[\])]"  # "(Ảnh minh họa: Internet)"
    ),
    # a request to report a typo by selecting it: "Klaida tekste? Pažymėkite ją ir spauskite Ctrl+Enter"
    "typo report": r".{0,120}\bctrl\s*\+\s*enter\b.{0,80}",
    # SharePoint's help for keyboards, in English or Vietnamese: "Use SHIFT+ENTER to open the menu (new window)."
    "keyboard help": r"(?:use|su dung) shift\s*\+\s*enter (?:to open|de mo)\b.{0,60}",
    # a live page's status and its end: "Em atualização", "La diretta è terminata." (boilerplate_words.py)
    "live status": LIVE_STATUS,
    # a fact box's label over its heading: "FAKTA", "Faktat" (the box's heading and items stay)
    "box label": (
        r"(?:fakta(?:boks|ruta|rute)?|faktat|fact ?box|info ?box|infokasten|key points|das wichtigste in kurze"
        r"|kort fortalt|darum geht'?s)\s*:?"  # a key points box's label (its points are the article's)
    ),
    "comment widget": (
        r"(?:phan hoi|tra loi|gui phan hoi|viet binh luan|y kien ban doc|binh luan|y kien)\s*\(?\d*\)?"
        # the comments' order: "Sắp xếp theo Mới nhất" (Facebook's plugin), "Sort by Oldest"
        r"|(?:sap xep theo|sort by)\s*:?\s*(?:moi nhat|cu nhat|hang dau|pho bien nhat|newest|oldest|top)"
    ),
    # "- Advertisement -", "[ In trang ] [ Gửi email ] [ Quay lại ]"
    # ... and the count a toolbar ends with: "Gửi bài viết | Bản in | Lượt xem: 1.248"
    # (the count first or last: "Xem: 142 | In | Gửi email")
    "widget": rf"[-–—«<‹\s]*(?:{VIEW_COUNT}{_SEP})?{_BUTTON}(?:{_SEP}{_BUTTON})*(?:{_SEP}{VIEW_COUNT})?[\s:»>›.…!\-–—]*",
    **AD_CUT_PATTERNS,  # where an ad or a player cuts the text: "Story continues below advertisement" (ad_lines.py)
    **BROADCAST_PATTERNS,  # an agency's end mark, the broadcast a story comes from (broadcast_lines.py)
    # when a live article was last updated: "Mise à jour – 16h10", "Updated 16:10", "Aktualisiert um 16.10 Uhr"
    "update time": (
        r"(?:(?:dieser|der) artikel wurde (?:zuletzt )?)?"  # "Dieser Artikel wurde zuletzt aktualisiert um 16:05 Uhr."
        r"(?:(?:derniere|ultima) )?(?:mise a jour|mis a jour|updated?|last updated|aktualisiert(?: um)?|actualizado"
        r"|atualizado|aggiornato|bijgewerkt|zaktualizowano|обновлено|оновлено|guncellendi|güncellendi|diperbarui"
        r"|opdateret|uppdaterad|oppdatert|paivitetty|aktualizovano|更新|cap nhat(?: luc)?|dikemaskini|dikemas kini)"
        r"\s*[-–—:,]?\s*(?:le |on |el |em |am |il )?"
        # the day, the time or both: "Dikemaskini: 30 November 2024, 7:15 pagi", "Dernière mise à jour: 16 octobre 2024"
        rf"(?:{_UPDATE_DAY}(?:,?\s*{_UPDATE_CLOCK})?|{_UPDATE_CLOCK})\.?"
    ),
    # a print view's footer naming where it was printed from: "Bản in từ baohatinh.vn"
    "printed from": r"(?:ban in tu|trang in tu|in tu|printed from|nguon bai viet\s*:?)\s+(?:trang |website )?(?:https?://)?[\w.-]+\.[a-z]{2,}\S*",
    # a search box's placeholder: "Tìm kiếm tin tức, video...", "Nhập từ khóa…"
    "search box": r"(?:tim kiem|nhap tu khoa|search)\b[^.!?]{0,40}(?:\.{3}|…)",
    "stock widget": (
        r"(?:co phieu|ma chung khoan|ma ck)\s+(?:duoc nhac den|lien quan|trong bai)[^.!?]{0,40}"
        r"|(?:stocks?|shares|companies) mentioned in (?:the|this) (?:article|story)"
    ),
    # A price board's row or cell: "VNM 65.400 +1,2%", "VN-Index 1.245,67 +3,21 (+0,26%)", "▲ 0,45%"
    "market data": (
        r"(?:[a-z][a-z0-9]{1,5}(?:-index)?\s+\d[\d.,]*)?\s*(?:[-+▲▼↑↓]\s*\d[\d.,]*\s*%?"
        r"|\(\s*[-+▲▼↑↓]\s*\d[\d.,]*\s*%\s*\))(?:\s+(?:[-+▲▼↑↓]\s*\d[\d.,]*\s*%?|\(\s*[-+▲▼↑↓]?\s*\d[\d.,]*\s*%\s*\)))*"
    ),
    "select box": r"-+\s*(?:chon|lua chon|select)\b.{1,40}?-+",
    # "Website được thiết kế bởi VNPT", "Thiết kế bởi Công ty ABC"
    "site credits": (
        r"(?:website |trang web )?(?:duoc )?(?:thiet ke|phat trien|xay dung|van hanh)(?: va [\w ]{2,12}?)?"
        r"(?: boi\s|\s*:\s*)[^.!?,;]{1,60}"  # "Thiết kế và phát triển: Trung tâm …"
        r"|(?:proudly )?powered by\s[^.!?,;]{1,40}"  # a theme's footer: "Proudly powered by WordPress"
        r"|theme\s*:?\s*[^.!?]{1,40}\sby\s[^.!?]{1,40}\.?(?:\s*(?:proudly )?powered by\s[^.!?,;]{1,40}\.?)?"
    ),
    # a dot inside an address ("mttq@bentre.gov.vn") is no sentence's end
    "site name": r"(?:cong thong tin dien tu|trang thong tin dien tu|bao dien tu|tap chi dien tu)\b(?:[^.!?]|\.(?=\w)){0,120}",
    # an address without its label: "Số 12 Trần Hưng Đạo, phường Nguyễn Du, quận Hai Bà Trưng, Hà Nội"
    "address": (
        r"(?:so )?\d[\w/]*\s[^.!?]{1,60},\s*(?:phuong|xa|thi tran)\s[^.!?]{1,40},"
        r"\s*(?:quan|huyen|thi xa|thanh pho|tp\.?)\s?[^.!?]{1,80}"
        # a floor of a building, after the unit's name: "Đảng ủy Khối … - Tầng 3, trụ sở Liên cơ quan số 4, …"
        r"|(?:[^.!?–-]{2,80}[-–]\s)?(?:tang|lau)\s\d+\s*,[^.!?]{1,120}"
        # ... or a street's number and the town, no ward: "Đảng ủy Khối … - Số 11 đường Lý Thái Tổ, TP Bắc Ninh"
        r"|(?:[^.!?–-]{2,80}[-–]\s)?so \d+[\w/]*\s(?:duong|pho)\s[^.!?,]{1,60},\s*(?:quan|huyen|thi xa|thanh pho|tp\.?)\s?[^.!?]{1,60}"
    ),
    # A site's menu printed as one line of four sections or more: "Thời sự | Chính trị | Kinh tế | …"
    "menu bar": r"[^|.!?\d]{1,40}(?:\s[|]\s[^|.!?\d]{1,40}){3,}",
    # A reader's rating: "Đánh giá bài viết: 1 2 3 4 5", "Đánh giá: 0 (0 lượt đánh giá)"
    "rating": (
        r"(?:danh gia(?: bai viet| bai)?(?: nay)?|ban danh gia bai viet nay the nao\s*\??|binh chon|rating)\s*:?"
        r"[\d\s/().,☆★*-]*(?:(?:luot(?: danh gia)?|binh chon|phieu)\)?)?[\s☆★*]*"
        r"|\(?\s*\d+\s*(?:binh chon|luot danh gia|phieu)\s*\)?"  # K2's count under its stars: "(1 Bình chọn)"
        # ... or its choices in words: "Đánh giá bài viết: Rất hay Hay Bình thường"
        r"|danh gia(?: bai viet)?(?: nay)?\s*:?\s*(?:(?:rat hay|hay|binh thuong|khong hay|rat tot|tot|kem)\s*){2,5}"
        r"|tong so diem cua bai viet la\s*:?\s*\d+\s*trong\s*\d+\s*danh gia|danh gia\s*:?\s*\(?chua co danh gia\)?"
        # Liferay's, translated: "Bình chọn của bạn Trung bình (0 phiếu)" (Your Rating, Average (0 Votes))
        r"|(?:(?:binh chon|danh gia) cua ban\s*)?trung binh\s*\(\s*\d+\s*(?:phieu|binh chon|luot(?: danh gia)?)\s*\)"
    ),
    **MEDIA_PATTERNS,  # a player's clock and voices, a call to play, no media support (media_lines.py)
    # A CMS account that posted the page, not a writer: "bởi Quản trị viên", "Đăng bởi doankhoi_dn"
    # ... or whoever posted it ("Đăng bởi: Văn phòng Tỉnh đoàn"): an account, not the article's writer
    "poster account": rf"(?:dang boi|viet boi|boi|nguoi dang|nguoi dua tin|tac gia|posted by)\s*:?\s*(?:{CMS_ACCOUNT})"
    r"|dang boi\s*:?\s*[^.!?]{2,40}",
    # K2 under the article: "Được đăng trong Tin cơ sở", "Published in Local news"
    "published in": r"(?:duoc dang trong|dang trong|xuat ban trong|published in|posted in)\s[^.!?]{1,40}",  # K2's "Đăng trong …"
    "editor toolbar": r"(?:left|center|right|del){3,4}",  # the image toolbar's labels run together
    "section label": rf"{_SECTION}(?:\s*[-|/·]?\s*{_SECTION})?",  # "Chính trị - Xây dựng Đảng" alone
    "share on": r"share (?:this|it|the article)?\s*(?:on|via|with)\s+\w+(?:\s*[|/,]\s*\w+)*",
    "bare address": rf"(?:{_WIDGET}{_SEP})*(?:https?://|www\.)\S+",  # "Link bài gốc https://…"
    "site menu": rf"{_MENU}(?:{_SEP}{_MENU})*",
    # "Trang chủ > Tin tức > Xây dựng Đảng", "Home / News"
    "breadcrumb": r"(?:(?:ban dang o|vi tri|you are here)\s*:?\s*)?(?:trang chu|home)\s*(?:[>»›/|]+\s*[^>»›/|]{1,60}){1,6}",
    # ... or of section names alone: "Tin tức > Xây dựng Đảng"
    "section trail": rf"{_SECTION}(?:\s*[>»›/]\s*{_SECTION}){{1,4}}",
    # a chapter's number set apart over its heading: "Phần 1", "Chương II", "Part 3"
    "chapter number": r"(?:phan|chuong|ky|part|chapter|capitulo|chapitre|kapitel|teil|capitolo)\s*(?:\d{1,2}|[ivx]{1,5})\.?",
    # A pager or a bare run of numbers: "Trang 1 / 5", "« 1 2 3 4 »", "1 | 2 | 3"
    # (not a clock written with a dot, "9.30": a live page's entry time, read as "14:02" is)
    "pager": r"(?!(?:[01]?\d|2[0-3])\.[0-5]\d$)(?:trang\s*)?[«‹<]*\s*\d{1,4}(?:\s*[/|,.-]?\s*\d{1,4})*\s*(?:[»›>]+|\.{3}|…)?",
    "counts": rf"{_COUNT}(?:\s*[|·•,-]\s*(?:{_COUNT}|{VIEW_COUNT}))*",  # one or several: "0 Bình luận | Lượt xem: 203"
    # another article's headline set in with a pointer: "» Đảng bộ Khối triển khai nhiệm vụ quý IV"
    # "← Bài trước …", ">> Bát Xát: …", WordPress's "« Bài trước" (a quote opening with « closes with »,
    # one opening with » closes with «, as German papers quote: "»Wir kaufen Verantwortung«")
    "pointed headline": r"(?:[»›►▸←→«‹]|>>|>(?=\s))\s*[^.!?»›►▸←→>«‹]{12,200}|[^.!?»›►▸←→>]{12,200}\s(?:→|>>)",  # "… →"
    # the newer and older article beside this one: "Tin mới hơn: …", "Bài trước: …"
    "neighbour link": r"(?:nhung )?(?:tin|bai|bai viet) (?:moi hon|cu hon|truoc|sau|tiep theo)\s*:.{3,200}",
    "tags": (
        r"(?:tags?|keywords?|tu khoa|chuyen muc|danh muc|the)\s*:.{0,200}|tu khoa\s[^.!?]{0,200}"
        # ... labelled in other languages: "Etichete: TPL Suceava, transport public"
        r"|(?:etichete|etiquetas|schlagworte|schlagworter|cimkek|stitky|oznake|tagi|tagit|avainsanat|etiketler|taggar"
        r"|topics|themen|mots-cles|thematiques|temas|topicos|argomenti|onderwerpen|amnen|emner|aiheet|tematy|temata"
        r"|temak|tag-uri|temy|tagovi|тагови|етикети|แท็ก|タグ|标签|標籤"
        r"|ετικετες|теги|тэги|мітки|кључне речи|kljucne reci|kljucne rijeci|ознаке)\s*[:：].{0,200}"
        r"|#[^#\s][^#]{0,60}(?:#[^#\s][^#]{0,60})+"  # hashtags: "#Quế Sơn #đại hội chi bộ"
        r"|(?:explore more on|(?:read )?related topics\s*:).{0,200}"  # labels over the tags: "Read related topics:"
    ),
    # The page's own address printed under the article (print views): "Địa chỉ bài viết: https://…",
    # "Nguồn: https://…/bai-viet-6612.html" (a site's own address with a path; "Nguồn: baochinhphu.vn" is a source)
    "page address": (
        r"(?:dia chi|duong dan|link|url)(?: (?:bai viet|bai|trang|tin))?\s*:\s*(?:https?://|www\.)\S+"
        r"|nguon\s*:\s*https?://[^/\s]+/\S+"
    ),
    "qr code": r"(?:ma\s+)?qr\s*code\b.*|quet ma qr\b[^.!?]{0,80}\.?",
    "related link": (  # "Baca juga: …", "Simak juga Video: …"
        # (a subscribers' badge read to screen readers before or after it: "Article réservé à nos abonnés
        # Lire aussi | …", "Lire aussi Article réservé à nos abonnés | …")
        rf"(?:{SUBSCRIBER_BADGE}\s*)?(?:{PROMO_LINE_OPENINGS})(?:\s+{SUBSCRIBER_BADGE})?(?:\s+(?:videos?|fotos?|foto|galeri|gallery|wideo|galeria|zdjecia))?(?:\s*[:：>»|–-]|\s*\.\.|\s+[\"“«]).{{0,250}}"
        r"|also on [\w-]+\.[\w.-]+\s.{10,250}"  # "Also on rt.com Journalists threatened with …"
        # ... or a read-also label with the headline straight after it, no stop at its end: "LEGGI ANCHE Maltempo, …"
        rf"|(?:{READ_ALSO})\s+[^.!?]{{10,200}}"
    ),
    # a WordPress shortcode the theme did not render: "[button link=… type=”big”] Send us …[/button]"
    "shortcode": (
        r"\[[a-z_]+(?:\s[^\]]*)?\].{0,200}\[/[a-z_]+\]"
        r"|\{(?:loadposition|loadmodule|loadmoduleid|module|modulepos)\s[^{}]{1,60}\}"  # Joomla's "{loadposition share-top}"
        r"|\[(?:gambas|embed|video|iframe|youtube|instagram|tweet|twitter|baca juga)\s*:[^\[\]]{1,80}\]"  # "[Gambas:Video 20detik]"
    ),
    **PICTURE_PATTERNS,  # a gallery's counters and links, a picture's credit (picture_lines.py)
    # An invitation to act rather than news: "Like this story? Share it with a friend!",
    # "Sign up for … to get the free newsletter", "Đăng ký nhận bản tin"
    **SITE_NOTE_PATTERNS,  # the site's notes, plugs and credits around the text (site_notes.py)
    **NOTICE_PATTERNS,  # its notices: a mistake to report, comments closed, reuse forbidden (notice_lines.py)
    "needs javascript": r".{0,80}\b(?:requires?|enable|enabled|turn on|bat|kich hoat)\b.{0,20}\bjavascript\b.{0,80}",
    # one count or a visitors box's several on one line: "Đang truy cập: 27 Hôm nay: 412 Tổng lượt truy cập: …"
    "view counter": (
        rf"{VISIT_COUNT}(?:\s*[|,-]?\s*{VISIT_COUNT})*(?:\s*[|-]\s*.{{0,60}})?"
        r"|thong ke truy cap|(?:duoc xem|da xem|duoc doc|doc)\s*:?\s*[\d.,]+\s*lan"  # K2: "Đọc 212 lần", "Được đọc 152 lần"
        # "Esta noticia fue leída 1.482 veces", "Este artigo foi lido 812 vezes", "Read 1,204 times"
        r"|(?:(?:esta|este) (?:noticia|nota|articulo|artigo|materia) (?:ha sido|fue|foi) )?(?:leid[ao]|lid[ao]|read)"
        r"\s*:?\s*[\d.,]+\s*(?:veces|vezes|times)"
    ),
    "portlet title": (
        r"(?:xuat ban thong tin|chi tiet bai viet|chi tiet tin|noi dung bai viet|noi dung chi tiet"
        r"|tin tuc chi tiet)(?:\s+[\w ]{1,40})?"  # then the portlet's section name
        r"|web content display|asset publisher"  # Liferay's own names, left in English
    ),
    # and a template's variables left unfilled: "{{title}}", "%%author%%", "{title}", "${date}"
    "cms null": r"null|undefined|none|\{\{.*\}\}|%%\w+%%|\$?\{\w+\}",
    "module id": r"(?:module|portlet|mod|block)[_ -]?\d+(?:[_-]\w+)*|(?=\w*\d)(?=\w*_)\w{4,60}",  # dnn_ctr789_x
    "weather": r"[\w .-]{2,30}?\s*-?\d{1,2}(?:[.,]\d)?\s*°\s*c?(?:\s*[-/]\s*-?\d{1,2}\s*°\s*c?)?",
    # ... the channel often an icon, no text: "Theo dõi Báo Đắk Lắk trên"
    "google news": rf"(?:{_BUTTON}{_SEP})*theo doi .{{0,60}} tren(?: google news| zalo| facebook| youtube| mang xa hoi)?",
    **CHANNEL_PATTERNS,  # an invitation to a messenger channel or a fan page (channel_lines.py)
    # East African portals' label over a plug of their own: "PAY ATTENTION: Flexible payment options …"
    "promotion label": r"pay attention\s*:.{0,250}",
    # contributors credited under the text: "With files from The Canadian Press", "Additional reporting by …"
    # (the writer is the byline's); a live entry's, after the outlet: "From NCN's Dana Whitfield and Marcus Lee"
    "contributors": (
        r"(?:reporting by .{2,80}editing by|with files from|additional reporting(?: by|\s*:)|avec (?:les )?informations (?:de|d')|avec la collaboration de"
        r"|with (?:a )?reports? from|con (?:informacion|reportes|informes) de|com informacoes (?:de|da|do)|mit material von)\s*.{2,120}"
        r"|\(\s*with inputs? from\s[^()]{2,60}\)"  # India's wire credit: "(With inputs from agencies)"
        r"|from (?!(?:today|yesterday|tonight|this|last|next|our|the)\b)[\w.-]+['’]s [a-z]+(?: [a-z]+){0,3}(?:(?:,| and) [a-z]+(?: [a-z]+){0,3})*"
        r"|ขอบคุณข้อมูล(?:จาก)?\s*:?\s*.{2,80}"  # Thai: thanks for the information from …
        # a translator's credit: "Prijevod: Lana Horvat", "Перевод: Дмитрий Орлов", "Translated by …"
        rf"|(?:{TRANSLATED_BY})\s*[^.!?:：]{{2,60}}"
    ),
    # a video's running time, labelled: "Duración: 1:05", "Duration 2:31"
    "running time": (
        r"(?:duracion|duration|duree|dauer|durata|duracao|czas trwania|thoi luong|длительность)\s*:?\s*"
        rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[|·•,-]\s*{VIEW_COUNT})?"  # "Thời lượng: 03:12 | Lượt xem: 214"
    ),
    "follow us": (
        r"(?:theo doi|ket noi voi|ket noi|follow) (?:chung toi|us)\b.{0,60}"
        # "Síguenos en Facebook", "Folgen Sie uns auf X", "Suivez-nous sur Instagram"
        r"|(?:siguenos|suivez-nous|folgen sie uns|seguici|obserwuj nas|volg ons|siga-nos|segue-nos|ikuti kami"
        r"|bizi takip edin|следите за нами|стежте за нами|følg os|folj oss|følg oss|seuraa meita|segueix-nos|seguiu-nos"
        r"|sledujte nas|kovess minket|urmareste-ne|urmariti-ne|pratite nas|ακολουθηστε μας"
        r"|bizi [\w' ]{1,30} takip edin"  # "Bizi Instagram'da takip edin", "… Google News'ten …"
        r")\b.{0,60}"
        # the site named: "(Kövesse az Index-et a Facebookon is!)", "Подписывайтесь на «…» в Дзене и ВКонтакте"
        r"|\(?kovesse (?:az? )?\S+ (?:a |az )?(?:facebookon|instagramon|tiktokon|youtube-on|x-en)\b.{0,60}"
        r"|(?:подписывайтесь|підписуйтесь|підписуйтеся) на [^.!?]{1,40}\s(?:в|во|у) (?:дзене|вконтакте|телеграме?|telegram"
        r"|одноклассниках|viber|вайбері|фейсбуці)\b.{0,60}"
        r"|.{1,40} را در .{1,60}دنبال کنید.{0,20}"  # Persian: "… را در پیام‌رسان‌های … دنبال کنید"
        r"|[▶►]?\s*.{0,20}(?:에서|을|를)\s.{0,30}구독하세요\s*[◀◄]?"  # Korean: "네이버에서 …를 구독하세요"
    ),
    **IMPRINT_PATTERNS,  # the site's imprint: licence, contact, masthead (imprint_lines.py)
    # Another item of a list, ending in its date: "Hội nghị tổng kết ... (12/05/2024)".
    "listed item": (
        r"(?=.{8,}[\d)\]]$)"  # it ends with its date: a quick refusal for every other line
        r".{8,200}?(?:\s*[(\[]\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s*[-,]?\s*\d{1,2}:\d{2})?\s*[)\]]"
        r"|\s+[-–|]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-,]?\s*\d{1,2}:\d{2})?"
        # or only a space before a full date, where prose would say "ngày" or "vào"
        r"|(?<!ngay)(?<!vao)(?<!den)(?<!tu)(?<!sang)(?<!chieu)(?<!toi)(?<!trua)(?<!dem)(?<!luc)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2})?)"
    ),
    # A site header's clock and hotline: "Chủ nhật 31/05/2020 02:31 Hotline: 0913.068.624"
    # a header's hotline ("Thứ Hai, 18/03/2024 | Đường dây nóng: 0256.3822.571"); a sentence
    # giving one ("… liên hệ đường dây nóng: 0274.3822.915.") ends with its full stop
    "hotline": r".{0,80}\b(?:hotline|duong day nong)[^:\d]{0,40}:?\s*[\d(+][\d .|()+-]{5,}[\d)]",
    "credits": r"(?:noi dung|anh|trinh bay|do hoa|thiet ke|ky thuat|video|dung phim|xuat ban)\s*:\s*[^.!?]{1,60}",
    # the editor who handled it, after the byline ("BTV: N.L"): not the writer
    "editor credit": (
        r"(?:btv|bien tap(?: vien)?|editor|edited by|(?:conteudo |contenido )?editado por)\s*:\s*(?:[^.!?]|\b[a-z]\.){1,40}"
        r"|(?:責任編輯|责任编辑|編輯|编辑)\s*[:：]\s*\S{1,20}"  # Chinese: "責任編輯：李佳蓉"
        # ... in brackets: "【编辑:李佳宁】", "（編輯：張雅婷）1140925" with the wire's date code
        r"|[【\[（(]\s*(?:責任編輯|责任编辑|編輯|编辑)\s*[:：]\s*[^】\]）)\s]{1,20}\s*[】\]）)]\s*\d{0,8}"
    ),
    # the fields' labels, one or several on a line: "Họ tên (*)   Email (*)"
    "comment form": (
        r"(?:(?:ho (?:va )?ten|email|dien thoai|noi dung|ma xac nhan|ma bao mat|gui|gui y kien|gui binh luan"
        r"|nhap ma|(?:noi dung )?binh luan cua ban|y kien cua ban|nhap (?:noi dung )?(?:binh luan|y kien)(?: cua ban)?"
        r"|(?:ho )?ten cua ban|email cua ban|dia chi email|trang web|website)"
        r"\s*(?:\(\*\)|[:*])?\s*\*?\s*){1,4}(?:\.{3}|…)?"
        # words that are a field's label only with the mark of a required field: "Tên *", "Bình luận *"
        r"|(?:(?:ho (?:va )?ten|ten|email|binh luan|website|trang web|name|comment)\s*(?:\(\*\)|\*)\s*){1,4}"
        r"|(?:post|submit) comment"  # the form's button
    ),
    "comment rules": (
        r"(?:luu ten cua toi|save my name),? email.{0,150}"  # WordPress's consent box under its form
        r"|your email address will not be published\..{0,80}"  # ... and the note over it
        r"|.{0,150}(?:ban doc|cua ban|quy doc gia|vui long|xin vui long).{0,150}"
        r"(?:bien tap|kiem duyet|tieng viet co dau|khong dau|duoc dang|noi quy|hien thi cong khai"
        r"|truong bat buoc).{0,150}"
        # a disclaimer over readers' comments: "Los comentarios son responsabilidad de sus autores y no …"
        r"|(?:los )?comentarios son (?:de )?(?:exclusiva )?responsabilidad (?:exclusiva )?de (?:sus|los) autores\b.{0,150}"
        r"|os comentarios (?:sao|são) de (?:inteira )?responsabilidade d[eo]s? (?:seus )?autores\b.{0,150}"
        r"|(?:disclaimer\s*:\s*)?comments are (?:the )?(?:sole )?responsibility of (?:their|the) (?:authors|writers|commenters)\b.{0,150}"
        # "A hozzászólások nem tükrözik a szerkesztőség álláspontját.", "Comments do not reflect the views of …"
        r"|(?:a )?hozzaszolasok nem tukrozik\b.{0,80}|(?:the )?comments (?:do not|don't) (?:necessarily )?reflect\b.{0,100}"
        # who may comment: "Only registered users can comment", "Pridať komentár môžu len prihlásení používatelia."
        r"|(?:only (?:registered|logged[- ]in|signed[- ]in) users can (?:comment|post)|you must be logged in to (?:post a )?comment"
        r"|para comentar (?:debe|debes|tiene que|tienes que) (?:iniciar sesion|registrarse|estar registrado)"
        r"|pridat komentar mozu len prihlaseni)\b.{0,60}"
        # how long the comments stay open: "Voit keskustella aiheesta 13.2. kello 23:een saakka."
        r"|(?:voit keskustella aiheesta|commenting (?:is|will be) (?:open|closed)|comments (?:are|will be) open)\b.{0,80}"
    ),
    "slogan": (
        r"(?:nhiet liet chao mung|chao mung ky niem|chao mung dai hoi|chao mung \d+ nam)[^.]{0,160}!?"
        r"|[^.]{0,120}muon nam!*"
    ),
}
# Rules for a line that holds a rare word, tried only then (lines.line_rule): the word,
# and the pattern of the whole line.
WORD_LINE_PATTERNS = {
    # a newsletter's plug set at the end of the text: "… Sign up for our Morning Edition newsletter.",
    # "Don't miss the biggest stories by signing up to the X newsletter here." (not "… its newsletter")
    "newsletter plug": (
        "newsletter",
        # the paper's newsletter named as a header, or praised: "Wolfratshausen-Newsletter: Alles aus Ihrer Region!"
        r"[\w-]{0,40}newsletter\s*:.{0,240}|(?=(?:\S+\s+){1,5}\S+$)newsletters? [^.!?:]{2,40}|(?:get |read |try )?(?:unser|our|notre|nuestro|la nostra|onze)\b[^.!?]{0,40}newsletter\b.{0,200}|"
        # ... named as its paper's: "La newsletter di Corriere Milano", "The newsletter of The Courier"
        r"(?:la |the |die |le |el |a |o )?newsletters? (?:di|de|du|del|della|des|of|von|da|do|van) [^.!?]{2,60}|"
        r"(?=.{0,300}$)(?=.*?\b(?:sign(?:ing)? up|subscrib(?:e|ing))\b)(?=.*?\b(?:our|here|free|your inbox)\b).*"
        # ... and in other languages: "Abonnieren Sie unseren kostenlosen Newsletter", "Inscrivez-vous à notre newsletter"
        r"|(?=.{0,300}$)(?=.*?\b(?:abonn|inscri|suscrib|iscriv|aanmeld|meld je aan|zapisz|подпиш|assin|cadastr)\w*)"
        r"(?=.*?\b(?:unser\w*|hier|kostenlos\w*|notre|ici|gratuite?|nuestr[oa]|aqui|gratis|nostra|qui|gratuita"
        r"|nosso|nossa|onze|darmow\w*|наш\w*)\b).*"
        # ... or a short line opening with the sign-up's verb: "Zapisz się do newslettera", "Iscriviti alla newsletter"
        rf"|(?=.{{0,80}}$)(?:{SIGN_UP_VERBS})\b.*",
    ),
}
WORD_LINE_RULES = tuple(
    (name, word, re.compile(rf"^(?:{pattern})$")) for name, (word, pattern) in WORD_LINE_PATTERNS.items()
)
# All the rules in one pattern, tried in their order in one call; the group that
# matched names the rule (LINE_RULE_NAMES[i] for group "r<i>").
LINE_RULE_NAMES = tuple(LINE_PATTERNS)
LINE_RULES = re.compile("|".join(rf"(?P<r{i}>^(?:{pattern})$)" for i, pattern in enumerate(LINE_PATTERNS.values())))

# Matched on the line as printed, not folded: five or more lower-case words with no
# diacritics and no punctuation are an image's alt text or a URL slug left standing
# ("thanh nien xung kich tinh nguyen vi cong dong"); Vietnamese prose has diacritics.
SLUG_LINE = re.compile(r"^[a-z0-9]+(?:[ -][a-z0-9]+){4,}$|^[a-z0-9]+(?:-[a-z0-9]+){2,}$")  # or "hoi-nghi-to"

# A source tag opening a lead: "LCĐT - ", "(Báo Lào Cai) –", "(laocai.vn) -". A paper's
# initials have one vowel at most ("TPO", "LCĐT"); a word in capitals is a dateline's
# place, and stays: "LAHORE: With …", "PARIS — …".
# (not an editor's note's label: "LTS:" is "Lời tòa soạn", "LGT:" "Lời giới thiệu", the lead's own words)
_INITIALS = r"(?!(?:LTS|LGT)\b)(?![A-ZĐ]*[AEIOUY][A-ZĐ]*[AEIOUY])[A-ZĐ]{2,6}"
SOURCE_TAG = re.compile(
    rf"^\s*(?:(?:\(\s*[^()]{{2,40}}\s*\)|{_INITIALS}(?:ĐT|TV|O)?|[\w.-]+\.vn)\s*[-–—:]\s+"
    rf"|{_INITIALS}\s*[-–—](?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]))"  # glued: "BTO-Sáng 26/4"
)
