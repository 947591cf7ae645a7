"""Widget phrases: the shared vocabulary's text patterns (`lexicon.TEXT_PATTERNS`) compiled for speed.

`text_category` gives the same category as `lexicon.match_text` (a test holds them equal) at
a fraction of the cost, which matters because every short block of a story is checked: the
text is lower-cased once instead of case-folded by each regex, all categories' line-start
alternatives are tried in one `match` at one position, and `\\b`-led alternatives are spread
out so that each opens with a letter, which lets the regex engine skip to where one may start.
Most blocks match nothing, so a word-led search only runs when the text holds one of the words
that every match of it contains (one set operation instead of a scan), and a floating search
only when the text holds a character every match of it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from operator import itemgetter
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser (typeshed has no stub)
from typing import NamedTuple

from copydesk.lexicon import BUTTON_LABELS, TEXT_SOURCES

MAX_PATTERN_CHARS = 300  # text patterns describe short widget lines; longer blocks are prose that quotes them
MAX_SPREAD_DEPTH = 3  # leading groups spread out at most this deep (the lexicon nests two)
# A line-start alternative is spread out only while the copies of its tail stay this short: the pattern is compiled
# at start-up (~1 ms per 1,000 characters), and one more alternative entered costs ~0.03 µs a text.
MAX_SPREAD_CHARS = 150
HEAD_CHARS = 3  # a word a pattern gives only the start of ("пожертвова…") is looked up by its first letters
WORD = re.compile(r"\w+")  # the text's words, as `\b` delimits them
WORD_HEAD = itemgetter(slice(None, HEAD_CHARS))  # a word's first letters
PLAIN_TEXT = re.compile(r"[^\\\[\](){}|?*+.^$]*")  # an alternative's leading run of literal characters
WORD_END = re.compile(r"\\b|\\s(?![?*{])|\$")  # after plain text, these end its last word (`\s*` may not)
QUANTIFIERS = ("?", "*", "+", "{")
BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")  # a pattern that refers back to a group keeps its groups
BUTTON_MAX_CHARS = _parser.parse(BUTTON_LABELS.pattern).getwidth()[1]  # a longer line is never a lone label
# The labels for lower-cased ASCII lines, without `re.I` (3x faster): on ASCII text it only folds ASCII case, as the
# letters that fold to ASCII ones ("ſ", "K", "ı") are not ASCII. None if a label is not written in lower case.
BUTTON_ASCII = (re.compile(BUTTON_LABELS.pattern, BUTTON_LABELS.flags & ~re.IGNORECASE)
                if BUTTON_LABELS.pattern == BUTTON_LABELS.pattern.lower() else None)


# An escape, a `[…]` class (to its first unescaped `]`, or to the end) or a `(`, `)`, `|` (group 1)
SYNTAX = re.compile(r"\\.|\[(?:\\.|[^\\\]])*\]?|([()|])", re.S)


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) for each `(`, `)` and `|` of a regex source outside
    escapes and `[…]` classes: where its alternatives and groups really are. (One C scan over the
    tokens: a Python loop over every character cost ~5 ms of each start-up.)"""
    depth = 0
    for token in SYNTAX.finditer(source):
        char = token.group(1)
        if char is not None:
            yield token.start(), char, depth
            depth += (char == "(") - (char == ")")


def split_alternatives(source: str) -> list[str]:
    """The top-level `|` alternatives of a regex source, each unwrapped from its `(?:…)`."""
    parts, start = [], 0
    for i, char, depth in _structure(source):
        if char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return [p[3:-1] if p.startswith("(?:") and p.endswith(")") else p for p in parts]


class _Part(NamedTuple):
    """One category's line-start, word-led or floating alternatives: one regex on the lower-cased text."""

    category: str
    run: Callable[[str], object]  # `match`, `_found_at_word` or `search`: truthy when the text matches
    keys: dict[str, Callable[[str], object]] | None  # every match holds one of these `_key_tokens`, and each
    # key's own alternatives run alone: a text holding "and" runs "we and our…", not every cookie line (None: `run`)
    source: str | None = None  # a line-start part's alternatives (tried together with the others'), else None
    flags: int = 0
    needs: str | None = None  # a character every match of a floating part holds (None: always run)


class _OnFirstUse:
    """A regex source compiled on its first search: a page runs few of the word-led and floating parts,
    and compiling them all at import cost every start-up ~10 ms."""

    __slots__ = ("source", "flags", "_pattern")

    def __init__(self, source: str, flags: int) -> None:
        self.source, self.flags = source, flags
        self._pattern: re.Pattern[str] | None = None

    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self.source, self.flags)
        return self._pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern().search(text)


def _found_at_word(lazy: _OnFirstUse, text: str) -> bool:
    """`\\b` + pattern: a match whose first character does not follow a word character."""
    pattern = lazy.pattern()
    match = pattern.search(text)
    while match is not None:
        start = match.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            return True
        match = pattern.search(text, start + 1)
    return False


def _text_parts(category: str, source: str) -> list[_Part]:
    """A category's patterns (its regex source) as up to three parts, in the order they are tried."""
    alternatives = split_alternatives(source)
    has_upper = any(map(str.isupper, re.sub(r"\\.", "", source)))  # else lower-casing suffices
    flags = re.UNICODE | re.IGNORECASE if has_upper else re.UNICODE
    keyed = not flags & re.IGNORECASE  # folded case matches more than the lower-case text a key holds
    anchored = [a[1:] for a in alternatives if a.startswith("^")]
    at_word = [led for a in alternatives if _word_led(a) for led in _letter_led(a[2:])]
    floating = [a for a in alternatives if not a.startswith("^") and not _word_led(a)]
    parts = []
    if anchored:  # `match` gives up at the first character already: a key would not be cheaper
        joined = _join_source(anchored)  # tried within `LINE_START`: compiled alone only if ever run alone
        parts.append(_Part(category, partial(_match, joined, flags), None, joined, flags))
    if at_word:
        parts.append(_Part(category, partial(_found_at_word, _join(at_word, flags)),
                           _keyed_runs(at_word, flags) if keyed else None))
    if floating:
        parts.append(_Part(category, _join(floating, flags).search, None, needs=_needed_char(floating, flags)))
    return parts


def _needed_char(alternatives: list[str], flags: int) -> str | None:
    """A character that every match of one alternative (`\\S\\s*©\\s*\\w`: "©") holds, when all alternatives
    hold the same one: a substring test then skips the search where it cannot match (None: no such one)."""
    if flags & re.IGNORECASE:
        return None
    needed = set()
    for alternative in alternatives:
        literals = [chr(value) for op, value in _parser.parse(alternative, flags) if op is _parser.LITERAL]
        if not literals:
            return None
        needed.add(max(literals, key=lambda char: not char.isalnum()))  # a sign is rarer than a letter
    return needed.pop() if len(needed) == 1 else None


def _join(alternatives: list[str], flags: int) -> _OnFirstUse:
    return _OnFirstUse(_join_source(alternatives), flags)


def _join_source(alternatives: list[str]) -> str:
    return "|".join(f"(?:{a})" for a in alternatives)


def _match(source: str, flags: int, text: str) -> re.Match[str] | None:
    return re.match(source, text, flags)


def _keyed_runs(alternatives: list[str], flags: int) -> dict[str, Callable[[str], object]] | None:
    """Each key (a whole word or a word's head) with a search of the word-led alternatives keyed on it (None
    when one has neither). One key's alternatives mostly share a literal prefix, which the regex engine
    finds by a fast scan; all of a part's together open with ~20 letters and are tried at every position."""
    keyed: dict[str, list[str]] = {}
    for alternative in alternatives:
        key = _word_key(alternative)
        if key is None:
            return None
        keyed.setdefault(key, []).append(alternative)
    return {key: partial(_found_at_word, _join(group, flags)) for key, group in keyed.items()}


def _word_key(alternative: str) -> str | None:
    """A word every match of a word-led alternative holds, from its leading plain text: the longest
    whole word, else the head of a word whose end is open ("пожертвова…"), else a shorter whole word."""
    plain = PLAIN_TEXT.match(alternative).group()  # type: ignore[union-attr]  # matches the empty string at least
    rest = alternative[len(plain):]
    last_word_ends = WORD_END.match(rest) is not None
    if rest.startswith(QUANTIFIERS):  # the last character is optional or repeated: its word is open
        plain, last_word_ends = plain[:-1], False
    found = list(WORD.finditer(plain))
    whole = [m.group() for m in found if m.end() < len(plain) or last_word_ends]
    longest = max(whole, key=len, default="")
    if len(longest) >= HEAD_CHARS:
        return longest
    open_heads = [m.group()[:HEAD_CHARS] for m in found if len(m.group()) >= HEAD_CHARS]
    return open_heads[0] if open_heads else longest or None


def _letter_led(alternative: str, depth: int = 0) -> list[str]:
    """Alternatives equal to `alternative` with its leading group spread out ("(a|b)c" → "ac", "bc"),
    so that each opens with a letter and the regex engine can skip to where one of them starts."""
    if depth > MAX_SPREAD_DEPTH or not alternative.startswith("("):
        return [alternative]
    end = _group_end(alternative)
    inner, rest = alternative[1:end], alternative[end + 1:]
    lookaround = inner.startswith("?") and not inner.startswith("?:")
    if end < 0 or lookaround or rest[:1] in ("*", "+", "{") or rest[:2] in ("??", "?+"):
        return [alternative]
    optional = rest[:1] == "?"
    rest = rest[1:] if optional else rest
    spread = [led for branch in split_alternatives(inner.removeprefix("?:"))
              for led in _letter_led(branch + rest, depth + 1)]
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


TEXT_PARTS = tuple(part for category, source in TEXT_SOURCES.items()
                   for part in _text_parts(category, source))


def _line_start(parts: tuple[_Part, ...]) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """Every line-start part's alternatives as one `match`, and the part (by place) of each marker group, by
    its number (`lastindex`: the groups are the markers alone).

    Alternatives are tried in order, so the first that matches belongs to the first line-start part
    that matches; an empty group after each says which. Their own groups are made non-capturing, and
    their leading groups spread out (`_letter_led`: "(a|b)c" is "ac|bc", tried in the same order; up to
    `MAX_SPREAD_CHARS`), so that most open with a literal character; each run of such alternatives is
    grouped by it ("s(?:hare…|eite…)"), which the engine rejects at the text's first character as one
    alternative, where it entered every leading group before (1.35 against 1.8 µs a text). Grouping keeps
    the order that matters: inside a group, the alternatives' own; alternatives of two groups open with
    different characters, so never both match.
    """
    alternatives: list[str] = []
    owner = [-1]  # the part of each group, by number as written (group 0 is the whole match)
    run: dict[str, list[tuple[str, int]]] = {}  # first character → (the rest, its part) of the run's alternatives

    def close_run() -> None:
        for first, rests in run.items():
            alternatives.append(f"{re.escape(first)}(?:{'|'.join(f'{rest}()' for rest, _ in rests)})")
            owner.extend(index for _, index in rests)
        run.clear()

    for index, part in enumerate(parts):
        if part.source is None:
            continue
        for alternative in split_alternatives(part.source):
            spread = _letter_led(alternative)
            if sum(map(len, spread)) - len(alternative) > MAX_SPREAD_CHARS:
                spread = [alternative]
            for body in map(non_capturing, spread):
                if _literal_led(body) and not part.flags & re.IGNORECASE:  # a folded first character may be another
                    run.setdefault(body[0], []).append((body[1:], index))
                    continue
                close_run()
                alternatives.append(f"(?i:{body})()" if part.flags & re.IGNORECASE else f"{body}()")
                owner.append(index)
    close_run()
    pattern = re.compile("|".join(alternatives))
    if pattern.groups != len(owner) - 1:
        raise ValueError("a line-start pattern keeps a group of its own (it refers back to it): groups are markers")
    return pattern, tuple(owner)


def _literal_led(source: str) -> bool:
    """Whether a regex source opens with one literal character, not optional or repeated."""
    return source[:1] not in ("", *"\\[](){}|?*+.^$") and not source[1:2].startswith(QUANTIFIERS)


def non_capturing(source: str) -> str:
    """`source` with its capturing groups made plain `(?:…)` ones (unchanged if it refers back to one)."""
    if BACKREFERENCE.search(source):
        return source
    opening = {i for i, char, _ in _structure(source) if char == "(" and not source.startswith("(?", i)}
    return "".join("(?:" if i in opening else char for i, char in enumerate(source))


LINE_START, LINE_START_PART = _line_start(TEXT_PARTS)
# The other parts with their place, tried in order up to the first line-start part that matches.
OTHER_PARTS = tuple((i, part) for i, part in enumerate(TEXT_PARTS) if part.source is None)
UNKEYED_PARTS = tuple((i, part) for i, part in OTHER_PARTS if part.keys is None)
ALL_KEYS = frozenset(key for part in TEXT_PARTS if part.keys for key in part.keys)
NO_KEYS: frozenset[str] = frozenset()


def _key_starts(keys: frozenset[str]) -> re.Pattern[str]:
    """A regex whose `findall` gives, for each word of a lower-cased text that is a key or whose head is one,
    that word if it is a key, else its head. Keys are `\\w` runs (`_word_key`); a head key (`HEAD_CHARS`
    long) matches any word it opens, a longer one only a whole word. Tried longest first, at most one key of
    each kind fits a word, and the whole word comes first; the caller adds the heads of whole words found.
    Branching on the first letter, the engine rejects most word starts at once."""
    by_first: dict[str, list[str]] = {}
    for key in sorted(keys, key=lambda key: (-len(key), key)):
        end = "" if len(key) == HEAD_CHARS else r"(?!\w)"
        by_first.setdefault(key[0], []).append(re.escape(key[1:]) + end)
    return re.compile(r"\b(?:" + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                                             for first, rests in sorted(by_first.items())) + ")")


KEY_STARTS = _key_starts(ALL_KEYS)


def text_category(text: str) -> str | None:
    """The category of a short block from its words alone (as `lexicon.match_text`), or None."""
    if len(text) > MAX_PATTERN_CHARS:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    lowered = stripped.lower()
    if len(stripped) <= BUTTON_MAX_CHARS and _is_button(stripped, lowered):
        return "button"
    line_start = LINE_START.match(lowered)
    first = LINE_START_PART[line_start.lastindex] if line_start else len(TEXT_PARTS)  # type: ignore[index]
    keys = _key_tokens(lowered)  # mostly none: then no keyed part can match
    for index, (category, run, part_keys, _, _, needs) in OTHER_PARTS if keys else UNKEYED_PARTS:
        if index > first:  # category order: the first match wins
            break
        if part_keys is not None:
            for key in keys:
                found = part_keys.get(key)
                if found is not None and found(lowered):
                    return category
            continue
        if needs is not None and needs not in lowered:
            continue
        if run(lowered):
            return category
    return TEXT_PARTS[first].category if line_start else None


def known_category(text: str, known: dict[str, str | None]) -> str | None:
    """`text_category(text)`, read once a page: `known` holds the page's texts read so far (menus and teasers
    repeat their lines, and scoring, the story model and assembly all ask)."""
    if text not in known:
        known[text] = text_category(text)
    return known[text]


def _is_button(stripped: str, lowered: str) -> bool:
    if BUTTON_ASCII is not None and stripped.isascii():
        return BUTTON_ASCII.match(lowered) is not None
    return BUTTON_LABELS.match(stripped) is not None


def _key_tokens(lowered: str) -> frozenset[str]:
    """The text's tokens that some part is keyed on (mostly none): its words and the first `HEAD_CHARS`
    letters of each longer word (a whole-word key found as a head only runs a search that would not have
    run, never skips one; a shorter word's head is the word itself). One C scan finds the words that are
    keys or open with one (`KEY_STARTS`), so a text without any builds no word list (1.8 against 2.9 µs)."""
    found = KEY_STARTS.findall(lowered)
    return ALL_KEYS.intersection([*found, *map(WORD_HEAD, found)]) if found else NO_KEYS
