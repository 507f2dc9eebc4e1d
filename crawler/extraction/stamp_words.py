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
    " mars marts maj august desember jan feb apr jun jul aug sep sept okt nov des"  # nb and da, in full and cut short
).split()
FOREIGN_STAMP_WORDS = (
    (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag aangepast bijgewerkt gepubliceerd om uur"  # nl
        " montag dienstag mittwoch donnerstag freitag samstag sonntag aktualisiert veroffentlicht am um uhr"  # de
        " lundi mardi mercredi jeudi vendredi samedi dimanche publie le mis a jour modifie aujourd'hui aujourd’hui hier a"  # fr
        " lunes martes miercoles jueves viernes sabado domingo actualizado publicado de del las"  # es
        " lunedi martedi mercoledi giovedi venerdi domenica aggiornato pubblicato modifica modificato il alle ore"  # it
        " segunda terca quarta quinta sexta feira atualizado as"  # pt ("às 0:13")
        " poniedzialek wtorek sroda czwartek piatek sobota niedziela aktualizacja opublikowano"  # pl
        " pondeli utery ctvrtek patek nedele aktualizovano"  # cs
        " mandag tisdag onsdag torsdag fredag lordag sondag uppdaterad publicerad kl"  # sv
        " tirsdag publisert oppdatert udgivet opdateret"  # nb and da
    ).split()
)
