"""Author strings → people's names, and wire services recognised by name.

A byline as pages write it ("By Jane Doe and John Roe, Staff Writers | Oct 17")
becomes `("Jane Doe", "John Roe")`; what is not a person (outlets, roles, emails,
dates, "Staff", "Redaktion") is dropped. An agency-only byline stays as the agency.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from copydesk.extract.metadata.title import unmangle

MAX_NAME_WORDS = 6  # "Maria de los Angeles Garcia Lopez"; longer strings are sentences, not names
MAX_NAME_CHARS = 60  # same bound in characters
MAX_AUTHORS = 12  # more "names" than this is a list of links, not a byline

#: Wire services: canonical short name → pattern of how bylines, datelines and sign-offs write it.
#: Acronyms are case-sensitive so "ap" or "pa" inside words and prose never match.
AGENCIES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "AFP": r"\bAFP\b|\bAgence France[- ]Presse\b",
        "AP": r"\bAP\b|\b[Aa]ssociated [Pp]ress\b",
        "Reuters": r"\bReuters\b|\bREUTERS\b",
        "dpa": r"\bdpa\b|\bDPA\b|\bDeutsche Presse-Agentur\b",
        "EFE": r"\bEFE\b",
        "ANSA": r"\bANSA\b",
        "Xinhua": r"\bXinhua\b|\bXINHUA\b",
        "Kyodo": r"\bKyodo\b|\bKYODO\b",
        "Yonhap": r"\bYonhap\b|\bYONHAP\b",
        "PA": r"\bPA Media\b|\bPress Association\b|^PA$",
        "Bloomberg": r"\bBloomberg\b",
        "UPI": r"\bUPI\b|\bUnited Press International\b",
        "TASS": r"\bTASS\b|\bТАСС\b",
        "Interfax": r"\bInterfax\b|\bИнтерфакс\b",
        "RIA Novosti": r"\bRIA Novosti\b|\bРИА Новости\b",
        "KNA": r"\bKNA\b",
        "epd": r"\bepd\b",
        "APA": r"\bAPA\b",
        "Keystone-SDA": r"\bKeystone-SDA\b|\bSDA\b|\bATS\b",
        "Belga": r"\bBelga\b|\bBELGA\b",
        "ANP": r"\bANP\b",
        "Lusa": r"\bLusa\b|\bLUSA\b",
        "Europa Press": r"\bEuropa Press\b",
        "AAP": r"\bAAP\b|\bAustralian Associated Press\b",
        "Canadian Press": r"\bCanadian Press\b",
        "PTI": r"\bPTI\b",
        "IANS": r"\bIANS\b",
        "ANI": r"\bANI\b",
        "Anadolu": r"\bAnadolu\b",
        "Ukrinform": r"\bUkrinform\b|\bУкрінформ\b",
        "PAP": r"\bPAP\b",
        "CTK": r"\bČTK\b|\bCTK\b",
        "AA": r"^AA$",
        "KCNA": r"\bKCNA\b",
    }.items()
}

#: Lead-ins a byline starts with, in the supported languages.
BY_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|reported|compiled|edited|published|words|text|story|photos?|article|"
    r"reviewed|fact[- ]checked|medically reviewed|authored|created|curated)\s+by|"
    r"(?:view|see) all (?:posts|articles) by|(?:zeige )?alle[s]? (?:beiträge |artikel )?von|"
    r"(?:erstellt|geschrieben|verfasst|(?:blog[- ]?)?beitrag) von|redaktion(?=\s*:)|"
    r"voir (?:tous )?les articles de|ver todas las entradas de|by|von|vom|par|por|(?-i:de|di|av|af|from)|door|"
    r"autor(?:in|en|es|a)?|authors?|auteur|autore|text|texto|reportage|redakteur(?:in)?|"
    r"автор(?:ы)?|текст|от)\b\s*[:\-–—]?\s*",
    re.I,
)
#: Separators between several names ("A, B and C", "A und B", "A & B").
NAME_SPLIT = re.compile(r"\s*(?:,|;|\||&|/|\+|·|•|\s(?:and|und|et|y|e|en|i|и|та|oraz|ve)\s)\s*", re.I)
#: Things inside a byline that are not names: e-mails, URLs, handles, dates and times, parentheticals.
NOT_NAME_PARTS = re.compile(
    r"\S+@\S+|https?://\S+|www\.\S+|(?<!\w)@\w+|\(.*?\)|\[.*?\]|\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?|"
    r"\b(?:updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié)\b.*$",
    re.I,
)
#: Words that make a piece of a byline a role, a team or an outlet rather than a person.
#: Opening quotation marks: a title quoted in a line ("Hinweise zur Gestaltung „Wiener Revue"), no name.
QUOTED = re.compile(r"[„“«»‚]")
NOT_PERSON = re.compile(
    r"\b(?:staff|admin|administrator|editor(?:s|ial)?|editorial|redaktion|rédaction|redacción|redazione|"
    r"redactie|редакция|newsroom|news ?desk|desk|team|webmaster|reporter|correspondent|writer|contributor|"
    r"journalist|columnist|photographer|producer|anchor|chief|senior|associate|manager|director|founder|"
    r"president|ceo|cto|professor|analyst|intern|guest|partner|sponsored|content|online|digital|media|"
    r"news|magazine|zeitung|agentur|agency|press|presse|verlag|group|gmbh|inc|llc|ltd|corp|"
    r"korrespondent(?:in)?|redakteur(?:in)?|autor(?:in)?|author|unknown|anonymous|guest ?post|"
    r"share|follow|twitter|facebook|linkedin|instagram|email|e-mail|contact|more|articles|posts|"
    r"read|bio|profile|view|all|latest|updated|published|min|minutes?|comments?|expert|specialist|"
    r"instructor|teacher|coach|consultant|officer|head|lead|strategist|home|lifestyle|wellness|history|"
    r"privacy|blog|site|website|official|support|service|services|sales|marketing|company|"
    r"experts?|editors?|writers?|reviewers?|attorney|lawyer|at|institute|university|foundation|"
    r"association|center|centre|council|department|office|tips|says|sagt|dit|your|name|licensed|"
    r"journalism|certified|recipe|photos?|alle|zeige|beiträge|artikel|gesponsert\w*|inhalte|"
    r"mehr|über|ueber|kommentar\w*|antwort\w*|forum|development|sign (?:in|up)|log ?in|register|submit|"
    r"person|übersetzung|translation|traduction|traducción|(?:rechts)?anwalt|(?:rechts)?anwältin)\b",
    re.I,
)
#: A byline that credits a newsroom's staff as a group ("The Investopedia Team", "News Desk", "TOI Lifestyle Desk",
#: "Podium Staff", "HLNF Staff Report", "Our Editors", "PETA-Team", "Redaktion Gelbe Liste"): taken as written where
#: the page declares or prints it as the byline, never from loose text. "Editorial" alone is a section's label.
COLLECTIVE = re.compile(
    r"^(?:the\s+|our\s+|team\s+)?(?:[^\W\d_][\w.'&-]*\s+){0,3}?(?:[^\W\d_][\w.'&]*-)?(?:editorial\s+)?"
    r"(?:team|staff(?: reports?)?|editors|(?:news ?)?desk|newsroom|redaktion|rédaction|redacción|redazione|редакция)$"
    r"|^(?:the\s+|our\s+)?[^\W\d_][\w.'&-]*\s+editorial$"
    r"|^(?:team|redaktion|rédaction|redacción|redazione|redactie)\s+[^\W\d_][\w.'&-]*(?:\s+[^\W\d_][\w.'&-]*){0,2}$"
    r"|^staff\s+[^\W\d_][\w'-]*$",
    re.I,
)
#: A house credit naming a role, not a person ("SFist Contributor", "Community Editor"): a byline only
#: where the page declares it as its author, since loose text prints roles beside names.
DECLARED_ROLE = re.compile(r"^(?:[^\W\d_][\w.'&-]*\s+){1,2}(?:contributors?|editor)$", re.I)
#: Lower-case words that belong inside names ("Ursula von der Leyen", "Maria de la Cruz", "Ibn al-Haytham").
NAME_PARTICLES = frozenset(
    "von van der den de da das do dos du di del della dei la le les ter ten zu zur bin ibn al el y e i st."
    .split())
#: A web address or a registered-association suffix makes a credit an organisation ("mdr.de", "Verein e. V."),
#: a C1 control character a mis-decoded page ("JaroÅ\x84"), a copyright sign a picture credit ("Bild © ARD").
ORGANISATION = re.compile(r"\w\.(?:com|org|net|de|at|ch|fr|it|es|nl|eu|info|co|io|uk|ru)\b|\be\.\s?v\b|[\x80-\x9f©]",
                          re.I)
#: In text found on the page, a possessive makes a title of a would-be name ("AM Best’s Review").
POSSESSIVE = re.compile(r"\w['’]s\b")
#: Degrees, licences and honours that follow a name after a comma ("Jane Doe, MS, RD", "John Roe, M.D. FACLM",
#: "Jim Poe, Jr."): part of how the person is credited, kept with the name. A vocabulary, not any acronym:
#: "Jane Doe, CNN" credits her outlet, which is no part of her name.
_CREDENTIAL = (r"(?:ph\.?\s?d|m\.?\s?d|d\.?o|psy\.?d|pharm\.?d|ed\.?d|d\.?n\.?p|dds|dmd|dvm|vmd|jd|esq|"
               r"ms|ma|mba|mph|msn|bsn|msc|bsc|ba|bs|mfa|mpa|mhs|med|rn|aprn|np|pa-c|lpn|rd|rdn|ld|ldn|cdn|cdces|cde|"
               r"fand|facp|faclm|facc|facs|faap|facog|dacvb|dacvim|lvt|vts|cvt|cpa|cfp|cfa|chfc|cscs|cpt|ibclc|"
               r"lcsw|lpc|lmft|lmhc|ot|otr|pt|dpt|e-ryt\s?\d*|ryt\s?\d*|jr|sr|ii|iii|iv)\.?")
NAME_SUFFIX = re.compile(rf"^{_CREDENTIAL}(?:\s*,?\s+{_CREDENTIAL})*$", re.I)
#: An acronym that may follow a credential ("FOMA", "DABOM"): upper-case letters only.
HONOUR_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: A name that ends in an initial or an abbreviation keeps its dot ("Joe S.", "Perry Bacon Jr.").
CLOSING_ABBREVIATION = re.compile(r"\s(?:[A-ZÀ-Þ]|Jr|Sr)\.$")
#: "and Jane Doe" left over after a comma split of "A, B, and Jane Doe".
LEADING_AND = re.compile(r"^(?:and|und|et|y|e|и)\s+", re.I)
#: "Recipe by Jane Doe", "Photos and text by …", "This post was written by …": a short lead-in ending in "by".
SHORT_BY = re.compile(r"^(?:[^\W\d_]+\s+){1,4}by\s+(?=\S)", re.I)
DIGIT = re.compile(r"\d")
#: User names: "andrew.keaveney", "q_admin", "KatieS"; kept only where declared as the author.
HANDLE = re.compile(r"^[^\s.]+[._][^\s.]+$|^[a-z]+-[a-z]+$|^\w*[a-z][A-Z]\w*$|_")
PLACEHOLDERS = frozenset({"undefined", "null", "none", "n/a", "unknown", "anonymous", "author", "admin"})
#: A plural lead-in alone on its line ("Authors") is as often a menu label as a byline: it never overrides
#: a declared author.
PLURAL_LABEL = re.compile(r"^(?:authors|contributors|autoren|auteurs|авторы)\s*:?$", re.I)
SPACE = re.compile(r"\s+")
SOFT_HYPHEN = "\u00ad"  # a hyphenation hint inside a word ("Mat\u00adthi\u00adas"), invisible on the page


LEADING_THE = re.compile(r"^the\s+", re.I)
#: What may stand between agencies in a joint credit ("dpa/AFP", "AP and Reuters").
AGENCY_JOINERS = re.compile(r"[\s/,&+.\-–—]|\band\b|\bund\b")
#: Every agency pattern, as one alternation.
AGENCY_ALTERNATION = "|".join(f"(?:{p.pattern})" for p in AGENCIES.values())


def opening_characters(alternation: str) -> str:
    """The characters a match of `alternation` can open with, when each alternative is `\\b` or `^`, then a
    letter or a class of letters (`\\bAFP\\b|\\b[Aa]ssociated` → "Aa"): the agency patterns are all
    written so (`test_the_agency_search_finds_what_its_alternatives_find` checks it)."""
    out = ""
    for alternative in alternation.split("|"):
        rest = alternative.removeprefix("(?:").removeprefix("\\b").removeprefix("^")
        out += rest[1:rest.index("]")] if rest.startswith("[") else rest[0]
    return "".join(sorted(set(out)))


#: All agency patterns in one, to rule most text out with a single search. The lookahead lets the engine
#: pass a place whose character opens no agency's name before trying the sixty alternatives there: the same
#: matches, three times as fast on a byline ("Jane Doe": 6 → 3 µs, a 40-character one 34 → 12).
ANY_AGENCY = re.compile(f"(?=[{re.escape(opening_characters(AGENCY_ALTERNATION))}])(?:{AGENCY_ALTERNATION})")


def agency_in(text: str | None) -> str | None:
    """The canonical name of the wire service `text` credits first, or None."""
    if not text or not ANY_AGENCY.search(text):
        return None
    found = ((match.start(), name) for name, pattern in AGENCIES.items() if (match := pattern.search(text)))
    return min(found)[1]  # the first one written: "dpa/AFP" credits dpa first


def is_agency(name: str) -> bool:
    """True when `name` is a wire service and nothing else ("AFP", "The Associated Press", "dpa/AFP")."""
    if not ANY_AGENCY.search(name):
        return False
    rest = ANY_AGENCY.sub("", LEADING_THE.sub("", name.strip()))
    return not AGENCY_JOINERS.sub("", rest)


def looks_like_name(part: str, typed: bool = False) -> bool:
    """True when `part` reads as a person's name; `typed` names (declared as the author) may be lower case."""
    if not part or len(part) > MAX_NAME_CHARS or DIGIT.search(part) or ":" in part:
        return False
    if ORGANISATION.search(part) or QUOTED.search(part):
        return False
    words = part.split()
    if len(words) > MAX_NAME_WORDS or NOT_PERSON.search(part):
        return False
    letters = [w for w in words if w[:1].isalpha()]
    if not letters or words[-1] in NAME_PARTICLES:
        return False  # "Autorenseite von": a lead-in whose name follows elsewhere ("Amitava Das" is a surname)
    if part.casefold() in PLACEHOLDERS:
        return False
    lower = [w for w in letters if not w[0].isupper() and w.casefold() not in NAME_PARTICLES]
    if typed:
        # Declared names are taken as written, user names included ("aawoods", "kirstin boatto"),
        # but capitalised words beside lower-case ones are a phrase ("Years in the Moving Industry").
        return not lower or len(lower) == len(letters)
    if HANDLE.search(part) or POSSESSIVE.search(part):
        return False
    # Names are capitalised ("Jane Doe", "Maria de la Cruz"); text on the page must not hold a
    # lower-case word other than a particle ("Das Internet behauptet" is a comment, not a name).
    if lower:
        return _is_short_upper_name(words)
    return not part.isupper() or _is_short_upper_name(words)


def is_collective(name: str) -> bool:
    """A staff credit ("The Investopedia Team", "Newsdesk", "Redaktion"), not a person."""
    return len(name) <= MAX_NAME_CHARS and not DIGIT.search(name) and COLLECTIVE.match(name) is not None


def _is_house_credit(name: str) -> bool:
    """A staff or role credit ("Podium Staff", "SFist Contributor") rather than a person."""
    return is_collective(name) or DECLARED_ROLE.match(name) is not None


def _is_short_upper_name(words: list[str]) -> bool:
    """'JANE DOE' as some sites print bylines: two or three upper-case words."""
    return 2 <= len(words) <= 3 and all(w.isalpha() and w.isupper() and len(w) > 1 for w in words)


def _tidy(part: str) -> str:
    part = LEADING_AND.sub("", BY_PREFIX.sub("", part))
    stripped = part.strip(" \t\n\r.,:;|-–—·•*\"'“”‘’→›»«")
    if CLOSING_ABBREVIATION.search(part.rstrip(" \t\n\r,:;|-–—·•*\"'“”‘’→›»«")):
        stripped += "."  # "Joe S.", "Perry Bacon Jr.": the dot is the name's own
    part = _collapse_repeats(stripped)
    if _is_short_upper_name(part.split()):
        part = part.title()
    return part


def _collapse_repeats(text: str) -> str:
    """"Jane Doe Jane Doe" (an element whose name is printed twice, e.g. for mobile) → "Jane Doe"."""
    words = text.split()
    for size in range(1, len(words) // 2 + 1):
        if len(words) % size == 0 and words == words[:size] * (len(words) // size):
            return " ".join(words[:size])
    return text


def split_names(text: str) -> list[str]:
    """The names in one byline string, in order, without lead-ins or roles."""
    text = unicodedata.normalize("NFKC", unmangle(text)).replace(SOFT_HYPHEN, "")
    text = _collapse_repeats(SPACE.sub(" ", NOT_NAME_PARTS.sub(" ", text)).strip())
    text = SHORT_BY.sub("", BY_PREFIX.sub("", text))
    names: list[str] = []
    for raw in NAME_SPLIT.split(text):
        part = _tidy(raw)
        # Once a name carries a known credential, the acronyms after it are more of them ("MD, FOMA, DABOM").
        more = bool(names) and "," in names[-1] and HONOUR_ACRONYM.match(part) is not None
        if part and (NAME_SUFFIX.match(part) or more):
            if names:
                # as written: "Ph.D." keeps its dot
                names[-1] += ", " + " ".join(raw.split()).strip(" ,:;|-–—·•*")
            continue
        if part:
            names.append(part)
    return names


def bare_name(name: str) -> str:
    """The name without the credentials `split_names` keeps after it ("Jane Doe, MS, RD" → "Jane Doe")."""
    return name.partition(",")[0]


def clean_authors(values: Iterable[str], *, exclude: Iterable[str | None] = (), typed: bool = False,
                  collective: bool = False) -> tuple[str, ...]:
    """People's names from raw author strings; an agency-only byline is kept as the agency.

    `exclude` holds names that are not authors on this page (the site or publisher name).
    `typed` says the strings are declared author names (JSON-LD, meta tags), so a name
    written in lower case ("kirstin boatto") is still taken; text found on the page is not.
    `collective` lets a staff byline ("The Investopedia Team") through, for declared or printed bylines.
    """
    blocked = {_key(x) for x in exclude if x}
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        if not value:
            continue
        if is_agency(_tidy(value)):
            candidates = [_tidy(value).removeprefix("The ").removeprefix("the ")]
        else:
            candidates = split_names(value)
        taken = [name for name in candidates if _key(bare_name(name)) not in blocked and (
            is_agency(name) or looks_like_name(bare_name(name), typed)
            or (collective and (is_collective(name) or (typed and _is_house_credit(name)))))]
        if len(taken) < len(candidates) or len(set(candidates)) < len(candidates):
            # Part of the string is no name or repeats ("Center for Drug Evaluation and Research",
            # "Jane Doe, Morgan & Morgan"): a lone word left from it is a fragment, not a person.
            taken = [name for name in taken if _full(name) or is_agency(name)]
        for name in taken:
            key = _key(bare_name(name))
            if key not in seen:
                seen.add(key)
                out.append(name)
    if any(not _is_house_credit(n) for n in out):
        # "Jane Doe and Example Staff", "Jane Doe, Community Editor": the person is the byline
        out = [n for n in out if not _is_house_credit(n)]
    return tuple(out) if len(out) <= MAX_AUTHORS else ()


def is_handle(name: str) -> bool:
    """A user name rather than a byline ("andrew.keaveney", "KatieS", "sarah-indra")."""
    return HANDLE.search(name) is not None


def _full(name: str) -> bool:
    """A name of two words or more ("Jane Doe"), not a lone given name or a fragment."""
    return len(bare_name(name).split()) > 1


def _key(name: str) -> str:
    return SPACE.sub(" ", unicodedata.normalize("NFKC", name).casefold()).strip()
