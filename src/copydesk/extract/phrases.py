"""Widget phrases: the shared vocabulary's text patterns (`lexicon.TEXT_PATTERNS`) compiled for speed.

`text_category` gives the same category as `lexicon.match_text` (a test holds them equal) at
a fraction of the cost, which matters because every short block of a story is checked: the
text is lower-cased once instead of case-folded by each regex, line-start alternatives are
tried at one position, and `\\b`-led alternatives are spread out so that each opens with a
letter, which lets the regex engine skip to where one may start. Most blocks match nothing,
so a category's `\\b`-led search only runs when the text holds one of the words that every
match of it contains (`_Keys`), a set lookup instead of a scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _parser  # the stdlib's own regex parser, for the widest match of a pattern

from copydesk.lexicon import BUTTON_LABELS, TEXT_PATTERNS

MAX_PATTERN_CHARS = 300  # text patterns describe short widget lines; longer blocks are prose that quotes them
MAX_SPREAD_DEPTH = 3  # leading groups spread out at most this deep (the lexicon nests two)
HEAD_CHARS = 3  # a word a pattern gives only the start of ("пожертвова…") is looked up by its first letters
WORD = re.compile(r"\w+")  # the text's words, as `\b` delimits them
WORD_HEAD = re.compile(r"\b\w{1,%d}" % HEAD_CHARS)  # the first letters of each word
PLAIN_TEXT = re.compile(r"[^\\\[\](){}|?*+.^$]*")  # an alternative's leading run of literal characters
WORD_END = re.compile(r"\\b|\\s(?![?*{])|\$")  # after plain text, these end its last word (`\s*` may not)
QUANTIFIERS = ("?", "*", "+", "{")
BUTTON_MAX_CHARS = _parser.parse(BUTTON_LABELS.pattern).getwidth()[1]  # a longer line is never a lone label


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) for each character of a regex source outside
    escapes and `[…]` classes: where its `|` and parentheses really are."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield i, char, depth
            depth += (char == "(") - (char == ")")
        i += 1


def _alternatives(source: str) -> list[str]:
    """The top-level `|` alternatives of a regex source, each unwrapped from its `(?:…)`."""
    parts, start = [], 0
    for i, char, depth in _structure(source):
        if char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return [p[3:-1] if p.startswith("(?:") and p.endswith(")") else p for p in parts]


@dataclass(frozen=True, slots=True)
class _Keys:
    """Words of which every match of some alternatives holds one: a text without any is not searched."""

    words: frozenset[str]  # whole words
    heads: frozenset[str]  # the first `HEAD_CHARS` letters of a word

    def found_in(self, words: set[str], heads: set[str]) -> bool:
        return not (self.words.isdisjoint(words) and self.heads.isdisjoint(heads))


@dataclass(frozen=True, slots=True)
class _TextMatcher:
    """One category's text patterns, split for speed (see `TEXT_MATCHERS`)."""

    anchored: re.Pattern[str] | None  # line-start alternatives, tried once with `match`
    at_word: re.Pattern[str] | None  # `\b`-led alternatives without their `\b`, checked by `_found_at_word`
    at_word_keys: _Keys | None  # what a text needs for `at_word` to be searched (None: always searched)
    floating: re.Pattern[str] | None  # the rest, searched as written

    def matches(self, lowered: str, words: set[str], heads: set[str]) -> bool:
        """Whether `lowered` matches, given its `WORD`s and their heads."""
        return bool((self.anchored is not None and self.anchored.match(lowered))
                    or (self.at_word is not None and (self.at_word_keys is None or self.at_word_keys.found_in(words, heads))
                        and _found_at_word(self.at_word, lowered))
                    or (self.floating is not None and self.floating.search(lowered)))


def _found_at_word(pattern: re.Pattern[str], text: str) -> bool:
    """`\\b` + pattern: a match whose first character does not follow a word character."""
    match = pattern.search(text)
    while match is not None:
        start = match.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            return True
        match = pattern.search(text, start + 1)
    return False


def _text_matcher(pattern: re.Pattern[str]) -> _TextMatcher:
    alternatives = _alternatives(pattern.pattern)
    flags = re.U if not any(c.isupper() for c in re.sub(r"\\.", "", pattern.pattern)) else re.U | re.I

    def join(parts: list[str]) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{p})" for p in parts), flags) if parts else None

    at_word = [led for a in alternatives if _word_led(a) for led in _letter_led(a[2:])]
    return _TextMatcher(
        anchored=join([a[1:] for a in alternatives if a.startswith("^")]),
        at_word=join(at_word),
        at_word_keys=_keys(at_word) if at_word and not flags & re.I else None,  # folded case matches more than a word
        floating=join([a for a in alternatives if not a.startswith("^") and not _word_led(a)]),
    )


def _keys(alternatives: list[str]) -> _Keys | None:
    """The key of each word-led alternative, or None when one of them has no key."""
    words, heads = set(), set()
    for alternative in alternatives:
        key = _key(alternative)
        if key is None:
            return None
        (words if key[0] else heads).add(key[1])
    return _Keys(frozenset(words), frozenset(heads))


def _key(alternative: str) -> tuple[bool, str] | None:
    """A word every match of a word-led alternative holds, from its leading plain text:
    (True, the longest whole word) or (False, the head of a word whose end is open), or None."""
    plain = PLAIN_TEXT.match(alternative).group()  # type: ignore[union-attr]  # matches the empty string at least
    rest = alternative[len(plain):]
    last_word_ends = WORD_END.match(rest) is not None
    if rest.startswith(QUANTIFIERS):  # the last character is optional or repeated: its word is open
        plain, last_word_ends = plain[:-1], False
    found = list(WORD.finditer(plain))
    whole = [m.group() for m in found if m.end() < len(plain) or last_word_ends]
    longest = max(whole, key=len, default="")
    if len(longest) >= HEAD_CHARS:
        return True, longest
    open_heads = [m.group()[:HEAD_CHARS] for m in found if len(m.group()) >= HEAD_CHARS]
    if open_heads:
        return False, open_heads[0]
    return (True, longest) if longest else None


def _letter_led(alternative: str, depth: int = 0) -> list[str]:
    """Alternatives equal to `alternative` with its leading group spread out ("(a|b)c" → "ac", "bc"),
    so that each opens with a letter and the regex engine can skip to where one of them starts."""
    if depth > MAX_SPREAD_DEPTH or not alternative.startswith("("):
        return [alternative]
    end = _group_end(alternative)
    inner, rest = alternative[1:end], alternative[end + 1:]
    lookaround = inner.startswith("?") and not inner.startswith("?:")
    if end < 0 or lookaround or rest[:1] in ("*", "+", "{"):
        return [alternative]
    optional = rest[:1] == "?"
    rest = rest[1:] if optional else rest
    spread = [led for branch in _alternatives(inner.removeprefix("?:")) for led in _letter_led(branch + rest, depth + 1)]
    return spread + (_letter_led(rest, depth + 1) if optional else [])


def _group_end(source: str) -> int:
    """The index of the `)` closing the group that opens `source`, or -1."""
    for i, char, depth in _structure(source):
        if char == ")" and depth == 1:
            return i
    return -1


def _word_led(alternative: str) -> bool:
    """`\\b` then a letter or a group (whose branches, in the lexicon, all open with letters)."""
    return alternative.startswith("\\b") and (alternative[2:3].isalpha() or alternative[2:3] == "(")


TEXT_MATCHERS = {category: _text_matcher(pattern) for category, pattern in TEXT_PATTERNS.items()}


def text_category(text: str) -> str | None:
    """The category of a short block from its words alone (as `lexicon.match_text`), or None."""
    if len(text) > MAX_PATTERN_CHARS:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    if len(stripped) <= BUTTON_MAX_CHARS and BUTTON_LABELS.match(stripped):
        return "button"
    lowered = stripped.lower()
    words, heads = set(WORD.findall(lowered)), set(WORD_HEAD.findall(lowered))
    for category, matcher in TEXT_MATCHERS.items():
        if matcher.matches(lowered, words, heads):
            return category
    return None
