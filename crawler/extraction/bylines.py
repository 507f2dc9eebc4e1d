"""Bylines: who wrote an article, read from the line that signs it.

A name alone ("Minh Kiên", "HOÀNG LONG"), a labelled byline ("Tin, ảnh: …",
"Nguồn: …"), a credits line ("Nội dung: … - Ảnh: …"), initials ("N.Mai", "PV"), a
source organisation ("Trung tâm VHTT&TT Hữu Lũng", "(Theo Báo Nhân Dân)"). The
patterns are named data at the top; the functions below only read them. Pure.
"""

from __future__ import annotations

import re

from .text import collapse_spaces, fold

BYLINE_MAX_CHARS = 90
SOURCE_MAX_WORDS = 14
LABELLED_MAX_WORDS = 10  # after "Nguồn:", "Tác giả:": a name or a source, not a sentence
BY_CLAUSE_MIN_LOWER_WORDS = 3  # lower-case words after "By": "Maria de la Cruz" has two

# A CMS account that posted the page, not a writer (folded): "Quản trị viên", "admin", "doankhoi_dn"
CMS_ACCOUNT = r"ban quan tri|quan tri vien|quan tri|admin\w*|administrator|super user|(?:online|web|digital) (?:editor|desk|team)|[a-z0-9.-]*[_0-9][a-z0-9._-]*"
CMS_ACCOUNT_NAME = re.compile(CMS_ACCOUNT)
# "by" in English, French, German, ..., Dutch, Italian, Urdu, Arabic, Hebrew, and Joomla's "Viết bởi"
BY_WORDS = r"(?:by|written by|posted by|par|von|por|oleh|av|af|door|di|kirjoittanut|pise|viet boi|تحریر|بقلم|מאת)(?:\s*:)?\s+"  # "Por: …" too
BY_LABEL = re.compile(f"^{BY_WORDS}")
BYLINE_LABEL = re.compile(
    r"^(?:(?:tin|bai|anh|tin va anh|tin, anh|bai va anh|bai, anh|tin/anh|bai/anh|thuc hien|tac gia|phong su(?: anh)?|ky su|ghi chep|tho"
    r"|tac gia bai viet|nhom (?:pv|phong vien|tac gia|thuc hien)|nguoi viet|nguoi dua tin|but danh|phong vien|ptv|pv|ctv|cong tac vien|nguon|nguon tin|source|by|author|written by|autor|autorka|автор|авторка|contributor"
    # ... and the writer's label in more languages: "Tekst: …", "Szerző: …", "Yazar: …", "Penulis: …"
    r"|tekst|texto|texte|text|szerzo|pise|yazar|penulis|redaccion|redacao|redazione|kirjoittaja|toimittaja"
    r"|forfatter|forfattare|skribent)\s*:\s*"
    rf"|{BY_WORDS}"
    r"|laporan (?:wartawan|reporter|jurnalis|kontributor) [^,]{1,40},\s*"  # Tribun's "Laporan Wartawan KabarSolo.com, Dimas Prasetyo"
    r"|(?:本文)?(?:来源|來源|稿源)\s*[:：]\s*"  # a Chinese source line: "本文来源：华讯网"
    r"|(?:記者|记者)(?=\s*[\u4e00-\u9fff]{2,4}\s*[／/][^／/]{2,8}(?:報導|报道)$))"  # "記者林冠廷／南投報導"
)


def is_byline_label(text: str) -> bool:
    """A byline's label and nothing else: "By", "Tác giả:", "تحریر"."""
    return bool(BYLINE_LABEL.fullmatch(f"{fold(collapse_spaces(text))} "))


INTERVIEWER_LABEL = re.compile(r"^(?:phong vien|ptv|pv)\s*:")  # also how an interview's questions open
# A reporter's title printed with the name in Korean, Japanese and Chinese: "김도윤 기자", "记者 张伟"
REPORTER_TITLE = re.compile(r"\s*(?:기자|특파원|記者|记者|特派員|特派员)$|^(?:記者|记者)\s*")
# A Chinese wire dateline's reporters, in the lead: "新华社北京1月20日电（记者 张伟、李娜）"
WIRE_DATELINE = re.compile(r"^.{2,30}?[电電]\s*[（(]\s*(?:记者|記者)\s*(?P<names>[^）)]{2,40})[）)]")
DATELINE_ROLES = frozenset({"记者", "記者", "通讯员", "通訊員", "实习生", "實習生"})
# ... and Taiwan's, in brackets, the names run into the city: "（中央社記者林佳慧台北25日電）"
BRACKETED_DATELINE = re.compile(
    r"^[（(]\s*[\u4e00-\u9fff]{2,4}?(?:记者|記者)(?P<names>[\u4e00-\u9fff、，,]{4,30}?)\d{1,2}日[电電]\s*[）)]"
)
DATELINE_PLACE_CHARS = 2  # the city after the last name: 台北, 台中, 高雄
# The labels of a credits line ("Nội dung: Hà Phương - Quang Minh", "Thực hiện: Ngọc
# Trâm - Ảnh: Lê Minh Đức"): the names after a writing label are the article's authors.
WRITING_CREDITS = (
    *("noi dung", "thuc hien", "bai", "tin", "bai va anh", "tin va anh", "tin, anh", "bai, anh"),
    *("phong su", "phong su anh", "ky su", "ghi chep"),
)
PICTURE_CREDITS = ("anh", "video", "anh va video")
CREDIT_LABEL = re.compile(
    r"(?:^|\s[-–|]\s|\s*[;|]\s*)(?P<label>"
    + "|".join(sorted(map(re.escape, WRITING_CREDITS + PICTURE_CREDITS), key=len, reverse=True))
    + r")\s*:\s*"
)
# Between the names of several writers: "Hà Phương - Quang Minh", "A, B", "A và B".
# "and" between two writers, in Vietnamese and the languages news pages are written in
NAME_SEPARATORS = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+(?:và|&|and|y|e|et|und|og|och|en|ve|dan|и|і)\s+")
# A source standing in parentheses at the end: "(Theo Báo Nhân Dân)", "(Nguồn: TTXVN)".
SOURCE_IN_PARENTHESES = re.compile(r"^\(\s*(?:theo|nguon\s*:)\s*(?P<source>[^()]{2,60}?)\s*\)$")
# The writer's address after the name: "Nqobile Ndlovu, nqobile.ndlovu@example.co.zw"
WRITERS_ADDRESS = re.compile(r"\s*[,|–-]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
# A writer signing with initials: "N.Mai", "P.H", "T.H.Lan"; or as "PV" (phóng viên), "CTV".
BYLINE_INITIALS = re.compile(
    r"^(?P<name>(?:[A-ZĐ]\.\s?){1,3}[A-ZĐ](?:[a-zà-ỹđ]*|[A-ZĐÀ-Ỹ]*)\.?|(?:Nhóm )?(?:PV|CTV)(?:\s*[-–,/]\s*(?:PV|CTV))*|BTV|BBT"
    # a team of reporters, with where or for whom they work: "Nhóm phóng viên thường trú"
    r"|Nhóm (?:phóng viên|PV|P\.V)(?:\s+[^\W\d_]+){0,4})"
    # and the unit they write for: "Đ.H (Ban Tuyên giáo)", "Đ.H - Ban Tuyên giáo Quận ủy"
    r"(?:\s*\([^()]{1,30}\)|\s+[-–]\s+(?P<unit>[A-ZĐÀ-Ỹ][^.!?()]{1,40}))?$"
)
INITIALS_IN_CAPITALS = re.compile(r"(?<=[A-ZĐ]\.)(\s?[A-ZĐÀ-Ỹ])([A-ZĐÀ-Ỹ]+)\.?$")
# An interview signed by who led it: "(Ngọc Hân thực hiện)", "Minh Anh (thực hiện)"
INTERVIEWER = re.compile(r"^\(?\s*(?P<name>[^()]{2,60}?)\s+\(?thuc hien\s*\)?$")
# A writer's name in lenticular brackets, as Japanese and Chinese papers sign: "【佐藤花子】"
# ... or in full-width parentheses after the bureau: "（佐渡支局・田中美咲）" (not "（提供・佐渡市）"); or
# the reporter and the place reported from, as Taiwan's papers open a story: "記者林冠廷／南投報導"
BYLINE_BRACKETED = re.compile(
    r"^(?:【(?P<name>[^【】\s:：]{2,12})】"  # "【编辑:李佳宁】" credits the editor
    r"|（[^（）・\s]{0,10}(?:支局|総局|支社|本社|報道部|通信部|編集部)・(?P<writer>[^\W\d_]{2,6})）"
    r"|(?:記者|记者)\s*(?P<reporter>[\u4e00-\u9fff]{2,4})\s*[／/]\s*[\u4e00-\u9fff]{2,8}(?:報導|报道))$"
)
# A source organisation signing an article ("Trung tâm VHTT&TT Hữu Lũng", "Ban Tuyên giáo
# Tỉnh ủy"), matched on the folded line by the word that heads its name.
SOURCE_ORGANISATION = re.compile(
    r"^(?:trung tam|ban|bao|dai (?:phat thanh|truyen hinh|truyen thanh|tieng noi|pt-?th|pt)|tap chi|cong thong tin|cong tt|so|phong|uy ban|ubnd|hdnd|tinh uy|thanh uy"
    r"|huyen uy|quan uy|dang uy|van phong|hoi|doan|mat tran|cong an|bo chi huy|ttxvn|vna|vov|vtv"
    r"|thong tan xa|truyen hinh|phat thanh|truong|hoc vien|vien|cuc|chi cuc|khoa|ubkt|thoi bao|nhat bao|tuan bao"
    r"|chi bo|dang bo|cau lac bo|clb)\b"  # a Party cell or committee: "(Chi bộ Tổ dân phố 7)"; a club
)
# ... spelled out: folded, "Sở" and "Số", "Ban" and "Bạn" (you), "Báo" and "Bảo" (a name) are alike
ORGANISATION_FIRST_WORDS = frozenset(
    {
        *("trung", "ban", "báo", "đài", "tạp", "cổng", "sở", "phòng", "ủy", "uỷ", "ubnd", "hđnd", "tỉnh", "thành"),
        *("huyện", "quận", "đảng", "văn", "hội", "đoàn", "mặt", "công", "bộ", "ttxvn", "vna", "vov", "vtv", "thông"),
        *("truyền", "phát", "trường", "học", "viện", "cục", "chi", "khoa", "ubkt", "thời", "nhật", "tuần"),
        *("câu", "clb"),  # a club: "Câu lạc bộ thơ phường Lam Hạ"
    }
)
# A writer's post printed under their name ("Phó Trưởng Ban Tổ chức Đảng ủy Khối …",
# "Giảng viên Trường Chính trị tỉnh"), matched on the folded line by its head.
WRITER_POST = re.compile(
    r"^(?:nguyen |pho |quyen )?(?:truong ban|truong phong|truong khoa|truong bo mon|giam doc|bi thu|chu tich"
    r"|chu nhiem|vien truong|hieu truong|tong bien tap|giang vien|nghien cuu vien|chuyen vien|can bo|cong chuc"
    r"|uy vien|tinh uy vien|thanh uy vien|huyen uy vien|dai bieu quoc hoi|chinh uy|chi huy truong|tu lenh"
    r"|tong thu ky|thu ky|bo truong|thu truong"
    # ... or who they are, for a memoir or a reader's letter: "(Cựu chiến binh, ấp Sóc Ruộng, xã Thanh An)"
    r"|cuu chien binh|thuong binh|dang vien|hoi vien|nha bao|nha tho|nha giao|giao vien|bac si|nghe nhan)\b"
)
UNIT_NUMBER = re.compile(r"\b(?:[Qq]uận|[Pp]hường|[Kk]hu phố|[Tt]ổ dân phố)\s+\d+\b")
# Academic and other titles before a writer's name: "TS.", "PGS.TS.", "ThS."
BYLINE_HONORIFIC = re.compile(
    r"^(?:(?:GS|PGS|TS|TSKH|ThS|NCS|CN|KS|BS|Ths|Đại tá|Thượng tá|Trung tá|Thiếu tá|Nhà báo"
    r"|PV|CTV|Phóng viên|Cộng tác viên)[.,]?\s+|(?:GS|PGS|TS|TSKH|ThS)\.)+"  # "PGS, TS TRẦN QUỐC HUY"
)
# What may follow a name on a byline: the writer's unit, in parentheses or after a dash.
BYLINE_UNIT_SEPARATORS = (" (", " - ", " – ", " — ", " | ", " • ", " · ", "/", ", ")
POST_MAX_WORDS = 5  # a writer's post after their name: "corresponsal en Liberia"
NAME_WORD_MAX_CHARS = 12
SOURCE_LINE = re.compile(
    r"^(?:(?:theo|nguon\s*:?)\s+"
    # "Source:" in the other languages of the archive's news pages: "Źródło: Wiadomo.pl, PAP"
    r"|(?P<labelled>(?:sources?|fuente|fonte|zrod[lł]o|zdroj|quelle|kalla|kaynak|источник|източник|джерело|извор"
    r"|bron|kilde|heimild|lahde|allikas|avots|saltinis|forras|sursa|izvor|vir|sumber|πηγη|מקור|المصدر|ที่มา|출처"
    r"|出典|来源|來源|資料來源)\s*[:：])\s*)"
)
# Any site's address after a writer's name ("Sabine Gruber, tirol.ARF.at"); a source named by
# its address alone is held to the usual endings, so "Theo ông A." stays no domain
WEB_ADDRESS = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.I)
DOMAIN = re.compile(r"(?:[\w-]+\.)+(?:vn|com|net|org|gov|edu)(?:\.vn)?", re.I)
# An outlet's brand written in camel case: "VnExpress", "VietNamNet", "CafeF", "VTC News"
BRAND = re.compile(r"[A-ZĐ][a-zđ]*[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2}")


def is_name_word(word: str) -> bool:
    """A word of a person's name: capitalised ("Hồng", "Đ."), or in capitals ("NHUNG").
    (A regex range such as À-Ỹ holds lower-case letters too, so case is asked of Python.)"""
    word = word.removesuffix(".")
    if len(word) > 3 and word[1] in "’'" and word[0].isupper():
        word = word[2:]  # an Ê Đê or Jrai name: "H’Linh", "Y’Bih"
    return (
        word.isalpha()
        and len(word) <= NAME_WORD_MAX_CHARS
        and word[0].isupper()
        and (word[1:].islower() or word.isupper() or len(word) == 1)
    )


# A section's number in roman figures ("II. NỘI DUNG"); "V." and "X." are initials (Văn, Xuân).
SECTION_NUMBER = re.compile(r"(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\.")


# The lower-case particles of European and Arabic family names, inside a name ("Sanne de Vries")
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "du", "ter"})
NAME_PARTICLES |= {"ten", "le", "la", "bin", "binti", "al", "ibn"}


# A writer's post opening a line that looks like a name: "Repórter da Agência Pauta" (folded)
POST_WORDS = frozenset(
    {"reporter", "reportera", "correspondent", "correspondente", "corresponsal", "corrispondente", "journalist"}
    | {"journaliste", "jornalista", "giornalista", "periodista", "redakteur", "redakteurin", "redacteur", "editor"}
    | {"editora", "columnist", "photographer", "fotografo", "fotografa", "fotograf", "staff", "reporteur"}
)


def is_name(text: str) -> bool:
    words = text.split()
    return (
        1 < len(words) <= 6
        and not SECTION_NUMBER.fullmatch(words[0])
        and fold(words[0]) not in POST_WORDS
        and is_name_word(words[0])
        and is_name_word(words[-1])
        and all(is_name_word(word) or word in NAME_PARTICLES for word in words[1:-1])
    )


# What an organisation's name never holds: a sentence's marks, figures, a comma but the
# one of a list of fields ("Văn hóa, Thể thao và …") or of the place ("…, tỉnh An Giang")
# Words of a sentence's predicate, which no organisation's name holds ("Đảng ủy Khối yêu cầu
# các chi bộ …" is the article's); lower case, as written: "Cần Thơ" is a name
PREDICATE_WORDS = re.compile(r"(?<!\w)(?:đã|đang|sẽ|được|bị|là|cần|phải|yêu cầu|đề nghị)(?!\w)")
_NOT_A_NAME = re.compile(r"[.!?;:\d\"“”]|,(?!\s+(?:[A-ZĐ]|(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\b))")


def is_source_organisation(text: str) -> bool:
    """An organisation's name standing as a line, as a source signs an article:
    "Trung tâm VHTT&TT Hữu Lũng", "Ban Tuyên giáo Tỉnh ủy"; never a sentence."""
    text = text.strip()
    numbered = UNIT_NUMBER.sub("", text)  # "Quận ủy Quận 8": a district's number is its name
    return (
        bool(text[:1].isupper())
        and text.split()[0].lower() in ORGANISATION_FIRST_WORDS
        and len(text.split()) <= SOURCE_MAX_WORDS
        and not _NOT_A_NAME.search(numbered)
        and not PREDICATE_WORDS.search(text)
        and bool(SOURCE_ORGANISATION.match(fold(text)))
    )


def is_writer_post(text: str) -> bool:
    """A writer's post or unit standing as a line under their name; never a sentence."""
    text = text.strip()
    return (
        bool(text[:1].isupper())
        and len(text.split()) <= 2 * SOURCE_MAX_WORDS
        and not re.search(r"[.!?;:\"“”]", text)
        and (is_source_organisation(text) or bool(WRITER_POST.match(fold(text))))
    )


def signs_with_a_title(text: str) -> str | None:
    """A writer's name with an academic or military title, or in capitals, as opinion
    pieces print it above their text ("TS. LÊ VĂN AN", "ThS Nguyễn Thị Hạnh")."""
    text = collapse_spaces(text).strip()
    if len(text.split()) > 8 or not (BYLINE_HONORIFIC.match(text) or text.isupper()):
        return None
    name = BYLINE_HONORIFIC.sub("", text).strip()
    return _capitalised(name) if is_name(name) else None


def parse_byline(text: str) -> str | None:
    """The writer's name in a byline line, or None when the line is not a byline.

    >>> parse_byline("Tin, ảnh: Minh Khôi")
    'Minh Khôi'
    >>> parse_byline("Nguyễn Văn Quý - Ban Tuyên giáo Đảng ủy Khối")
    'Nguyễn Văn Quý'
    """
    text = WRITERS_ADDRESS.sub("", collapse_spaces(text)).strip(" .")
    if not text or len(text) > BYLINE_MAX_CHARS:
        return None
    bracketed = BYLINE_BRACKETED.match(text)
    if bracketed:
        return bracketed.group("name") or bracketed.group("writer") or bracketed.group("reporter")
    initials = BYLINE_INITIALS.match(text)
    if initials and (not initials.group("unit") or is_writer_post(initials.group("unit"))):
        # "K.PHƯƠNG" is written "K.Phương", as "X. HOÀNG" is "X. Hoàng"
        return INITIALS_IN_CAPITALS.sub(lambda m: m[1] + m[2].lower(), initials.group("name"))
    folded = fold(text)
    if CMS_ACCOUNT_NAME.fullmatch(folded):
        return None  # "Super User", "admin": the account that posted it
    interviewer = INTERVIEWER.match(folded)
    if interviewer:
        return parse_byline(text[interviewer.start("name") : interviewer.end("name")])
    source = SOURCE_IN_PARENTHESES.match(folded)
    if source:
        return text[source.start("source") : source.end("source")]
    if text.startswith("(") and text.endswith(")") and is_source_organisation(text[1:-1]):
        return text[1:-1].strip()  # "(Báo Lào Cai)"
    named = text[5:].strip()
    if folded.startswith("theo ") and (
        is_name(named) or is_source_organisation(named) or DOMAIN.fullmatch(named) or BRAND.fullmatch(named)
    ):
        return named  # "Theo TTXVN", "Theo Báo Nhân Dân", "Theo baochinhphu.vn", "Theo VnExpress"
    if folded.startswith("theo ") and _name_part(named):
        return _name_part(named)  # "Theo Hải Yến | Nhịp sống Thị trường": the writer
    label = BYLINE_LABEL.match(folded)
    if label:
        # fold() keeps the length of NFC text, so the label's end indexes `text`.
        named = text[label.end() :].strip()
        if CMS_ACCOUNT_NAME.fullmatch(fold(named)):
            return None  # "Người đưa tin: admin"
        # "Phóng viên: Bà có kiến nghị gì …?" is an interview's question, not a writer: after
        # the interviewer's label only a name is a byline (a question may be cut before its "?")
        if INTERVIEWER_LABEL.match(folded) or (":" not in label.group() and named[:1].islower()):
            return _name_part(named)  # and after "by", "por", "von", a name: "Por qué aumenta" is a sub-heading
        plain = len(named) <= 60 and not named.endswith(("?", "!")) and len(named.split()) <= LABELLED_MAX_WORDS
        if ":" not in label.group():  # after "By", a clause is no name: "By Friday the spreadsheet had nine rows."
            plain = plain and sum(word[:1].islower() for word in named.split()) < BY_CLAUSE_MIN_LOWER_WORDS
        return _name_part(named, labelled=True) or (named if plain else None)
    return _name_part(text)


def without_reporter_title(name: str) -> str:
    """ "김도윤 기자" → "김도윤": the name without the title a CJK paper prints with it."""
    return REPORTER_TITLE.sub("", name).strip() or name


def dateline_reporters(text: str) -> str | None:
    """The reporters a Chinese wire dateline names at the head of the lead; the lead stays."""
    match = WIRE_DATELINE.match(text.strip())
    names = re.split(r"[、，,\s]+", match.group("names")) if match else []
    bracketed = None if match else BRACKETED_DATELINE.match(text.strip())
    if bracketed:
        names = re.split(r"[、，,]+", bracketed.group("names"))
        names[-1] = names[-1][:-DATELINE_PLACE_CHARS]  # a two-letter city: a name is two to four
    return ", ".join(n for n in names if n not in DATELINE_ROLES and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n)) or None


def read_byline(text: str) -> str | None:
    """The author a byline element names: a credits line's writers, or the byline's name."""
    return credited_authors(text) or parse_byline(text)


def labelled_source(text: str) -> bool:
    """The line opens with a "Source:" label in another language than Vietnamese ("Fuente:",
    "Källa:"); a Vietnamese portal's "Nguồn:" signs the article."""
    match = SOURCE_LINE.match(fold(text))
    return bool(match) and bool(match.group("labelled"))


def source_line(text: str) -> str | None:
    """The source a closing line names: "Theo Kinh tế Đông Á", "Nguồn: Báo Lào Cai";
    short, capitalised, no sentence in it."""
    text = collapse_spaces(text).strip()
    match = SOURCE_LINE.match(fold(text))
    if match and DOMAIN.fullmatch(text[match.end() :].strip(" .")):
        return text[match.end() :].strip(" .")  # "Theo qdnd.vn"
    # no sentence after it; a labelled one may list its sources ("Wiadomo.pl, PAP")
    sentence = r"[.!?;:]\s+\S|[!?;]" if match and match.group("labelled") else r"[.!?;:,]\s*\S"
    if not match or re.search(sentence, text[match.end() :]):
        return None
    named = text[match.end() :].strip(" .")
    first = named[:1]
    caseless = first.isalpha() and not first.islower() and not first.isupper()  # Thai, Chinese: no capitals
    if not (first.isupper() or caseless) or len(named.split()) > SOURCE_MAX_WORDS:
        return None
    return (" | " in named and _name_part(named)) or named  # "Theo Hải Yến | Nhịp sống Thị trường"


def credited_authors(text: str) -> str | None:
    """The writers a credits line names, or None when it has no writing label
    ("Ảnh: …" credits the pictures, not the article).

    >>> credited_authors("Nội dung: Hà Phương - Quang Minh; Ảnh: Trọng Nghĩa")
    'Hà Phương, Quang Minh'
    """
    text = collapse_spaces(text).strip(" .")
    labels = list(CREDIT_LABEL.finditer(fold(text)))
    if not labels or labels[0].start() != 0 or not any(m.group("label") in WRITING_CREDITS for m in labels):
        return None
    names = []
    for label, following in zip(labels, labels[1:] + [None], strict=True):
        if label.group("label") not in WRITING_CREDITS:
            continue  # the photographer is credited for the pictures, not as an author
        part = text[label.end() : following.start() if following else len(text)]
        names += [name for name in NAME_SEPARATORS.split(part.strip()) if is_name(name)]
    return ", ".join(_capitalised(name) for name in names) or None


def _capitalised(name: str) -> str:
    """A name printed in capitals, as a person's name is written ("THẠCH SA RÂY" →
    "Thạch Sa Rây"); initials and abbreviations (PV, TTXVN) stay."""
    words = name.split()
    if len(words) > 1 and all(word.isupper() and len(word) > 1 for word in words):
        return " ".join(word.capitalize() for word in words)
    return name


def _name_part(text: str, labelled: bool = False) -> str | None:
    text = BYLINE_HONORIFIC.sub("", text).strip()
    if is_name(text):
        return _capitalised(text)
    # "Hồng Nhung - Thu Trang (VOV1)": the unit after the last writer is both writers'
    writers = _writers(re.sub(r"\s*\([^()]{1,40}\)$", "", text))
    if writers:
        return writers
    for separator in BYLINE_UNIT_SEPARATORS:
        head, found, tail = text.partition(separator)
        # "Name - Unit", "Name (unit)", "NAME (thực hiện)"; not "Merritt Island (3-2): Kyleigh Trout 1 goal."
        # nor a result after the bracket: "Jonas Ekström (Sve, Nordic Pro Cycling) a 31″"
        # or "Name, tirol.ARF.at": the writer and the site's address
        # ... or, after a byline's label, "Name, post in lower case": "Por Mariela Chaves Rojas,
        # corresponsal en Liberia" (without one it is a sentence: "Ông Nguyễn Văn Út, chủ tàu …")
        post = labelled and separator == ", " and tail[:1].islower() and len(tail.split()) <= POST_MAX_WORDS
        if found and (
            tail.endswith(")") if separator == " (" else tail[:1].isupper() or WEB_ADDRESS.fullmatch(tail) or post
        ):
            if is_name(head.strip()):
                return _capitalised(head.strip())
            writers = _writers(head) if separator not in (" - ", " – ") else None
            if writers:
                return writers  # "Ana Ruiz y Luis Gil • SolVisión Houston"
    return None


def _writers(text: str) -> str | None:
    """Two to four writers: "Hồng Nhung - Văn Thành", "Ana Ruiz y Luis Gil"."""
    writers = NAME_SEPARATORS.split(text.strip())
    if 1 < len(writers) <= 4 and all(is_name(w) and not is_source_organisation(w) for w in writers):
        return ", ".join(_capitalised(w) for w in writers)
    return None
