"""The vocabulary of boilerplate, by category: one table both `extract` (HTML) and
`clean_text` (scraped text) read. Patterns are compiled here (each on first use); the code that
walks trees or lines never holds a regex of its own for these categories.

Languages: English, German, French, Spanish, Italian, Portuguese, Dutch, Russian,
Ukrainian, Polish. Patterns match *phrases* characteristic of a widget, never a
single common word, so a story that quotes "subscribe" keeps its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from copydesk.model import categories, container_categories

_FLAGS = re.I | re.U


class PatternTable(Mapping[str, re.Pattern[str]]):
    """Category → pattern, each compiled on first use (a bounded per-process cache of compiled
    sources): a command compiles only the tables it reads (~60 ms of patterns at start-up), and
    modules that recombine the tables (`extract.phrases`, `extract.boilerplate`) read `sources`."""

    def __init__(self, sources: dict[str, str], flags: int) -> None:
        categories(*sources)  # every key is a category of `model.CATEGORIES`
        self.sources = sources
        self.flags = flags
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, category: str) -> re.Pattern[str]:
        pattern = self._compiled.get(category)
        if pattern is None:
            pattern = self._compiled[category] = re.compile(self.sources[category], self.flags)
        return pattern

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


def _any(*phrases: str) -> str:
    return "|".join(f"(?:{p})" for p in phrases)


#: Text phrases that mark a line or block as belonging to a category (sources; compiled in `TEXT_PATTERNS`).
TEXT_SOURCES: dict[str, str] = {
    "appeal": _any(
        r"\b(please |)(support|donate to|fund|back) (us|our (work|journalism|reporting|newsroom))\b",
        r"\bmake a (donation|contribution|gift)\b",
        r"\bdear readers?\b",
        r"\b(become|join as) a (member|supporter|subscriber|patron)\b",
        r"\bsupport (independent|quality|free) (journalism|media|press|reporting)\b",
        r"\byour (support|contribution|donation)s?\b.{0,60}\b(matters?|makes?|helps?|keeps?)\b",
        r"\bevery contribution\b",
        r"\bmessage from (the )?[\w .'’]{2,40}:?$",
        r"\bnot ready to (support|donate|subscribe)\b",
        r"\bsubscribe (now|today) (for|to get|and)\b",
        r"\b(already a|become a) (subscriber|member)\b",
        r"\bunlimited (digital )?access\b",
        r"\bunterstützen sie (uns|unsere arbeit|unabhängigen journalismus)\b",
        r"\bjetzt (spenden|unterstützen|abonnieren)\b",
        r"\bsoutenez[- ](nous|notre|le journalisme)\b",
        r"\bfaites un don\b",
        r"\bapoya(nos| el periodismo)\b",
        r"\bподдержите (нас|нашу работу|независим)",
        r"\bпожертвова",
        r"\bпідтримайте (нас|нашу)",
    ),
    "newsletter": _any(
        r"\b(sign up|subscribe|register) (for|to) (our|the|my) [\w\s-]{0,30}(newsletter|briefing|digest|bulletin|email)",
        r"\bnewsletter\b.{0,40}\b(sign up|subscribe|inbox)\b",
        r"\b(get|delivered)( the [\w\s]{0,30})? (straight )?to your inbox\b",
        r"\benter your e-?mail( address)?\b",
        r"\b(abonniere|abonnieren sie|subscribe to|sign up (for|to)|join)( unseren| unsere| our| the)?( free| kostenlosen?)?"
        r" [\w\s-]{0,30}newsletter\b",
        r"\bsign me up\b",
        r"\b(receive|get) our (daily |weekly |monthly )?(newsletter|briefing)\b",
        r"\bsubscribe to (e-?mail|our) updates\b",
        r"\bstay up[- ]to[- ]date (on|with)\b",
        r"\bstraight to your (phone|inbox)\b",
        r"\b(gib|geben sie) (deine|ihre) e-?mail-adresse ein\b",
        r"^[\w-]{0,30}newsletter$",
        r"\bnewsletter (abonnieren|bestellen)\b",
        r"\bjetzt (zum|für den) newsletter\b",
        r"\binscrivez-vous à (notre|la) newsletter\b",
        r"\bsuscr[ií]bete a (nuestro|nuestra) (newsletter|bolet[ií]n)\b",
        r"\bподпишитесь на (нашу )?рассылку\b",
    ),
    "share": _any(
        r"^(share|teilen|partager|compartir|condividi|поделиться)( (this|on|via|auf|sur|en|in)\b.*)?[:.!]?$",
        r"^share (this )?(article|story|post|page)\b",
        r"\bfollow us on\b",
        r"\bfolgen sie uns( auf)?\b",
        r"\bsuivez-nous( sur)?\b",
        r"\bsíguenos en\b",
        r"^(diese[nrs]? )?(seite|artikel|beitrag|news|post)\s+teilen\s*:?$",
        r"^teilen sie (dies|diesen \w+)( mit)?\s*:?$",
        r"^(möchten sie|willst du) (den|diesen) \w+ teilen\b",
        r"\b(als pdf herunterladen|download (as|the) pdf|pdf herunterladen)\b",
        r"^(empfiehl|empfehlen sie) (dies|diesen \w+)\b",
        r"^(facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|print|pinterest|reddit|copy link)"
        r"([\s|·,/]+(facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|print|pinterest|reddit|copy link))*$",
    ),
    "cookie": _any(
        r"\b(we|this (site|website)) uses? cookies\b",
        r"\bcookie (policy|settings|preferences|consent)\b",
        r"\baccept (all )?cookies\b",
        r"\bverwendet cookies\b",
        r"\bcookie-einstellungen\b",
        r"\butilise des cookies\b",
        r"\butiliza(mos)? cookies\b",
        r"\bиспользует файлы cookie\b",
        r"\b(we and our|wir und unsere|nous et nos|nosotros y nuestros) (\d+ )?(partners?|vendors|partenaires|socios)\b",
        r"\b(datenschutzerklärung|privacy policy)\b.{0,40}\b(einverstanden|agree|accept)",
        r"\b(einverständnis|zustimmung|consent)\b.{0,80}\b(twitter|youtube|instagram|facebook|drittanbieter|third[- ]party)",
    ),
    "related": _any(
        r"^(related|see also|read also|also read|more on this|more from|recommended|you (may|might) (also )?like)"
        r"( articles?| stories| posts| content| coverage| reading)?\s*[:|-]",
        r"^(related|see also|read also|also read|recommended)( articles?| stories| posts| content| reading)?$",
        r"^(mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|weitere artikel)\b",
        r"^(à lire aussi|lire aussi|voir aussi|sur le même sujet)\b",
        r"^(lee también|te puede interesar|noticias relacionadas)\b",
        r"^(leggi anche|potrebbe interessarti)\b",
        r"^(читайте также|по теме|смотрите также|читайте нас)\b",
        r"^(das|dies) könnte (sie|dich|euch) (auch )?interessieren\b",
        r"^sie könnten auch an .{0,40}interessiert sein\b",
        r"^(weitere|ähnliche|verwandte|neueste|aktuelle) (beiträge|artikel|themen(bereiche)?|nachrichten|meldungen|news|"
        r"pressemitteilungen)\b.{0,40}$",
        r"^(mehr interessantes|zum weiterlesen|schon gelesen\??|top[- ]themen\b.{0,30}|weiterführende (links|informationen))$",
        r"^(explore further|more stories|more articles|recommended for you|trending now|most (read|popular))$",
        r"^(temas relacionados|veja também|leia também|à découvrir|inne artykuły\b.{0,30}|czytaj (też|także))\s*:?$",
        r"^((alle|weitere) (artikel|beiträge|news|nachrichten|infos?)|mehr) (zu|zum|zur|über|aus|von) .{2,40}$",
        r"^noch mehr\b.{0,40}$",
        r"^entdecken sie (jetzt|mehr|auch)\b.{0,40}$",
        r"^(audios? et )?vidéos? sur le (même )?sujet$",
        r"^(читайте також|дивіться також)\b",
    ),
    "read_more": _any(
        r"^(read|continue reading|keep reading|read the full|see more|show more|load more|mehr lesen|weiterlesen|"
        r"lire la suite|leer más|leggi tutto|читать далее|подробнее)\b.{0,40}$",
    ),
    "comments": _any(
        r"^\d*\s*(comments?|kommentare?|commentaires?|comentarios?|commenti|комментари\w*)\s*(\(\d+\))?:?$",
        r"\b(leave|post|add|write) a (comment|reply)\b",
        r"\bschreiben sie einen kommentar\b",
        r"\blaisser un commentaire\b",
        r"\bdeja un comentario\b",
        r"\bоставить комментарий\b",
        r"\byour email address will not be published\b",
        r"\bihre e-mail-adresse wird nicht veröffentlicht\b",
        r"^(wie bewerten sie diese[nrs]? \w+|war (der|dieser|die|das) \w+ (hilfreich|nützlich)|"
        r"was this (article|page|post) (helpful|useful)|rate this (article|story|post)|valora esta noticia)\b",
        r"^\(?(noch )?keine bewertungen\)?",
        r"^\d+ (kommentare?|comments?|commentaires?|comentarios?|reactions?|ergänzungen) (zu|on|to|sur|en)\b",
        r"^(vos réactions|deine meinung|ihre meinung|forum zum thema\b.{0,40})\s*:?$",
        r"\b(einloggen|anmelden|registrieren|log in|logged in|sign in)\b.{0,60}\b(kommentar\w*|comment\w*|diskussion|"
        r"discussion)",
        r"^(kommentieren|diskutieren sie mit|join the (discussion|conversation))\b",
        r"\bnetiquette\b",
        r"\b(zahlenfolge|captcha)\b",
    ),
    "ads": _any(
        r"^[-–\s]*(advertisement|advertising|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|реклама)"
        r"[-–\s:]*$",
        r"^(story continues|article continues) below( this)? (advertisement|ad)$",
    ),
    "credit": _any(
        r"^(photo|foto|image|picture|bild|credit|crédit|фото|pictured)s?\s*(credit)?\s*[:©]",
        r"^©\s*\S",
        r"^\(?(photo|image|foto):?\s",
        r"\b(getty images|afp|reuters|ap photo|epa|dpa|imago|shutterstock|istock|picture alliance)(/[\w .]+)?\)?$",
        r"^photo(graph)?s? by\b",
        r"\S\s*©\s*\w",
        r"\b(istock(\.com)?|pixelio(\.de)?|wenn\.com|bestimage|picture-alliance|unsplash|pixabay|adobe ?stock|fotolia)\)?$",
        r"\b(foto|photo|bild|crédits? photos?|quelle)\s*:\s*[^.!?:]{2,50}\)?$",
    ),
    "caption": _any(
        r"^(vergrößern|bild vergrößern|enlarge( this image| image)?|zoom)\b",
        r"\((l|r|li|re|m|links|rechts|mitte|left|right|center|v\.\s?l\.\s?n\.\s?r)\.?\)",
        r"^(v\.\s?l\.\s?n\.\s?r\.|von links( nach rechts)?:)",
    ),
    "author_bio": _any(
        r"^about the (author|writer)\b",
        r"^über (den|die) autor(in)?\b",
        r"^(à propos de l'auteur|sobre el autor)\b",
        r"^об авторе\b",
        r"^(?!(the|a|an|this|that|der|die|das|le|la|el|il) )\w+( \w+){0,2} (is|ist|est|es) (a|an|the|ein|eine|un|une|el|la) "
        r"[\w\s-]{0,60}(writer|reporter|editor|journalist|correspondent|columnist|contributor|redakteur|autor|"
        r"journalistin|journaliste|periodista)\w* (for|at|bei|für|chez|de|del|covering)\b",
        r"^schreibt (seit \d{4} )?für\b",
    ),
    "navigation": _any(
        r"^(home|startseite|accueil|inicio|главная)(\s*[>»/|›]\s*\S.*)$",
        r"^(previous|next) (article|post|story)",
        r"^(vorheriger|nächster|voriger) (artikel|beitrag)",
        r"^(article|articolo) (précédent|suivant|precedente|successivo)",
        r"^(this (entry|post) was posted in|posted in|filed under|veröffentlicht in)\b",
        r"^(permalink|permalien|kurzlink|short ?link)\b.{0,80}$",
        r"^(kontakt|contact)\s*:?$",
        r"^(quellen|sources?) (ausblenden|einblenden|anzeigen|verbergen|show|hide)$",
        r"^(search (for|our) \w+|suggested citation|zitiervorschlag|cite this article)\b",
        r"^(dieser|der) (beitrag|eintrag|artikel) wurde .{0,60}(veröffentlicht|abgelegt|gepostet)",
        r"\b(abgelegt unter|verschlagwortet mit|gekennzeichnet mit|and tagged)\b",
        r"^(tags?|tagged( with)?|themen|schlagw[oö]rte(r)?|stichw[oö]rter|kategorien?|categor(y|ies)|markiert mit|"
        r"mots-clés|étiquettes|etiquetas|topics)\s*(:|$)",
        r"^(back to top|nach oben|retour en haut|skip to (main )?content)$",
        r"^(impressum|datenschutz(erklärung)?|privacy policy|terms of (use|service)|contact us|kontakt)$",
        r"^(all rights reserved|alle rechte vorbehalten|tous droits réservés)\b",
        r"^(copyright|©)\s*\d{4}\b",
    ),
}
TEXT_PATTERNS = PatternTable(TEXT_SOURCES, _FLAGS)

#: Lone UI labels: a whole line that is just one of these is a button, not prose.
BUTTON_LABELS = re.compile(
    r"^(continue|remind me later\.?|not now|no,? thanks|close|cancel|ok|accept|decline|reject all|accept all|"
    r"agree|i agree|got it|subscribe|sign up|sign in|log ?in|register|donate|donate now|support us|"
    r"learn more|read more|show more|load more|see more|more|next|previous|back|skip|menu|search|print|email|"
    r"weiter|abbrechen|schließen|anmelden|registrieren|abonnieren|spenden|mehr|zurück|"
    r"continuer|fermer|s'abonner|se connecter|plus|"
    r"continuar|cerrar|suscribirse|más|"
    r"продолжить|закрыть|подписаться|войти|далее|ещё)[.!]?$",
    _FLAGS,
)

#: class / id fragments that mark an HTML container as a category (checked on
#: tokens of `class` and `id`, so `share` matches `share-bar` but not `shareholder`).
ATTR_SOURCES: dict[str, str] = {
    "related": (r"(^|[-_ ])(related|recommend\w*|more-stories|read-?next|also-read|outbrain|taboola|"
                r"trending|popular|most-read|mostread|teaser-list|more-articles?)([-_ ]|$)"),
    "appeal": (r"(^|[-_ ])(donat\w*|paywall|subscri(be|ption)-?(box|prompt|cta|wall)|membership|"
               r"support-us|contribut\w*-?(ask|epic|banner)|piano|tp-container|premium-?teaser)([-_ ]|$)"),
    "newsletter": r"(^|[-_ ])(newsletter|signup|sign-up|subscribe-form|email-?capture|optin)([-_ ]|$)",
    "share": r"(^|[-_ ])(share|sharing|social|sharebar|share-?tools|addthis|shariff|follow-us)([-_ ]|$)",
    "cookie": r"(^|[-_ ])(cookie\w*|consent|gdpr)([-_ ]|$)",  # not "cmp": some site builders prefix every component with it
    "comments": r"(^|[-_ ])(comments?|comment-?list|disqus|respond|reply|discussion|kommentare?)([-_ ]|$)",
    "ads": (r"(^|[-_ ])(ad|ads|advert\w*|sponsor\w*|dfp|gpt-ad|banner-?ad|adslot|ad-?container|"
            r"werbung|anzeige|promo)([-_ ]|$)"),
    "navigation": (r"(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|"
                   r"pagination|pager|sidebar|skip-?link|site-?header|site-?footer|toolbar|tags?-?list)([-_ ]|$)"),
    "author_bio": r"(^|[-_ ])(author-?(bio|box|info|card|profile)|about-?the-?author|bio-?box)([-_ ]|$)",
    "caption": r"(^|[-_ ])(caption|figcaption|wp-caption-text|image-?caption|photo-?caption)([-_ ]|$)",
    "credit": r"(^|[-_ ])(credit|copyright|image-?credit|photo-?credit|source-?credit)([-_ ]|$)",
}
ATTR_PATTERNS = PatternTable(ATTR_SOURCES, re.I)
if ATTR_SOURCES.keys() != container_categories():
    raise ValueError("ATTR_SOURCES must spell the categories `model.CATEGORIES` declares a container weight for")


def digest() -> str:
    """A fingerprint of every phrase and class-name pattern: a trained model records the one it learnt
    from, and `benchmarks/train_story.py --check` fails when the lexicon has moved on since."""
    import hashlib  # only training and its checks ask: its OpenSSL load stays out of every start-up
    parts = [BUTTON_LABELS.pattern, *(f"{k}\t{v}" for k, v in TEXT_SOURCES.items()),
             *(f"{k}\t{v}" for k, v in ATTR_SOURCES.items())]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def match_text(text: str) -> str | None:
    """The boilerplate category a short piece of text belongs to, or None."""
    stripped = text.strip()
    if not stripped:
        return None
    if BUTTON_LABELS.match(stripped):
        return "button"
    for category, pattern in TEXT_PATTERNS.items():
        if pattern.search(stripped):
            return category
    return None
