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
        *("tin anh khac", "cac tin anh khac", "video khac", "cac video khac"),  # a photo or video page's others
        "tin bai khac",
        "cac tin bai khac",
        "cac bai khac",
        "tin bai lien quan",
        "tin lien quan",
        "bai viet lien quan",
        "bai viet lien quan (theo tag)",  # K2's items related by tag
        "bai lien quan",
        "thong tin can biet",  # a portal's box of links under the article
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
        "lien ket",  # a box of links to other sites
        "lien ket website",
        "binh luan",
        "y kien ban doc",
        "gui binh luan",
        "gui y kien",
        "gui y kien ban doc",
        "gui y kien phan hoi",
        "them trong muc nay",  # K2's other items of the category
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
        "xem them video",
        *("xem them trong chuyen muc nay", "xem them trong chuyen muc"),  # K2's other items of the category
        *("them trong chuyen muc nay", "them trong chuyen muc"),  # ... translated another way
        "co lien quan",  # Jetpack's related posts, in Vietnamese
        "제보하기",  # a Korean broadcaster's news-tip box under the story
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
        *("related links", "related internet links", "external links", "more on this story"),
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
        "leave a reply cancel reply",  # WordPress's form header, its cancel link run into it
        # WordPress's links to the posts before and after
        "dieu huong bai viet",
        "post navigation",
        # Google Sites' footer under every page
        *("google sites", "bao cao lam dung", "bao cao vi pham", "report abuse", "chi tiet trang", "page details"),
        "bao cao hanh vi sai trai",  # ... its newer "Report abuse"
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
        *("tagged under", "gan the", "the"),  # K2's tags header, in English as it ships or translated ("Thẻ")
        # ... and in other languages
        *("argomenti", "tematy", "temas", "themen", "schlagworte", "sujets", "onderwerpen", "etiquetas"),
        *("schlagworte zum thema", "schlagworter"),
        *("теги", "теми", "temata", "amnen", "θεματα", "תגיות"),
        *("cimkek", "etichete", "stitky", "oznake", "tagi", "avainsanat", "emner", "etiketler", "ετικετες"),
        *("kata kunci", "标签", "タグ", "태그", "mots-cles", "aiheet", "teme", "topik", "แท็ก"),
        *("related tags", "แท็กที่เกี่ยวข้อง", "関連タグ", "관련 태그", "相关标签", "相關標籤", "tag terkait"),
        # more on the subject, at the end
        *("meer over dit onderwerp", "mehr zum thema", "plus sur ce sujet", "mas sobre este tema"),
        # the site's related, latest and most-read lists after the article, language by language
        *("related coverage", "related topics", "related reading", "further reading", "top stories"),
        *("related videos", "videos relacionados", "videos associees", "video correlati", "verwandte videos"),
        *("suvisiace videa", "souvisejici videa", "powiazane wideo", "gerelateerde video's", "relaterte videoer"),
        *("editor's picks", "editors' picks", "popular stories", "latest stories", "recommended stories"),
        *("around the web", "from around the web", "sponsored stories", "promoted stories", "more to explore"),
        *("relacionadas", "notas relacionadas", "articulos relacionados", "contenido relacionado", "mas noticias"),
        *("ultimas noticias", "lo ultimo", "recomendados", "mas leidas", "mais noticias", "conteudo relacionado"),
        *("articles lies", "a lire sur le meme sujet", "dans la meme rubrique", "derniers articles"),
        *("les plus partages", "les plus commentes", "weitere artikel", "mehr artikel", "verwandte artikel"),
        *("ahnliche artikel", "meistgelesene artikel", "neueste artikel", "ultime notizie", "piu letti"),
        *("i piu letti", "altre notizie", "gerelateerde artikelen", "meest gelezen", "meer nieuws"),
        *("laatste nieuws", "podobne artykuły", "powiazane artykuły", "najczesciej czytane", "najnowsze"),
        *("souvisejici clanky", "nejctenejsi", "dalsi clanky", "suvisiace clanky", "najcitanejsie"),
        *("kapcsolodo cikkek", "kapcsolodo", "legolvasottabb", "tovabbi hirek", "articole similare"),
        *("articole asemanatoare", "cele mai citite", "stiri similare", "povezane vijesti", "povezani clanci"),
        *("najcitanije", "vezane vijesti", "srodni clanci", "povezane novice", "najbolj brano"),
        *("повезане вести", "најчитаније", "свързани новини", "най-четени", "похожие новости"),
        *("похожие статьи", "новости по теме", "самое популярное", "последние новости", "схожі новини"),
        *("новини по темі", "останні новини", "найпопулярніше", "σχετικα αρθρα", "σχετικες ειδησεις"),
        *("τελευταιες ειδησεις", "en cok okunanlar", "diger haberler", "son haberler", "mest last"),
        *("τα πιο δημοφιλη", "よく読まれている記事"),
        *("relaterade artiklar", "mest lasta", "senaste nytt", "relaterede artikler", "mest læste"),
        *("seneste nyt", "relaterte artikler", "mest lest", "siste nytt", "aiheeseen liittyvat"),
        *("luetuimmat", "uusimmat", "artikel terkait", "berita lainnya", "berita terkini", "terpopuler"),
        *("berita berkaitan", "pilihan redaksi", "مواضيع ذات صلة", "ذات صلة", "أخبار متعلقة", "اخبار ذات صلة"),
        *("الأكثر مشاهدة", "آخر الأخبار", "مطالب مرتبط", "اخبار مرتبط", "پربازدیدترین", "آخرین اخبار"),
        *("כתבות נוספות", "הכי נקראים", "כתבות קשורות", "संबंधित खबरें", "सबसे ज्यादा पढ़ी गई"),
        *("সম্পর্কিত খবর", "সর্বাধিক পঠিত", "আরও খবর", "متعلقہ خبریں", "مقبول خبریں"),
        *("相关报道", "相關報導", "相关文章", "相關文章", "热门新闻", "熱門新聞", "最新新闻", "最新新聞", "猜你喜欢"),
        *("热门推荐", "更多新闻", "更多新聞", "関連リンク", "おすすめ記事", "人気記事", "アクセスランキング"),
        *("관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "함께 볼만한 뉴스", "최신 뉴스"),
        *("인기 기사", "이 기사와 함께 많이 본 뉴스", "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "ข่าวล่าสุด"),
        *("ข่าวยอดนิยม",),
    }
)
# "Các văn bản khác", "Thông báo khác", "Các phóng sự khác": the site's other items of a kind (folded).
OTHER_ITEMS_HEADER = (
    r"(?:cac |nhung )?(?:tin|bai|bai viet|tin tuc|tin bai|van ban|thong bao|su kien|video|clip|hinh anh|anh"
    r"|phong su|chuyen de|an pham|bai bao|tai lieu|chuong trinh|hoat dong) khac(?: cung chuyen muc)?"
    r"|(?:cac )?(?:tin|bai|bai viet|tin bai|tin tuc) cung (?:chuyen muc|chu de|the loai)"
    # ... and in other languages: "Weitere Artikel aus der Region", "More stories from Lagos"
    r"|weitere (?:artikel|nachrichten|meldungen)(?: [^.!?]{1,40})?|more (?:articles|stories|news) from [^.!?]{1,40}"
    r"|mas noticias (?:de|del|en|sobre) [^.!?]{1,40}|mais noticias (?:de|do|da|sobre) [^.!?]{1,40}"  # "MÁS NOTICIAS DE CIUDAD"
    r"|altre notizie (?:da|di|su|dalla|dal) [^.!?]{1,40}|autres (?:actualites|articles|nouvelles) (?:de|du|sur) [^.!?]{1,40}"
    # an archive by day under the article: "Các tin đã đưa ngày: [ / / ] Xem"
    r"|(?:cac )?(?:tin|bai|tin bai) da (?:dua|dang)(?: ngay)?\b[^.!?]{0,30}"
    r"|(?:cac )?(?:bai viet |bai |tin )?moi nhat tu(?: [^.!?]{1,40})?"  # K2's "Latest from <the writer>" under the item
    # K2's other items of the category, their headlines run on after the colon: "Thêm trong danh mục này: « …"
    r"|them trong (?:danh )?muc nay(?:\s*:.{0,400})?"
)
# A header of the site's ranking of its own pages, with a label or more words around it:
# "VÍDEOS: mais assistidos do Portal X nos últimos 7 dias", "Most read in world news" (folded).
RANKING_HEADER = (
    r"(?:[^:]{1,20}:\s*)?(?:mais (?:lidas|lidos|assistidos|vistos)|most (?:read|watched|viewed|shared)"
    r"|lo mas (?:leido|visto)|les plus (?:lus|vus)|doc nhieu nhat|xem nhieu nhat|paling (?:popular|ramai dibaca|banyak dibaca))\b[^.!?]{0,60}"
)
# Links to the article before and after this one: "Next Auto News", "« Previous post",
# "Bài tiếp theo". Only with a word naming an article, so "Next steps" stays a subheading.
NEIGHBOUR_HEADER = (
    r"[-–«»<>←→‹›\s]*(?:(?:next|previous|prev|older|newer)(?:\s+\S+)?\s+(?:article|post|story|news|entry)s?"
    r"|(?:bai|tin|bai viet)\s+(?:tiep theo|truoc|ke tiep|sau)|(?:nhung |cac )?(?:tin|bai) (?:moi|cu) hon(?: trong (?:chuyen )?muc(?: nay)?| cung chuyen muc)?)[-–«»<>←→‹›\s]*"
)
# A paywall's notice: the article is cut there, and offers follow (folded, matched at
# the line's start).
PAYWALL = (
    r"(?:il vous reste .{1,12} de cet article a lire|la suite est reservee aux abonnes"
    r"|(?:the rest of )?this (?:article|story) is (?:for|available to|exclusive to|reserved for) (?:[\w ]{1,30} )?subscribers"
    r"|subscribe to (?:continue|keep) reading|to continue reading,? (?:subscribe|log in|sign in)"
    r"|weiterlesen mit|jetzt weiterlesen"
    r"|conteudo exclusivo para assinantes|conteudo restrito (?:a|para) assinantes|fortsatt lasa|las vidare|lesen sie weiter mit|continua a leggere con"
    r"|czytaj dalej z|pokracovani clanku je dostupne|pokracovanie clanku je dostupne|raksta turpinajums (?:ir )?pieejams"
    # ... and more paywalls' words: "Dieser Artikel ist exklusiv für Abonnenten", "Para seguir leyendo, suscríbete"
    r"|(?:dieser|der) (?:artikel|beitrag) ist (?:nur |exklusiv )?fur (?:abonnenten|abonnierende)"
    r"|cet article est reserve aux abonnes|article reserve aux abonnes|abonnez-vous pour lire la suite|para seguir leyendo|hazte suscriptor"
    # ... the notice alone, not a teaser's badge before its headline ("Article réservé à nos abonnés Rentrée …")
    r"|cet article est reserve a nos abonnes\W*$|article gratuit apres inscription\W*$"
    r"|pour lire la suite,? (?:de cet article,? )?(?:creez|inscrivez|abonnez|connectez|identifiez)"  # a registration wall
    r"|est[ea] (?:articulo|contenido|noticia|informacion) es exclusiv[oa] para (?:suscriptores|abonados|socios|(?:usuarios )?registrados)|per continuare a leggere|contenuto riservato agli abbonati"
    r"|questo (?:articolo|contenuto) e riservato agli abbonati|para continuar lendo|assine para continuar lendo"
    r"|este conteudo e exclusivo para assinantes|dit artikel is alleen (?:beschikbaar )?voor abonnees"
    r"|ten artykuł jest dostepny (?:tylko )?dla (?:prenumeratorow|subskrybentow)|aby czytac dalej"
    r"|чтобы продолжить чтение|доступно только (?:для )?подписчик|to continue reading|subscribe to read"
    r"|you have reached your (?:limit|free article limit)|unlock this (?:article|story)"
    r"|je hebt het gratis deel van dit artikel gelezen|lees verder met een abonnement"
    r"|denne (?:saken|artikkelen) er for abonnenter|denne artikel er (?:kun )?for abonnenter"  # Norwegian, Danish
    # ... and their offer to read the rest: "Læs hele artiklen med et abonnement"
    r"|l(?:ae|æ)s hele artiklen med (?:et )?abonnement|les hele (?:saken|artikkelen) med (?:et )?abonnement"
    r"|las hela artikeln med (?:ett )?abonnemang|lue koko (?:artikkeli|juttu) tilaajana"
    # ... Swedish, Finnish, Hungarian, Croatian, Romanian, Turkish, Indonesian
    r"|(?:denna|den har) artikel(?:n)? ar (?:endast |bara )?for prenumeranter|tama artikkeli on (?:vain )?tilaajille"
    r"|ez a cikk (?:csak )?elofizetoknek|tento clanek je (?:pouze|jen) pro predplatitele|tento clanok je (?:iba|len) pre predplatitelov"
    r"|ovaj clanak (?:je )?dostupan (?:je )?samo pretplatnicima"
    r"|acest articol este (?:disponibil )?(?:doar|numai) (?:pentru )?abonat\w*"
    r"|(?:эта статья|этот материал) доступ\w* только подписчикам|αυτο το αρθρο ειναι (?:μονο )?για συνδρομητες"
    r"|(?:esta|essa) materia e exclusiva para assinantes|(?:bai viet|noi dung) (?:chi )?danh cho (?:hoi vien|thanh vien)\W*$"
    r"|bu (?:icerik|haber) (?:sadece )?abonelere ozel|artikel ini khusus (?:untuk )?pelanggan"
    r"|この記事は(?:有料)?会員限定(?:記事)?です|この記事は有料記事です|会員登録すると続きをお読みいただけます"
    r"|残り[\d,]+文字(?:[（(]全文[\d,]+文字[）)])?)"  # what the wall hides, counted: "残り734文字（全文1402文字）"
)
# Promotions set inside an article ("Read more:", "Don't miss", then links): the header
# and the links under it go, the article goes on.
PROMO_MARKERS = frozenset(
    {
        "more",
        "read more",
        "read more here",
        # more on the subject, language by language: "Mer om ämnet", "Więcej na ten temat"
        *("nos articles sur le meme theme", "potrebbe interessarti anche", "mer om amnet", "flere saker"),
        *("mer om dette temaet", "mere om emnet", "lisaa aiheesta", "wiecej na ten temat", "dalsi clanky k tematu"),
        "tovabbi hirek a temaban",
        "read",  # "READ:" over a link
        "read next",
        "see also",
        "also read",
        "read also",  # West African papers' order
        "don't miss",
        "don’t miss",
        # the same in other languages
        *("lire aussi", "a lire aussi", "voir aussi", "mehr zum thema", "lesen sie auch", "auch interessant"),
        "weiterlesen",
        *("seguir leyendo", "segui leyendo"),
        *("mas informacion", "lee tambien", "leia tambem", "leia mais", "veja tambem", "leggi anche", "lees ook"),
        *("baca juga", "simak juga", "lihat juga", "читайте также", "смотрите также", "اقرأ أيضا", "推荐阅读"),
        *("czytaj takze", "czytaj rowniez", "zobacz takze", "zobacz rowniez", "читайте також", "дивіться також"),
        *("यह भी पढ़ें", "ये भी पढ़ें", "las ocksa", "las mer", "prectete si take", "διαβαστε επισης", "קראו גם"),
        *("souvisejici", "mohlo by vas zajimat", "suvisiace", "mohlo by vas zaujimat"),  # Czech and Slovak
        *("อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง", "bekijk ook", "lees meer", "延伸閱讀", "相關新聞", "推薦閱讀"),
        # more "read also" headers, language by language
        *("recommended reading", "keep reading", "what to read next", "read this next", "up next", "watch next"),
        *("you may also be interested in", "lea tambien", "te puede interesar", "tambien te puede interesar"),
        *("te podria interesar", "le puede interesar", "puede interesarte", "mira tambien", "ver tambien"),
        *("tambien lee", "lee mas", "lea mas", "te recomendamos", "no te pierdas", "sigue leyendo", "siga leyendo"),
        *("lea ademas", "lee ademas"),
        *("tambien puedes leer", "tambien puede leer", "puedes leer tambien"),
        *("saiba mais", "voce pode gostar", "veja mais", "leia ainda", "confira tambem", "nao perca", "assista tambem"),
        *("a lire egalement", "lire egalement", "a voir aussi", "a voir egalement", "sur le meme sujet", "a lire"),
        *("a decouvrir", "a decouvrir aussi", "pour aller plus loin", "vous aimerez aussi", "decouvrez aussi"),
        *("lesen sie mehr", "das konnte sie auch interessieren", "das konnte sie interessieren", "zum thema"),
        *("passend zum thema", "mehr dazu", "auch lesenswert", "ebenfalls interessant", "lesetipp"),
        *(
            "lesen sie dazu",
            "lesen sie dazu auch",
            "mehr lesen uber",
            "potrebbe interessarti",
            "ti potrebbe interessare",
        ),
        *("guarda anche", "approfondisci", "da non perdere", "vedi anche", "per approfondire", "ook interessant"),
        *("lees verder", "lees hier", "kijk ook", "czytaj tez", "zobacz tez", "przeczytaj takze"),
        *("przeczytaj rowniez", "przeczytaj tez", "polecamy", "warto przeczytac", "sprawdz takze", "sprawdz tez"),
        *("ctete take", "ctete tez", "prectete si tez", "mohlo by vas zajimat", "doporucujeme", "citajte aj"),
        *("precitajte si aj", "precitajte si tiez", "odporucame", "ez is erdekelheti", "ezt is ajanljuk", "ajanlo"),
        *("citeste si", "vezi si", "citeste mai mult", "iti recomandam", "procitajte i", "procitajte jos"),
        *("pogledajte i", "preberite tudi", "preberi se", "preberi tudi", "прочитајте још", "прочитајте и"),
        *("прочетете още", "вижте още"),
        *(
            "остале вести",
            "остале вести из рубрике",
            "ostale vesti",
            "ostale vesti iz rubrike",
            "још вести",
            "jos vesti",
        ),
        *("още по темата", "по теме", "читайте по теме", "материалы по теме", "еще по теме", "ещё по теме"),
        *("читать также", "вам может быть интересно", "по темі", "вас може зацікавити", "ще по темі"),
        *("вас також може зацікавити", "вас також можуть зацікавити", "вас також можуть зацікавити новини"),
        *("вас также может заинтересовать", "вам также может быть интересно"),
        *("διαβαστε ακομη", "διαβαστε ακομα", "δειτε επισης", "δειτε ακομη", "δειτε ακομα", "ayrıca okuyun"),
        *("ayrica okuyun", "bunlar da ilginizi cekebilir", "ilginizi cekebilir", "ilgili haber", "bunu da okuyun"),
        *("اقرأ أيضاً", "اقرأ أيضًا", "اقرأ ايضا", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "شاهد أيضا"),
        *("شاهد أيضاً", "طالع أيضا", "بیشتر بخوانید", "بخوانید", "یہ بھی پڑھیں", "مزید پڑھیں", "עוד בנושא"),
        *("קראו עוד", "और पढ़ें", "इसे भी पढ़ें", "यह भी देखें", "ये भी देखें", "আরও পড়ুন", "আরো পড়ুন"),
        *("baca pula", "bacaan berkaitan", "artikel lainnya", "tonton juga", "saksikan juga", "jangan lewatkan"),
        *("更多阅读", "更多閱讀", "看更多", "點我看更多", "你可能感兴趣", "あわせて読みたい", "合わせて読みたい"),
        *("こちらもおすすめ", "こちらも読まれています", "추천 기사", "함께 읽으면 좋은 기사", "อ่านข่าวเพิ่มเติม"),
        *("อ่านข่าวเพิ่ม", "ข่าวแนะนำ", "las aven", "se ocksa", "læs ogsa", "læs mere", "se ogsa", "les ogsa", "les mer"),
        *("lue myos", "lue lisaa", "katso myos", "loe ka", "lasi ari", "skaitykite taip pat", "taip pat skaitykite"),
        # one related item's box, and a broadcaster's box of a related audio
        *("related story", "related article", "noticia relacionada", "articulo relacionado", "materia relacionada"),
        *("artigo relacionado", "articolo correlato", "escuchar audio"),
    }
)
# How a promotion line opens, before its headline: "Lire aussi | …", "Baca juga: …"
# The read-also labels that open a line with another article's headline, no colon between
READ_ALSO = (
    "read also|also read|lire aussi|a lire aussi|leggi anche|lue myos|læs ogsa|les ogsa|las ocksa|lees ook"
    "|lesen sie auch|czytaj takze|citeste si|lee tambien|leia tambem|baca juga|preberite se|procitajte i"
)
PROMO_LINE_OPENINGS = (
    "doc them|xem them|tin lien quan|bai lien quan|lien quan|tin khac|cung chu de"
    "|see more|read more|read also|also read|related|more|see also"
    "|lire aussi|a lire aussi|voir aussi|mehr zum thema|lesen sie auch|mas informacion|lee tambien|leia tambem"
    "|veja tambem|leggi anche|baca juga|simak juga|lihat juga|simak video|читайте также|смотрите также|اقرأ أيضا"
    "|czytaj takze|czytaj rowniez|zobacz takze|zobacz rowniez|читайте також|дивіться також|यह भी पढ़ें|ये भी पढ़ें"
    "|las ocksa|prectete si take|διαβαστε επισης|קראו גם|อ่านเพิ่มเติม|bekijk ook|bekijk|lees ook|kijk"
    "|延伸閱讀|延伸阅读|相關新聞|相关新闻|推薦閱讀|推荐阅读|関連記事|관련기사"
    # ... and in more languages: "Lesetipp: …", "Czytaj też: …", "Citește și: …"
    "|lea tambien|te puede interesar|lee mas|mira tambien|ver tambien|ver ademas|lea ademas|lee ademas|saiba mais"
    "|veja mais|a lire egalement|auch interessant|ler mais|ezt is ajanljuk|olvassa el ezt is|lue myos|citeste si"
    "|læs ogsa|les ogsa|preberite se"
    "|tambien puedes leer|tambien puede leer"
    "|lire egalement|a voir aussi|sur le meme sujet|a lire|lisez|lesen sie mehr|zum thema|mehr dazu|lesetipp"
    # "Lire aussi le reportage | …", "Lire aussi l'entretien | …"
    "|(?:a )?lire (?:aussi )?(?:le |la |l'|l’|les )(?:reportage|entretien|enquete|analyse|portrait|recit|decryptage|tribune"
    "|chronique|editorial|temoignage|reportages|entretiens|enquetes|analyses|portraits|recits|decryptages|tribunes)"
    "|potrebbe interessarti|guarda anche|approfondisci|vedi anche|ook interessant|czytaj tez|zobacz tez"
    "|przeczytaj takze|przeczytaj rowniez|przeczytaj tez|polecamy|sprawdz takze|zobacz|ctete take|ctete tez"
    "|prectete si tez|citajte aj|precitajte si aj|ez is erdekelheti|citeste si|citeste mai mult|vezi si"
    "|procitajte i|procitajte jos|preberite tudi|preberi se|preberi tudi|прочетете още|вижте още|виж още|още по темата|по теме"
    "|прочитајте још|прочитајте и"
    "|читайте по теме|еще по теме"
    "|по темі|διαβαστε ακομη|διαβαστε ακομα|δειτε επισης|δειτε ακομη|ayrıca okuyun|ayrica okuyun"
    "|ilginizi cekebilir|ilgili haber|اقرأ أيضاً|اقرأ أيضًا|اقرأ ايضا|إقرأ أيضا|اقرأ المزيد|شاهد أيضا"
    "|بیشتر بخوانید|بخوانید|یہ بھی پڑھیں|مزید پڑھیں|עוד בנושא|קראו עוד|और पढ़ें|इसे भी पढ़ें|আরও পড়ুন|আরো পড়ুন"
    "|baca pula|tonton juga|更多阅读|看更多|あわせて読みたい|las aven|læs ogsa|læs mere|les ogsa|les mer"
    "|lue myos|lue lisaa|katso myos|loe ka|lasi ari|lasiet ari|olvassa el|olvasd el|skaitykite taip pat"
    "|taip pat skaitykite|อ่านข่าว|las mer"
    # a video set in the article with its title: "Video | …", "Watch: …"
    "|videos?|watch|فيديو|视频|影片|動画|영상|คลิป|วิดีโอ|se klippet|se videon|se video|katso video"
    "|audio|podcast"  # ... or an audio: "Audio: Niedrigwasser bremst die Rheinschifffahrt"
    "|galeria|galeria de fotos|fotogaleria|photo gallery|gallery|galerie|fotogalerie"  # "Galería: Así quedó …"
)
# ... and promotion headers naming a site or a section: "Also on rt.com", "More from Reuters"
PROMO_HEADER = (
    r"(?:also on|more from|more on|more in|read more on|more stories from|mais em|mas en|meer over|mehr uber)\s+\S+(?:\s+\S+){0,3}"
    r"|more (?:great |top )?\S+ (?:stories|articles)"  # "More Great WIRED Stories"
    r"|more \S+(?: \S+)? news"  # "MORE BRISBANE NEWS", "More Gold Coast news"
    # read also, in the site's other edition: "Czytaj także w Oknet Premium", "Lire aussi dans Le Mag"
    r"|(?:czytaj (?:takze|tez)|read also|also read|lire aussi|lea tambien|leia tambem|leggi anche|lesen sie auch)"
    r"\s+(?:w|in|on|dans|sur|en|em|no|na|auf|im|su|nel|nella)\s+\S+(?:\s+\S+){0,3}"
    r"|[\w.'’&-]{2,20} premium"  # the site's premium stories over their links: "Express Premium"
)
