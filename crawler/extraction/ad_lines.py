"""The label a page sets where an ad or a player cuts the article's text ("Story continues
below advertisement", "Artikeln fortsätter under annonsen"), language by language, as a
named pattern over folded text; boilerplate.py places it among its line rules.
"""

AD_CUT_PATTERNS = {
    # a label where the article is cut by a player or an ad: "Story continues below advertisement",
    # "Dalszy ciąg materiału pod wideo", "Weiter nach der Anzeige"
    "continues below": (
        r"(?:the )?(?:story|article|text|content) continues (?:below|after)\b.{0,40}"
        r"|(?:dalszy ciag|dalsza czesc)\b.{0,40}\b(?:pod|ponizej)\b.{0,30}|weiter nach der (?:anzeige|werbung)"
        r"|l'article continue (?:apres|sous|ci-dessous)\b.{0,40}|(?:el articulo )?continua (?:despues|debajo)\b.{0,40}"
        r"|la suite (?:apres|sous) (?:cette|la) (?:publicite|video)"
        r"|continua (?:apos|depois) d?a publicidade|clan[eo]k pokracuje pod reklamou|pokracovani clanku pod reklamou"
        r"|(?:publicite\s*[-–]\s*)?(?:votre |le )?contenu continue (?:ci-dessous|apres|sous)\b.{0,30}"
        r"|(?:lees|lezen) verder (?:na|onder) de (?:advertentie|reclame)|(?:fortsetzung|weiterlesen) nach der (?:anzeige|werbung)"
        r"|haberin devam[iı](?: reklamdan sonra)?"  # Turkish, under an ad
        # ... and the same label language by language, after an ad or under it
        r"|continue reading below|scroll to continue reading"
        r"|(?:der )?(?:artikel|text|beitrag) (?:wird|geht) (?:unten|unter|nach) .{0,30}(?:fortgesetzt|weiter)"
        r"|(?:la noticia|el texto|la nota) (?:continua|sigue) (?:debajo|abajo|despues)\b.{0,30}"
        r"|(?:sigue|continua) leyendo (?:despues|debajo)\b.{0,30}"
        r"|(?:continua a leggere|l'articolo continua|l’articolo continua|prosegue) dopo (?:la )?pubblicita"
        r"|(?:o )?texto continua (?:apos|depois|abaixo)\b.{0,30}"
        r"|(?:artikeln|texten) fortsatter (?:under|efter) annonsen|(?:saken|artikkelen) fortsetter (?:under|etter) annonsen"
        r"|artiklen fortsætter (?:under|efter) annoncen|artikkeli jatkuu (?:mainoksen|alla)\b.{0,20}"
        r"|(?:a )?cikk(?:unk)? a hirdetes utan folytatodik|articolul continua dupa (?:reclama|publicitate)"
        r"|(?:статья продолжается|продолжение(?: статьи)?) после рекламы"
        r"|(?:tekst se nastavlja|nastavak teksta) (?:ispod|nakon|posle) (?:oglasa|reklame)"
        r"|berita berlanjut setelah iklan|lanjutkan membaca di bawah|scroll untuk melanjutkan(?: membaca)?"
        r"|(?:bai viet|noi dung) (?:tiep tuc|tiep theo) (?:sau|ben duoi) quang cao"
        r"|(?:請|请)?(?:繼續|继续)往下(?:閱讀|阅读)[.…]*"  # Chinese, over an ad: "請繼續往下閱讀..."
    ),
    # the advertiser's marking Russian law asks of an ad: "Реклама. ООО «…», ИНН 7701234567, erid: 2SDn…"
    "ad marking": r"реклама\b.{0,120}\berid\s*:\s*\w+",
}
