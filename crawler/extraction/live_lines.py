"""The labels a live page sets among its entries: that it is live and updated, a pinned
entry's badge, the count of entries waiting, its last words. Folded (lower case, no
diacritics), kept as data; boilerplate.py places the pattern among its line rules.
"""

# A live page's status: "Em atualização", "Mise à jour en continu", "Ticker: Die neusten Entwicklungen",
# and its end: "La diretta è terminata. Grazie per averci seguito.", "This live blog has now closed."
LIVE_STATUS = (
    r"em (?:atualizacao|actualizacao)|en actualizacion|in aggiornamento|(?:wird )?laufend aktualisiert"
    r"|mise a jour en continu|live updates?|en direct|en vivo|ao vivo|in diretta|na zywo"
    r"|(?:uzivo|v zivo|na zivo|уживо|на живо|наживо|live|canli|langsung|sledujeme nazivo|онлайн-трансляция"
    r"|ライブ中継|실시간 업데이트|直播中)(?:\s*[:：]\s*[^.!?]{1,80})?|disematkan"
    # ... and that the story is still being written: "Vijest se ažurira", "Новость дополняется"
    r"|(?:vijest|vest|вест|novica|новината|новость|новина|η ειδηση|haber|berita ini|noticia) (?:se )?(?:azurira|ажурира"
    r"|posodablja|допълва|дополняется|доповнюється|ανανεωνεται|guncelleniyor|(?:telah )?diperbarui|dikemas kini"
    r"|en actualitzacio)\.?|(?:[（(]更新[）)]|※記事を更新しました)"
    # ... and how it refreshes: "Aktuelle Einträge werden automatisch geladen."
    r"|(?:aktuelle |neue )?eintrage werden automatisch (?:geladen|aktualisiert)\.?|new (?:posts|entries|updates) load automatically\.?"
    r"|(?:dit|deze) (?:liveblog|live-?blog|blog) wordt (?:continu |voortdurend )?bijgewerkt"  # "Dit liveblog wordt bijgewerkt"
    r"|volg hier (?:de laatste ontwikkelingen|het laatste nieuws)|follow (?:the )?latest (?:updates|developments) here"
    # a pinned entry's badge: "Festet innlegg", "Pinned post", "Épinglé"
    r"|pinned(?: post| entry| update)?|key event|festet innlegg|fastgjort(?: opslag)?|fastnalat inlagg|angeheftet|angepinnt"
    r"|epingle|(?:entrada )?fijad[ao]|fixad[ao]|gepind|vastgepind|in evidenza|fast inlagg|kiinnitetty"
    r"|przypiety(?: wpis)?|pripnuto|kituzve|fixat"
    # ... and the count of entries waiting: "Hay 3 nuevas actualizaciones", "3 neue Beiträge – jetzt anzeigen"
    r"|(?:(?:hay|ha|there are|voir les|see|show|mostra|zobrazit) )?\d+ (?:new (?:updates?|posts?|entries)"
    r"|neue (?:beitrage|eintrage|updates?|meldungen)|nouveaux (?:messages|posts|billets)|nuevas actualizaciones"
    r"|novas atualizacoes|nuovi aggiornamenti|nieuwe berichten|nya inlagg|nye oppdateringer|nye opdateringer"
    r"|uutta paivitysta|nowe wpisy|nove prispevky|uj bejegyzes|actualizari noi)(?:\s*[-–]\s*\w+(?: \w+)?)?"
    r"|(?:live-?)?ticker(?:\s*:\s*[^.!?]{1,60})?|live-?blog"
    r"|(?:our|the) live coverage (?:has moved|continues) (?:here|to [^.!?]{2,60})\.?"  # "Our live coverage has moved here."
    # ... its last words: "Damit schließen wir diesen Liveblog für heute. Vielen Dank für Ihr Interesse!"
    r"|(?:damit|hiermit) (?:schliessen|schließen|beenden) wir (?:diesen|unseren|den) (?:live-?blog|(?:live-?)?ticker)\b.{0,100}"
    # ... ended, with its count of entries: "Seuranta päättyi 6 päivitystä", "Đã kết thúc 6 cập nhật"
    r"|(?:seuranta paattyi|(?:(?:tuong thuat|truc tiep)\s+)*da ket thuc)(?:\s+\d+\s+(?:paivitysta|cap nhat|updates?))?"
    r"|(?:la diretta|il live|el directo|la cobertura|le direct|der (?:live-?)?ticker|this live (?:blog|page|coverage)"
    r"|our live coverage)(?: (?:e|ha|has|is|ist|est|a))?(?: now)? (?:terminat[ao]|finalizad[ao]|termine|beendet"
    r"|ended|closed|conclus[ao])\b[^.!?]{0,40}[.!]?(?:\s*(?:grazie|thanks|thank you|gracias|merci|danke)\b[^.!?]{0,60}[.!]?)?"
)
