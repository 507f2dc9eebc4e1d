"""The words a date stamp prints in the other languages of news pages, as named data
(folded: lower case, no diacritics). The Vietnamese and English ones are in lines.py's
STAMP_WORDS; these join them there.
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
