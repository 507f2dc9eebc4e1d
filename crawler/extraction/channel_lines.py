"""The lines that invite the reader to follow the site elsewhere: a messenger's channel, a
fan page, a news aggregator ("Join our WhatsApp community", "Il Corriere è anche su
WhatsApp", "請加入晨光新聞網粉絲團"). Named patterns over folded text, kept as data;
boilerplate.py places them among its line rules, in this order.
"""

_NETWORK = r"(?:facebook|instagram|twitter|tiktok|youtube|linkedin|threads|bluesky|x)\b"
_ON = r"(?:on|auf|sur|en|no|su|op|på|pa|sa)"

CHANNEL_PATTERNS = {
    # an invitation to a messenger channel or a fan page, standing short and alone:
    # "📲 Participe do canal … no WhatsApp", "看更多！請加入晨光新聞網粉絲團"
    "messenger invitation": (
        # after a short call: "Don't miss the biggest stories - join our WhatsApp community"
        r"\W*(?:[^.!?]{3,60}\s[-–—:]\s*|[^.!?:]{3,100}:\s*|[^.!?]{3,80}\?\s*)?(?:you can now )?(?:participe|junte-se|entre|siga|join|follow|subscribe to|unete|unase|unite|sigue|siganos|siguenos|segueix|tham gia|theo doi"
        r"|ricevi|recibe|reciba|receba|recevez|erhalten sie"
        r"|подписывайтесь|подпишитесь|присоединяйтесь|підписуйтесь|приєднуйтесь|abonnieren sie|folgen sie|abonniere"
        r"|folgst du (?:schon|bereits)"
        r"|rejoignez|suivez|iscriviti|seguici|segui|ikuti|gabung|ακολουθηστε|urmareste|urmariti|volg|dołacz|dolacz"
        r"|pratite|sledujte|kovess|folj|følg|seuraa)\b(?:[^.!?]|\.(?=\w)){0,80}"  # a site's domain
        # (then what it brings, after a comma: "… ya está en Whatsapp!, desde tu dispositivo entérate de …")
        r"\b(?:whatsapp\w*|telegram\w*|viber|zalo|google news|google discover|line oa)\b[^.!?]{0,140}(?:[.!]?,\s[^.!?]{0,200})?[.!?]?\)?"
        r"(?:\s*(?:never|don'?t|do not) miss\b[^.!?]{0,60}[.!]?)?"  # "… Telegram channel! Never miss important updates"
        r"(?:\s*(?:cliquez ici|click here|clique aqui|haz clic aqui|clicca qui|kliknij tutaj)\.?)?"
        r"|.{0,40}(?:ติดตาม|เพิ่มเพื่อน).{0,60}(?:line|ไลน์).{0,40}"  # Thai: "… ติดตามข่าว … ผ่าน LINE OA @…"
        # the site's own channel: "Дивіться Еспрезо на YouTube", "Підписуйтеся на наш канал, щоб не пропустити …"
        r"|(?:дивіться|смотрите|watch)\s+[^.!?]{1,40}\s+(?:на|on)\s+youtube[.!]?"
        r"|(?:підписуйтеся|підписуйтесь|подписывайтесь|subscribe to)\s+(?:на\s+)?(?:наш|our)\s+(?:канал|channel)\b[^!?]{0,120}"
        # a pitch closing on the channel's link: "Simak breaking news … WhatsApp Channel: https://…"
        r"|.{0,200}\b(?:whatsapp|telegram) (?:channel|kanal|saluran)\s*:\s*https?://\S+?(?:[.!]?\s+[^!?]{0,80})?"
        r"|(?:คลิก)?(?:เพื่อ)?เพิ่มเพื่อน"  # ... and its button: "click to add as a friend"
        # ... with its promise after: "加入島嶼時報LINE好友，重要新聞不漏接"; and its question: "已經加好友了嗎？"
        r"|.{0,20}(?:請加入|请加入|加入).{0,20}(?:粉絲團|粉丝团|粉絲專頁|粉丝专页|line)(?:\s*好友)?(?:[，,].{1,20})?"
        r"|.{0,10}(?:加好友|加入好友).{0,10}[？?]"
        # the site on an aggregator, then the call: "Jesteśmy na Google News. Dołącz do nas … Obserwuj …!"
        r"|(?:jestesmy|we(?:'re| are)|estamos|nous sommes|wir sind|siamo|suntem|jsme)\s+(?:na|on|en|sur|auf|su|pe|v)\s+"
        r"(?:google news|whatsapp|telegram)\b.{0,160}"
        # a business site's closing plug: "(Catch all the Business News … on The X.)"
        r"|\(?catch all the\b.{0,120}\b(?:news|updates)\b.{0,80}"
        # the paper on a messenger too, then how to join: "Il Corriere è anche su WhatsApp. È sufficiente …"
        r"|[^.!?]{2,60}\b(?:(?:e|is|esta|est|ist)\s+(?:anche|also|now|tambien|aussi|auch|tambem|ahora|agora)"
        r"|(?:tambien|tambem|ahora|agora)\s+(?:esta|e))\s+"
        r"(?:su|on|en|sur|auf|no|em)\s+(?:whatsapp|telegram|viber|zalo|line)\b[.!]?"
        r"(?:\s*[^.!?]{0,80}\b(?:clic|click|iscriv|join|unete|unirte|suscrib|rejoign|beitreten|abonn|participe|entre)\w*[^.!?]{0,80}[.!]?)?"
    ),
    # the desk's accounts and its newsletter, offered together: "Sigue toda la información de Madrid
    # en Facebook y X, o apúntate aquí para recibir nuestra newsletter semanal"
    "follow and newsletter plug": (
        r"(?:puedes |podes )?(?:sigue|seguir|segui|follow|suivez|folgen sie|siga)\b[^.!?]{0,80}"
        r"\b(?:facebook|instagram|x|twitter|tiktok|youtube)\b[^.!?]{0,80}\b(?:newsletter|boletin|bulletin|nieuwsbrief)\b[^.!?]{0,60}[.!]?"
    ),
    # ... or its accounts alone, and where to send news: "Follow NBS Bristol on Facebook, X and
    # Instagram. Send your story ideas to …", "Folgen Sie der Revier Rundschau auch auf Instagram und
    # Facebook." (the benchmark's truth keeps one such line; every writer of the rounds counts them out)
    # (nothing but accounts after the first: "Follow the council on Facebook for updates, the mayor said" stays)
    "follow the site": (
        rf"(?:follow|folgen sie|suivez|siga|sigue|segui|volg|følg|folj|sundan)\b[^.!?]{{1,60}}?\s{_ON}\s[^.!?]{{0,40}}?\b{_NETWORK}"
        rf"(?:(?:\s*,\s*|\s+(?:and|und|et|y|e|en|og|och|at|&)\s+|\s+)(?:{_ON}\s+)?(?:{_NETWORK}|@\w+))*"
        r"(?:\s+(?:for|para sa|para|pour|fur|per)\s[^.!?,]{1,50})?\s*[.!]?"  # "… para sa pinakabagong balita."
        r"(?:\s*(?:send|envie|envia|envoyez|schicken sie|stuur)\b[^!?]{0,160})?"
        # ... in more languages, the site or "us" before the network: "Folgt uns auch auf WhatsApp!"
        r"|(?:folgt uns|obserwuj|sledujte|kovessen minket|kovesse|følg|пратите нас|sledite nam|последвайте ни)\b[^.!?]{0,60}"
        r"\b(?:whatsapp|facebook\w*|instagram\w*|x|twitter|tiktok|youtube|snapchat|telegram|google (?:news|hirekben)"
        r"|инстаграму|фејсбуку)\b"
        r"[^.!?]{0,20}[.!]?"
    ),
}
