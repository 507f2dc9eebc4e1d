"""The lines a site sets around an article's text to send the reader elsewhere or to
credit and reach its people: calls to action, disclosures, the writer's contact and
initials, news tips, app plugs, crew credits. Named patterns over folded text, kept
as data; boilerplate.py places them among its line rules, in this order.
"""

from .stamp_words import READING_TIME, SUBSCRIBER_BADGE

# A machine summary's notice, in the languages news pages are written in (folded): "Summary is
# AI-generated", "Résumé généré avec l'aide de l'IA et vérifié par la rédaction."
MACHINE_SUMMARY_NOTICE = (
    r"(?:this )?summary (?:is|was) (?:ai|automatically)[- ]generated"
    r"|(?:this )?summary (?:was )?(?:generated|written|created) (?:by|with) (?:the help of )?(?:ai|artificial intelligence)"
    r"|resume (?:genere|redige|realise) (?:avec l.aide de |par )?(?:l.)?(?:ia|intelligence artificielle)"
    r"|(?:diese )?zusammenfassung (?:wurde )?(?:mit hilfe (?:von|der) |mithilfe (?:von|der) |von (?:einer )?)(?:ki|kunstlicher intelligenz)"
    r"|resumen (?:generado|elaborado|creado) (?:con (?:la )?ayuda de |por |con )(?:la )?(?:ia|inteligencia artificial)"
    r"|riassunto (?:generato|creato) (?:con l.aiuto dell.|dall.|con l.)(?:ia|intelligenza artificiale)"
    r"|resumo (?:gerado|criado) (?:com (?:a )?ajuda d[ae] |por |com )(?:a )?(?:ia|inteligencia artificial)"
    r"|samenvatting (?:is )?(?:gemaakt|gegenereerd) (?:met (?:behulp van )?|door )(?:ai|kunstmatige intelligentie)"
    r"|자동 추출 기술로 요약된 내용"  # a Korean portal's: "summarised by automatic extraction"
    r"|※?aiが(?:作成|生成)した要約|要約はaiが(?:作成|生成)|由ai生成的?摘要|本摘要由ai"  # Japanese, Chinese
)

# A newsletter's name in the languages news pages are written in (folded), besides "newsletter":
# "nyhedsbrev", "infolettre", "bản tin"; the sign-up's line and the newsletter's box read it
NEWSLETTER_NAMES = (
    r"(?:nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|hirlevel|рассылк|розсилк|bulten|boletin|infolettre|ban tin)\w*"
)

# The verb that opens a newsletter's sign-up, in the languages news pages are written in (folded):
# "Tilmeld dig …", "Zapisz się do …", "Iratkozzon fel …"
SIGN_UP_VERBS = (
    r"suscribete|suscribase|inscreva-se|assine|inscrivez-vous|abonnez-vous|abonnieren sie|melden sie sich|iscriviti"
    r"|schrijf je in|abonneer je|prenumerera|abonner|tilmeld dig|tilaa|prihlaste se|zapisz sie|iratkozzon fel"
    r"|iratkozz fel|aboneaza-te|abonati-va|prijavite se|prijavi se|подпишитесь|підпишіться|εγγραφειτε|daftar|dang ky"
    r"|prihlaste sa|narocite se|абонирайте се|пријавите се|langgan|สมัครรับ|订阅"
)

# A series' next part announced under the text (folded), its title after it or not: "Bài 2: Giữ rừng
# bằng hương ước", "Kỳ tới: …", "(Còn nữa)", "To be continued", "(Fortsetzung folgt)"; never a first
# part, whose title a chapter prints. Only at the article's end is it no part of the story (edges.py).
NEXT_PART = (
    r"\(?(?:con nua|con tiep|to be continued|continued tomorrow|fortsetzung folgt|a suivre|continuara|continua"
    r"|segue|ciag dalszy nastapi|pokracovani priste|wordt vervolgd|jatkuu)\)?[.…]*"
    r"|(?:(?:don doc|moi ban doc don doc|doc tiep|xem tiep)\s+)?(?:bai|ky|phan) (?:[2-9]|[1-9]\d|cuoi|tiep theo|tiep|toi|sau)(?!\d)"
    r"\s*[:.–-]\s*[^.!]{3,120}"
    r"|(?:next|coming up|tomorrow|read part \d+)\s*:\s*part (?:\d+|two|three|four)\b[^.!]{0,120}"
    # ... or the article's next page: "L'articolo continua nella pagina seguente", "Continued on page 2"
    r"|(?:(?:l.articolo|il testo|the (?:article|story)|l.article|der artikel|el articulo|o artigo|het artikel) )?"
    r"(?:continua|continues|continued|continue|geht|sigue|gaat verder)(?: weiter)? (?:nella|alla|on|en la|a la|na|auf|sur la|op)"
    r"(?: (?:the|der|de))? (?:pagina|page|seite) (?:seguente|successiva|next|siguiente|suivante|nachsten|volgende|\d+)(?: weiter)?\W*"
)

SITE_NOTE_PATTERNS = {
    # a betting ad's line, with the responsible-gambling notice the law asks of it: "… Juega con responsabilidad. +18"
    "betting ad": (
        r"(?:.{0,160}[.!]\s*)?(?:juega con responsabilidad|gamble responsibly|please gamble responsibly|spiele"
        r" verantwortungsbewusst|jouez (?:de maniere )?responsable\w*|gioca (?:in modo )?responsabil\w*|jogue com"
        r" responsabilidade|graj odpowiedzialnie)\W*(?:\+?18\+?\W*)?"
    ),
    "call to action": (
        r"like this (?:story|article)\?.{0,80}|.{0,100}\bclick here\b.{0,160}"
        # a subscription's price: "Get access to … Pro for as little as Rs 599 for first year." (its
        # pitch may go on: "Use the code … Pro offers you all the information …")
        r"|(?:get|gain|enjoy) (?:full |unlimited |complete )?access to\b.{0,100}\bfor (?:as little as|only|just)\b.{0,400}"
        r"|(?:tap here|sign up|subscribe (?:to|now|today)|download (?:the|our) app|get the .{1,30} app"
        r"|dang ky nhan (?:tin|ban tin))\b.{0,240}"  # only as the line's opening words: prose may mention them
        r"|don[’']?t miss (?:out on )?the latest (?:news|stories|updates)\b[^!?]{0,60}"  # a subscription box's title
        r"|.{0,30}(?:用|下載|下载|安裝|安装)\s*app\s*(?:看|讀|读).{0,30}"  # "現在用APP看新聞 …"
        r"|(?:lire|read|leer|ler|lesen sie) [^.!?]{1,40} (?:dans l.application|in the app|en la app|no app|in der app)\W*"  # "Lire Le Monde dans l'application"
        r"|(?:text ad|sponsored|advertorial|anuncio|publicidad|publicite|anzeige|reklama)\s*:\s*.{1,120}"  # "TEXT AD: Call …"
        # a like for the site's page: "Ha máskor is tudni szeretne …, lájkolja a Heti Valóság Facebook-oldalát."
        r"|.{0,80}\blajkolja\b.{0,60}\bfacebook.{0,20}"
        # a sign-up for the newsletter named in the site's language: "Tilmeld dig vores nyhedsbrev" (one
        # named "newsletter" is a newsletter plug, boilerplate.py)
        rf"|(?:sign up|subscribe|get|{SIGN_UP_VERBS})\b[^.!?]{{0,40}}\b{NEWSLETTER_NAMES}[^.!?]{{0,45}}[.!]?"
        r"|(?:bultenimize|bultene) abone ol\w*"
        # a subscription's pitch: reading without ads ("Czytaj bez reklam i miej dostęp do wszystkich artykułów.
        # Dołącz do … Premium."), or unlimited, the first month free ("…の記事が読み放題。初月無料キャンペーン実施中")
        r"|(?:czytaj|read|lees|lies|lisez|leggi|lee|leia|citeste|olvasson) (?:bez reklam|without ads|ad-free|zonder advertenties"
        r"|ohne werbung|sans publicite|senza pubblicita|sin publicidad|sem anuncios|fara reclame|reklam nelkul)\b[^!?]{0,160}"
        r"|.{0,40}(?:読み放題|初月無料).{0,60}"
        r"|更多(?:內容|内容)[，,]\s*(?:歡迎|欢迎).{0,60}"  # "更多內容，歡迎…紙本雜誌、…數位訂閱"
        r"|pretplatite se\b[^!?]{0,120}"
        # a newsletter promised to the inbox: "Få VQ+ Helg rett i innboksen", "Get … straight to your inbox"
        r"|(?:fa|get|receive|erhalten sie|krijg|ontvang) [^.!?]{1,40} (?:rett |direkte |direkt |straight |right |direct )?"
        r"(?:i|in|into|to|in je|in ihr|in dein|til) (?:din |your |deine |ihre |je )?(?:innboksen|innboks|inbox|inkorgen"
        r"|indbakken|postfach|mailbox)\b.{0,40}"  # "Pretplatite se na tiskano i digitalno izdanje i uštedite 30 posto."
        r"|(?:fa|get) (?:tillgang|tilgang|adgang|access) (?:till|til|to) (?:allt|alt|all) (?:vart|vort|vores|our)"
        r" (?:innehall|innhold|indhold|content|journalism|journalistik\w*)\b[^!?]{0,160}"
        r"|(?:[^.!?]{1,80}[.!]\s*)?testen sie [^.!?]{1,40} (?:einen monat|\d+ (?:tage|wochen|monate))(?: lang)?"
        r" (?:fur|gratis|kostenlos)\b[^!?]{0,40}"
    ),
    # the site's standing invitation to more of its news, under every article: "Veja mais
    # notícias da região no g1 Campinas.", "Track Latest News Live on X and get news updates …"
    "more news": (
        r"(?:veja|confira|leia) mais noticias\b[^!?]{0,80}"
        r"|(?:see|read|get) more (?:news|stories) (?:from|on|at)\b[^!?]{0,80}|mas noticias (?:en|de)\b[^!?]{0,60}"
        r"|(?:vai a|leggi) tutte le notizie (?:di|da|su)\b[^.!?]{0,60}|(?:see|read) all (?:the )?(?:news|stories) (?:from|on)\b[^.!?]{0,60}"
        r"|(?:track|get) (?:the )?latest news (?:live )?on\b.{0,140}"
        # a paper's line under every story: "Get Latest India News along with Latest News and Top Headlines …"
        r"|get (?:the )?latest [\w ]{1,30} news along with\b[^!?]{0,120}"
        # "Mời bạn đọc xem thêm các tin, bài về … tại chuyên mục …"
        r"|(?:moi (?:ban doc|quy doc gia|doc gia|quy vi) )?xem them (?:tin tuc|cac tin)\b[^!?]{0,80}"
        r"|(?:noch )?mehr (?:aktuelle )?nachrichten aus\b[^!?]{0,140}"  # "Noch mehr … finden Sie auf …"
        r"|(?:assista|veja) (?:aos|os) (?:ultimos )?videos d[aeo]s?\s[^.!?]{1,60}"  # "Assista aos vídeos do g1 BA"
        # a link to the section: "Mehr Artikel aus dieser Rubrik gibt es hier: Gelsenkirchen"
        r"|(?:mehr|weitere) (?:artikel|nachrichten|news|meldungen) (?:aus|zu) (?:dieser|der|diesem|dem) (?:rubrik|ressort|stadt|region|thema)\b[^!?]{0,80}"
        r"|more (?:articles|stories|news) (?:from|in|on) this (?:section|category|topic)\b[^!?]{0,80}"
        # a station's line under every story: "For the latest news, weather, sports, and streaming video, head to …"
        r"|for the latest (?:news|headlines)\b[^!?]{0,80}\b(?:head|go|visit|tune)\b[^!?]{0,60}"
        r"|(?:看|查看|閱讀|阅读)?更多.{0,10}(?:新聞|新闻|報導|报道|消息)"  # Chinese: "看更多即時新聞"
    ),
    # an e-magazine's note on the series it belongs to: "Bài viết thuộc chuyên đề “…” do Báo X thực hiện …"
    # the network the site belongs to: "*kasseler-kurier.de ist ein Angebot aus dem HessenMedien-Netzwerk."
    "network note": r"\*?[\w.-]+\.[a-z]{2,} (?:ist|is) (?:ein angebot|part|a member|a publication) (?:aus dem|des|der|of)\b.{0,100}",
    # a site's prompt under the text: "Cet article vous a été utile ? Sachez que vous pouvez suivre …";
    # its thanks for reading to the end; its call to report a mistake ("Vous avez repéré une erreur ?")
    "reader prompt": (
        # a call for op-eds under one: "Vous souhaitez proposer une tribune ? Écrivez à la rédaction Débats"
        r"vous souhaitez (?:proposer|soumettre|nous envoyer) une tribune\s*\?.{0,80}"
        r"|(?:want|would you like) to (?:submit|write|pitch) an? (?:op-?ed|opinion piece|guest column)\b.{0,80}"
        r"|¿?(?:quiere|quieres) (?:enviar|proponer|publicar) una columna\b.{0,80}|"
        r"(?:cet article vous a(?:-t-il)? ete utile|was this article (?:useful|helpful))\s*\?.{0,300}"
        r"|(?:dziekujemy,? ze przeczyta[lł]\S*|thanks for reading|thank you for reading)\b.{0,160}"
        r"|(?:vous avez (?:repere|remarque|trouve) une (?:erreur|faute)|(?:have you |you )?(?:spotted|found) (?:an error|a mistake|a typo)"
        r"|(?:hast du|haben sie) einen fehler (?:entdeckt|gefunden))\s*\?.{0,80}"  # a question: prose may say it
    ),
    # the print edition it ran in: "This article appears in print in the May 2024 issue …",
    # "A version of this article appears in print on …, Section A, Page 1", "Bài đăng trên Tạp
    # chí Cộng sản số 1.012 (tháng 5-2023)"
    "print edition": (
        r"(?:a version of )?this (?:article|story) (?:appears|appeared|ran) in print\b.{0,300}"
        # "Ovaj razgovor objavljen je u tiskanom izdanju Nacionala broj 1372."; the issue "svakog utorka na kioscima"
        r"|ovaj (?:razgovor|clanak|tekst|intervju|prilog) (?:je )?objavljen (?:je )?u (?:tiskanom|stampanom) izdanju\b.{0,80}"
        r"|[^.!?]{1,40}\b(?:svakog|svake) \w+ na kioscima\b.{0,40}"
        r"|(?:bai )?(?:da )?dang tren (?:tap chi|bao|an pham)[^.!?]{0,60}?\bso\s*\d[\d.]*(?:\s*\([^()]{1,30}\))?"
        # "Cet article a été publié dans le numéro d'avril 2025 de L'Actuel."
        r"|cet article a (?:ete|paru) (?:publie )?dans (?:le|notre) numero\b[^!?]{0,80}"
        # "This story first appeared in our weekly DM168 newspaper, which is available countrywide for R35."
        r"|this (?:article|story) (?:first )?appeared in (?:our|the) [^.!?]{0,60}\b(?:newspaper|edition|magazine)\b[^!?]{0,120}"
    ),
    # a fact-checker's note on its method, under every verdict: its membership of the IFCN ("… is a verified
    # signatory of the International Fact-Checking Network's Code of Principles."), the box's title ("How we
    # check") and its pointer to the method ("Read more about our methodology on the project's page.")
    "fact-check method": (
        r"[^.!?]{2,80}\b(?:is|are) (?:an? )?(?:verified )?(?:signatory|signatories) (?:of|to) the"
        r" (?:ifcn|international fact-?checking network)\b.{0,300}"
        r"|(?:how we (?:fact-?check|check|rate|verify)(?: claims| facts)?|our (?:fact-?checking )?methodology|як ми перевіряємо"
        r"|как мы проверяем|jak (?:sprawdzamy|weryfikujemy)|comment nous verifions|como verificamos|so prufen wir"
        r"|wie wir prufen|come verifichiamo)\W*"
        r"|(?:true|mostly true|half true|mostly false|false|misleading|unproven|verdadero|falso|enganoso|vrai|faux|trompeur"
        r"|wahr|falsch|irrefuhrend|vero|fuorviante|verdadeiro)\s*:\s*(?:the claim|la afirmacion|l.affirmation|die behauptung"
        r"|l.affermazione|a afirmacao)\b[^!?]{0,160}"
        r"|.{0,200}\b(?:(?:read|learn|find out) more about|more on|детальніше про|подробнее о|wiecej o|en savoir plus sur"
        r"|mas sobre|mehr uber) (?:our|нашу|нашей|naszej|notre|nuestra|unsere) (?:fact-?checking )?(?:methodology|методологію"
        r"|методологии|metodologii|methodologie|metodologia)\b.{0,80}"
    ),
    "framed reminder": r"☆[^☆]{0,30}提醒您[^☆]{0,60}☆",
    "series note": r"(?:bai viet|tac pham) (?:thuoc|nam trong) (?:chuyen de|loat bai|tuyen bai|series)\b.{0,240}",
    "reading time": READING_TIME,
    # a paywall's login for those who pay: "Already a subscriber? Log in", "Redan prenumerant? Logga in"
    "subscriber login": (
        r"¿?(?:already a (?:subscriber|member)|ya eres (?:suscriptor|socio)|ja e assinante|deja abonne"
        r"|(?:sie sind )?bereits abonnent|uz mate predplatne|ai deja (?:cont|abonament)"
        r"|sei gia abbonato|al abonnee|redan prenumerant|(?:er du )?allerede abonnent|oletko jo tilaaja|uz jste predplatitel"
        r"|masz juz (?:subskrypcje|prenumerate)|mar elofizeto)\s*\??\s*[^.!?]{0,40}[.!]?"
    ),
    # a machine summary's notice, after its box's title, glued to it or not: "Quick Reads
    # Summary is AI-generated, newsroom-reviewed."
    "machine summary": rf"(?:(?!(?:the|a|an) summary)[^.!?]{{0,30}}?[a-z]\s?)?(?:{MACHINE_SUMMARY_NOTICE})\b[^!?]{{0,60}}",
    # "This post contains affiliate links. If you buy …", "Bài viết có chứa liên kết tiếp thị"; a partner's
    # credit, a gambling warning under a lottery story
    "disclosure": (
        r"(?:dit artikel is (?:gemaakt|tot stand gekomen) in samenwerking met|this (?:article|story) was (?:produced|written)"
        r" in (?:collaboration|partnership) with|spel kan vara beroendeframkallande|gambling can be addictive"
        r"|this (?:post|article|page|story) (?:may )?contains? (?:affiliate|sponsored) links"
        r"|(?:we|i) may earn (?:a )?(?:small )?commission|bai viet co chua lien ket (?:tiep thi|quang cao)"
        # a syndication scheme's note, and an analysts' page's disclaimer
        r"|this (?:article|story) (?:was|is) (?:produced|written|published) (?:under|as part of) the\b"
        r"|disclaimer\s*:\s*the views and (?:recommendations|opinions)"
        r"|(?:disclaimer\s*:\s*)?(?:the )?(?:reader )?comments (?:(?:uploaded|posted) on this (?:site|website) )?(?:do not|don't)"
        r" (?:necessarily )?(?:represent|reflect)\b"  # under a comment box
        # the fund paying for the reporting: "Local Democracy Reporting is public interest journalism funded …"
        r"|local (?:democracy reporting|journalism initiative)(?: service)? (?:is|was) (?:public interest journalism|funded|supported)\b"
        r"|(?:ldr|ljf|lji) is (?:local (?:body |democracy )?journalism|public interest journalism)\b.{0,40}\b(?:co-?)?funded by\b"  # "LDR is local body journalism co-funded by …"
        r"|(?:this|the) (?:article|story|reporting|coverage) (?:is|was) (?:funded|supported|made possible) (?:in part )?(?:by|through)\b"
        r"|this (?:article|story) was produced (?:by|through) the local\b"
        r"|acest (?:articol|material) a fost (?:realizat|elaborat|produs) (?:in cadrul|cu sprijinul)\b"  # Romanian
        # ... or named with its desk: "The AP's climate coverage receives financial support from …"
        r"|[^.!?]{2,80} coverage receives (?:financial )?support from\b"
        # ... or the outlet, with who answers for the content: "The FP receives support from … The FP is solely responsible …"
        r"|[^.!?]{2,80} receives (?:financial )?support from\b(?=.*\bsolely responsible for (?:all |the |its )*(?:content|coverage|reporting)\b).{0,200}"
        # ... and where its rules for funders stand: "Find AP's standards for working with philanthropies …"
        r"|find [^.!?]{1,30} standards for working with philanthrop).{0,240}"
    ),
    # "Reach the reporters on Twitter at …", "Follow her on Twitter @…"
    "contact the writer": (
        r"(?:reach|contact|follow|email|e-mail)\s+(?:the\s+)?(?:reporters?|writers?|authors?|him|her|them)\b.{0,160}"
        # "Email Tariq Malik at tmalik@space.com or …", "Reach Jenna Marcotte at jmarcotte@… or 828-555-0142."
        r"|(?:e-?mail|contact|reach)\s+(?!(?:the|us|our|your|a|an)\b)[a-z][a-z .'-]{1,40}\s+at\s+\S+@\S+.{0,160}"
        # "Contact Dana Whitfield at 920-555-0148 or dwhitfield@…"
        r"|(?:contact|reach)\s+(?!(?:the|us|our|your|a|an)\b)[a-z][a-z .'-]{1,40}\s+at\s+[\d(+][\d ().-]{6,}\d\s+or\s+\S+@\S+.{0,160}"
        # the writer's beat, then how to reach them: "Kendra Lowry covers city hall for the Courier. Email her at …"
        r"|[a-z][a-z .'-]{2,40}\s(?:covers|reports on|writes about|is an? [a-z ]{0,30}(?:reporter|writer|correspondent"
        r"|editor|journalist))\b[^.!?]{3,140}[.!]\s+(?:reach|contact|follow|email|e-mail|write to)\s+(?:him|her|them)\b.{0,160}"
    ),
    # the writer's and the editor's initials closing a story: "(rhs/dnu)", "(PV/VOV)", "mrc/rcr"
    "initials": (
        r"\(\s*[a-z][a-z0-9+]{1,7}(?:\s*/\s*[a-z0-9+][a-z0-9+.'’-]{1,11}){1,3}\s*\)|[a-z]{2,4}(?:\s?/\s?[a-z]{2,6}){1,2}/?"
        r"|\(\s*[a-z]{2,4}\s*\)(?:\s+[a-z]{2,4}){1,3}"  # "mrc/rcr", "mlw/ mhr/", an agency's "(spr) mko hra"
        r"|/\s*\d{1,6}"  # an agency's end sign with its desk's number, in any digits: "/ ۳۴۱۲"
    ),
    # the writer's post under their name at the end: "Corresponsal de La Crónica", "Staff writer at the Ledger"
    "writer's post": (
        r"(?:corresponsal|periodista|redactora?|reportera?|enviad[oa] especial|correspondent|staff (?:writer|reporter)"
        r"|reporter|korrespondent(?:in)?|redakteur(?:in)?|journaliste|correspondante?|correspondente|giornalista"
        r"|corrispondente|dziennikarz|dziennikarka|korespondent(?:ka)?)"
        r"\s+(?:de|del|de la|of|for|at|fur|bei|du|da|do|della|di|per|z|w)(?:\s+[^\s.!?,;:]+){1,5}"
        # ... or the desk's title alone under the name that opens the text: "Agriculture Reporter", "Senior Reporter"
        r"|(?:[a-z]+ ){1,2}(?:reporter|correspondent)"
        # ... or the desk's name under the writer's: "Redacción Bogotá"
        r"|redaccion (?!de\b)[a-z]+(?: [a-z]+)?"
    ),
    # a trainee writer's note, as Brazilian papers print it under the text: "*Estagiária sob supervisão de …"
    # (marked by its asterisk or the trainee: "Sob a supervisão do Ministério, …" opens a sentence)
    "trainee note": r"(?:\*\s*|\*?\s*estagiari[ao]s? )sob (?:a )?supervisao (?:de|da|do)\b[^.!?]{1,80}\.?",
    # an invitation to send the newsroom a tip, with its address: "Imate li informaciju? Javite nam se na desk@…"
    "news tip": r"[^@]{0,120}\b(?:contact us|write to us|email us|send us|send your (?:news )?(?:stories|story ideas|tips|news)"
    r"|javite nam se|pisite nam|posaljite nam|posljite nam|escribenos|napiste nam"
    r"|schreiben sie uns|ecrivez-nous|scrivici|napisz do nas|напишите нам|hubungi kami|news tip|story idea|got a tip"
    r"|heb je een tip|mail de redactie|tip de redactie|tipsa(?: oss)?|tips oss|vinkkaa"  # Swedish, Norwegian, Finnish
    r"|(?:do you have|have you got|have you|got) a story(?: for us)?)"
    r"\b[^@]{0,60}[\w.+-]+@[\w.-]+\.\w+\b.{0,120}"
    # ... or the tabloid's call alone, then its fee: "Do you have a story for The Sun news team?", "We pay for stories."
    # ("Got a story? Get in touch")
    r"|(?:do you have|have you got|got) a story(?: for [^?]{1,60})?\?(?:\s*(?:get in touch|contact us|email us|tell us)\b.{0,80})?"
    # Italian: "Hai una segnalazione da fare?", "Invia foto, video e notizie dal tuo quartiere alla redazione."
    r"|hai una segnalazione(?: da fare)?\?|invia (?:foto|video|notizie|segnalazioni)\b[^.!?]{0,80}\balla redazione\b[^.!?]{0,40}\."
    # ... after a label, with where to send it: "PAY ATTENTION: Do you have a groundbreaking story …? Please reach us …"
    r"|(?:[a-z ]{1,20}:\s*)?(?:do you have|have you got) an? (?:[a-z-]+ ){0,2}(?:story|news tip|tip)\b[^?]{0,60}\?"
    r"\s*(?:please )?(?:reach|contact|email|write to|send)\b.{0,160}"
    r"|we pay for (?:your )?stories\b.{0,160}"
    # ... or to suggest one: "If you would like to suggest someone for an obituary, please email obituaries@…"
    r"|if you (?:would like|wish|want) to (?:suggest|nominate|propose|submit)\b[^!?@]{0,80}\b(?:e-?mail|contact|write to)\b"
    r"[^!?@]{0,20}[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
    # ... or a short question with the call after it: "Vous avez une info ? Contactez-nous", "Masz temat? Napisz do nas"
    r"|¿?(?:have a news tip|got a news tip|tienes una (?:denuncia|noticia)|vous avez une info|haben sie einen hinweis"
    r"|hai una segnalazione|masz temat|masz newsa|mate tip|mas tip|heb je een tip|har du (?:et )?tips?|vet du mer"
    r"|got a story|une info a nous transmettre|tem uma denuncia|testemunhou algo|heb je iets gezien|onko sinulla uutisvinkki"
    r"|by[lł]es swiadkiem|byli jste u toho|van egy jo sztorija|szemtanuja volt|ai un pont|ai fost martor|imate vest"
    r"|имате сигнал|есть новость|маєте новину|εχετε μια ειδηση|punya informasi|ada berita menarik)[^?;]{0,40}[?;]"
    # ... a short call, or where to send it: an address or a number, with their dots
    r"\s*(?:[^.!?]{1,60}[.!]?|[^!?]{0,80}?(?:[\w.+-]+@[\w-]+\.\w+|\d[\d .()+-]{6,}\d)[^!?]{0,20})"
    # ... or the call alone: "Invia le tue foto e i tuoi video su WhatsApp al numero 333 123 4567."
    r"|(?:invia|stuur|skicka|send|envie|trimite|poslete|wy[sś]lij|laheta|kuldje el)\b[^.!?]{0,80}\b(?:whatsapp|sms|signal)\w*"
    r"\b[^.!?]{0,40}\d[\d .()+-]{6,}\d\S{0,10}\.?|(?:tip redaktionen|haber ihbar hatt[iı])\s*:.{0,80}"
    r"|新闻线索请发送至.{0,60}"
    r"|envie sua sugestao de pauta\b.{0,80}"
    # ... closing the station's plug: "… or tell us about a story you think we should be covering."
    r"|.{0,200}\btell us about a story (?:you think )?we should (?:be )?cover(?:ing)?\b.{0,40}"
    # ... or where readers write: "For feedback, complaints, or inquiries, contact us."
    r"|for (?:feedback|comments|complaints|inquiries|enquiries|questions)(?:,? (?:or |and )?(?:feedback|comments"
    r"|complaints|inquiries|enquiries|questions))*,? (?:contact|email|e-mail|write to) us\b.{0,80}"
    # ... or a question, then where to send it: "Hast du etwas beobachtet? Schick uns deine Fotos … per WhatsApp"
    # (the call may stand on its own line under the question)
    r"|(?:[^.!?]{3,80}\?\s*)?(?:schick uns|schicken sie uns|send us|envianos|mandaci|inviaci|envoyez-nous|stuur ons"
    r"|wyslij nam|gui cho chung toi)\b[^.!?]{0,120}\b(?:whatsapp|telegram|viber|signal|e-?mail|zalo)\b[^!?]{0,80}"
    # ... or a question, then the call: "Have you been affected by …? Tell us about it.", "Vet du mer om saken? Tips oss på …"
    r"|[^.!?]{3,120}\?\s*(?:tell us (?:about it|your story|more|what you think)|share your (?:story|experience)"
    r"|tips oss|tipsa oss|tip os|erzahlen sie (?:es )?uns|cuentanoslo|cuentanos|conte pra gente|raccontacelo"
    r"|racontez-nous|dites-nous|ecrivez-nous|contactez-nous|mail de redactie|mail ons|write to us|napiste nam"
    r"|пишите(?: нам)?|напишите нам)\b[^!?]{0,100}"
    # Korean agencies' tip line: "제보는 카카오톡 okjebo", "제보: 이메일 …"
    r"|제보(?:는|하기)?\s*[:：]?\s*(?:카카오톡|카톡|이메일|메일|전화|문자)\s*.{1,60}"
    # ... or with the newsroom's upload page: "Masz newsa, zdjęcie lub filmik? Prześlij nam przez …"
    # ... or the question alone over that call, and the call to report: "Hast du etwas gesehen oder gefilmt?"
    r"|(?:hast du|haben sie) (?:etwas|was) (?:gesehen|beobachtet|erlebt|gefilmt)(?: oder (?:gesehen|gefilmt|fotografiert))?\s*\?"
    r"|(?:jetzt )?leserreporter(?:in)? werden\b.{0,40}"
    # ... the question alone over the call's box: "Imate li saznanja o ovoj temi?", "יש לכם מידע נוסף על הפרשה?"
    r"|(?:imate li (?:saznanja|informacij\w*|vijest|dojavu|novost)|יש לכם מידע)[^?]{0,40}\?"
    r"|שלחו לנו(?: ב?וואטסאפ| במייל)?[^.!?]{0,40}|פרטיכם (?:יישמרו|ישמרו) בסודיות[^.!?]{0,20}"
    r"|(?:masz newsa|have a news tip|tienes una noticia|hai una notizia|avez-vous une info)\b[^.!]{0,60}\?"
    r"\s*[^?]{0,60}(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\.?",
    # an app, a podcast or a channel plugged on a line led by an emoji: "▶️ Assista: …", "📱 Baixe o app …"
    "app plug": (
        r"[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\s]+(?:assista|ouca|baixe|siga|inscreva-se|acompanhe|watch|listen"
        r"|download|descarga|escucha|mira|ecoutez|telechargez|regardez|guarda|ascolta|scarica|sehen sie|horen sie)\b.{0,200}"
        # ... or without one, naming the app: "Descarga gratis la app de TeleIsla y recibe alertas …"
        r"|(?:descarga|baixe|download|telechargez|scarica)(?: gratis| gratuitamente| free)? (?:la|nuestra|o|nosso|the|our|l'|la nostra)"
        r"(?: [\w.'’&-]+){0,4} (?:app|aplicacion|aplicativo|application)\b.{0,160}"  # "the KOVT 6 News app"
        r"|download de (?:gratis )?[\w.'’&]+-app\b.{0,160}"  # "Download de gratis HLB-app"
        # ... in Thai: "อ่านข่าว … ได้ก่อนใคร ดาวน์โหลดแอปพลิเคชันฟรี"
        r"|.{0,60}ดาวน์โหลดแอป.{0,60}"
        # ... or the site's own app, named so: "Download our app", "last ned appen vår gratis"
        r"|(?=.{0,200}$)(?!.*[“\"”«»„])[^!?]*\b(?:(?:our|unserer?|notre|nuestra|nossa|nostra|onze|vår|var|vores|nasz[aą]|nasi|na[sš]i)"
        r"(?: \w+){0,2} (?:app|application|aplicacion|aplicacao|nieuwsapp|aplikac\w*)|appen (?:var|vår)"
        r"|aplicatia noastra|sovelluksemme|applikacio\w*nkat)\b[^!?]*"
        r"|(?:stiahnite si|prenesite|изтеглете|завантажте|muat turun)\b[^.!?]{0,30}\b(?:aplikac\w*|приложени\w*|застосунок"
        r"|aplikasi)\b[^!?]{0,80}|下载客户端.{0,40}"
        # ... in Chinese, in brackets or asking: "（本文来自…，更多原创资讯请下载“…”APP）"
        r"|[（(].{0,60}(?:下载|下載).{0,20}app[）)]|.{0,60}(?:请|請|欢迎)(?:下载|下載).{0,20}app.{0,10}"
        # ... in the other languages: "Laden Sie unsere App herunter", "Pobierz naszą aplikację", "Tải ứng dụng"
        r"|(?:laden sie|ladda ner|last ned|hent|lataa|stahnete si|pobierz|toltse le|descarca|preuzmite|скачайте"
        r"|κατεβαστε|unduh|tai|download|telechargez)\b[^.!?]{0,30}\b(?:app|appen|apps|aplikac\w*|aplicati\w*"
        r"|application|alkalmazas\w*|sovellu\w*|приложени\w*|εφαρμογ\w*|aplikasi|ung dung)\b[^.!?]{0,60}[.!]?"
        r"|uygulamam[iı]z[iı] indirin\b.{0,60}"
        r"|(?:حمل|حمّل|نزل|نزّل|قم بتحميل) تطبيق.{0,80}"  # Arabic: "حمّل تطبيق «…» لتصلك الأخبار …"
        r"|.{0,30}アプリ.{0,30}(?:プッシュ通知|ダウンロード).{0,30}"  # Japanese: "…アプリなら、速報をプッシュ通知で…"
        # ... or its alerts turned on: "Zet pushberichten aan in de …-app", "Turn on push notifications"
        r"|[^.!?]{0,40}\b(?:zet|schakel) (?:de )?pushberichten aan\b.{0,40}|(?:turn on|enable) (?:our )?push notifications\b.{0,60}"
        r"|(?:aktivieren sie|aktiviere) (?:die |unsere )?push-?(?:mitteilungen|benachrichtigungen)\b.{0,60}"
        r"|activez (?:les )?notifications\b.{0,60}"
    ),
    # NukeViet's box asking a signed-in reader to stay: "Bạn đã không sử dụng Site, Bấm vào đây … Thời gian chờ: 60 giây"
    "session timeout": r"ban da khong su dung site\b.{0,200}",
    # a subscribers' brand set as a badge beside a headline: "Écho+", "Le Soir+"
    # ... or read out alone: "Article réservé à nos abonnés"
    "premium badge": rf"[^\W\d][\w'’ .-]{{1,18}}[^\W\d]\+|{SUBSCRIBER_BADGE}",
    # a correction's label standing alone over its note (the note itself stays: the article's record)
    "correction label": r"(?:corrections?|correctif|korrektur|rettelse|rattelse|oikaisu|fe de errores|correcao|correzione)\W*",
    # a broadcast's crew under the text: "촬영기자:이동하/영상편집:정은지" (camera, editing, graphics)
    "crew credits": r"(?:(?:촬영기자|영상취재|영상편집|그래픽|촬영|편집)\s*:\s*[^/:]{1,20}\s*/?\s*){1,4}",
    # an e-mail address alone, the writer's under the text
    "email address": (
        r"(?:(?:e-?mail|contact|lien he|[^.!?:@]{0,30}\b(?:autor\w*|auteur|author|autore|skribenten|journalisten"
        r"|toimittajaan|szerzonek))\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    ),
    "writer's handle": r"(?:(?:x|twitter|instagram|threads)\s*:\s*)?@[a-z0-9_]{2,30}",  # "@MayaRichterCC", "X: @BOlafsonYYC"
    # ... after a Korean reporter's name and title, "김민준 기자 mjkim@…"; or the writers' phones
    # and addresses: "Nora Lindqvist: 206-555-0143 or nlindqvist@…; Caleb Okafor: …"
    "reporters' addresses": (
        r"[\uac00-\ud7af]{2,5}\s*(?:기자|특파원)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"|(?:[^:;@]{3,40}:\s*[\d(][\d() .-]{6,}\d\s+(?:or|o|ou|oder)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+[;.]?\s*){1,4}"
    ),
    # a sign-up form's consent line: "By signing up, you agree to our Terms of Service and Privacy Policy."
    "sign-up consent": (
        r"by (?:signing up|subscribing|registering|clicking[^,]{0,30}|creating an account),? you (?:agree|accept|consent)"
        r"\b.{0,160}"
    ),
    # a broadcaster's note under its links to other sites
    "external links": r".{0,60}\bis not responsible for the content of external (?:internet )?(?:sites|websites)\.?",
    # a short question, then where to write: "Vragen over dit artikel? Mail naar redactie@…" (after
    # the tips, whose questions it would also read)
    # ("Got a claim you want checked? Email factcheck@… or WhatsApp 085 221 4803.")
    "write to us": (
        r"(?=(?:\S+\s+){0,24}\S+$)¿?[^?]{5,80}\?\s*[^?!]{0,80}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"(?:\s+(?:or|ou|o|oder|of|eller|lub|nebo|vagy|sau|или|або)\s+[^?!@]{1,40}?)?\.?"
    ),
    # a button to write to the writer: "E-Mail an den Autor", "Mejla reportern", "Írjon a szerzőnek"
    "write to the writer": (
        r"(?=(?:\S+\s+){0,7}\S+$)(?:e-?mail|mail|ecrire|escribir|scrivi|mejla|send e-post|skriv|laheta|napisz|napiste"
        r"|irjon|scrie-i|gui email|envie um e-mail|schreiben sie|pisite|пишете на|написать|написати|escriu a"
        r"|στειλτε email)\b[^.!?]{0,20}\b(?:author|autor\w*|auteur|autrice|autore|autora|verslaggever|reporter\w*"
        r"|journalist\w*|toimittaja\w*|szerzo\w*|phong vien|tac gia|автор\w*|l'autor|συντακτ\w*)\b"
    ),
}
