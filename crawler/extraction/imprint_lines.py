"""A site's imprint printed as lines of its page: the licence and its editors, the
newsroom's address and phones, the paper's masthead. Named patterns over folded text,
kept as data; boilerplate.py places them among its line rules, in this order.
"""

IMPRINT_PATTERNS = {
    # A labelled imprint line ("Tổng Biên tập: …", "Bản quyền © …") or the label alone;
    # a sentence that opens with the same words ("Tổng biên tập Báo Nhân Dân dự …") stays.
    "licence footer": (
        r"(?:[^.!?:]{2,60}\s[-–|]\s)?"  # the site's name before it: "Thành ủy Cần Thơ - Cơ quan chủ quản: …"
        r"(?:(?:pho )?tong bien tap|(?:truong )?ban bien tap|thu ky toa soan|co quan chu quan"
        r"|chiu trach nhiem (?:chinh|noi dung|xuat ban))(?:\s*:.{0,240})?"
        r"|(?:giay phep (?:so|thiet lap|xuat ban|hoat dong)|copyright|©|ghi ro nguon|derechos de autor|direitos autorais"
        r"|all rights reserved|todos los derechos reservados|tous droits reserves|alle rechte vorbehalten"
        r"|tutti i diritti riservati|riproduzione riservata|wszelkie prawa zastrzezone|todos os direitos reservados"
        r"|alle rechten voorbehouden|alla rattigheter forbehallna|med enerett|alle rettigheder forbeholdes"
        r"|kaikki oikeudet pidatetaan|vsechna prava vyhrazena|vsetky prava vyhradene|minden jog fenntartva"
        r"|toate drepturile rezervate|sva prava (?:su )?zadrzana|все права защищены|με επιφυλαξη παντος δικαιωματος"
        r"|tum haklar[iı] sakl[iı]d[iı]r|hak cipta dilindungi"
        # a newsroom's standards badge: "Conforme a los criterios de The Trust Project"
        r"|(?:conforme a los criterios de|according to|selon les criteres du) the trust project"
        r"|trong truong hop su dung lai|phat hanh lai thong tin).{0,240}"
        # ... the site's name before its sign and its rights: "Corriere della Sera © RIPRODUZIONE RISERVATA"
        r"|[^.!?:©]{2,60}\s©\s*(?:\d{4}|(?=[^.!?]{0,40}(?:riservat|reserv|rechte|derechos|direitos|rechten|rattigheter"
        r"|enerett|rettigheder|oikeudet|prava|jog|drepturile|права|δικαιωματος|haklar|hak cipta))).{0,240}"
        # the republishing rule: "Chú ý: Việc đăng lại bài viết … mà không ghi rõ nguồn … là vi phạm bản quyền"
        r"|(?:chu y\s*:\s*)?viec (?:dang|dang tai|su dung) lai (?:bai viet|thong tin|noi dung)\b.{0,200}\bban quyen\W*"
        r"|ban quyen\s*(?:©|\(c\)|thuoc|:|\d{4}).{0,240}"
        # ... and in other languages: "При использовании материалов ссылка на сайт обязательна",
        # "Naudojant LTR.lt informaciją, būtina nurodyti šaltinį"
        r"|при (?:любом )?(?:использовании|цитировании|копировании) материалов.{0,120}ссылка.{0,60}обязательна\W*"
        r"|при (?:використанні|цитуванні|копіюванні) матеріалів.{0,120}посилання.{0,60}обов.язков\w*\W*"
        r"|naudojant .{0,60}informacij\w*,? butina nurodyti saltini.{0,80}"
        r"|.{0,120}abonelere sunulan haberler\b.{0,200}"  # an agency's note: its wire is for subscribers
        # Chinese, Japanese and Korean: "自由時代版權所有不得轉載 © 2025 …", "無断転載を禁じます", "무단 전재 및 재배포 금지"
        r"|.{0,40}(?:版權所有|版权所有|不得轉載|不得转载|無断転載|無断複製|무단\s*전재).{0,240}"
        r"|\*?\s*재판매\s*및\s*db\s*금지"  # a Korean agency's photo notice: "*재판매 및 DB 금지" (no resale)
        # the CMS's own notice under the page: "Joomla! là phần mềm tự do được phát hành theo Giấy phép GNU/GPL"
        r"|joomla!? (?:la phan mem tu do|is free software)\b.{0,160}"
        # a wire's ban on taking its content, for machines too: "Dilarang keras mengambil konten, melakukan crawling …"
        r"|dilarang (?:keras )?(?:mengambil|mengutip|menyalin) (?:konten|isi|berita|artikel)\b.{0,240}"
        # ... or its rule for taking it: "Преузимање текстова дозвољено је само корисницима сервиса …"
        r"|(?:преузимање|preuzimanje) (?:текстова|садржаја|tekstova|sadrzaja)\b.{0,200}"
    ),
    "contact footer": (
        r"(?:dia chi|toa soan|tru so|dien thoai|dt|fax|e-?mail|website|hotline|duong day nong"
        r"|lien he(?: quang cao)?|quang cao)\s*:.{0,160}"
        # an address with the phone at its end: "Thị trấn Ái Tử, huyện Triệu Phong - ĐT: 0233.3860.224"
        # ... after the unit's name and a full stop: "Đảng bộ phường 5 - … tỉnh Phú Yên. Điện thoại: 0257.3 824 019"
        r"|(?:[^.!?]{2,120}\.\s)?[^.!?]{0,120}\b(?:dt|dien thoai|tel|fax)\s*:?\s*[\d(+][\d .()+-]{6,}[\d)]"
        # the unit and its street address: "Đảng ủy phường Quyết Thắng - 12 Trần Hưng Đạo, phường Quyết Thắng, …"
        r"|[^.!?]{2,80}\s[-–|]\s(?:so\s)?\d{1,4}[a-z]?\s[^,.!?]{2,40},\s*(?:phuong|xa|thi tran)\s[^,.!?]{2,30}"
        r",\s*(?:quan|huyen|thanh pho|tp\.?|thi xa|tinh)\s[^.!?]{2,60}"
    ),
    # A portal's greeting over its pages: "Chào mừng quý vị đến với Cổng thông tin điện tử xã …!"
    "welcome banner": r"chao mung (?:quy vi|quy khach|ban doc|ban|cac ban) (?:da )?den voi .{3,120}",
    # A paper's masthead: "Cơ quan của Đảng bộ tỉnh X - Tiếng nói của Đảng bộ, chính quyền…"
    "masthead": (
        r"(?:[^.!?]{2,60}\s[-–|]\s)?"  # the paper's name before it: "Báo Phú Yên - Cơ quan của …"
        r"(?:co quan (?:cua|ngon luan cua|chu quan cua|trung uong cua)|tieng noi cua)"
        r" (?:dang bo|tinh uy|thanh uy|huyen uy|dang uy|ban chap hanh|trung uong|dang cong san|dang)\b"
        r"[^.!?]{0,240}"  # a masthead is no sentence
    ),
}
