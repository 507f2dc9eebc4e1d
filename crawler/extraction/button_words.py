"""The labels of an article's buttons in the languages other than Vietnamese (share,
print, save, e-mail, listen, copy the link, subscribe, report a mistake, comment), as
named data. Folded as widget_words.py folds: lower case, no diacritics. A line made only
of them, with separators, is a widget (boilerplate.py).
"""

# A link to the comments, or their header, in the languages news pages are written in:
# alone it is a widget, with a figure a count ("Kommentare (12)", "3 comentarios").
COMMENT_WORDS = (
    *("comentarios", "comentar", "commentaires", "commenter", "kommentare", "kommentieren", "commenti"),
    *("commenta", "komentarze", "skomentuj", "комментарии", "комментировать", "коментарі", "коментувати"),
    *("yorumlar", "yorum yap", "komentar", "reacties", "reageer", "kommentarer", "kommentera", "kommentit"),
    *(
        "kommentoi",
        "komentare",
        "diskuse",
        "hozzaszolasok",
        "kommentek",
        "comentarii",
        "komentari",
        "σχολια",
        "תגובות",
        "تعليقات",
    ),
    *(
        "التعليقات",
        "评论",
        "評論",
        "留言",
        "コメント",
        "댓글",
        "ความคิดเห็น",
        "diskusia",
        "komentarji",
        "коментари",
        "komen",
    ),
)


# A button that prints, saves, e-mails or gifts the article, alone or with its object:
# "Artikel merken", "Guardar artículo", "Tisknout článek", "Per Mail versenden"
_THE_ARTICLE = (
    *("article", "this article", "l'article", "artikel", "artikeln", "artiklen", "artikkel", "artikkelen"),
    *("artikkeli", "articulo", "artigo", "articolo", "artykuł", "clanek", "clanok", "cikk", "articol"),
    *("статью", "haberi", "noticia", "berita", "記事", "기사"),
)
_KEEP_OR_SEND = (
    *("save", "save for later", "bookmark", "gift", "send by email", "email this article", "share via email"),
    *("speichern", "merken", "verschenken", "per e-mail teilen", "per mail versenden", "sauvegarder"),
    *("enregistrer", "ajouter a mes favoris", "offrir", "envoyer par e-mail", "partager par e-mail", "guardar"),
    *("regalar", "enviar por correo", "enviar por email", "enviar por e-mail", "salvar", "oferecer", "salva"),
    *("regala", "invia per email", "printen", "opslaan", "bewaar", "mail dit artikel", "cadeau geven", "mejla"),
    *("spara", "dela via e-post", "lagre", "del pa e-post", "udskriv", "gem", "giv", "del via e-mail"),
    *("tallenna", "laheta sahkopostilla", "jaa sahkopostilla", "zapisz", "wyslij e-mailem", "vytisknout"),
    *("tisknout", "ulozit", "poslat e-mailem", "mentes", "mentese", "kuldes e-mailben", "printeaza", "salveaza"),
    *("trimite pe e-mail", "распечатать", "сохранить", "отправить по почте", "в закладки", "друкувати"),
    *("зберегти", "надіслати на пошту", "kaydet", "e-posta ile gonder", "simpan", "kirim lewat email"),
    *(
        "αποθηκευση",
        "αποστολη με email",
        "印刷する",
        "保存",
        "記事を保存",
        "メールで送る",
        "인쇄하기",
        "저장",
        "이메일 보내기",
    ),
    *("스크랩", "打印本页", "收藏", "邮件分享", "ispisi", "spremi", "posalji e-postom", "sacuvaj"),
)
# A call to read or write the comments: "Laisser un commentaire", "Zu den Kommentaren"
_TO_THE_COMMENTS = (
    *("leave a comment", "add a comment", "post a comment", "write a comment", "be the first to comment"),
    *("view comments", "show comments", "join the discussion", "kommentar schreiben", "jetzt kommentieren"),
    *("kommentare anzeigen", "diskutieren sie mit", "zu den kommentaren", "laisser un commentaire", "reagir"),
    *("ajouter un commentaire", "voir les commentaires", "soyez le premier a commenter", "deja un comentario"),
    *("dejar un comentario", "escribe un comentario", "ver comentarios", "se el primero en comentar"),
    *("deixe um comentario", "deixe seu comentario", "seja o primeiro a comentar", "lascia un commento"),
    *("scrivi un commento", "mostra commenti", "commenta per primo", "laat een reactie achter"),
    *("plaats een reactie", "bekijk reacties", "reageer als eerste", "skriv en kommentar", "visa kommentarer"),
    *("vis kommentarer", "kommenter", "kirjoita kommentti", "nayta kommentit", "dodaj komentarz"),
    *("napisz komentarz", "pokaz komentarze", "skomentuj jako pierwszy", "pridat komentar", "napsat komentar"),
    *("zobrazit diskusi", "vstoupit do diskuse", "hozzaszolok", "szolj hozza", "hozzaszolasok megtekintese"),
    *("lasa un comentariu", "adauga un comentariu", "vezi comentariile", "оставить комментарий"),
    *("написать комментарий", "показать комментарии", "залишити коментар", "написати коментар", "yorum yaz"),
    *("yorumları gor", "yorum yapın", "ilk yorumu sen yap", "tulis komentar", "lihat komentar"),
    *("berikan komentar", "γραψτε ενα σχολιο", "σχολιαστε", "δειτε τα σχολια", "コメントする", "コメントを書く"),
    *("コメントを見る", "댓글 쓰기", "댓글 보기", "댓글 달기", "发表评论", "查看评论", "我要评论", "napisi komentar"),
    *("komentiraj", "pogledaj komentare", "viet binh luan", "gui binh luan", "xem binh luan"),
)

# A share bar's and a player's buttons written out: "Per E-Mail versenden", "Kopiera länk", "Guarda il video"
_SHARE_AND_WATCH = (
    *(
        "per e-mail versenden",
        "compartir en facebook",
        "compartir en x",
        "compartilhe esta noticia",
        "deel dit artikel",
    ),
    *("bewaren", "delen via e-mail", "kopiera lank", "kopier lenke", "del pa mail", "kopioi linkki", "tisk"),
    *("kopirovat odkaz", "link masolasa", "copiaza linkul", "assistir ao video", "guarda il video", "bekijk de video"),
)
# A cookie banner's buttons, side by side: "Alle akzeptieren | Einstellungen | Nur notwendige Cookies"
_CONSENT_BUTTONS = (
    *(
        "accept all",
        "manage preferences",
        "alle akzeptieren",
        "einstellungen",
        "nur notwendige cookies",
        "tout accepter",
    ),
    *("parametrer", "continuer sans accepter", "aceptar todas", "rechazar", "configurar", "aceitar todos", "rejeitar"),
    *("definicoes de cookies", "accetta tutti", "rifiuta", "personalizza", "alles accepteren", "weigeren"),
    *("instellingen aanpassen", "godkann alla", "avvisa", "cookieinstallningar", "godta alle", "avvis"),
    *("innstillinger for informasjonskapsler", "accepter alle", "afvis", "tilpas indstillinger", "hyvaksy kaikki"),
    *("hylkaa", "evasteasetukset", "akceptuj wszystkie", "odrzuc", "ustawienia", "prijmout vse", "odmitnout"),
    *("nastaveni cookies", "osszes elfogadasa", "elutasitas", "sutibeallitasok", "accepta toate", "respinge"),
    *("setari cookie-uri", "reject all", "cookie settings"),
)

# ... and in the Slavic, Greek, Turkish, Malay and East Asian languages: "Prijavi se", "Пусни видео", "Sponzorisani sadržaj"
_MORE_BUTTONS = (
    *("prihlasit sa", "prijavi se", "пријава", "prijava", "вход", "войти", "увійти", "συνδεση", "giris yap", "masuk"),
    *(
        "log masuk",
        "เข้าสู่ระบบ",
        "ログイン",
        "로그인",
        "登录",
        "登錄",
        "pogledaj video",
        "pogledajte video",
        "predvajaj video",
    ),
    *("пусни видео", "дивитися відео", "δειτε το βιντεο", "videoyu izle", "tonton video", "เล่นวิดีโอ", "動画を再生"),
    *(
        "동영상 재생",
        "播放视频",
        "zdielat na facebooku",
        "podijeli na facebooku",
        "подели на фејсбуку",
        "deli na facebooku",
    ),
    *("сподели във facebook", "この記事をシェア", "分享到微信", "アプリで読む", "앱에서 보기", "komercny clanok"),
    *("sponzorirani sadrzaj", "sponzorisani sadrzaj", "placana objava", "платена публикация", "партнерский материал"),
    *("партнерський матеріал", "χορηγουμενο περιεχομενο", "sponsorlu icerik", "kandungan tajaan", "推广", "marketing"),
    *(
        "oglasno sporocilo",
        "povezane vesti",
        "sorodni clanki",
        "похожие материалы",
        "laporkan kesilapan",
        "แจ้งข้อผิดพลาด",
    ),
    *("誤字・脱字を報告する", "기사 오류 신고", "纠错", "пријавите грешку", "ร่วมส่งข่าวกับเรา", "情報提供はこちら"),
    *("ad", "jetzt melden", "prihlasit se k odberu"),  # an ad's label in two letters; a tip's and a sign-up's button
)

BUTTON_WORDS = (
    *COMMENT_WORDS,
    *_THE_ARTICLE,
    *_KEEP_OR_SEND,
    *_TO_THE_COMMENTS,
    *_SHARE_AND_WATCH,
    *_CONSENT_BUTTONS,
    *_MORE_BUTTONS,
    # a share, print, listen or copy-link button's label in other languages
    *("compartir", "compartilhar", "compartilhe", "partager", "teilen", "artikel teilen", "beitrag teilen"),
    *("condividi", "udostepnij", "поделиться", "поділитися", "paylas", "bagikan", "kongsi", "dela", "deel"),
    *("delen", "jaa", "sdilet", "zdielat", "megosztas", "distribuie", "podijeli", "podeli", "κοινοποιηση", "del"),
    *("שתפו", "שתף", "مشاركة", "شارك", "分享", "分享到", "シェア", "공유", "공유하기", "แชร์", "शेयर करें"),
    *("imprimir", "imprimer", "drucken", "stampa", "drukuj", "печать", "друк", "yazdır", "cetak", "afdrukken"),
    *("skriv ut", "tulosta", "tisk", "tlac", "nyomtatas", "printeaza", "εκτυπωση", "הדפסה", "طباعة", "打印"),
    *("列印", "印刷", "인쇄", "พิมพ์"),
    *("escuchar", "escuchar noticia", "artikel anhoren", "anhoren", "ecouter", "ecouter l'article", "ascolta"),
    *("ascolta l'articolo", "ouvir", "ouvir noticia", "posłuchaj", "слушать", "прослушать", "dinle", "haberi dinle"),
    *("dengarkan", "dengarkan artikel", "luister", "lyssna", "kuuntele", "listen", "listen to this article"),
    *("ascolta questo articolo", "ascolta questo articolo ora", "escucha este articulo", "ouca este artigo"),
    *("ecouter cet article", "diesen artikel anhoren", "listen to this story"),
    *("copiar enlace", "enlace copiado", "copiar link", "link kopieren", "link kopiert", "copier le lien"),
    *("lien copie", "copia link", "kopiuj link", "копировать ссылку", "salin tautan", "linki kopyala"),
    *("ver mas", "mostrar mas", "mehr anzeigen", "voir plus", "mostra di piu", "pokaz wiecej", "показать еще"),
    # subscribing to the site or its newsletter
    *("suscribete", "suscribirse", "assine", "assinar", "s'abonner", "abonnez-vous", "abonnieren"),
    *("jetzt abonnieren", "abbonati", "subskrybuj", "prenumeruj", "подписаться", "підписатися", "abone ol"),
    *("berlangganan", "abonneren", "prenumerera", "tilaa", "newsletter", "nieuwsbrief", "boletin"),
    *("apuntate", "inscribete", "je m'inscris", "inscreva-se", "iscriviti", "sign me up"),
    # a partner's comparison box: "Comparer les offres"
    *("comparer les offres", "compare offers", "comparar ofertas", "confronta le offerte", "angebote vergleichen"),
    # a button to report a mistake in the article, language by language
    *("report an error", "report a mistake", "reportar un error", "informar erro", "signaler une erreur"),
    *("fehler melden", "segnala un errore", "fout melden", "rapportera fel", "rapporter feil", "ilmoita virheesta"),
    *("nahlasit chybu", "zgłos bład", "hiba bejelentese", "raporteaza o eroare", "prijavi gresku"),
    *("сообщить об ошибке", "αναφορα σφαλματος", "hata bildir", "laporkan kesalahan", "bao loi"),
    # a newsroom's tips button: "Tipsa oss", "Vinkkaa meille"
    *("tipsa oss", "tips oss", "tip os", "vinkkaa meille", "tip de redactie", "tipsa redaktionen"),
    # a reading voice's button, language by language: "Lyssna på artikeln", "Posłuchaj artykułu"
    *("escucha esta noticia", "ouca esta noticia", "luister naar dit artikel"),
    *("lyssna pa artikeln", "hør artikkelen", "lyt til artiklen", "kuuntele artikkeli", "poslechnete si clanek"),
    *("posłuchaj artykułu", "hallgassa meg a cikket", "asculta articolul", "poslusajte clanak", "прослушать статью"),
    *("ακουστε το αρθρο", "dengarkan artikel ini", "dengarkan berita"),
)
