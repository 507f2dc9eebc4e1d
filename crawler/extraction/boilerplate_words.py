"""The words of Vietnamese (and English) page furniture, as named data: headers
that open the end matter or promote links (widgets: widget_words.py; site menus: menu_words.py).
Folded: lower case, no diacritics, đ → d. The rules built from them are in
boilerplate.py.
"""

# --- End matter -----------------------------------------------------------------

# Headers after which nothing is article text (folded, trailing ":" ignored).
END_MARKERS = frozenset(
    {
        "tin khac",
        "cac tin khac",
        "tin bai khac",
        "cac tin bai khac",
        "cac bai khac",
        "tin bai lien quan",
        "tin lien quan",
        "bai viet lien quan",
        "bai lien quan",
        "cac bai viet khac",
        "bai viet khac",
        "tin cung chuyen muc",
        "bai viet cung chuyen muc",
        "cac tin da dua",
        "cac tin da dua ngay",
        "tin da dua",
        "co the ban quan tam",
        "xem them",
        "tin moi",
        "tin moi nhat",
        "tin doc nhieu",
        "tin xem nhieu",
        "video lien quan",
        "cac tin bai viet khac",
        "tin bai viet khac",
        "van ban moi",
        "lich cong tac",
        "doc nhieu",
        "tin noi bat",
        "tien ich thong tin",
        "chung toi tren mang xa hoi",
        "qr code",
        "chia se",
        "video hoat dong",
        "hinh anh hoat dong",
        "website lien ket",
        "lien ket website",
        "binh luan",
        "y kien ban doc",
        "gui binh luan",
        "gui y kien",
        "gui y kien ban doc",
        "doc them",
        "y kien cua ban",
        "file dinh kem",
        "tap tin dinh kem",
        "tep dinh kem",
        "tai lieu dinh kem",
        "van ban dinh kem",
        "tin da dang",
        "video moi",
        "video moi xem them",
        "thong tin tien ich",
        "cac thong tin tien ich",
        "tin moi cap nhat",
        "tin tuc khac",
        "cac tin tuc khac",
        "tin anh",
        "cung chuyen muc",
        "tham do y kien",
        "binh chon",
        "cac tin da dang",
        "bai viet moi",
        "bai viet moi nhat",
        "bai moi",
        # the same headers on pages in English
        "related",
        "related articles",
        "related news",
        "related stories",
        "related posts",
        "related content",
        "more stories",
        "more news",
        "more on this",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "most read",
        "most popular",
        "trending",
        "trending now",
        "latest news",
        "comments",
        "leave a comment",
        "leave a reply",
        # WordPress's links to the posts before and after
        "dieu huong bai viet",
        "post navigation",
        # Google Sites' footer under every page
        *("google sites", "bao cao lam dung", "bao cao vi pham", "report abuse", "chi tiet trang", "page details"),
        *("trang da duoc cap nhat", "page updated"),
        # ... and in other languages news sites are written in
        "ilgili haberler",
        "benzer haberler",
        "les plus lus",
        "meistgelesen",
        "lo mas leido",
        "mais lidas",
        "самое читаемое",
        "相关新闻",
        "相关阅读",
        "延伸阅读",
        *("articoli correlati", "noticias relacionadas", "materias relacionadas", "notizie correlate"),
        "関連記事",
        "関連ニュース",
        "الأكثر قراءة",
        "أخبار ذات صلة",
        "berita terkait",
        # a tags header: the tags, then whatever the page adds after the article
        "tags",
        "tag",
        "tu khoa",
        "keywords",
        # ... and in other languages
        *("argomenti", "tematy", "temas", "themen", "schlagworte", "sujets", "onderwerpen", "etiquetas"),
        *("теги", "теми", "temata", "amnen", "θέματα", "תגיות"),
        *("cimkek", "etichete", "stitky", "oznake", "tagi", "avainsanat", "emner", "etiketler", "ετικέτες"),
        *("kata kunci", "标签", "タグ", "태그"),
        # more on the subject, at the end
        *("meer over dit onderwerp", "mehr zum thema", "plus sur ce sujet", "mas sobre este tema"),
    }
)
# "Các văn bản khác", "Thông báo khác", "Các phóng sự khác": the site's other items of a kind (folded).
OTHER_ITEMS_HEADER = (
    r"(?:cac |nhung )?(?:tin|bai|bai viet|tin tuc|tin bai|van ban|thong bao|su kien|video|clip|hinh anh|anh"
    r"|phong su|chuyen de|an pham|bai bao|tai lieu|chuong trinh|hoat dong) khac(?: cung chuyen muc)?"
    r"|(?:cac )?(?:tin|bai|bai viet|tin bai|tin tuc) cung (?:chuyen muc|chu de|the loai)"
    # ... and in other languages: "Weitere Artikel aus der Region", "More stories from Lagos"
    r"|weitere (?:artikel|nachrichten|meldungen)(?: [^.!?]{1,40})?|more (?:articles|stories|news) from [^.!?]{1,40}"
    # an archive by day under the article: "Các tin đã đưa ngày: [ / / ] Xem"
    r"|(?:cac )?(?:tin|bai|tin bai) da (?:dua|dang)(?: ngay)?\b[^.!?]{0,30}"
)
# A header of the site's ranking of its own pages, with a label or more words around it:
# "VÍDEOS: mais assistidos do Portal X nos últimos 7 dias", "Most read in world news" (folded).
RANKING_HEADER = (
    r"(?:[^:]{1,20}:\s*)?(?:mais (?:lidas|lidos|assistidos|vistos)|most (?:read|watched|viewed|shared)"
    r"|lo mas (?:leido|visto)|les plus (?:lus|vus)|doc nhieu nhat|xem nhieu nhat)\b[^.!?]{0,60}"
)
# Links to the article before and after this one: "Next Auto News", "« Previous post",
# "Bài tiếp theo". Only with a word naming an article, so "Next steps" stays a subheading.
NEIGHBOUR_HEADER = (
    r"[-–«»<>←→‹›\s]*(?:(?:next|previous|prev|older|newer)(?:\s+\S+)?\s+(?:article|post|story|news|entry)s?"
    r"|(?:bai|tin|bai viet)\s+(?:tiep theo|truoc|ke tiep|sau)|(?:nhung |cac )?(?:tin|bai) (?:moi|cu) hon(?: trong (?:chuyen )?muc nay)?)[-–«»<>←→‹›\s]*"
)
# A paywall's notice: the article is cut there, and offers follow (folded, matched at
# the line's start).
PAYWALL = (
    r"(?:il vous reste .{1,12} de cet article a lire|la suite est reservee aux abonnes"
    r"|(?:the rest of )?this (?:article|story) is (?:for|available to|exclusive to|reserved for) (?:[\w ]{1,30} )?subscribers"
    r"|subscribe to (?:continue|keep) reading|to continue reading,? (?:subscribe|log in|sign in)"
    r"|weiterlesen mit|jetzt weiterlesen|este contenido es exclusivo para suscriptores"
    r"|conteudo exclusivo para assinantes|fortsatt lasa|las vidare|lesen sie weiter mit|continua a leggere con"
    r"|czytaj dalej z|pokracovani clanku je dostupne)"
)
# Promotions set inside an article ("Read more:", "Don't miss", then links): the header
# and the links under it go, the article goes on.
PROMO_MARKERS = frozenset(
    {
        "more",
        "read more",
        "read next",
        "see also",
        "also read",
        "don't miss",
        "don’t miss",
        # the same in other languages
        *("lire aussi", "a lire aussi", "voir aussi", "mehr zum thema", "lesen sie auch", "auch interessant"),
        "weiterlesen",
        "seguir leyendo",
        *("mas informacion", "lee tambien", "leia tambem", "leia mais", "veja tambem", "leggi anche", "lees ook"),
        *("baca juga", "simak juga", "lihat juga", "читайте также", "смотрите также", "اقرأ أيضا", "推荐阅读"),
        *("czytaj takze", "czytaj rowniez", "zobacz takze", "zobacz rowniez", "читайте також", "дивіться також"),
        *("यह भी पढ़ें", "ये भी पढ़ें", "las ocksa", "las mer", "prectete si take", "διαβάστε επίσης", "קראו גם"),
        *("อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง", "bekijk ook", "lees meer", "延伸閱讀", "相關新聞", "推薦閱讀"),
    }
)
# How a promotion line opens, before its headline: "Lire aussi | …", "Baca juga: …"
PROMO_LINE_OPENINGS = (
    "doc them|xem them|tin lien quan|bai lien quan|lien quan|tin khac|cung chu de"
    "|see more|read more|read also|also read|related|more|see also"
    "|lire aussi|a lire aussi|voir aussi|mehr zum thema|lesen sie auch|mas informacion|lee tambien|leia tambem"
    "|veja tambem|leggi anche|baca juga|simak juga|lihat juga|simak video|читайте также|смотрите также|اقرأ أيضا"
    "|czytaj takze|czytaj rowniez|zobacz takze|zobacz rowniez|читайте також|дивіться також|यह भी पढ़ें|ये भी पढ़ें"
    "|las ocksa|prectete si take|διαβάστε επίσης|קראו גם|อ่านเพิ่มเติม|bekijk ook|bekijk|lees ook|kijk"
    "|延伸閱讀|延伸阅读|相關新聞|相关新闻|推薦閱讀|推荐阅读|関連記事|관련기사"
    # a video set in the article with its title: "Video | …", "Watch: …"
    "|videos?|watch|فيديو|视频|影片|動画|영상"
)
# ... and promotion headers naming a site or a section: "Also on rt.com", "More from Reuters"
PROMO_HEADER = (
    r"(?:also on|more from|more on|more in|read more on|more stories from)\s+\S+(?:\s+\S+){0,3}"
    r"|more (?:great |top )?\S+ (?:stories|articles)"  # "More Great WIRED Stories"
)
