"""The site's notices around an article's text, in the languages news pages are written
in: a report-a-mistake prompt, the comments' state, a ban on reuse, a wall asking to
register, an appeal for independent journalism, an embed blocked until cookies are
accepted, a sponsor's label, a print edition's note. Named patterns over folded text
(lower case, no diacritics), kept as data; boilerplate.py places them among its line rules.
"""

from .site_notes import NEWSLETTER_NAMES

# This article, named in a notice: "Dieser Artikel …", "cet article", "Tämän jutun …" (a
# demonstrative, not "the": "Comments on the post were closed …" is news)
_THIS = (
    r"(?:this|cet|cette|ce|dieser|diesen|dieses|den har|tomuto|tym|taman|tento|acest|esta|este|questo|dit|deze|denne"
    r"|dette)"
)
_ARTICLE = (
    r"(?:article|story|post|artikel\w*|beitrag|articulo|artigo|articolo|noticia|texto?|texte|tekst|текст|saken|artiklen"
    r"|juttu|jutun|clanek|clanku|clanok|cikk|articol\w*|artyku[lł]\w*|материал(?:ът)?|αρθρο|yazi)"
)
# ... or at the head of a notice, with an article or none: "Der Artikel erschien …", "Saken stod på trykk …"
_THIS_ARTICLE = rf"(?:(?:{_THIS}|der|el|het|a|το|bu)\s+)?{_ARTICLE}(?: ini)?"

# A summary made by a machine, named by its three parts in any order: "KI-generierte
# Zusammenfassung", "Podsumowanie wygenerowane przez AI", "Tiivistelmä on tehty tekoälyn avulla"
_SUMMARY = (
    r"(?:summary|zusammenfassung|resume|resumen|resumo|riassunto|samenvatting|sammanfattning(?:en)?|oppsummering(?:en)?"
    r"|tiivistelma|podsumowanie|streszczenie|shrnuti|osszefoglalo(?:t)?|rezumat|zhrnutie|sazetak|резиме|povzetek"
    r"|резюмето|пересказ|зміст|περιληψη|ozet|ringkasan)"
)
_MADE = (
    r"(?:generated|created|written|made|generiert\w*|erstellt|genere|realise|generado|elaborado|gerado|produzido"
    r"|generato|realizzato|gegenereerd|genererad|skapad|laget|lavet|udarbejdet|tekema|tehty|wygenerowane|przygotowane"
    r"|vytvorene|vytvoreno|keszitett\w*|generat|realizat|vytvorila|generiran|направила|pripravila|генерирано"
    r"|подготовлен|згенеровано|δημιουργηθηκε|olusturulmustur|dibuat|dijana)"
)
_BY_MACHINE = (
    r"(?:ai|ki|ia|mi|kunstlicher intelligenz|intelligence artificielle|inteligencia artificial|intelligenza artificiale"
    r"|kunstmatige intelligentie|kunstig intelligens|tekoaly\w*|sztucznej inteligencji|umele inteligence"
    r"|mesterseges intelligencia|inteligentei artificiale|umela inteligencia|umjetne inteligencije|вештачка интелигенција"
    r"|umetna inteligenca|изкуствен интелект|нейросетью|штучним інтелектом|τεχνητης νοημοσυνης|yapay zeka)"
)

_COMMENTS = (
    r"(?:kommentarfunktion|kommentare|les commentaires|los comentarios|i commenti|os comentarios|reageren|kommentarsfaltet"
    r"|kommentarfeltet|kommentointi|komentarze|diskuse|comentariile|comments?)"
)
_CLOSED = (
    r"(?:geschlossen|deaktiviert|fermes|cerrados|chiusi|fechados|niet meer mogelijk|stangt|stengt|suljettu|wy[lł]aczone"
    r"|uzavrena|inchise|closed|disabled|riservati agli abbonati)"
)

_VIEWS = (
    r"(?:views?|opinions?|meinung|opinions exprimees|propos|opiniones|opinioes|opinioni|standpunten|asikter(?:na)?"
    r"|meninger|holdning(?:er)?|pogl[aą]dy|opinie|nazory|velemeny|allaspont\w*|opiniile|quan diem|y kien"
    r"|chroniques?|tribunes?|columns?|pandangan|pendapat|αποψεις|γνωμες)"  # ... or the pieces that carry them
)
_THE_WRITER = (
    r"(?:author|autor\w*|auteur\w*|autore|writer|skribent\w*|schrijver|szerzo|tac gia|columnist|contributor\w*"
    r"|colaboradores|editorialisti|penulis)"
)
_OWN_ONLY = (
    r"(?:own|solely|alone|not necessarily|nicht notwendigerweise|n['’]engagent|exclusiva|exclusivamente|esclusivamente"
    r"|exclusiv|egne|egen|eigen|prywatnymi|nemusi|nem szuksegszeruen|sajat|rieng|ca nhan|responsabilit\w*"
    r"|peribadi|pribadi|tidak semestinya)"
)
# ... or not the paper's: "… do not necessarily reflect the positions of the newspaper"
_NOT_NECESSARILY = (
    r"(?:not necessarily (?:reflect|represent)|nicht notwendigerweise|no (?:reflejan|representan) necesariamente"
    r"|nao (?:refletem|representam) necessariamente|non (?:riflettono|rappresentano) necessariamente|δεν απηχουν απαραιτητα)"
)
_THE_PAPER = (
    r"(?:(?:the|this|our) (?:newspaper|publication|editorial board)|der (?:zeitung|redaktion)|del (?:periodico|diario)"
    r"|do jornal|del giornale|della redazione|της εφημεριδας)"
)
_REPORTED = (
    r"(?:said|says|told|sagte|sagt|a declare|a dit|a rappele|a indique|selon|dijo|disse|ha detto|zei|sagde|sanoi"
    r"|powiedzia[lł]|rekl|mondta|a spus|noi|berkata|kata|menurut)\b"
)

NOTICE_PATTERNS = {
    # ... as a label of six words at most, or a notice that opens on the summary
    "machine summary label": (
        rf"(?=(?:\S+\s+){{0,5}}\S+$|(?:(?:this|the|diese|die|ce|este|esta|questo|il|deze|de|denne|dette|to|toto|az"
        rf"|acest|bu|ovaj|ta|этот|цей|η|краткий|короткий)\s+)?{_SUMMARY}\b)(?=[^!?]*\b{_SUMMARY}\b)(?=[^!?]*\b{_MADE}\b)(?=[^!?]*(?<![\w-]){_BY_MACHINE}\b)"
        r"[^!?]{0,160}"
    ),
    # "Fehler gefunden? Jetzt melden", "Hai notato un errore nell'articolo? Segnalacelo.", "Comunicar erro"
    "report a mistake": (
        r"¿?(?:(?:have you )?(?:found|spotted|seen|noticed) (?:an? )?(?:error|mistake|typo)|fehler (?:gefunden|entdeckt)"
        r"|haben sie einen fehler|vous avez (?:repere|trouve|vu|remarque) une (?:erreur|faute)|(?:has|ha) visto (?:un|algun) error"
        r"|(?:encontrou|viu) (?:um )?erro|hai (?:notato|trovato|visto) un errore|fout gezien|zie je een fout|hittat (?:ett )?fel"
        r"|fant du en feil|fandt du en fejl|huomasitko (?:virheen|asiavirheen)|widzisz b[lł]ad|zauwazy[lł]e[sś] b[lł]ad|nasli jste chybu"
        r"|hibat talalt|ai gasit o greseala|nasli ste chybu|uocili ste pogresku|ste opazili napako|забелязахте грешка"
        r"|εντοπισατε λαθος)\b[^.!?;]{0,80}[?;](?:\s*[^.!?]{0,80}[.!]?)?"  # asked, not told
        r"|(?:report an (?:issue|error) with this (?:article|story)|comunicar erro|meld (?:fra om )?(?:en )?fe[ij]l\b.{0,20}"
        r"|ilmoita asiavirheesta|(?:zg[lł]os|nahlasit|rapportera|raporteaza) (?:b[lł]ad|chybu|fel|o eroare|go)(?: (?:w|v|i|in) \w+)?"
        r"|comunicanoslo)"
    ),
    # the comments' state: "Les commentaires sont fermés pour cet article.", "Kommentarfeltet er stengt."
    # (short and ending on the state, or naming this article: "Public comments closed on Friday." and
    # "Comments on the post were closed after the meeting." stay)
    "comments closed": (
        rf"(?=(?:\S+\s+){{0,5}}\S+$)(?:\w+\s+){{0,3}}{_COMMENTS}\b[^.!?]{{0,40}}\b{_CLOSED}\s*[.!]?"
        rf"|(?=.*\b{_THIS}\s+{_ARTICLE}\b)(?:\w+\s+){{0,3}}{_COMMENTS}\b[^.!?]{{0,60}}\b{_CLOSED}\b[^.!?]{{0,30}}[.!]?"
        r"|der er lukket for debat\b.{0,60}|a cikkhez nem lehet hozzaszolni\.?"
        r"|(?:comentar|commentare) (?:esta noticia|questo articolo) es (?:exclusivo|riservato)\b.{0,60}"
        r"|os comentarios sao da responsabilidade\b.{0,120}|(?:ver|view|see) (?:los |all |the )?\d+ (?:comentarios|comments)"
    ),
    # a ban on reuse: "Toute reproduction, même partielle, est interdite …", "Kopiowanie … zabronione."
    "reuse forbidden": (
        r"(?:toute reproduction|queda prohibida la reproduccion|e proibida a reproducao|niets uit deze uitgave"
        r"|innehallet far inte|innholdet er beskyttet|artiklen er omfattet af ophavsret\w*|sisallon kopioiminen"
        r"|kopiowanie i rozpowszechnianie|jakekoli uziti obsahu|a cikk tartalmanak engedely nelkuli|reproducerea integrala)"
        r"\b[^!?]{0,160}"
    ),
    # a wall asking to register to read on: "Jetzt kostenlos registrieren und weiterlesen"
    "register to read": (
        r"(?:you can )?save this (?:article|story) by registering\b[^!?]{0,120}|"
        r"[^!?]{0,60}\bregistering (?:lets|allows|helps) us\b[^!?]{0,100}|"  # "… Registering lets us show you fewer adverts."
        r"[^.!?]{0,60}\b(?:account|konto|compte|cuenta|conta|profil|bruker|tili|regist(?:e?r)\w*|regisztr\w*|zaregistr\w*"
        r"|inscri\w*|cont gratuit)\b[^.!?]{0,40}\b(?:continue reading|read on|weiterlesen|poursuivre (?:votre|la) lecture"
        r"|seguir leyendo|continuar (?:a ler|lendo)|continuare a leggere|verder te lezen|fortsatta lasa|lese videre"
        r"|l(?:ae|æ)se videre|jatka lukemista|czytac dalej|ctete dal|tovabbolvasashoz|continua lectura)\b\s*[.!]?"
    ),
    # the site's appeal for money: "Unabhängigen Journalismus unterstützen – jetzt spenden"
    "journalism appeal": (
        r"(?:support|unterstutzen sie|soutenez|apoya|apoie|sostieni|steun|stod|st[oø]tt?|tue|wesprzyj|podporte"
        r"|tamogassa|sustine|podrzite|подржите|podprite|подкрепете|поддержите|підтримайте|στηριξτε|dukung|sokong)"
        r"\s+(?:\w+\s+){0,2}(?:independent|unabhangigen?|independant|independiente|independente|indipendente|onafhankelijke"
        r"|oberoende|uavhengig|uafh(?:ae|æ)ngig|riippumatonta|niezalezne|nezavisl\w+|fuggetlen|neovisno|независн\w+|neodvisno"
        r"|независим\w+|незалежн\w+|ανεξαρτητη|independen|bebas)"
        r"\s+(?:journalism|journalismus|journalisme|periodismo|jornalismo|giornalismo|journalistiek|journalistik|journalistikk"
        r"|journalismia|dziennikarstwo|zurnalistiku|ujsagirast|jurnalismul|novinarstvo|новинарство|журналистик\w+"
        r"|журналістику|δημοσιογραφια|jurnalisme|kewartawanan)\b[^!?]{0,80}[.!]?"
        r"|bagimsiz gazetecilige destek olun\b.{0,40}|สนับสนุนสื่ออิสระ|独立したジャーナリズムをご支援ください"
        r"|독립 언론을 후원해 주세요|支持独立新闻"
        r"|unabhangigen journalismus unterstutzen\b.{0,60}"
    ),
    # an embed held back until cookies are accepted: "Dieser Inhalt … Cookies zu", "Ce contenu est bloqué …"
    "blocked embed": (
        r"(?:externer inhalt|(?:this|dieser|ce|este|esta|questo|deze|det har|dette|tama|ta|tento|ez a|acest)\s+"
        r"(?:content|inhalt|contenu|contenido|conteudo|contenuto|inhoud|innehallet|innholdet|indhold|sisaltoa|tresc|obsah"
        r"|tartalom|continut))\b[^!?]{0,160}\b(?:cookies?|informasjonskapsler|evasteit\w*|sutik\w*|cookie-urile|traceurs)"
        r"\b[^!?]{0,80}"
    ),
    # a sponsor's label over a partner's text: "Paid post by Brightwell Energy", "Proposé par Maison Vergier"
    "sponsor label": (
        r"(?:paid post|sponsored (?:content|post)|anzeige\s*[-–]\s*sponsored post|gesponserter (?:inhalt|beitrag)"
        r"|propose par|ofrecido por|oferecido por|patrocinado por|in collaborazione con|gesponsorde inhoud|partnerbijdrage"
        r"|sponsrat innehall|i samarbete med|annons[oø]rinnhold|sponsoreret indhold|annonc[oø]rbetalt indhold"
        r"|sponsoroitu sisalto|artyku[lł] sponsorowany|materia[lł] partnera|komercni sdeleni|szponzoralt tartalom"
        r"|tamogatott tartalom|continut sponsorizat|advertorial(?: realizat)?)"
        r"(?:\s*(?:by|von|de|di|van|fra|fran|from|:|–|-|in parteneriat cu)?\s+[^.!?]{1,60})?"
    ),
    # a print edition's note: "Dieser Artikel erschien in der gedruckten Ausgabe vom 14. Mai 2024."
    "print note": (
        rf"{_THIS_ARTICLE}\b[^!?]{{0,60}}?\b(?:gedruckten ausgabe|edition (?:imprimee|papier)|l'edition du|edicion impresa"
        r"|edicao impressa|edizione cartacea|papieren krant|papperstidningen|papiravisen|trykte avis|painetussa lehdessa"
        r"|papierowym wydaniu|nyomtatott szamaban|editia tiparita|tlacenom vydani|tiskanom izdanju"
        r"|штампаном издању|tiskani izdaji|печатното издание|номере|друкованому номері|εντυπη εκδοση|basili baskisinda"
        r"|edisi cetak|tistenem|print edition|print issue)\b[^!?]{0,80}"
        r"|(?:この記事|이 기사|本文).{0,40}(?:朝刊|夕刊|紙面|지면|第[a-z0-9]+版).{0,30}"
    ),
    # a paywall's notice: "Dit artikel is exclusief voor abonnees", "You've read 3 of 5 free articles this month."
    "paywall notice": (
        rf"{_THIS_ARTICLE}\s+(?:is |er |je |e )?"
        r"(?:\w+ )?(?:riservato agli abbonati|exclusief voor abonnees|forbeholdt abonnenter|dost[eę]pny tylko dla"
        r" (?:subskrybent[oó]w|prenumerator[oó]w)|dostupny pouze pro predplatitele|disponibil doar pentru abonati"
        r"|(?:reserved )?for subscribers(?: only)?)\.?"
        # ... or the content, for subscribers only, and its price: "Ovaj sadržaj dostupan je samo pretplatnicima. …"
        r"|[^.!?]{0,60}\b(?:exkluzivne pre predplatitelov|(?:dostupan|dostupna|dostupno) (?:je )?samo pretplatnicima"
        r"|na voljo samo narocnikom|достъпна само за абонати|доступн\w+ (?:лише|только) для (?:передплатників|подписчиков)"
        r"|διαθεσιμο μονο για συνδρομητες|yalnizca abonelere acik\w*|hanya untuk pelanggan)\b[^!?]{0,120}"
        r"|บทความนี้สำหรับสมาชิกเท่านั้น.{0,80}|이 기사는 유료 회원 전용입니다.{0,60}|本文为付费内容.{0,60}"
        r"|(?:you'?ve read|you have read) [^.!?]{0,20}\bfree (?:articles|stories)\b.{0,160}"
        r"|(?:has alcanzado el limite|(?:voce )?atingiu o limite|du har last din sista|hai raggiunto il limite"
        r"|vous avez atteint (?:la |votre )?limite|sie haben (?:ihr|das) (?:limit|kontingent))\b.{0,200}"
    ),
    # ... its offer, the text's rest for a price: "Lees verder voor € 1 per week.", "Lue koko juttu – tilaa 1 € …"
    "read on for a price": (
        r"(?:lees verder|les hele saken|l(?:ae|æ)s videre|lue koko juttu|cely clanek si prectete|olvassa tovabb"
        r"|citeste tot articolul|read the full (?:article|story)|continue reading|weiterlesen|lire la suite|sigue leyendo"
        r"|continue lendo|continua a leggere)\b[^!?]{0,100}?(?:\d[\d.,]*\s*(?:€|kr|kc|ft|lei|eur|euro|\$|£)"
        r"|(?:€|\$|£|r\$)\s*\d)[^!?]{0,80}"
    ),
    # a request for the reader's support: "Ihnen gefällt unsere Arbeit? Unterstützen Sie uns …"
    "support us": (
        r"(?:if you value our|ihnen gefallt unsere arbeit|se apprezzi il nostro lavoro|vind je ons werk waardevol"
        r"|vill du st[oö]tta vart arbete|vil du hjelpe oss|vil du st[oø]tte vores arbejde|jos arvostat tyotamme"
        r"|jesli cenisz nasza prace|libi se vam nase prace|ha fontosnak tartja a munkankat|con tu aportacion"
        r"|votre don est deductible|faca uma doacao)\b\s*\??[^!?]{0,200}"
    ),
    # a newsletter's pitch, its day and its name: "Recibe cada tarde el boletín de Opinión, con los mejores análisis …"
    "newsletter pitch": (
        r"(?:recibe|receive|get|ricevi|receba|erhalten sie|recevez|recevez chaque)\s+(?:cada|every|ogni|todas as|jeden|chaque)"
        rf"\s+\w+\s+(?:el |the |la |a |o |il |den |le |our )?(?:newsletter|bulletin|lettre|{NEWSLETTER_NAMES})\b[^!?]{{0,160}}"
    ),
    # a newsletter's promise, the news in the reader's inbox: "Få dagens viktigaste nyheter direkt i din inkorg …"
    "inbox offer": (
        r"(?=.*\b(?:news|best|nachrichten|actualite|claves|noticias|notizie|nieuws|nyheter|saker|nyheder|uutiset"
        r"|wiadomosci|zpravy|hirei|stiri)\b)"
        # ... and the sign-up's promise: free, every morning ("Scam e-mails … land in your inbox" stays)
        r"(?=.*\b(?:delivered|sign up|subscribe|free|gratis|kostenlos\w*|gratuit\w*|maksutta|zdarma|ingyen\w*|every (?:morning|weekday|day)"
        r"|jeden morgen|chaque matin|cada manana|ogni mattina|elke ochtend|varje morgon|hver morgen|joka aamu|kazde rano"
        r"|every evening|jeden abend|chaque soir|cada tarde|cada noche|ogni sera|elke avond|varje kvall|hver kveld|hver aften"
        r"|minden reggel|in fiecare dimineata|todas as manhas|todas las mananas|meld je|anmal dig|tilaa|zapisz|odebirat"
        r"|feliratkozom|ma abonez|inscreva|apuntate|iscriviti|je m'inscris)\b)[^!?]{0,100}\b(?:(?:to|in) your inbox|in (?:ihr|dein) postfach|dans votre boite|en tu (?:correo|bandeja)"
        r"|no seu e-?mail|nella tua casella|in je (?:mailbox|inbox)|i din inkorg|(?:rett )?i innboksen|i din indbakke"
        r"|sahkopostiisi|na twoj[aą] skrzynk[eę]|do (?:vaseho )?e-mailu|a postafiokjaban|direct pe e-mail)\b[^!]{0,120}"
    ),
    # the text a social post's embed leaves when its script does not run: its byline with the
    # handle ("Objava koju dijeli korisnik Ana Kovačić (@ana.kovacic)"), or a tweet's signature
    # after a dash with its date ("— Goran Vuković (@gvukovic) 12. ožujka 2024.")
    "social remnant": (
        r"(?=(?:\S+\s+){0,11}\S+$)(?!.*[“\"”«»„])[^.!?]{0,80}\(@[\w.]{2,30}\)[^.!?]{0,40}"  # no quote, no stop
        r"|[—–-]\s*[^()]{2,60}\(@[\w.]{2,30}\)\s*[^!?]{0,40}\d{4}\.?"
    ),
    # a newsletter's sign-up in the East Asian languages, the newsletter named before the verb:
    # "▶ 한빛일보 뉴스레터 무료 구독하기", "订阅我们的新闻简报，每天早上获取重要新闻。"
    "newsletter sign-up": (
        r"(?=.{0,80}$)(?:.{0,30}(?:뉴스레터|メールマガジン|メルマガ|ニュースレター|新闻简报|電子報|电子报).{0,12}(?:구독|登録|订阅|訂閱)"
        r"|(?:订阅|訂閱).{0,12}(?:新闻简报|電子報|电子报)).*"
    ),
    # a Chinese portal's notes on a story it carries: the headline the source gave it ("原标题：…")
    # and its statement that the piece is not its own view ("特别声明：以上文章内容仅代表作者本人观点…")
    "carried story note": r"(?:原标题|原標題|原题)\s*[:：].{2,150}|(?:特别声明|特別聲明|免责声明|免責聲明)\s*[:：].{10,300}",
    # an invitation to answer the piece in the letters' page: "Do you have an opinion on the issues raised in this article? …"
    "letters invitation": (
        r"(?:do you have an opinion on the issues raised in this (?:article|piece)|if you would like to submit a"
        r" (?:response|letter) of up to \d+ words)\b[^!]{0,300}"
        # ... or its rule for them: "Letters emailed to letters@… must carry the full postal address."
        rf"|(?!.*\b{_REPORTED})letters (?:e-?mailed|sent|submitted|posted|written) (?:to|for)\b[^!?]{{0,80}}"
        r"\b(?:must|should) (?:carry|include|bear|give|contain|have)\b[^!?]{0,80}"
    ),
    # a subscription's offer with its price: "Con X Premium leggi tutti gli articoli senza pubblicità a 1 euro al mese"
    "subscription offer": (  # a short line, no one reported saying it
        rf"(?=(?:\S+\s+){{0,24}}\S+$)(?!.*\b{_REPORTED})"
        r"[^!?]{0,60}\b(?:leggi tutti gli articoli|read all (?:our )?(?:articles|stories)|lisez tous les articles"
        r"|lee todos los articulos|leia todos os artigos|alle artikel lesen)\b[^!?]{0,60}?"
        r"(?:\d[\d.,]*\s*(?:€|euro|eur|\$|£)|(?:€|\$|£)\s*\d)[^!?]{0,60}"
    ),
    # a partner's offer in a box beside the text: "Comparez les offres d'électricité et de gaz avec notre partenaire"
    "partner offer": (
        r"(?=(?:\S+\s+){0,14}\S+$)(?:compare[zr]?|comparez|comparar|confronta|vergleichen sie|vergleichen|compare)\b"
        r"[^.!?]{0,80}\b(?:avec notre partenaire|with our partner|con nuestro socio|con il nostro partner"
        r"|mit unserem partner|com o nosso parceiro)\.?"
    ),
    # an opinion piece's disclaimer: the views are the writer's own, not the paper's
    # ("Les opinions exprimées dans cette tribune n'engagent que leur auteur.")
    "opinion disclaimer": (
        rf"(?=(?:\S+\s+){{0,30}}\S+$)(?=.*\b{_VIEWS}\b)(?:(?=.*\b{_THE_WRITER}\b)(?=.*\b{_OWN_ONLY})"
        rf"|(?=.*\b{_NOT_NECESSARILY}\b)(?=.*\b{_THE_PAPER}\b))"
        rf"(?!.*\b{_REPORTED})[^!?]{{10,300}}"  # not a story's report of what someone said
    ),
}
