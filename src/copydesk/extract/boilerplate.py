"""Boilerplate by named category: which widget a container or a dropped block is.

Reads the shared vocabulary in `copydesk.lexicon`; the only patterns here are the
combined forms of its tables (one regex search per container instead of eleven)
and the positive tokens that keep a story container from looking like a widget.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from copydesk.extract.metadata.dates import parse_text
from copydesk.extract.phrases import text_category
from copydesk.lexicon import ATTR_PATTERNS
from copydesk.model import Link, Removed
from copydesk.urls import absolute_url

# All class/id categories in one alternation; `lastgroup` names the category that matched.
ATTR_ANY = re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in ATTR_PATTERNS.items()), re.I)
ATTR_HEAD, ATTR_TAIL = "(^|[-_ ])(", ")([-_ ]|$)"  # the token boundaries every lexicon class/id pattern uses
PREFIX_CHARS = 3  # a word is only tried when its first letters (up to 3) start a pattern alternative
MIN_PREFIX_CHARS = 2  # every class/id pattern alternative starts with at least this many literal letters
LITERAL_HEAD = re.compile(r"[a-z]+")  # the literal letters an alternative of a pattern starts with
# Tokens of story containers (Readability's "positive" list): "article-footer" is not the page footer.
POSITIVE_ATTR = re.compile(r"(^|[-_ ])(article|articlebody|body|content|entry|main|post|story|text|blog)([-_ ]|$)", re.I)
# Categories a positive token cannot override: their widgets sit inside stories.
CONFIDENT_ATTR = frozenset({"related", "appeal", "newsletter", "share", "cookie", "comments", "ads", "caption",
                            "credit", "author_bio"})

MAX_LISTED_PER_CATEGORY = 40  # `removed` lists at most this many items of one category (menus run to hundreds)
MAX_RELATED_LINKS = 30  # more than this is a link farm, not a related-stories box
LINK_HEAVY = 0.5  # share of a block's text inside links above which it reads as navigation
DATE_LINE_CHARS = 80  # "Aktualisiert: 11.04.2020, 10:27 Uhr" and no more: a longer line is prose
DATE_LINE_WORDS = 6  # words a date line carries besides the date ("um", "Uhr", a name, "Kommentare")
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
SENTENCE_END = re.compile(r"[^\d\s][.!?]$")  # "…begann alles." ends a sentence; "4. Juni" does not
# "5 min read", "21 minutes - 4312 words", "Lesezeit: 3 Minuten", "11 minut czytania"
READING_TIME = re.compile(r"^(\d+\s*(min\.?|minutes?|minuten|minut[ey]?)(\s*(read|reading|lesezeit|lesedauer|de lecture|"
                          r"czytania|lectura|di lettura)|\s*[-–|·]\s*[\d.,]+\s*(words|wörter))?|(lesezeit|lesedauer|"
                          r"reading time|temps de lecture|tiempo de lectura|czas czytania)\s*:?\s*\d.*)$", re.I)
READING_TIME_CHARS = 40  # the label and a word count, no more


def _at_word_start(patterns: dict[str, re.Pattern[str]]) -> re.Pattern[str] | None:
    """The class/id patterns as one regex to `match` at a word start (None if one has another shape)."""
    bodies = []
    for name, pattern in patterns.items():
        source = pattern.pattern
        if not (source.startswith(ATTR_HEAD) and source.endswith(ATTR_TAIL)):
            return None
        bodies.append(f"(?P<{name}>{source[len(ATTR_HEAD):-len(ATTR_TAIL)]})")
    return re.compile(f"(?:{'|'.join(bodies)})(?=[-_ ]|$)", re.I)


def _literal_prefixes(patterns: Iterable[re.Pattern[str]]) -> frozenset[str] | None:
    """The letters every match of the class/id patterns starts a word with (None: can't tell)."""
    prefixes = set()
    for pattern in patterns:
        for alternative in pattern.pattern.removeprefix(ATTR_HEAD).removesuffix(ATTR_TAIL).split("|"):
            head = LITERAL_HEAD.match(alternative.lstrip("("))
            if head is None or len(head.group()) < MIN_PREFIX_CHARS:
                return None
            prefixes.add(head.group()[:PREFIX_CHARS])
    return frozenset(prefixes)


# Matching only at word starts whose first letters fit is ~10x faster than searching the whole string.
ATTR_AT_WORD = _at_word_start(ATTR_PATTERNS)
ATTR_PREFIXES = _literal_prefixes(ATTR_PATTERNS.values())


def attr_category(classes: str) -> str | None:
    """The boilerplate category of a container from its class and id tokens, or None."""
    if ATTR_AT_WORD is None or ATTR_PREFIXES is None:
        match = ATTR_ANY.search(classes)
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
    start = 0  # where the word starts: every separator is one character once whitespace is collapsed
    for word in classes.replace("-", " ").replace("_", " ").split(" "):
        if word[:PREFIX_CHARS] in ATTR_PREFIXES or word[:MIN_PREFIX_CHARS] in ATTR_PREFIXES:  # type: ignore[operator]
            match = ATTR_AT_WORD.match(classes, start)  # type: ignore[union-attr]
            if match:
                return match.lastgroup
        start += len(word) + 1
    return None


def is_meta_line(text: str) -> bool:
    """A line that only prints metadata: a date (with a time, a name or a comment count) or a reading time."""
    if len(text) <= READING_TIME_CHARS and READING_TIME.match(text):
        return True
    if len(text) > DATE_LINE_CHARS or SENTENCE_END.search(text) or len(LETTER_WORD.findall(text)) > DATE_LINE_WORDS:
        return False
    return any(map(str.isdigit, text)) and parse_text(text) is not None


def dropped_category(text: str, hint: str | None, link_density: float) -> str:
    """Why a block outside the story was dropped: its container, its words, or its links."""
    if hint:
        return hint
    if link_density > LINK_HEAVY:
        return "navigation"
    return text_category(text) or "boilerplate"


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
