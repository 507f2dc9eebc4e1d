"""The words of page widgets (share, print, font size, players, galleries, ad labels),
as named data, in Vietnamese, English and the other languages news pages are written
in. Folded: lower case, no diacritics, đ → d. The widget line rule is built from them in
boilerplate.py. The buttons' labels in the other languages are in button_words.py.
"""

from .button_words import BUTTON_WORDS

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
    "in trang nay",
    "dong cua so",  # a print view's "Đóng cửa sổ"
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
    *("nghe doc bai bao", "nghe bai bao", "luu bai viet nay duoi dang file"),
    "nghe doc",
    "gui gop y",
    "doc bai viet",
    "doc bai",  # a reading voice's button: "Đọc bài | Gửi email | In trang"
    "tai ung dung",
    "ve trang chu",
    "chia se trang",
    "tu dong phat",
    "giong nu",
    "giong nam",
    "giong doc",
    *("tu dong chuyen bai", "tu dong chuyen bai tiep theo"),  # a reading voice's next-article switch
    # the reading voices: "Giọng nữ miền Trung", "Giọng đọc: Nữ miền Nam"
    *(
        f"{giong}{voice} mien {region}"
        for giong in ("giong ", "")
        for voice in ("nu", "nam")
        for region in ("bac", "trung", "nam")
    ),
    *("nghe bai", "nghe bai viet", "in ra", "gui bai viet qua email", "gui qua email", "chi tiet"),
    *("nghe bai nay", "lang nghe bai viet", "giong", "luu bai viet nay", "chia se tren"),
    *("tam dung", "tiep tuc"),  # a player's pause and resume (not "Phát", "Dừng": names fold alike)
    *("kich thuoc font", "giam kich thuoc font", "tang kich thuoc font"),  # K2's font-size buttons
    # ... and a font-size bar's label in the other languages: "Tamaño de letra: A+ A-"
    *("tamano de letra", "tamano del texto", "tamanho da letra", "tamanho do texto", "taille du texte"),
    *("taille de police", "schriftgrosse", "dimensione del testo", "font size", "text size"),
    *("quen mat khau", "quen mat khau?"),  # a login box's link
    # WordPress's link to the comments, under the headline as well as over the form at the end
    *("de lai binh luan", "de lai mot binh luan", "binh luan", "phan hoi", "huy", "huy tra loi"),
    *("dang nhap de gui y kien", "dang nhap de binh luan", "dang nhap de gui binh luan"),
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
    *("sao chep duong lien ket tieu de", "sao chep lien ket"),  # Google Sites' link beside a heading
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
    "tai xuong",
    *("xem truc tuyen", "doc truc tuyen", "chia se qua"),  # an attachment's buttons; "Chia sẻ qua: Facebook Zalo"
    *("gui tin", "kich co chu", "nghe audio", "len tren", "len dau trang", "ve dau trang"),
    *("muc luc", "muc luc [an]", "muc luc [hien]"),  # a table of contents' toggle
    *("tra loi huy", "huy tra loi"),  # WordPress's reply link and its cancel
    "font chu",
    *("phong chu", "kich thuoc phong chu", "giam kich thuoc phong chu", "tang kich thuoc phong chu"),
    *("gui ban be", "luu lai", "kich thuoc font chu", "e-mail", "+", "-", "\u2212"),  # "−": the minus sign
    *("giam kich thuoc font chu", "tang kich thuoc font chu", "tang/giam co chu", "tang giam co chu"),
    *("kich thuoc font", "kich thuoc chu", "giam kich thuoc chu", "tang kich thuoc chu"),
    *("x", "admin", "binh luan da bi dong", "comments are closed", "xem tin theo ngay", "ngay thang nam", "xem"),
    *("ver galeria completa", "ver galeria", "view gallery", "view full gallery", "voir la galerie", "galerie ansehen"),
    # a player's note before its ad: "Pred videom sa prehrá krátka reklama."
    *(
        "pred videom sa prehra kratka reklama",
        "pred videem se prehraje kratka reklama",
        "the video will play after this ad",
    ),
    # a gallery's last slide: "Hai visto tutte le foto", "Ricomincia"
    *("hai visto tutte le foto", "ricomincia", "you've seen all the photos", "you have seen all the photos"),
    *("restart gallery", "start again", "vous avez vu toutes les photos", "recommencer", "revoir la galerie"),
    *("has visto todas las fotos", "volver a empezar", "du hast alle bilder gesehen", "alle bilder gesehen"),
    # a gallery's header, and a player's button, language by language
    *("galeria de fotos", "galleria fotografica", "fotogalleri", "kuvagalleria", "galeria zdjec", "foto galeri"),
    *("reproducir video", "lire la video", "video abspielen", "riproduci video", "video afspelen", "spela upp video"),
    *("spill av video", "afspil video", "toista video", "prehrat video", "odtworz wideo", "video lejatszasa"),
    *("reda video", "pokreni video", "смотреть видео", "αναπαραγωγη βιντεο", "videoyu oynat", "putar video"),
    *(
        "galerie offnen",
        "open gallery",
        "abrir galeria",
        "author of the article",
        "vai alla gallery",
        "vai alla fotogallery",
    ),
    *(
        "sponsor message",
        "sponsored message",
        "tum haberleri",
        "tum yazilari",
    ),  # a station's underwriting label; a writer's other articles
    *("voir le diaporama", "voir le diaporama en plein ecran", "afficher en plein ecran", "plein ecran"),
    *("kich thuoc font", "phong chu", "giam co phong chu", "tang co phong chu", "dung"),  # font size; a voice's stop
    *("ban can dang nhap de gui binh luan", "ban can dang nhap de binh luan", "gui y kien phan hoi"),
    "kich thuoc chu",
    "ve dau trang",
    "len dau trang",
    # ... and in the other languages: "Back to top", "Terug naar boven"
    *(
        "back to top",
        "terug naar boven",
        "nach oben",
        "retour en haut",
        "haut de page",
        "volver arriba",
        "voltar ao topo",
    ),
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
    *("key events", "show key events", "key updates"),  # ... and the header of its key posts' links
    *("la page se met a jour automatiquement", "tu dong cap nhat", "trang tu dong cap nhat"),
    *("automatisch bijwerken", "automatisch aktualisieren", "actualizacion automatica", "atualizacao automatica"),
    *("mise a jour automatique", "aggiornamento automatico", "auto-update", "auto update"),
    *("cobertura en vivo", "se actualiza automaticamente"),
    "zl",
    "tw",
    "copy link",
    *("report abuse", "page details", "page updated"),
    # Google Sites' footer bar, in Vietnamese and English: "Đăng nhập|Hoạt động gần đây của trang web|…"
    *("hoat dong gan day cua trang web", "bao cao lam dung", "trang in", "duoc tao boi google sites"),
    *("recent site activity", "print page", "powered by google sites"),
    "join the conversation",  # a link to the comments, under the headline
    # a messenger channel's button
    *("iscriviti al canale", "unisciti al canale", "join the channel", "join channel", "unete al canal"),
    *("entre no canal", "rejoindre la chaine", "abonnez-vous a la chaine", "kanal beitreten"),  # Google Sites' footer
    *("เพิ่มเพื่อน", "add friend"),  # a LINE account's button
    *("add to watchlist", "stocks in this story", "stocks in news"),  # a share-price box in the text
    *("link bai goc", "lay link", "lay link bai goc", "xem link bai goc"),  # VCCorp's link to the source
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
    "cuon xuong de doc",
    # a live page's status and its loader: "Đang diễn ra", "Xem thêm cập nhật"
    *("dang dien ra", "xem them cap nhat", "tai them cap nhat", "live", "truc tiep dang dien ra"),
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
    *("ghi nho", "quen mat khau?", "quen mat khau"),  # a login box's "remember me" and lost password
    "dang ky",
    "dang xuat",
    "tim kiem",
    "lien he",
    "so do trang",
    "sitemap",
    "trang chu",
    "home",
    "xem theo ngay",
    "chon ngay",  # a date picker's button: "Xem tin theo ngày: Chọn ngày Xem"
    # the same on pages in English
    "advert",
    "advertisement",
    "advertising",
    "scroll to continue with content",
    *("skip past newsletter promotion", "after newsletter promotion"),  # a newsletter box's skip link
    # an advertisement's label in other languages
    *("anzeige", "werbung", "publicidad", "publicite", "publicidade", "pubblicita", "reklam", "iklan", "publicitat"),
    *("реклама", "広告", "广告", "廣告", "إعلان", "โฆษณา", "광고", "reklama", "advertentie", "mainos", "annons"),
    *("اشتہار", "تبلیغات", "विज्ञापन", "বিজ্ঞাপন", "פרסומת", "tangazo", "matangazo", "reklamë", "реклама:"),
    *("hirdetes", "publicitate", "oglas", "reklame", "annonse", "διαφημιση", "פרסומת", "تبلیغات", "विज्ञापन"),
    *("article content",),  # Postmedia's label between an article's paragraphs
    "pr",  # a Japanese paper's advertisement label ("[PR]": brackets are read around any button)
    *("view this post on instagram", "view this post on facebook", "view on instagram", "view on threads"),
    *("view on bluesky", "view on x", "view on mastodon", "view on tiktok", "view on facebook", "view on youtube"),
    *("ver esta publicacion en instagram", "ver essa publicacao no instagram", "voir cette publication sur instagram"),
    *("visualizza questo post su instagram", "diesen beitrag auf instagram ansehen"),
    *("video unavailable", "this video is unavailable", "video not available", "video no disponible"),
    *("embed code", "get embed code", "copy embed code", "ottieni il codice embed", "codice embed", "codigo embed"),
    # a reader poll's header
    *("poll", "encuesta", "sondage", "sondaggio", "enquete", "sonda", "anketa", "szavazas", "опрос"),
    *("опитування", "anket", "jajak pendapat", "umfrage"),
    # a player's placeholder before its script runs
    *("video loading", "loading video", "loading", "dang tai video"),
    # ... and an embedded post's, named for its network: "Loading Facebook content"
    *(f"loading {network} content" for network in ("facebook", "twitter", "x", "instagram", "youtube", "tiktok")),
    "sponsored",
    # ... and the same label in the other languages
    *("patrocinado", "sponsorise", "sponsorizzato", "sponsrad", "sponset", "sponsoreret", "sponsoroitu"),
    *("sponzorovano", "sponzorovane", "sponsorowane", "спонзорисано", "спонсорирано", "disponsori", "duoc tai tro"),
    "reklaam",
    *("jetzt hinweis senden", "live feed"),  # a readers' tips button; a live page's feed heading
    *("lysing", "auglysing"),  # an ad's label in Faroese and Icelandic
    *("explore more on these topics", "more on this story"),  # a topics list's header
    *(
        "read in english",
        "read in espanol",
        "leer en ingles",
        "lire en anglais",
        "ler em ingles",
    ),  # an edition's switch
    *(
        "grafik",
        "grafico",
        "grafica",
        "chart",
        "infografik",
        "infografia",
        "infographic",
    ),  # a chart's label over its frame
    # a sponsored slot's label, standing over a partner's card: "Kaupallinen yhteistyö", "Hợp tác thương mại"
    *("sponsored content", "partner content", "paid partnership", "paid post", "advertorial", "promoted", "annonce"),
    *("contenido patrocinado", "conteudo patrocinado", "contenu sponsorise", "contenuto sponsorizzato", "gesponsert"),
    *("kaupallinen yhteistyo", "hop tac thuong mai", "noi dung tai tro", "bai viet tai tro"),
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
    *("diaporama", "slideshow", "bildergalerie", "fotostrecke"),
    # an embedded post's link to its network
    *("view in telegram", "переглянути в telegram", "открыть в telegram", "смотреть в telegram"),
    *("view this post on instagram", "ver essa foto no instagram", "ver esta publicacion en instagram"),
    *("dit bericht op instagram bekijken", "bekijk dit bericht op instagram"),
    *("fotogalerij", "guarda tutte le foto", "see all photos", "ver todas las fotos", "alle fotos ansehen"),
    *("tum fotografları gor", "tum fotograflari gor", "voir toutes les photos", "zobacz wszystkie zdjecia"),
    *("фоторепортаж", "фотогалерея", "fotorreportaje", "fotoreportage"),
    *("in beeld", "in pictures", "en images", "en imagenes", "in bildern", "in immagini", "em imagens", "na zdjeciach"),
    "comment",
    "reply",
    "next",
    "previous",
    "prev",
    # a slideshow's buttons in the other languages, alone or side by side: "Anterior Siguiente"
    *("precedente", "suivante", "precedent", "suivant", "anterior", "siguiente", "proximo", "zuruck", "weiter"),
    *("vorige", "volgende", "successiva", "successivo", "poprzednie", "nastepne", "predchadzajuca", "dalsia"),
    *("anterior siguiente", "precedente suivante", "precedent suivant", "previous next", "prev next"),
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
    *BUTTON_WORDS,
)
