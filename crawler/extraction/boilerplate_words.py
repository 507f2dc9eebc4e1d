"""The words of Vietnamese (and English) page furniture, as named data: headers
that open the end matter or promote links, and the words of widgets (site menus: menu_words.py).
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
    r"|(?:bai|tin|bai viet)\s+(?:tiep theo|truoc|ke tiep|sau)|(?:nhung )?(?:tin|bai) (?:moi|cu) hon)[-–«»<>←→‹›\s]*"
)
# A paywall's notice: the article is cut there, and offers follow (folded, matched at
# the line's start).
PAYWALL = (
    r"(?:il vous reste .{1,12} de cet article a lire|la suite est reservee aux abonnes"
    r"|(?:the rest of )?this (?:article|story) is (?:for|available to|exclusive to) subscribers"
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
    "|video|watch|فيديو|视频|影片|動画|영상"
)
# ... and promotion headers naming a site or a section: "Also on rt.com", "More from Reuters"
PROMO_HEADER = r"(?:also on|more from|more on|more in|read more on|more stories from)\s+\S+(?:\s+\S+){0,3}"

# Words of share, print, zoom and font-size widgets. A line made only of these (with
# separators) is a widget: "In bài | Gửi email | Chia sẻ", "Cỡ chữ: A- A A+", "fb yt zl tw".
WIDGET_WORDS = (
    "chia se",
    "chia se bai viet",
    "share",
    "in",
    "in bai",
    "in bai viet",
    "in trang",
    "ban in",
    "print",
    "gui email",
    "gui bai",
    "gui bai viet",
    "gui cho ban be",
    "gui bai cho ban be",
    "google",
    "xem voi co chu",
    "nghe doc bai viet",
    "nghe doc",
    "gui gop y",
    "doc bai viet",
    "tai ung dung",
    "ve trang chu",
    "chia se trang",
    "tu dong phat",
    "giong nu",
    "giong nam",
    "giong doc",
    # the reading voices: "Giọng nữ miền Trung", "Giọng đọc: Nữ miền Nam"
    *(
        f"{giong}{voice} mien {region}"
        for giong in ("giong ", "")
        for voice in ("nu", "nam")
        for region in ("bac", "trung", "nam")
    ),
    *("nghe bai", "nghe bai viet", "in ra", "gui bai viet qua email", "gui qua email", "chi tiet"),
    # a rating widget's prompt and a neighbour link's label
    *("click de danh gia bai viet", "danh gia bai viet", "nhung tin moi hon", "nhung tin cu hon"),
    "xem ket qua",
    "binh chon",
    "noi dung quang cao",
    "noi dung quang cao khong kha dung",
    "quang cao khong kha dung",
    "gui",
    "chia se bai viet nay",
    "nhap tu khoa",
    "nhap tu khoa tim kiem",
    "tu khoa tim kiem",
    "email",
    "luu",
    "luu tin",
    "luu bai",
    "luu bai viet",
    "phong to",
    "thu nho",
    "co chu",
    "giam co chu",
    "tang co chu",
    "tai ve",
    "font chu",
    "kich thuoc chu",
    "ve dau trang",
    "len dau trang",
    "quay lai",
    "tro ve",
    "tro lai",
    "facebook",
    "rss",
    "instagram",
    "zalo",
    "twitter",
    "youtube",
    "tiktok",
    "linkedin",
    "pinterest",
    "fb",
    "yt",
    "premium",
    # a live page's order: "Nieuwste berichten bovenaan", "Newest first"
    *("newest first", "oldest first", "latest first", "nieuwste berichten bovenaan", "nieuwste eerst"),
    *("neueste zuerst", "plus recents en premier", "mas recientes primero"),
    # ... and its refresh status: "Newsblog aktualisiert sich automatisch"
    *(f"{page} aktualisiert sich automatisch" for page in ("newsblog", "liveblog", "liveticker", "ticker", "seite")),
    *("this page updates automatically", "this page will update automatically", "auto refresh", "auto-refresh"),
    *("la page se met a jour automatiquement", "tu dong cap nhat", "trang tu dong cap nhat"),
    "zl",
    "tw",
    "copy link",
    "link copied",
    "sao chep lien ket",
    "sao chep duong lien ket",
    "da sao chep",
    "da sao chep lien ket",
    "da sao chep duong lien ket",
    "cuon xuong",
    "cuon xuong de doc tiep",
    "cuon xuong de xem tiep",
    "keo xuong de doc tiep",
    "like",
    "thich",
    "tweet",
    "a-",
    "a",
    "a+",
    "aa",
    "nghe doc bai",
    "nghe doc tin",
    "nghe tin",
    "phat video",
    "xem video",
    # a table of contents' header (its items link to the article's own sections)
    *("muc luc", "muc luc bai viet", "table of contents", "contents", "inhaltsverzeichnis", "sommaire", "indice"),
    "xem clip",
    "nghe bai viet",
    # reading on, paging and the site's own links
    "doc tiep",
    "xem tiep",
    "xem chi tiet",
    "xem toan bo",
    "xem tat ca",
    "bai truoc",
    "bai tiep",
    "bai tiep theo",
    "bai sau",
    "tin truoc",
    "tin sau",
    "trang truoc",
    "trang sau",
    "trang tiep",
    "trang dau",
    "trang cuoi",
    "truoc",
    "sau",
    "tiep",
    "tiep theo",
    "dang nhap",
    "dang ky",
    "dang xuat",
    "tim kiem",
    "lien he",
    "so do trang",
    "sitemap",
    "trang chu",
    "home",
    "xem theo ngay",
    # the same on pages in English
    "advert",
    "advertisement",
    "advertising",
    "scroll to continue with content",
    # an advertisement's label in other languages
    *("anzeige", "werbung", "publicidad", "publicite", "publicidade", "pubblicita", "reklam", "iklan"),
    *("реклама", "広告", "广告", "إعلان"),
    "sponsored",
    "close",
    "caption",
    "less",
    "... more",
    "show more",
    "show less",
    "back to gallery",
    "view gallery",
    # a gallery's or photo report's header
    *("gallery", "galeria", "galerie", "galleria", "fotogalerie", "fotogaleria", "fotogallery", "photo gallery"),
    *("fotogalerij", "guarda tutte le foto", "see all photos", "ver todas las fotos", "alle fotos ansehen"),
    *("фоторепортаж", "фотогалерея", "fotorreportaje", "fotoreportage"),
    "comment",
    "reply",
    "next",
    "previous",
    "prev",
    "share this",
    "share this article",
    "print this",
    "email this",
    "subscribe",
    "sign in",
    "log in",
    "sign up",
    "google+",
    "whatsapp",
    "telegram",
    "viber",
    "messenger",
    "voltar",
    "dau trang",
    "gui bai viet qua email",
    "icon",
    "loading",
    "loading...",
    "dang tai",
    "dang tai...",
    "dong",
    "top",
    "ve trang truoc",
    "tro lai trang truoc",
    "link bai goc",
    "link goc",
    "bai viet dang tiep tuc",
    "noi dung dang tiep tuc",
    "tiep tuc doc",
    "quang cao",
)
