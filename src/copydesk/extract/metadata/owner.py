"""The person a personal site is named after: the author of its posts when no byline names one.

"Erin Spain" on erinspain.com, "Go ahead, self-host Postgres | Pierce Freeman": one person writes
the site under their own name, and the site's name is the byline. A business named like a person
("Morgan Stanley", "Cleveland Clinic") must not pass, so the name must read as a given name and a
surname, hold no business word, and the page must speak in the first person singular.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copydesk.extract.metadata import dates
from copydesk.extract.metadata.authors import looks_like_name
from copydesk.extract.metadata.given_names import given_names
from copydesk.extract.metadata.title import SEPARATOR, is_site_part

MIN_GIVEN = 3  # a given name a host opens with: "ann", "eva"; shorter ones open too many words
MIN_SURNAME = 3  # the rest of the host, a surname: "lee", "orr"
NON_LETTER = re.compile(r"[\W\d_]+")
MIN_NAME_WORDS = 2  # a given name and a surname; "Brett" alone may be a brand
MAX_NAME_WORDS = 3  # "Mary Ellen Smith"; longer site names are slogans or businesses
#: A name-shaped word: capitalised letters, maybe inner capitals, hyphens, apostrophes ("McCravy", "O'Neil").
NAME_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:[-'’]?[A-ZÀ-Þ]?[a-zà-ÿ]+)*$")
#: Nouns that make a name-shaped site name a business, a place or a project ("Grace Church", "Royal Road").
BUSINESS = re.compile(
    r"\b(?:clinic|hospital|health|care|dental|medical|church|school|college|academy|store|shop|studio|studios|"
    r"design|designs|law|legal|realty|homes|farm|farms|kitchen|bakery|cafe|restaurant|hotel|travel|tours|"
    r"financial|capital|bank|insurance|motors|auto|solutions|systems|labs?|works|brothers|bros|sons|co|"
    r"company|partners|associates|consulting|creative|productions|photography|fitness|yoga|beauty|salon|"
    r"garden|gardens|park|city|county|state|project|foundation|fund|club|community|energy|power|electric|"
    r"network|supply|center|centre|services|ministries|team|band|records|music|films|press|books|"
    r"road|street|avenue|lane|house|hall|place|square|bridge|island|valley|river|lake|mountain|ranch|inn|"
    r"construction|builders|roofing|plumbing|electric|cleaning|landscaping|remodeling|canada|america)\b",
    re.I,
)
#: First person singular and plural, to tell one writer from a company's "we".
SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|My|me)\b")
PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Ww]e're|[Ww]e’re)\b")
MIN_SINGULAR = 5  # a few "I"s are quotes or a testimonial; a personal post uses many
MAX_TEXT = 60_000  # enough page text to read the voice; longer pages are counted on their start
#: "2025-12-17 · Trond Teigen", "25.10.2022 - Reiner Nagel": a date and a name on one line.
PIECES = re.compile(r"\s*[·•|]\s*|\s+[-–—]\s+")
SEPARATED = re.compile(r"[·•|]|\s[-–—]\s")
WORD_CHAR = re.compile(r"\w")
MAX_DATED_LINE = 80  # a name and a date fit; a sentence does not
MAX_FOOTER = 2_000  # the copyright line closes the page text
FIRST_LINE = re.compile(r"\s*([^\n]+)")  # the first line holding text: a personal site's masthead
#: The footer's copyright holder: "© 2025 Toby Hede", "Copyright 2019–2025 Jane Doe".
COPYRIGHT_MARKS = ("©", "Copyright", "copyright", "(c)")
COPYRIGHT = re.compile(r"(?:©|\(c\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                       r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})")


def site_owner(site_names: Iterable[str | None], title_tag: str | None, keys: set[str],
               text: str) -> str | None:
    """The site's name when it is a person's and the page is written by one person, else None.

    `site_names` are what the page calls its site (og:site_name, JSON-LD); the `<title>`'s first or
    last segment counts too when it names the site (`keys`, from `title.site_keys`), and so does the
    footer's copyright holder, named like the site or printed atop the page as its name. Each candidate
    must open with a known given name before anything costlier is checked: most sites are no person's.
    """
    candidates = [name for name in site_names if name]
    if title_tag:
        parts = SEPARATOR.split(title_tag)
        candidates += [p for p in (parts[-1], parts[0]) if len(parts) > 1 and _opens_with_given_name(p)
                       and is_site_part(p, keys)]
    holder = _copyright_holder(text[-MAX_FOOTER:])
    if holder and _opens_with_given_name(holder) and (is_site_part(holder, keys) or holder == _masthead(text)):
        candidates.append(holder)  # "© 2025 Toby Hede" on tobyhede.com, or atop the page as its name
    owner = next((" ".join(n.split()) for n in candidates if is_personal_name(" ".join(n.split()))), None)
    return owner if owner and _speaks_alone(text[:MAX_TEXT]) else None


def host_owner(host: str | None, text: str) -> str | None:
    """The person a site's host spells, given name and surname run together ("gregoryszorc.com",
    "alexander-klier.net", "alexanderlasch.wordpress.com"), when the page prints that name: a personal
    site's writer. The surname must be no word the page uses in lower case ("Noble Desktop" on a page
    about desktops is a brand), and the name must read as a person's (`is_personal_name`)."""
    for label in (host or "").split(".")[:-1]:
        key = label.replace("-", "").replace("_", "")
        if not key.isalpha():
            continue
        # Every given name the host opens with, longest first ("alexander" before "ale"): cheap set look-ups,
        # so that most hosts, which open with none, build no pattern.
        for n in range(len(key) - MIN_SURNAME, MIN_GIVEN - 1, -1):
            if key[:n] in given_names() and (name := _printed_host_name(key, key[:n], text)):
                return name
    return None


def _printed_host_name(key: str, given: str, text: str) -> str | None:
    """The name the page prints that opens with `given` and spells the host's `key`, if it reads as a person's."""
    # Most pages never print the given name before a blank: no pattern is searched for then.
    found = [i for i in (text.find(given.capitalize() + " "), text.find(given.capitalize() + "\t")) if i >= 0]
    if not found:
        return None
    first = min(found)
    for match in re.compile(rf"\b({given.capitalize()}(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){{1,2}})").finditer(text, first):
        words = match[1].split()
        name = next((" ".join(words[:size]) for size in (2, 3)
                     if len(words) >= size and NON_LETTER.sub("", "".join(words[:size])).lower() == key), None)
        if name and is_personal_name(name) and not any(_used_as_word(w.lower(), text) for w in name.split()[1:]):
            return name
    return None


def _used_as_word(word: str, text: str) -> bool:
    """True when `word` stands in `text` as a word of its own, as written (a common noun, not a surname)."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def _masthead(text: str) -> str:
    """The page's first line of text, where a personal site prints its name ("Cassidy Williams")."""
    first = FIRST_LINE.match(text)
    return " ".join(first[1].split()) if first else ""


def _copyright_holder(footer: str) -> str | None:
    """The name after the footer's first copyright sign, found with `str.find` (cheaper than a search)."""
    for mark in COPYRIGHT_MARKS:
        index = footer.find(mark)
        if index >= 0:
            match = COPYRIGHT.match(footer, index)
            return match["name"] if match else None
    return None


def _opens_with_given_name(text: str) -> bool:
    first = text.split(maxsplit=1)[:1]
    return bool(first) and first[0].casefold() in given_names()


def name_beside_date(lines: list[str]) -> str | None:
    """A person's name printed by the headline right beside the date, with no "By" ("Luke Kim" /
    "December 17, 2025", "2025-12-17 · Trond Teigen"): the name must start with a known given name."""
    lines = [line for line in lines if WORD_CHAR.search(line)]  # no lone "·" between them
    for index, line in enumerate(lines):
        if len(line) > MAX_DATED_LINE or not line[:1].isupper() and not line[:1].isdigit():
            continue  # a name, or a date before it, opens the line
        pieces = [p.strip() for p in PIECES.split(line) if p.strip()] if SEPARATED.search(line) else [line]
        name = next((p for p in pieces if is_personal_name(p)), None)  # cheap: most lines fail here
        if name and any(dates.parse_text(x) for x in (*pieces, *lines[max(0, index - 1):index + 2])):
            return name
    return None


def is_personal_name(name: str) -> bool:
    """"Erin Spain": a known given name, then a surname, all capitalised, nothing a business is called.
    (A host named after its owner proves nothing: brands are named after their hosts too.)"""
    words = name.split()
    return (MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and words[0].casefold() in given_names()
            and all(NAME_WORD.match(w) for w in words) and not BUSINESS.search(name)
            and looks_like_name(name))


def _speaks_alone(text: str) -> bool:
    """True when the page says "I" and "my" more than "we" and "our": one person writes it."""
    singular = len(SINGULAR.findall(text))
    return singular >= MIN_SINGULAR and singular > len(PLURAL.findall(text))
