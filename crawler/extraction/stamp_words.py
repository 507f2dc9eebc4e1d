"""The words a date stamp prints in the other languages of news pages, as named data
(folded: lower case, no diacritics). The Vietnamese and English ones are in lines.py's
STAMP_WORDS; these join them there. And what a stamp line prints beside its date: a
reading time, a subscribers' badge, a count of readers or views.
"""

# A stamp's words in the other languages of news pages, folded: months, weekdays and
# labels ("vrijdag 7 februari 2025, 06:30", "Aangepast …", "7. Februar 2025, 06:30 Uhr").
FOREIGN_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"  # nl
    " januar februar marz mai oktober dezember"  # de
    " janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre"  # fr
    " enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"  # es
    " gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"  # it
    " janeiro fevereiro marco maio junho julho setembro outubro dezembro"  # pt
    " stycznia lutego kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia"  # pl
    " ledna unora brezna dubna kvetna cervna cervence srpna zari rijna listopadu prosince"  # cs
    " augusti"  # sv
    " januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra"  # sl
    " mars marts maj august desember jan feb apr jun jul aug sep sept okt nov des"  # nb and da, in full and cut short
    " marcius aprilis majus junius julius augusztus szeptember"  # hu (its other months are German's or Dutch's)
    " ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie"  # ro
    " sijecnja veljace ozujka travnja svibnja lipnja srpnja kolovoza rujna studenoga prosinca"  # hr
    " januara februara marta juna jula"  # sr, bs (the others as Slovenian's)
    " ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου"  # el
    " νοεμβριου δεκεμβριου"
    " ocak subat mart nisan mayıs mayis haziran temmuz agustos eylul ekim kasım kasim aralık aralik"  # tr
    " maret agustus desember"  # id
    " января февраля марта апреля мая июня июля августа сентября октября ноября декабря"  # ru
).split()
# A stamp's label, which may stand before a time alone ("Publisert: 15.01.25 06:12",
# "Posodobljeno: 05. 09. 2025 19.48").
FOREIGN_STAMP_LABELS = (
    "gepubliceerd bijgewerkt aangepast"  # nl
    " aktualisiert veroffentlicht"  # de
    " actualizado publicado atualizado"  # es, pt
    " aggiornato pubblicato"  # it
    " aktualizacja opublikowano aktualizovano"  # pl, cs
    " uppdaterad publicerad publisert oppdatert udgivet opdateret"  # sv, nb, da
    " objavljeno posodobljeno"  # sl
    " frissitve publikalva actualizat publicat azurirano"  # hu, ro, hr
    " обновлено опубликовано ενημερωθηκε δημοσιευθηκε"  # ru, el
    " guncelleme guncellendi yayınlanma yayinlanma diperbarui dipublikasikan diterbitkan"  # tr, id
    " julkaistu paivitetty publikovano publiceret"  # fi, cs, da
).split()
FOREIGN_STAMP_WORDS = (
    FOREIGN_STAMP_LABELS
    + (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag om uur laatste"  # nl ("Laatste update: 11:58")
        " montag dienstag mittwoch donnerstag freitag samstag sonntag am um uhr"  # de
        " lundi mardi mercredi jeudi vendredi samedi dimanche publie le mis a jour modifie aujourd'hui aujourd’hui hier a"  # fr
        " lunes martes miercoles jueves viernes sabado domingo de del las"  # es
        " lunedi martedi mercoledi giovedi venerdi domenica modifica modificato il alle ore"  # it
        " segunda terca quarta quinta sexta feira as"  # pt ("às 0:13")
        " poniedzialek wtorek sroda czwartek piatek sobota niedziela"  # pl
        " pondeli utery ctvrtek patek nedele"  # cs
        " mandag tisdag onsdag torsdag fredag lordag sondag kl tirsdag"  # sv, nb and da
        " ponedeljek torek sreda cetrtek petek sobota nedelja ob"  # sl
        " op el em u o v в στις saat pukul klo at"  # the words before a time or a date: "om 10:45", "u 10:45"
        " monday tuesday wednesday thursday friday saturday sunday"  # en
        " 입력 수정 송고 기사입력 최종수정"  # ko: entered, changed, sent ("2025/08/20 11:32 송고")
    ).split()
)

# Time zones printed after a time: "Mar 12, 2024 16:05 (IST)", "5:10 PM CT", a live entry's "10.31 GMT"
TIME_ZONES = (
    "gmt utc ist cet cest edt pst pdt bst ict wib aest aedt hkt sgt jst kst msk eet eest sast"
    " et ct mt pt est cst cdt mst mdt hst akst akdt awst acst nzst nzdt wat eat cat pht pkt"
).split()

# A Thai stamp: its label, a day, a month cut short, a Buddhist year and a time
# ("เผยแพร่: 12 มี.ค. 2568 10:45", "ปรับปรุง: 12 มี.ค. 2568 11:02 น.")
THAI_STAMP_LABELS = "เผยแพร่ ปรับปรุง อัปเดต อัพเดท แก้ไขล่าสุด".split()
THAI_MONTHS = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()

# What a stamp line prints beside its date, and a count standing as a line of its own:
# a reading time, a subscribers' badge, a count of readers or views (folded).
_READING_UNIT = (
    r"(?:min(?:ute)?s?|minuti|minutos|minuten|minuter|minutter|minuuttia|minut[ay]?|мин(?:ут[аы]?)?|dk|dakika|menit|phut"
    r"|perc|minute|λεπτα|minuters|minutters|minuutin|minuty|хв|minit|นาที"
    r"|分钟|分鐘|分|분)"
)
_READING_WORD = (
    r"(?:read|reading|de lectura|di lettura|de leitura|de lecture|leestijd|lesezeit|lesedauer|lesen|lasning|lastid"
    r"|lesetid|lukuaika|czytania|чтения|на чтение|okuma|baca|doc|阅读|閱讀|で読めます|읽기"
    r"|lasning|lesing|lukuaika|olvasas|de citit|at l(?:ae|æ)se)"
)
_READING_LABEL = (
    r"(?:reading time|thoi gian doc|lesezeit|lesedauer|leestijd|(?:temps de )?lecture|(?:tiempo de )?lectura|(?:tempo de )?leitura"
    r"|tempo di lettura|lettura|lastid|lesetid|læsetid|lukuaika|czas czytania|время чтения|okuma suresi|waktu baca|阅读时间|閱讀時間"
    r"|doba cteni|doba citania|olvasasi ido|timp de citire|vrijeme citanja|vreme citanja|χρονος αναγνωσης"
    r"|estimated reading time|(?:ca\.?|noin|circa|about) |cteni na|cas citania|cas branja|време за четене"
    r"|час читання|masa membaca|ใช้เวลาอ่าน)"
)
# "3 min read", "Temps de lecture : 4 min", "5 menit baca" (folded)
READING_TIME = (
    rf"(?:(?:{_READING_LABEL}\s*:?\s*)?\d+\s*{_READING_UNIT}\.?\s*{_READING_WORD}"
    rf"|{_READING_LABEL}\s*:?\s*(?:~|约|約)?\s*\d+\s*{_READING_UNIT}\.?)"
)
# A badge beside the stamp, or before a read-also line, that the article is for subscribers:
# "Article réservé aux abonnés", "Article réservé à nos abonnés", "Exclusivo para assinantes" (folded)
SUBSCRIBER_BADGE = (
    r"(?:(?:article |contenu |artikel |articulo )?(?:reserve (?:aux|a nos) abonnes|pour abonnes)|(?:nur )?fur abonnenten"
    r"|exclusivo (?:para )?(?:assinantes|suscriptores)|solo para suscriptores|riservato agli abbonati"
    r"|(?:for )?subscribers only|for subscribers|subscriber exclusive|premium)"
)

# A count of the page's readers: "Lượt xem: 1.203", "Đang truy cập: 27", "Visitas: 812" (folded)
VISIT_COUNT = (
    r"(?:(?:(?:so\s+)?luot (?:xem|doc|nghe|truy cap)|tong (?:so )?luot truy cap|dang (?:truy cap|online|xem)|khach truy cap"
    r"|truy cap (?:hom nay|trong ngay|trong thang)|tong truy cap|da xem|views?|hits?"
    r"|visitas|visualizacoes|visualizaciones|lecturas|letture|aufrufe|wyswietlen\w*)\s*:?\s*(?:\d(?:[\d.,]| (?=\d))*)?"
    # a visitors box: "Đang trực tuyến: 184", "Trong ngày: 3.926"
    r"|(?:dang truc tuyen|trong ngay|hom nay|hom qua|trong tuan|trong thang|tat ca)\s*:\s*[\d.,]+)"
)
VIEW_COUNT = r"(?:luot (?:xem|doc)|xem|views?)\s*:\s*\d[\d.,]*"  # alone, a line is the "view counter" rule's
