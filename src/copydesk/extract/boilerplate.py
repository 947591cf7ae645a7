"""Boilerplate by named category: which widget a container or a dropped block is.

Reads the shared vocabulary in `copydesk.lexicon`; the only patterns here are the
combined forms of its tables (one regex search per container instead of eleven)
and the positive tokens that keep a story container from looking like a widget.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from copydesk.extract.metadata.dates import parse_text
from copydesk.extract.phrases import known_category, non_capturing, split_alternatives
from copydesk.lexicon import ATTR_SOURCES
from copydesk.model import Link, Removed, categories, container_categories
from copydesk.urls import absolute_url

# All class/id categories in one alternation; `lastgroup` names the category that matched. The fallback
# for patterns of another shape than `ATTR_HEAD`…`ATTR_TAIL` (none today): compiled on first use.
ATTR_ANY = "|".join(f"(?P<{name}>{source})" for name, source in ATTR_SOURCES.items())
ATTR_HEAD, ATTR_TAIL = "(^|[-_ ])(", ")([-_ ]|$)"  # the token boundaries every lexicon class/id pattern uses
MIN_PREFIX_CHARS = 2  # every class/id pattern alternative starts with at least this many literal letters
LITERAL_HEAD = re.compile(r"[a-z]+")  # the literal letters an alternative of a pattern starts with
QUANTIFIERS = ("?", "*", "+", "{")  # after a letter, these make it optional or repeated
# Tokens of story containers (Readability's "positive" list): "article-footer" is not the page footer.
POSITIVE_ATTR = re.compile(r"(^|[-_ ])(article|articlebody|body|content|entry|main|post|story|text|blog)([-_ ]|$)",
                           re.I)
# Categories a positive token cannot override: their widgets sit inside stories.
CONFIDENT_ATTR = container_categories() - categories("navigation")

MAX_LISTED_PER_CATEGORY = 40  # `removed` lists at most this many items of one category (menus run to hundreds)
MAX_RELATED_LINKS = 30  # more than this is a link farm, not a related-stories box
LINK_HEAVY = 0.5  # share of a block's text inside links above which it reads as navigation
DATE_LINE_CHARS = 80  # "Aktualisiert: 11.04.2020, 10:27 Uhr" and no more: a longer line is prose
DATE_LINE_WORDS = 6  # words a date line carries besides the date ("um", "Uhr", a name, "Kommentare")
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
ASCII_DIGIT = re.compile(r"[0-9]")
SENTENCE_END = re.compile(r"[^\d\s][.!?]$")  # "…begann alles." ends a sentence; "4. Juni" does not
# "5 min read", "21 minutes - 4312 words", "Lesezeit: 3 Minuten", "11 minut czytania"
READING_TIME = re.compile(r"^(\d+\s*(min\.?|minutes?|minuten|minut[ey]?)(\s*(read|reading|lesezeit|lesedauer|"
                          r"de lecture|czytania|lectura|di lettura)|\s*[-–|·]\s*[\d.,]+\s*(words|wörter))?|"
                          r"(lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|czas czytania)"
                          r"\s*:?\s*\d.*)$", re.I)
READING_TIME_CHARS = 40  # the label and a word count, no more


def _at_word_start(sources: dict[str, str]) -> str | None:
    """The class/id patterns as one regex source to `match` at a word start (None if one has another shape)."""
    bodies = []
    for name, source in sources.items():
        if not (source.startswith(ATTR_HEAD) and source.endswith(ATTR_TAIL)):
            return None
        bodies.append(f"(?P<{name}>{source[len(ATTR_HEAD):-len(ATTR_TAIL)]})")
    return f"(?:{'|'.join(bodies)})(?=[-_ ]|$)"


def _literal_heads(sources: Iterable[str]) -> frozenset[str] | None:
    """The letters each alternative of the class/id patterns starts every match with ("comments?" →
    "comment", "read-?next" → "read"; None: an alternative opens with fewer than `MIN_PREFIX_CHARS`)."""
    heads = set()
    for source in sources:
        for alternative in split_alternatives(source.removeprefix(ATTR_HEAD).removesuffix(ATTR_TAIL)):
            head = LITERAL_HEAD.match(alternative)
            letters = head.group() if head else ""
            if alternative[len(letters):len(letters) + 1] in QUANTIFIERS:
                letters = letters[:-1]  # its last letter is optional or repeated
            if len(letters) < MIN_PREFIX_CHARS:
                return None
            heads.add(letters)
    return frozenset(heads)


def _after_separator_any(heads: Iterable[str]) -> str:
    """A regex source matching a `[-_ ]` and any of `heads` after it, branching on their first letter (a
    short trie). Opening with the separator lets the engine skip in C to the few separators of a class
    string (searched with a space in front, so its first word has one too), where a leading look-behind
    for the word start made it try every position."""
    by_first: dict[str, list[str]] = {}
    for head in sorted(heads):
        by_first.setdefault(head[0], []).append(re.escape(head[1:]))
    return "[-_ ](?:" + "|".join(f"{first}(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
                                 for first, rests in by_first.items()) + ")"


# Matching only at the word starts that open with a pattern's letters is ~10x faster than searching the
# whole string: one C scan finds those few starts (after `[-_ ]` or at 0), and the patterns are tried there.
# `ATTR_AT_WORD` serves the few classes that are not ASCII, so it is compiled on first use (`re`'s cache).
ATTR_AT_WORD = _at_word_start(ATTR_SOURCES)
ATTR_HEADS = _literal_heads(ATTR_SOURCES.values())
ATTR_CANDIDATES = re.compile(_after_separator_any(ATTR_HEADS)) if ATTR_HEADS else None


def _ascii_at_word_start(sources: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """`ATTR_AT_WORD` for lower-cased ASCII classes, and the category each marker group names.

    Without `re.I` (which changes nothing on such text: only non-ASCII letters such as "ſ" fold to
    ASCII ones) and with every alternative flat, its groups non-capturing and an empty marker group
    after it, the engine rejects most alternatives at their first letter.
    """
    alternatives, category = [], {}
    for name, source in sources.items():
        if not (source.startswith(ATTR_HEAD) and source.endswith(ATTR_TAIL)):
            return None
        for number, alternative in enumerate(split_alternatives(source[len(ATTR_HEAD):-len(ATTR_TAIL)])):
            marker = f"{name}_{number}"
            category[marker] = name
            alternatives.append(f"{non_capturing(alternative)}(?=[-_ ]|$)(?P<{marker}>)")
    return re.compile("|".join(alternatives)), category


ATTR_ASCII, ATTR_ASCII_CATEGORY = _ascii_at_word_start(ATTR_SOURCES) or (None, {})


def attr_category(classes: str) -> str | None:
    """The boilerplate category of a container from its class and id tokens, or None."""
    if ATTR_AT_WORD is None or ATTR_CANDIDATES is None:
        match = re.search(ATTR_ANY, classes, re.I)
        category = match.lastgroup if match else None
    else:
        category = _first_word_match(" ".join(classes.lower().split()))
    if category is None:
        return None
    if category not in CONFIDENT_ATTR and POSITIVE_ATTR.search(classes):
        return None
    return category


def _first_word_match(classes: str) -> str | None:
    """The category of the first word of collapsed, lower-cased `classes` that starts a pattern match
    (patterns only match from a word's start, words being split at the `[-_ ]` of `ATTR_HEAD`)."""
    flat = classes.isascii() and ATTR_ASCII is not None  # the faster flat alternation serves ASCII classes
    pattern = ATTR_ASCII if flat else re.compile(ATTR_AT_WORD, re.I)  # type: ignore[arg-type, type-var]
    padded = f" {classes}"
    # `finditer`'s candidates, found by `search` from each one's end: most strings hold none, and a failed
    # `search` costs less than making the iterator (1.55 against 1.21 us a class string, median of the pages')
    candidate = ATTR_CANDIDATES.search(padded)  # type: ignore[union-attr]
    while candidate is not None:
        match = pattern.match(classes, candidate.start())  # type: ignore[union-attr]  # start: one past the `[-_ ]`
        if match:
            return ATTR_ASCII_CATEGORY[match.lastgroup] if flat else match.lastgroup  # type: ignore[index]
        candidate = ATTR_CANDIDATES.search(padded, candidate.end())  # type: ignore[union-attr]
    return None


def is_meta_line(text: str) -> bool:
    """A line that only prints metadata: a date (with a time, a name or a comment count) or a reading time."""
    if len(text) <= READING_TIME_CHARS and READING_TIME.match(text):
        return True
    if (len(text) > DATE_LINE_CHARS or not _has_digit(text) or SENTENCE_END.search(text)
            or len(LETTER_WORD.findall(text)) > DATE_LINE_WORDS):  # the cheapest tests first
        return False
    return parse_text(text) is not None


def _has_digit(text: str) -> bool:
    """Any character `str.isdigit` takes: one regex scan for ASCII text, where that means 0-9."""
    return ASCII_DIGIT.search(text) is not None if text.isascii() else any(map(str.isdigit, text))


def dropped_category(text: str, hint: str | None, link_density: float, known: dict[str, str | None]) -> str:
    """Why a block outside the story was dropped: its container, its words, or its links
    (`known`: text categories already read on this page, text → `text_category`)."""
    if hint:
        return hint
    if link_density > LINK_HEAVY:
        return "navigation"
    return known_category(text, known) or "boilerplate"


def list_removed(items: Iterable[tuple[str, str]]) -> tuple[Removed, ...]:
    """`Removed` records in page order, at most `MAX_LISTED_PER_CATEGORY` per category."""
    counts: dict[str, int] = {}
    out = []
    for category, text in items:
        seen = counts.get(category, 0)
        if seen < MAX_LISTED_PER_CATEGORY:
            counts[category] = seen + 1
            out.append(Removed(category=category, text=text))
    return tuple(out)


def related_links(links: Sequence[tuple[str, str]], base: str | None) -> tuple[Link, ...]:
    """The links of `related` blocks as absolute `Link`s, first occurrence of each URL kept."""
    out: list[Link] = []
    seen: set[str] = set()
    for title, href in links:
        url = absolute_url(href, base)
        if url is None or url in seen or len(title) < 2:
            continue
        seen.add(url)
        out.append(Link(title=title, url=url))
        if len(out) >= MAX_RELATED_LINKS:
            break
    return tuple(out)
