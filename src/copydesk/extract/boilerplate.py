"""Boilerplate by named category: which widget a container or a dropped block is.

Reads the shared vocabulary in `copydesk.lexicon`; the only patterns here are the
combined forms of its tables (one regex search per container instead of eleven)
and the positive tokens that keep a story container from looking like a widget.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from copydesk.lexicon import ATTR_PATTERNS, match_text
from copydesk.model import Link, Removed
from copydesk.urls import absolute_url

# All class/id categories in one alternation; `lastgroup` names the category that matched.
ATTR_ANY = re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in ATTR_PATTERNS.items()), re.I)
ATTR_HEAD, ATTR_TAIL = "(^|[-_ ])(", ")([-_ ]|$)"  # the token boundaries every lexicon class/id pattern uses
ATTR_WORD = re.compile(r"[^-_ ]+")  # a word of a class/id string; patterns only match from a word's start
PREFIX_CHARS = 3  # a word is only tried when its first letters (up to 3) start a pattern alternative
MIN_PREFIX_CHARS = 2  # every class/id pattern alternative starts with at least this many literal letters
LITERAL_HEAD = re.compile(r"[a-z]+")  # the literal letters an alternative of a pattern starts with
# Tokens of story containers (Readability's "positive" list): "article-footer" is not the page footer.
POSITIVE_ATTR = re.compile(r"(^|[-_ ])(article|articlebody|body|content|entry|main|post|story|text|blog)([-_ ]|$)", re.I)
# Categories a positive token cannot override: their widgets sit inside stories.
CONFIDENT_ATTR = frozenset({"related", "appeal", "newsletter", "share", "cookie", "comments", "ads", "caption",
                            "credit", "author_bio"})

MAX_PATTERN_CHARS = 200  # text patterns describe short widget lines; longer blocks are prose that quotes them
MAX_LISTED_PER_CATEGORY = 40  # `removed` lists at most this many items of one category (menus run to hundreds)
MAX_RELATED_LINKS = 30  # more than this is a link farm, not a related-stories box
LINK_HEAVY = 0.5  # share of a block's text inside links above which it reads as navigation


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
    for word in ATTR_WORD.finditer(classes):
        letters = word.group()
        if letters[:PREFIX_CHARS] in ATTR_PREFIXES or letters[:MIN_PREFIX_CHARS] in ATTR_PREFIXES:  # type: ignore[operator]
            match = ATTR_AT_WORD.match(classes, word.start())  # type: ignore[union-attr]
            if match:
                return match.lastgroup
    return None


def text_category(text: str) -> str | None:
    """The category of a short block from its words alone (`lexicon.match_text`), or None."""
    return match_text(text) if len(text) <= MAX_PATTERN_CHARS else None


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
