"""The lines an agency or a broadcaster sets under a story: its end mark, the programme
and day it was broadcast, a transcript's marks. Named patterns over folded text, kept as
data; boilerplate.py places them among its line rules, in this order.
"""

BROADCAST_PATTERNS = {
    # a news agency's end mark under its copy: "انتهای پیام/" (Persian), "/ket thuc/"
    "end of copy": (
        r"/?\s*(?:انتهای پیام|پایان پیام)\s*/?"
        # ... Spanish and English agencies' ("(FIN) GPH/MAO", "(END)"), with the editors' initials
        r"|[(-]\s*(?:fin|end)\s*[)-](?:\s*[a-z]{2,4}(?:\s?/\s?[a-z]{2,4}){0,3})?"
        # ... the agency's name with it ("Infopress/Fim"), or after two dashes, as Bernama signs ("-- BERNAMA")
        r"|[\w.-]{2,20}\s*/\s*(?:fim|fin|end)|-{2}\s*[a-z]{2,15}"
        r"|-30-|[(/]\s*(?:ende|einde|fim|fine|slut|loppu|koniec|konec|sfarsit)\s*[)/]|/(?:ende|einde)"  # "-30-", "(Ende)"
        r"|-{1,2}\s*(?:fin|end|fine|fim)\s*-{1,2}|fine|/[a-z]{3,12}/(?:[a-z]{2,12})?"  # "-- FIN --", "/ritzau/Reuters"
    ),
    # the broadcast a story comes from: "Aus Schweiz aktuell vom 14.01.2025.", "HRF 4 News, 15.01.2025, 06:00 Uhr"
    "broadcast source": (
        r"aus .{2,40} vom \d{1,2}\.\d{1,2}\.\d{4}\.?|sendung (?:am|vom) .{5,120}"
        r"|dieser beitrag (?:begleitet|ist teil) (?:die|der) sendung\b.{0,80}"  # "Dieser Beitrag begleitet die Sendung „NÖ heute“."
        # ... or the writer and station before it: "Jan Hölscher, SWR, 14.08.2025 12:44 Uhr"
        r"|[^,.:]{2,40}(?:,[^,.:]{2,20})?,\s*\d{1,2}\.\d{1,2}\.\d{4},?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?"
        r"(?:\s*;\s*[a-z]{2,6}(?:/[a-z]{2,6})*)?"  # ... and the agency and editors' marks: "; sda/caus"
        # ... set apart by bars: "Das Erste | tagesbericht | 14.10.2024 | 17:00 Uhr"
        r"|[^|.:]{2,40}(?:\|[^|.:]{2,30})?\|\s*\d{1,2}\.\d{1,2}\.\d{4}\s*\|\s*\d{1,2}[:.]\d{2}(?:\s*uhr)"
        # the programme that reported it: "Über dieses Thema berichtete MDR Aktuell am 4. März 2025 …"
        r"|(?:uber )?dieses thema (?:berichtete|im programm)\b.{0,160}|.{2,40} berichtete am .{5,80} uber dieses thema\."
    ),
    # a Korean broadcast's transcript marks: "[앵커]", "[리포트]", "[기자]"
    "broadcast mark": r"\[(?:앵커|리포트|기자|인터뷰|녹취|현장음|앵커 멘트|기자 멘트)\]",
    # a transcript's header over the text a player reads: "Nội dung chương trình", "Lời bình video", "Transcript"
    "transcript label": (
        r"(?:noi dung (?:chuong trinh|ban tin|video)|loi (?:binh|dan)(?: (?:video|phong su|ban tin))?"
        r"|(?:full |read the )?transcript|transkript?|transcription|transcripcion"
        r"|transcricao|trascrizione|transcriptie|utskrift(?: av (?:klippet|videon|inslaget))?"
        r"|розшифровка(?: відео)?|расшифровка(?: видео)?|prepis(?: videa| relace)?)\s*:?"
    ),
    # ... the time of each of its lines, to the second: "00:01:05", "[00:00:19]"
    "timecode": r"[\[(]?\d{1,2}:\d{2}:\d{2}[\])]?",
    # ... and its note on how it was made: "Transcripción generada automáticamente y revisada por la redacción."
    "transcript note": (
        r"(?:(?:[a-z]{2,6}\s+)?(?:transcript|transcripcion|transcricao|trascrizione|transkrip|transcription|udskrift|utskrift|prepis)\w*"
        r"[^.!?]{0,40}?\b(?:automatic\w*|automatisch\w*|automatique\w*|automaticamente|automatik|automatisk"
        r"|by ai|por ia|durch ki|par l'ia"
        r"|(?:generated|gerada|generada|generata|generee) (?:from|a partir do|a partir del|dall'|a partir de l')\s?(?:the )?audio)"
        r"|(?:automatically generated|machine[- ]generated|automatisch (?:erstellt|generiert)\w*) (?:transcript|transkript)\w*)"
        r"[^!?]{0,120}"
    ),
}
