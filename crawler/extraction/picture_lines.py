"""The lines a picture or a gallery leaves in an article's text: a slide's place and a
gallery's count or link ("Foto 1 de 12", "Ver las 8 fotos"), a picture's credit ("Photo:
Meg Kinnard, AP", "视角中国 图"). Named patterns over folded text, kept as data;
boilerplate.py places them among its line rules.
"""

# Pictures, counted under a gallery's link (folded): "12 fotografií", "8 Bilder", "20 фото"
_PICTURES = (
    r"(?:photos?|images?|pictures?|fotos?|fotograf(?:i(?:as?|e|i|en|ja|je)?|lar)?|imagenes|immagini|bilder[n]?|billeder|kuvaa"
    r"|kepek|zdjec|zdjecia|fotky|snimku|фото(?:графий)?|снимков|resim|gambar|imagini|写真|图片|圖片|사진)"
)

# The label of a picture's credit, folded: "Photo: …", "Foto: …", "Bild: …"
PICTURE_LABEL = (
    # German compounds name the picture's place: "Titelbild", "Rubriklistenbild"
    r"(?:image|photo|picture|pic|credit|photograph|foto|фото|φωτο|zdjecie|fot\.|(?:[a-z]{2,20})?bild|写真|사진|صورة|عکس"
    r"|boritokep|kep|imagen|immagine|beeld|kuva|billede|bilde|resim|gambar|photo credit|credit photo"
    r"|fotograf(?:ia|ie|ija|o|i)?|photographer|image credit|creditos|sursa foto|снимка|φωτογραφια"
    r"|illustration|ilustracion|ilustracao|illustrazione|illustratie|illustrasjon|kuvitus|ilustracja|illusztracio"
    r"|ilustracija|ілюстрація|gorsel|il·lustracio|ilustrasi"  # the photograph's or its maker's: "Fotografia: …", "Fotograf: …"
    r"|ภาพ(?:จาก|ประกอบ)?|ขอบคุณภาพ(?:จาก)?)s?"  # Thai: "ภาพจาก : …", "ขอบคุณภาพจาก : …"
)

# A picture's label standing where the picture failed, in the other languages: "Archivfoto",
# "Afbeelding", "Ilustrasi" (boilerplate.py's image placeholder reads it with "Ảnh", "Image")
PICTURE_PLACEHOLDERS = (
    r"bild|archivfoto|archivbild|arkivbild|arkivfoto|illustration|imagen|imagem|immagine|afbeelding|bilde|billede"
    r"|kuva|obraz|obrazek|archivni snimek|kep|imagine|file photo|foto|ilustrasi|ilustracija|иллюстрация"
    r"|илюстрация|ілюстрація|ilustracna fotografia|ilustrativna fotografija|gambar hiasan|画像|이미지|图片|ภาพประกอบ"
    r"|imatge d'arxiu|temsili fotograf|φωτογραφια αρχειου|자료사진|ілюстративне фото|写真はイメージです.{0,30}"
)

PICTURE_PATTERNS = {
    "gallery counter": (
        r"(?:image|photo|picture|slide|anh|hinh)\s*\d+\s*(?:of|/|tren)\s*/?\s*\d*"
        # ... in the other languages: "Foto 1 de 12", "Bild 1 von 12", "Zdjęcie 1 z 12", "Фото 1 из 12"
        r"|(?:photo|foto|bild|bilde|billede|fotografie|kuva|zdjecie|fotka|slika|фото|φωτογραφια|fotograf|gambar|resim)\s*\d+\s*"
        r"(?:de|von|sur|di|z|od|из|απο|van|av|af|dari|/)\s*\d+"
        rf"|\d+\s*(?:anh|hinh anh|{_PICTURES})"  # "6 ảnh" on a gallery's cover, "12 fotografií"
        # ... and its link: "Vedi tutte le 9 foto", "See all 12 photos", "Ver las 8 fotos"
        rf"|(?:vedi|guarda|see|view|ver|voir|veja)(?: tutte le| all| las| todas las| toutes les| les| as| todas as)?\s*\d+\s*(?:anh|{_PICTURES})"
        # "1 de 4 imágenes", "2 z 12 zdjęć", "1 von 8 Bildern", "3 из 10 фото"
        rf"|\d+\s*(?:of|de|z|von|из|di|sur|van|/)\s*\d+\s*{_PICTURES}"
        r"|(?:写真を見る)?\s*[（(]全\s*\d+\s*枚[）)]|写真を見る"  # a Japanese gallery's link: "写真を見る（全12枚）"
        r"|\d{1,3} (?:of|de|z|von|из|di|sur|van) \d{1,3}"  # a slide's place alone: "1 di 18", "3 of 12"
        # a gallery's link, with its count: "Voir la galerie (8 photos)", "(12 fotografií)", "Pogledajte cijelu galeriju"
        r"|(?:voir la galerie|see (?:the )?(?:full )?gallery|view (?:the )?(?:full )?gallery|ver (?:la )?galeria"
        r"|zur (?:bilder)?galerie|guarda la (?:foto)?gallery|pogledajte (?:cijelu )?galeriju|zobacz galerie"
        r"|go to (?:the )?gallery|przejdz do galerii|vai alla galleria|ir (?:a|para) (?:la |a )?galeria|galeriye git"
        r"|(?:tum )?galeriyi gor|odpri galerijo|galeria|galerie(?: foto)?|fotogaleria)"
        rf"(?:\s*\(\s*\d+\s*{_PICTURES}\s*\))?|\(\s*\d+\s*{_PICTURES}\s*\)"
        # ... its title with its count: "Na krstarenju s istraživačima: 12 fotografija"
        rf"|[^.!?:]{{3,80}}:\s*\d+\s*{_PICTURES}"
        # ... a hint to swipe through it: "Bla for flere bilder", "Swipe for more photos"
        rf"|(?:bla|sveip|swipe|scroll|blattern sie|wischen sie|deslize|desliza|scorri|klikk)\b[^.!?]{{0,20}}\b"
        rf"(?:flere|more|weitere|mais|mas|altre|meer)\s+{_PICTURES}"
        r"|شاهد (?:ألبوم|البوم) الصور\s*(?:\(\d+\))?"
    ),
    # a link to the pictures or the video, labelled in brackets: "【写真】外国人客でにぎわう…", "[포토] …"
    "picture link": r"[\[【](?:写真|画像|動画|フォト|图集|组图|組圖|视频|影片|포토|사진|영상)[\]】].{0,160}",
    # A picture's credit standing as a line: "Photo: Meg Kinnard, AP"
    # "Photo: Meg Kinnard, AP", "Photo: Gene J. Puskar" (a dot only after an initial)
    # a graphic's maker and its data's source on one line: "Tabelle: Lea Vonlanthen · Quelle: Wohnmetrik"
    # a chart's pointer to its interactive version: "Interaktívnu verziu grafu nájdete v desktopovej verzii článku."
    "interactive graphic": (
        r"[^.!?]{0,40}\b(?:interactive version|interaktiv\w* (?:version|verzi\w*)|version interactive|version interactiva"
        r"|versione interattiva|versao interativa|interaktywn\w* wersj\w*)\b[^!?]{0,120}"
    ),
    "graphic credit": (
        r"(?:tabelle|grafik|karte|infografik|chart|graphic|graphique|table|tableau|grafico|grafica|infografia"
        r"|tabela|kaart|tabel|grafikk)\s*:\s*[^·|•]{2,60}\s*[·|•]\s*(?:quelle|source|fuente|fonte|bron|kalla|kilde"
        r"|lahde|zrodlo|zdroj|daten|data|dati|datos|dados)\s*:.{2,80}"
    ),
    "picture credit": (
        rf"[(\[]?\s*{PICTURE_LABEL}\s*[:：=]\s*(?:[^.()\[\]]|\b[a-z]\.){{1,60}}\.?[)\]]?"  # "Fotos: Juan Pablo Carreras/ Cubadiálogo.", "사진=연합뉴스"
        r"|[(\[]?(?:foto|photo|image|bild|illustration|illustrazione) (?:di|by|von|de|van|av|af)\s[^.()\[\]]{1,60}[)\]]?"
        r"|fot\.\s[^.()\[\]]{1,60}"
        r"|[（(][^（）()]{1,30}(?:提供|攝|摄)[）)]"  # Chinese: "（嘉義縣政府提供）", "（記者攝）"
        r"|[^，。：:！？()（）]{1,24}(?:\s+|/)(?:供?图|供?圖|摄|攝)|[^，。：:！？()（）]{1,24}供[图圖]"  # "视角中国 图", "… 供图"
        r"|(?:top|featured|header|cover|lead|main) (?:image|photo|picture)s? (?:via|from|by|courtesy of)\s[^.!?]{1,80}\.?"
    ),
}
