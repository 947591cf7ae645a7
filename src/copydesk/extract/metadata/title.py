"""The headline: the visible h1 when structured data agrees with it, else a
metadata title with the site's name cut off (`Story | Site`, `Site - Story`)."""

from __future__ import annotations

import html
import re
import string
import unicodedata
from collections.abc import Callable, Iterable
from itertools import pairwise

from copydesk.extract.metadata.sources import MAX_KICKER_WORDS, MIN_REST_WORDS

MIN_TITLE_CHARS = 3  # shorter "titles" are icons or single letters
MIN_HEADLINE_WORDS = 2  # a one-word h1 is a section name or logo, unless a declared title uses the word
MAX_HEADLINE_WORDS = 30  # a longer h1 is a paragraph some theme wrapped in h1
MIN_STANDALONE_WORDS = 6  # an h1 this long reads as the headline even when no declared title shares its words
MIN_COMPOUND_PART = 5  # a word this long found inside a longer one is the same word in a compound, not a syllable
MIN_SHARED = 0.3  # share of the h1's words a rephrased metadata title still carries
MIN_PREFIX_CHARS = 24  # a shared prefix this long is the same headline, not a common opening
#: Separators between a headline and the site name in `<title>` and og:title.
SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/~]\s+|\s*[|·•»«]\s*|\s+::\s+")
#: `SEPARATOR` kept by a split: segments and the separators between them in one pass.
KEPT_SEPARATOR = re.compile(f"({SEPARATOR.pattern})")
PIPE = re.compile(r"\s+\|\s+")
#: A separator left opening a title once the domain before it is cut ("- Story"), or printed as decoration.
LEADING_SEPARATOR = re.compile(r"^(?:[|\-–—:·•»«/~]|::)\s+")
#: A separator closing a title with nothing after it ("National Rail Enquiries -").
TRAILING_SEPARATOR = re.compile(r"\s+(?:[|\-–—:·•»«/~]|::)$")
#: A dash between spaces: parts a headline from its subtitle or from a label ("Story - Part 1").
DASH = re.compile(r"\s+[-–—]\s+")
#: A sign ending one piece of an h1 or opening the next: the pieces read as one line ("Kicker:" "Story").
JOINED = re.compile(r"[:|\-–—/·•,;]$|^[:|\-–—/·•,;]")
#: A trailing parenthesis that may name the site or its owner ("The Fold-and-Cut Problem (Erik Demaine)").
TRAILING_PAREN = re.compile(r"\s+\(([^()]{2,60})\)$")
#: A character reference the page escaped twice, so that it shows as markup ("SQL &#x26; AI").
ESCAPED = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,8});", re.I)
MAX_LABEL_WORDS = 3  # "Opinion", "Patient Education", "Top 19 Companies": a label, not the headline's second half
MIN_HEAD_WORDS = 3  # what is left must still read as a headline
#: "Story | Patient Education | UC Davis Children's Hospital": after a short label, the last segment is the
#: site's name even at a few words more than a label.
MAX_TRAIL_WORDS = 5
NON_WORD = re.compile(r"[\W_]+")
#: The ASCII characters `NON_WORD` matches (all but letters and digits), for `bytes.translate` to delete.
ASCII_NON_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())
#: A host name printed before a headline ("example.com Story"); an initial ("N. Korea", "U.S. policy") is none.
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
SOFT_HYPHEN = "\u00ad"  # an invisible break point inside a word, shown as a hyphen only at a line's end
C1_CONTROLS = re.compile(r"[\x80-\x9f]")
#: A character the page could not encode, printed as "?" or U+FFFD inside the text ("Beginner? Guide").
LOST_CHAR = re.compile(r"(?<=\w)[?\ufffd](?=\s?\w)")
WORD = re.compile(r"\w+")
#: Generic words that pad site names ("The Daily Star - News") and never identify a site alone.
HOST_NOISE = re.compile(r"^(www\d?|m|amp|news|blog|en|de|fr|es)$")
MAX_SITE_EXTRA_CHARS = 12  # a segment holding the site's name plus this much more still names the site
SITE_SHARE = 2  # ... and so does one the site's name fills half of
MIN_LABEL_CHARS = 4  # a subdomain this long may name the site ("wiki" → "Piratenwiki"); "eu" never does
#: Second-level labels under a country code ("co.uk", "com.au"): the site's name is the label before.
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "or", "ne"})
#: Title segments that name no story on any site ("Blog Archive » Story", "Story | Home").
GENERIC_SEGMENTS = frozenset({"blogarchive", "blogarchiv", "archive", "archiv", "home", "homepage",
                              "startseite", "blog", "news", "forum", "accueil", "inicio"})


def unmangle(text: str) -> str:
    """UTF-8 that was read as Latin-1 ("Investorâ\x80\x99s") back to what was written ("Investor’s").
    C1 control characters never stand in text, so they mark the misreading; text that does not
    round-trip is left as it is."""
    if not C1_CONTROLS.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def squash(text: str | None) -> str:
    """Lower-case letters and digits only: how two spellings of one title compare."""
    if not text:
        return ""
    if text.isascii():  # NFKC and case-folding change no ASCII but A-Z: bytes do the rest at a third of the cost
        return text.encode("ascii").translate(None, ASCII_NON_ALNUM).decode("ascii").lower()
    return NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def is_site_part(part: str, site_keys: set[str]) -> bool:
    """True when a title segment names the site (one of `site_keys`) or no story at all ("Home")."""
    key = squash(part)
    if not key or key in GENERIC_SEGMENTS:
        return True
    return any(key == s or (len(s) >= 4 and (s in key or key in s) and _site_sized(key, s)) for s in site_keys)


def _site_sized(key: str, site: str) -> bool:
    """True when a segment holding the site's name is no longer than a name with a word or two more ("Site
    Online"), or than twice the name ("EFC Bayrische Bembel Regensburg" of bayrische-bembel.example)."""
    return len(key) <= max(len(site) + MAX_SITE_EXTRA_CHARS, SITE_SHARE * len(site))


def site_keys(site_names: Iterable[str | None], host: str | None) -> set[str]:
    """Squashed spellings under which the site's name may appear in a title."""
    keys = {squash(n) for n in site_names if n}
    if host:
        labels = host.lower().split(".")
        while len(labels) > 2 and HOST_NOISE.match(labels[0]):
            labels.pop(0)  # "www", "m", "amp", "news"
        if len(labels) >= 3 and labels[-2] in SECOND_LEVEL:
            labels.pop(-2)  # "bbc.co.uk" is named "bbc"
        if len(labels) >= 2:
            keys.add(squash(labels[-2]))  # "nytimes" of nytimes.com
            keys.add(squash("".join(labels[:-1])))
            # "wiki" of wiki.example.de
            keys.update(squash(x) for x in labels[:-2] if len(x) >= MIN_LABEL_CHARS)
    return {k for k in keys if len(k) >= 2}


def strip_site(title: str, keys: set[str]) -> str:
    """`title` without a leading or trailing segment that names the site."""
    first, _, rest = title.partition(" ")
    if rest and DOMAIN.fullmatch(first) and keys and is_site_part(first, keys):
        # "example.com Story", "example.com - Story": the domain printed before the headline
        title = LEADING_SEPARATOR.sub("", rest)
    paren = TRAILING_PAREN.search(title)
    if paren and paren.start() and keys and is_site_part(paren[1], keys):
        title = title[:paren.start()]  # "Story (Site)": the site named in brackets after the headline
    pieces = KEPT_SEPARATOR.split(title)
    if len(pieces) < 3 or not keys:
        return title
    parts, seps = pieces[::2], pieces[1::2]
    # Cut from the end first (the usual "Story | Site"), then from the start ("Site: Story").
    while len(parts) > 1 and is_site_part(parts[-1], keys):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and is_site_part(parts[0], keys):
        parts.pop(0)
        seps.pop(0)
    # "Story | example.ch | Your Swiss fishing magazine": the site's name, then its slogan.
    named = next((i for i in range(1, len(parts)) if is_site_part(parts[i], keys)), None)
    if named:
        parts, seps = parts[:named], seps[:named - 1]
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return out.strip()


def choose_title(h1s: list[str], candidates: list[tuple[str, str]], keys: set[str],
                 h1_parts: list[tuple[str, ...]] | None = None,
                 h1_kicked: list[str | None] | None = None,
                 h2s: Callable[[], list[str]] | None = None) -> tuple[str, str] | None:
    """(title, source): an h1 that a metadata title confirms, else the best metadata title.

    `candidates` are (title, source) from JSON-LD, meta tags and `<title>`, best first.
    An h1 is also tried without the site's name and piece by piece (`h1_parts`), so the
    date or comment count some pages print inside the h1 is left out when metadata agrees;
    a kicker printed in the h1's first child element (`h1_kicked`) is left out of a chosen h1.
    When no declared title spells an h1 whole, the h2s are read (`h2s`, called only then): an h2 printing the
    declared title beats an h1 no declared title spells or only opens, the title is spelt as the h2 prints it,
    and an h2 printing only one segment or the opening words of it gives that part. A confirmed h1 loses the soft
    hyphens no declared title writes.
    """
    # A title several sources declare alike (og:title, JSON-LD's headline) is cut once.
    cut = {t: strip_site(t, keys) for t in dict.fromkeys(t for t, _ in candidates)
           if t and len(t.strip()) >= MIN_TITLE_CHARS}
    cleaned = [(cut[t], src) for t, src in candidates if t in cut]
    h1s = [_restored(_unescaped(h1), [t for t, _ in cleaned]) for h1 in h1s]
    parts = [h1_parts[i] if h1_parts and i < len(h1_parts) else () for i in range(len(h1s))]
    kicked = [h1_kicked[i] if h1_kicked and i < len(h1_kicked) else None for i in range(len(h1s))]
    confirmed, exact = _confirmed_h1(h1s, parts, kicked, candidates, cleaned, keys)
    if confirmed:
        confirmed = _hyphenated_as_declared(confirmed, [t for t, _ in candidates])
    if confirmed and exact:
        return confirmed, "h1"
    declared = _declared_title(cleaned)
    printed = _printed_as(declared[0], h2s(), keys) if declared and h2s else None
    if confirmed:  # only the opening or a segment of a declared title: one an h2 prints whole is the headline
        if printed and squash(printed) != squash(confirmed):
            return _without_dash_label(printed), "h2"
        return confirmed, "h1"
    lone = _lone_headline(h1s, keys)
    if lone is not None:
        index, headline = lone
        if len(headline.split()) < MIN_HEADLINE_WORDS:
            if _word_declared(headline, [t for t, _ in cleaned]):
                return headline, "h1"
        elif not cleaned or _stands(headline, parts[index], kicked[index], [t for t, _ in candidates]):
            if printed:  # the page prints the declared title as a heading of its own: the h1 is a teaser's, a tagline
                return _without_dash_label(printed), "h2"
            return (kicked[index] or headline), "h1"
    if declared is None:
        return None
    if not printed and h2s:
        printed = _printed_segment(declared[0], h2s(), keys)
    return _without_dash_label(printed or declared[0]), declared[1]


def _confirmed_h1(h1s: list[str], parts: list[tuple[str, ...]], kicked: list[str | None],
                  candidates: list[tuple[str, str]], cleaned: list[tuple[str, str]],
                  keys: set[str]) -> tuple[str | None, bool]:
    """An h1 (or a variant of it) that a declared title spells, else None; and whether one spells it whole, not
    only in its opening or a segment. An h1 naming the site or no story ("News", the site's name) is never
    confirmed by a title that names the site too."""
    # Each spelling once: the declared titles repeat one another, and each h1's variants are tried twice.
    squashed = {squash(t) for t in {*(t for t, _ in cleaned), *(t for t, _ in candidates)}}
    variants: dict[int, list[tuple[str, str]]] = {}
    # A piece of an h1 that a metadata title spells exactly beats the whole h1 agreeing only in its start
    # ("Story (example.com) 87" printed, "Story" declared).
    for exact in (True, False):
        for index, h1 in enumerate(h1s):
            if index not in variants:
                variants[index] = [(variant, squash(variant)) for variant in _h1_variants(h1, parts[index], keys)]
            for variant, key in variants[index]:
                if (len(key) >= MIN_TITLE_CHARS
                        and (key in squashed if exact else any(_same_title(key, c) for c in squashed))
                        and not is_site_part(variant, keys)):
                    if variant != h1:
                        return variant.strip(), exact
                    return (kicked[index] or _declared_kicker_cut(parts[index], cleaned) or h1).strip(), exact
    # An h1 that is the first segment of a declared title ("Story - The Go Programming Language") is the
    # headline, though the site's name after it is not known as such; the site's own h1 ("The Go Blog")
    # is not. So is an h1 that is the last one, after the sections the title names ("Site: Reden / Story").
    ends: set[str] = set()
    for title, _ in cleaned:
        segments = SEPARATOR.split(title)
        ends.update((squash(segments[0]), squash(segments[-1])))
    for h1 in h1s:
        if len(h1.split()) >= MIN_HEADLINE_WORDS and squash(h1) in ends and not is_site_part(h1, keys):
            return h1.strip(), False
    return None, False


def _hyphenated_as_declared(h1: str, titles: list[str]) -> str:
    """A confirmed h1 without the soft hyphens it prints to break long words ("Er\xadin\xadne\xadrung"), unless a
    declared title writes them too: they are the page's layout, not the title's spelling."""
    if SOFT_HYPHEN not in h1 or any(SOFT_HYPHEN in title for title in titles):
        return h1
    return h1.replace(SOFT_HYPHEN, "")


def _printed_as(title: str, h2s: list[str], keys: set[str]) -> str | None:
    """`title` as an h2 of the page prints it ("Januar – Mai" declared "Januar - Mai"), or as declared where the h2
    adds signs around it ("[> Jens Weber"); None when no h2 spells it, with or without its labels."""
    # The title as declared, and as it is given once the labels after a pipe are cut ("Story | Brand®")
    spellings = {squash(title), squash(without_labels(title))}
    h2 = next((h2 for h2 in h2s if squash(h2) in spellings), None)
    if h2 is None or len(h2.split()) < MIN_HEADLINE_WORDS or is_site_part(h2, keys):
        return None
    return h2 if _goes_on(h2) else title


def _printed_segment(title: str, h2s: list[str], keys: set[str]) -> str | None:
    """The segment of a declared title an h2 prints, as printed ("Story" of "Club e.V. - News » Story"), or its opening
    words ("Story" of "Story (2021/5)"), else None: the page shows which part is its story's; the others name the
    site or its sections under names not known, or label the story (an issue, a subtitle) apart from it."""
    segments = SEPARATOR.split(title)
    keyed = {squash(segment) for segment in segments} if len(segments) > 1 else set()
    words = title.split()
    keyed.update(squash(" ".join(words[:end])) for end in range(MIN_HEAD_WORDS, len(words)))
    return next((h2 for h2 in h2s if len(h2.split()) >= MIN_HEADLINE_WORDS and squash(h2) in keyed
                 and not is_site_part(h2, keys)), None)


def _declared_kicker_cut(parts: tuple[str, ...], cleaned: list[tuple[str, str]]) -> str | None:
    """The headline of an h1 printed as a kicker and a headline run together ("Patch Notes" "Patchnotes 4.47"),
    when a declared title sets the two apart with a separator ("Patch Notes - Patchnotes 4.47"); else None."""
    if len(parts) < 2 or len(parts[0].split()) > MAX_KICKER_WORDS or _signed(parts):
        return None
    rest = " ".join(parts[1:])
    if len(rest.split()) < MIN_REST_WORDS:
        return None
    kicker, story = squash(parts[0]), squash(rest)
    for title, _ in cleaned:
        sep = SEPARATOR.search(title)
        if sep and squash(title[:sep.start()]) == kicker and squash(title[sep.end():]) == story:
            return rest
    return None


def _declared_title(cleaned: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The best metadata title, when no h1 is the headline (a label after its last dash still on)."""
    if not cleaned:
        return None
    # A one-word declared title ("Medienmitteilungen") is a section's name when another one has words.
    best = next((c for c in cleaned if len(c[0].split()) >= MIN_HEADLINE_WORDS), cleaned[0])
    # A headline cut short (JSON-LD's 110 characters) yields to a candidate that goes on from it.
    # What follows must go on with the sentence, not add a "– Site" or ": Section" segment.
    longer = [c for c in cleaned if c[0].startswith(best[0]) and _goes_on(c[0][len(best[0]):])]
    return longer[0] if longer and len(best[0]) >= MIN_PREFIX_CHARS else best


def without_labels(title: str) -> str:
    """`title` without short segments after a pipe ("Story | Opinion", "Story | iPhone"): a pipe parts
    a headline from the section or site labels after it, which `strip_site` did not know by name."""
    parts = PIPE.split(title)
    while len(parts) > 1 and _words(parts[0]) >= MIN_HEAD_WORDS and (
            _words(parts[-1]) <= MAX_LABEL_WORDS
            or (len(parts) > 2 and _words(parts[-1]) <= MAX_TRAIL_WORDS and _words(parts[-2]) <= MAX_LABEL_WORDS)):
        parts.pop()
    return " | ".join(parts)


def without_dangling_signs(title: str) -> str:
    """`title` without a separator opening or closing it with no words on that side ("/ Portfolio",
    "Site -"): what is left of a cut segment, or a decoration the page prints by its h1."""
    return TRAILING_SEPARATOR.sub("", LEADING_SEPARATOR.sub("", title)) or title


def _without_dash_label(title: str) -> str:
    """A declared title no h1 prints, without a short segment after its last dash ("Story - Part 1",
    "Rankings - Infographic"): a label like those `without_labels` cuts after a pipe."""
    dashes = list(DASH.finditer(title))
    if dashes and _words(title[:dashes[0].start()]) >= MIN_HEAD_WORDS \
            and _words(title[dashes[-1].end():]) <= MAX_LABEL_WORDS:
        return title[:dashes[-1].start()]
    return title


def _words(text: str) -> int:
    """Words in `text`, not counting "&" or a dash standing between them ("Python, SQL & AI" has three)."""
    return sum(1 for token in text.split() if WORD.search(token))


def _unescaped(h1: str) -> str:
    """The h1 with character references the page escaped twice ("SQL &#x26; AI") read as the characters."""
    return html.unescape(h1) if "&" in h1 and ESCAPED.search(h1) else h1


def _restored(h1: str, titles: list[str]) -> str:
    """The h1 with the characters its page lost to "?" ("Beginner? Guide") taken back from a declared
    title that is the same text around them ("Beginner's Guide"); else the h1 as printed."""
    if not LOST_CHAR.search(h1):
        return h1
    pattern = re.compile(".{1,3}".join(map(re.escape, LOST_CHAR.split(h1))), re.I)
    return next((title for title in titles if title != h1 and pattern.fullmatch(title)), h1)


def _goes_on(rest: str) -> bool:
    """True when `rest` continues a sentence (a word or a quoted word), not a separator and a segment."""
    head = rest.strip()[:1]
    return bool(head) and (head.isalnum() or head in "\"'“”„«»‘’(")


def _h1_variants(h1: str, parts: tuple[str, ...], keys: set[str]) -> list[str]:
    """The h1 without the site's name, as printed, then its multi-word pieces, then what follows its first
    separator ("Kicker / Story"), then its opening pieces run together ("Story" "and" "More" "Subtitle")."""
    stripped = strip_site(h1, keys)
    variants = [stripped, h1] if stripped != h1 else [h1]
    kicker = SEPARATOR.search(h1)
    rest = [h1[kicker.end():]] if kicker else []
    opening = [" ".join(parts[:end]) for end in range(2, len(parts))]
    return variants + [p for p in (*parts, *rest, *opening) if len(p.split()) >= MIN_HEADLINE_WORDS]


def _same_title(h1: str, title: str) -> bool:
    """Equal, or one is the other cut short (a truncated JSON-LD headline, an h1 without its kicker)."""
    return h1 == title or (len(h1) >= MIN_PREFIX_CHARS and title.startswith(h1)) or (
        len(title) >= MIN_PREFIX_CHARS and h1.startswith(title))


def _lone_headline(h1s: list[str], keys: set[str]) -> tuple[int, str] | None:
    """(index, h1) of the page's first h1 that does not name the site, when it reads like a headline,
    not a paragraph or a line introducing a box."""
    index = next((i for i, h1 in enumerate(h1s) if not is_site_part(h1, keys)), None)
    if index is None:
        return None
    h1 = h1s[index]
    if (len(h1.split()) <= MAX_HEADLINE_WORDS
            and not h1.rstrip().endswith(":")):  # "A message from our founder:" introduces a box
        return index, h1.strip()
    return None


def _stands(headline: str, parts: tuple[str, ...], kicked: str | None, titles: list[str]) -> bool:
    """True when an h1 that no declared title spells is still the headline."""
    if _glued(headline, parts) and not kicked:
        # A logo and a label, or a headline and its subtitle, printed as separate pieces ("O" + "Opinion",
        # "The Best X" + "Top Y like X"): the declared title says which is meant.
        return False
    # A headline-length h1 stands even when the SEO title rephrases it with other words; a short one
    # ("Contact Us", a menu label) must share words with a declared title.
    return len(headline.split()) >= MIN_STANDALONE_WORDS or _shares_words(headline, titles)


def _word_declared(word: str, titles: list[str]) -> bool:
    """True when a one-word h1 ("Design", "Ischgl") is a word of a declared title without the site's name
    ("Professionelles Design für Unternehmen"), among other words of its segment: the page's own name for
    its subject, not a logo, a menu or a section the title lists apart ("Kultur | Literatur | Story")."""
    key = word.casefold().strip(string.punctuation)
    return any(key in words and len(words) > 1
               for title in titles for segment in SEPARATOR.split(title)
               for words in [WORD.findall(segment.casefold())])


def _glued(h1: str, parts: tuple[str, ...]) -> bool:
    """True when the h1's pieces stand side by side as words with no sign between them
    ("O" "Opinion"; "Form your" "New York" "LLC today"), not joined by a colon or a dash."""
    return len(parts) > 1 and " ".join(parts) == h1 and not _signed(parts)


def _signed(parts: tuple[str, ...]) -> bool:
    """True when a sign joins two of an h1's pieces ("Kicker:" "Story"): the h1 prints them as one line."""
    return any(JOINED.search(a) or JOINED.match(b) for a, b in pairwise(parts))


def _shares_words(headline: str, titles: list[str]) -> bool:
    """True when a metadata title shares enough words with the h1 to be about the same story
    (pages often rephrase the SEO title; "Contact Us" or a menu label shares nothing)."""
    words = set(WORD.findall(headline.casefold()))
    for title in titles:
        theirs = set(WORD.findall(title.casefold()))
        if sum(1 for word in words if _word_in(word, theirs)) >= MIN_SHARED * len(words):
            return True
    return False


def _word_in(word: str, words: set[str]) -> bool:
    """True when `word` is one of `words` or, long enough, a part of one: German and Dutch write a compound as
    one word ("Finanzierung Ihres Autos" printed, "Autofinanzierung" declared)."""
    return word in words or (len(word) >= MIN_COMPOUND_PART and any(word in other for other in words))
