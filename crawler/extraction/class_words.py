"""Class and id words of page elements, kept as named data: the words that mark an
element as furniture (ads, shares, related boxes, players' titles, polls), the words
that say it holds the content, the words of picture captions, and those of the parts
around the headline (stamp, sapo, byline, sidebar). The generic extractor and the page
parts judge each element's names with them (generic.py, page_parts.py).
"""

from __future__ import annotations

import re

# An embedded video's or gallery's title, label, counter and running time (the player itself
# is dropped; the slides' captions stay): "video-title", "gallery-inline__kicker".
_MEDIA = r"(?:video|gallery|galleria|galeria|galerie|slideshow|youtube|(?<![a-z])yt|player|(?<![a-z])av-?module)"
# A gallery's box: "gallery-item", "fotostrecke", "diaporama"
GALLERY_NAME = re.compile(r"galler|galerie|galeria|fotostrecke|bildergalerie|slideshow|diaporama", re.I)
MEDIA_TITLE = (
    rf"{_MEDIA}[a-z]*(?:[-_]+[a-z]+)*?[-_]*(?:title|titre|titulo|titolo|titel|label|badge|duration|duree|durata|dauer|brand|kicker|count(?:er)?|source|credit|description|meta|download|program(?:me)?|info|open)"
    r"(?![a-z])"
    # "title_video", "time-video", Drupal's "field-titolo-galleria"
    rf"|(?<![a-z])(?:title|titolo|titulo|titre|titel|label|duration|time)[-_]+{_MEDIA}(?![a-z])"
)
# A post embedded from a social network, by the class its network's script looks for; some hold
# a content word ("telegram-post", "text-post-media") that must not save them.
SOCIAL_EMBED = (
    r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|text-post-media|telegram-post|reddit-card|mastodon-embed"
    r"|fb-post"
    # ... or by the network its embed names: "article-embed--telegram", "embed-instagram"
    r"|embed-{1,2}(?:telegram|twitter|x|instagram|facebook|tiktok|bluesky|threads|mastodon)(?![a-z])"
)
# Class or id words that mark page furniture...
FURNITURE_WORDS = re.compile(
    # (a table's footer row, "ms-rteTableFooterRow", is its total: the article's; an atomic CSS
    # class of one letter and a hash, "e_ad", names no ad)
    r"comment|(?<![a-z])discussion|diskus|diskuz|sidebar|side-bar|related|relate(?:[-_]|(?![a-z]))|(?<![a-z])rel(?![a-z])|share|sharing|social|footer(?!-?row)|menu|navbar|breadcrumb"
    r"|banner|advert|(?<![a-z0-9])(?<! [a-z]_)(?<!^[a-z]_)ads?(?![a-z0-9])|(?<![a-z0-9])adv(?![a-z0-9])|quangcao|quang-cao|popup|modal|cookie|consent|gdpr|gprd|privacy"
    # Drupal marks a node promoted to the front page "node-promoted": the article itself.
    r"|newsletter|subscribe(?!rs?(?![a-z]))|subscription-?required|signup|(?<!node-)(?<!node--)promo|sponsor|tin-khac|tinkhac|other-news|most-read|docnhieu"
    r"|lien-?quan|copyright|masthead|toolbar|pagination|pager|tags?(?:\b|__)|qr(?:-?code)?[-_]|qrcode"
    rf"|{MEDIA_TITLE}|(?<![a-z])duration"
    # boxes inviting readers elsewhere: a channel on a messenger, a page's like box, a paywall's offer
    r"|telegram|whatsapp|viber|facebook-?box|like-?box|recommend|paywall-?(?:notice|message|prompt|offer|cta|strip|banner|pitch)"
    # recommendation and flyer widgets (Flipp), read-also boxes, the writer's bio, appeals and players beside the text
    r"|outbrain|taboola|(?<![a-z])flipp(?![a-z])|also-?read|read-?also|see-?also|more-?from|you-?may-?(?:also-?)?like|most-?popular|trending"
    r"|author-?bio|about-?the-?author|donat|donacion|(?<![a-z])apoyo(?![a-z])|doacao|doacoes|(?<![a-z])dona-?box|contribute-?(?:inline|box|banner|cta|prompt)|support-?us|app-?(?:download|promo|banner)|download-?app|podcast"
    r"|listen-?(?:to|article)|(?<![a-z])audio|(?<![a-z])tts(?![a-z])|read-?aloud|font-?size|(?<![a-z])rating|correlat|relacionad|playlist"
    # a JW Player or Arc's Powa box (its title and running time); a call to action; an embedded player with
    # its title and description ("mediaEmbed"); Arc's link set between paragraphs ("b-interstitial-link")
    r"|jw-?player|(?<![a-z])powa-|(?<![a-z])cta(?![a-z])|(?:media|video)[-_]?embed|embed-{1,2}video|interstitial|subscription[-_]?(?:box|pitch|promo|offer|banner|cta)"
    # a match report's widgets beside its text: the score, the line-ups, a players' rating; a block of links
    r"|score-?(?:board|box)|match-?(?:header|stats|facts)|line-?ups|rate-?(?:the-?)?players|links-?block"
    # another page teased from inside the article: a video's or a gallery's card, a Drupal
    # node embedded in teaser view, a "read more" link
    rf"|{_MEDIA}s?[-_]?teaser|photos?[-_]?teaser|view-?mode-?teaser|read-?more"
    # ... a teaser set inline in the text ("inline-teaser", "teaser--inline")
    r"|inline-?teaser|teaser(?:[-_][a-z]{1,4})?-{0,2}inline"  # ... "id-Teaser-el--inline"
    r"|teaser-?(?:grid|list|rail|strip|carousel|slider|row)(?![a-z])"  # ... or a grid of them ("teaser-grid")
    r"|homepage-?articles"  # ... or Newspack's block of other posts set inside the text
    r"|is-type-wp-embed|wp-embedded-content"  # ... or WordPress's card of another of the site's posts
    r"|is-type-video"  # ... or its embed of a video, with the video's title and running time
    # a reader poll; a box teasing a live page from inside another article (a live page's
    # own entries are "live-blog", "liveblog-entry")
    r"|(?<![a-z])polls?(?![a-z])|survey|umfrage|live-?(?:blog-?)?(?:teaser|box|widget|promo|strip|embed)"
    # ... the poll named in the site's language ("szavazas-doboz", "box-sondaggio")
    r"|szavazas|sondaggio|encuesta|sondage|ankieta|anketa|hlasovani|afstemning|avstemning|omrostning|kysely"
    # a card that pops up over a name or a term in the text (its headlines are hidden until then)
    r"|rollover|hover-?card|tooltip|popover"
    # ad networks, paid placements, a syndication box, paywalled text blurred out (words trafilatura's
    # boilerplate lists share)
    r"|criteo|paid-?content|syndication|more-?on(?![a-z])|obfuscated|blurred"
    # a chart embedded from a charting service (its title and source around the frame), a
    # registration wall, a reactions bar ("How do you rate this article?")
    r"|datawrapper|flourish|infogram|reg-?wall|regist(?:er|ration)-?wall|(?<![a-z])reactions?(?![a-z])"
    r"|(?<![a-z])epic(?![a-z])"  # the Guardian's ask for contributions ("contributions-epic", "liveblog-epic")
    # a writer's box with their bio, a follow box, an embed waiting for consent ("external-content")
    r"|author-?(?:box|card|profile)|(?<![a-z])bio(?![a-z])|(?<![a-z])fb[-_]|follow-?(?:us|btn|button|box)|external-?content"
    r"|support(?:er)?-?(?:[a-z]{1,4}-)?(?:box|banner|cta|appeal|block)|partner-?(?:box|module)|membership-?(?:box|banner|cta|promo|inline|widget)"  # members' appeals
    rf"|{SOCIAL_EMBED}"
    r"|(?<![a-z])ai-?(?:summary|generated|recap)"  # a summary a machine wrote ("AI 요약"), not the newsroom's
    r"|commercial-?(?:teaser|content|label|partner|box)"  # a partner's paid card ("Kaupallinen yhteistyö")
    r"|know-?more"  # a "Saber más" card of another article between paragraphs
    r"|print-?(?:message|only)"  # what only the printed page shows ("sigFreePrintMessage", "print-only")
    # a subscription's poster between paragraphs (Amedia's "salesposter"); a box calling for news tips
    r"|sales-?poster|(?<![a-z])tips?-?(?:box|block)|(?<![a-z])tip-?us(?![a-z])|(?:news|reader)[-_]?tips?(?![a-z])|send-?news|(?:reader|leser)-?reporter"
    # the same boxes named in the site's own language: "baca-juga", "box-publicidad", "leggi-anche"
    r"|werbung|(?<![a-z])anzeige(?![a-z])|publicidad|publicite|publicidade|pubblicita|reklam|(?<![a-z])iklan"
    r"|(?<![a-z])pub(?:-|_|$)|ajanlo|baca-?juga|(?:artikel|berita)-?terkait|leggi-?anche|lire-?aussi|voir-?aussi"
    r"|leia-?tambem|lea-?tambien|mais-?lidas|mas-?leidas|meistgelesen|lees-?ook|czytaj-?(?:takze|tez|rowniez)"
    r"|zobacz-?(?:takze|tez)|polecane|guanggao|tuijian|xiangguan|kanren|osusume|kapcsolodo|hirdetes"
    # a subscription's offer and a dossier's link, named in the site's language or in English
    r"|assinatura|suscripcion|abonnement|abbonamento|(?<![a-z])askrift|(?<![a-z])abbonati(?![a-z])|(?<![a-z])abo(?![a-z])|(?<![a-z])dossier(?![a-z])|(?<![a-z])offer(?![a-z])"
    # a price board in the article: shares, gold, exchange rates; a live air-quality reading
    r"|(?<![a-z0-9])(?:stock|ticker|gold)s?(?![a-z0-9])|price-?board|bang-?gia|gia-?vang|ty-?gia|exchange-?rate"
    r"|(?<![a-z])aqi|air-?quality-?(?:widget|live|index)",
    re.I,
)
# Furniture named with a content word: "related-articles", "more_posts", "other-stories";
# and the article's own furniture, named for the article first ("ArticleFooter", "post-share",
# "link-content-footer").
FURNITURE_COMPOUND = re.compile(
    r"(?:related|relate|more|other|recommended|popular|latest|trending)[-_]?(?:articles?|posts?|stor(?:y|ies)|entries)"
    r"|(?:related|recommended)[-_]?content"  # Postmedia's "related-content--inline"
    r"|(?:article|post|entry|story|content)[-_]?(?=(?:footer|share|sharing|social|tags?|comments?|related?|bio|promo|ads?"
    r"|recommend|polls?|survey|newsletter|copyright|offer)(?![a-z]))"  # "article-poll": the article's poll
    r"|(?<![a-z])in-?(?:article|content|story|text)"  # an ad's placement: "ad-inarticle-1", "incontent-ad"
    r"|(?<![a-z])text-?ads?(?![a-z])"  # an advertiser's words set as an ad ("pt-text-ad")
    r"|(?<![a-z])(?:article|post|story|news)[-_]?teaser"  # a card teasing another article: "ArticleTeaser_root"
    r"|homepage-?articles"  # Newspack's block of other posts set inside the text
    # a media title: the whole name, whatever block it belongs to ("content-video__placeholder__title")
    rf"|\S*(?:{MEDIA_TITLE})"
    r"|\S*playlist\S*"  # a player's list of other videos ("content-video-playlist__container")
    r"|paid-?content"  # a paid placement, not the article's content
    r"|wp-embedded-content"  # WordPress's card of another post
    r"|external-?content"  # an embed waiting for the reader's consent
    r"|sales-?poster"  # a subscription's poster: no post of the site
    rf"|{SOCIAL_EMBED}",
    re.I,
)
# ... unless they also say "this holds the content" (a "main-with-sidebar" wrapper).
CONTENT_WORDS = re.compile(
    # "column" names content in a compound ("main-column"); alone it is a grid's ("columns twelve")
    # ("StoryElement" names one element of the story: a teaser's, a newsletter box's; WordPress's
    # "has-text-color" is a colour)
    r"content|article|main|body|post|entry|story(?![-_]?element)|detail|chi-?tiet|noi-?dung|(?<!has-)text|(?<=[a-z][-_])column|column(?=[-_][a-z])"
    r"|page",
    re.I,
)

# Class words of picture captions, English and Vietnamese ("chú thích"), and a player's caption
# under its poster ("MediaTitle", after a hidden "Media caption," label); the other languages'
# words for one ("galeria_epigrafe", "didascalia", "Bildtext", "pie-de-foto"). Short words
# stand alone between non-letters, not \b: in BEM names ("img-box__cap") "_" is a word
# character, so \b finds no edge there.
CAPTION_CLASS = re.compile(
    r"caption|media-?title|chu-?_?thich|legend|(?:photo|image|img|picture|pic)[-_]*desc|anh-?mo-?ta|(?<![a-z0-9])(?<!drop-)(?<!drop_)cap(?![a-z0-9])|pic-?cap"  # not a paragraph's "drop-cap"
    r"|epigrafe|didascalia|bildtext|bildunterschrift|pie-?de-?foto"
    r"|^(?-i:Image)$",  # VnExpress's caption paragraph, in or out of its figure: '<p class="Image">'
    re.I,
)

# --- The parts around the headline (page_parts.py) ---

# A sidebar itself ("sidebar", "sidebar-second", "region--sidebar"), not a layout that
# holds one beside the content ("sidebar-grid", "main-with-sidebar").
SIDEBAR = re.compile(
    r"(?<![a-z0-9])(?<!with-)(?<!has-)(?:sidebar|side-bar|aside)(?:-(?:first|second|left|right|\d))?(?![a-z0-9-])",
    re.I,
)
STAMP_HINT = re.compile(r"date|time|ngay|thoi-?gian|publish|posted|created|stamp|meta", re.I)
SUMMARY_HINT = re.compile(
    # ("lead-art", "lead-media": the lead picture or video, its title no sapo)
    r"sapo|(?<![a-z0-9])(?:lead(?![-_]*(?:art|image|img|media|photo|video|picture|figure))|desc|spot)(?![a-z0-9])|summary|chapp?eau|tom-?tat|(?<![a-z0-9])intro|standfirst"
    r"|excerpt|description|mo-ta|sub[-_]?title|hometext|introtext|chapo|(?<![a-z])preview"  # K2: "itemIntroText"
    r"|(?:article|story|post|news)[-_]?lead"  # "atomsArticleLead"
    r"|sub-?head(?:line)?(?![a-z])|perex|(?<![a-z0-9])(?:sub-?)?dec?k(?![a-z0-9])"  # Arc, Brightspot; Czech and Slovak; American
    r"|sub-?heading|second-?title|abstract|lead-?text"  # a deck under the headline, "leadText"
    r"|ingress|bajada|entradilla|sommario|sumario|resumo|(?<![a-z])saar(?![a-z])"  # Nordic, Spanish, Italian, Hindi
    # the subtitle in Italian, Spanish and Portuguese, French; Brazil's and Mexico's deck
    r"|sottotitolo|sub-?titulo|sous-?titre|linha-?fina|balazo"
    # a subtitle's short name in Spanish papers' templates ("v-a-sub-t", "a_st"); the lead's text ("TeaserText")
    r"|(?<![a-z0-9])(?:sub-?t|st)(?![a-z0-9])|teaser-?text"
    r"|head\w*__\w*teaser",  # the teaser element of the article's head block: "ArticleHeadstyled__ArticleTeaser"
    re.I,
)
# The byline's names: "firma" and "autor" in Spanish, Italian, Portuguese, German and Polish templates
BYLINE_HINT = re.compile(
    r"author|byline|tac-?gia|writer|reporter|but-?danh|nguoi-?viet|credit|firma|(?<![a-z])autor", re.I
)
# A quotation set apart with whom it quotes ("quote-author"), a byline box's place
# ("author-location"), or a picture's credit outside its caption ("photo_author"): no byline
NOT_A_WRITER_HINT = re.compile(
    r"quote|trich-?dan|(?<![a-z])cite(?![a-z])|location|dateline|(?:photo|foto|image|img|picture|pic)[-_]?(?:author|autor|credit)",
    re.I,
)
ARTICLE_SCOPE_HINT = re.compile(r"detail|chi-?tiet|article|post|entry|story|news-?content|noi-?dung", re.I)
TITLE_HINT = re.compile(r"title|tieu-?de|headline|heading", re.I)
# The line over the headline naming its topic, named so in the site's language: never the headline
# A chart's or a data table's box: "graphic-table", "graphic-embed", "chart-container", "infographic"
GRAPHIC_NAME = re.compile(r"graphic|chart|grafic|grafik|infogra|datawrapper|flourish|(?<![a-z])viz(?![a-z])", re.I)
# A part of an article that a page sets in a block of its own among the article's paragraphs:
# a video's or a broadcast's transcript ("transcript__body", "video-transcript", "stenograma")
ARTICLE_PART_HINT = re.compile(r"transcri|transkri|trascri|stenogra", re.I)
KICKER_HINT = re.compile(
    r"kicker|overline|eyebrow|dachzeile|roofline|topline|supertitle|sur-?titre|antetitulo|occhiello", re.I
)
