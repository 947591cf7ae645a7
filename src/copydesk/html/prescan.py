"""A linear-time guess of lexbor's parse cost, made before parsing, since the parse itself
cannot be interrupted.

lexbor follows the HTML5 tree builder, whose worst cases are super-linear:

- every start tag and every end tag without a matching open element scans the stack of
  open elements (scope checks), so n unclosed elements of any kind plus n tags cost n²;
- an element's attributes are checked against each other for duplicates (a² each);
- formatting elements (`<b>`, `<font>`…) that a later tag closes implicitly stay "active"
  and are cloned anew wherever text or a start tag follows (Noah's Ark keeps at most three
  alike, but ones that differ by an attribute pile up): nodes grow as n², work as n³.

`parse_work` replays the tag stream against a small model of that tree builder (the stack,
implied closes of same-name siblings, the active formatting elements and their clones)
and adds up those costs in one unit, a step of the stack scan; it stops counting once a
page is over the limit. Most real pages do not need the replay (`needs_replay`): with few
tags, few formatting elements and no tag holding thousands of attributes, nothing can reach
the limit. Measurements: `python -m benchmarks.bench_hostile`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# Tags below which no nesting or stray-end-tag pattern reaches the limit (8,000 nested
# elements parse in ~0.3 s); real pages have a median of 1,500 and a maximum of 20,000.
SAFE_TAG_COUNT = 8_000
# Formatting start tags below which their clones stay cheap (300 unlike `<b><p>` pairs: ~15 ms);
# real pages: median 16, 99th percentile 280.
SAFE_FORMATTING = 300
# Below this many tags even the formatting clones cannot cost much (1,000 unlike `<b><p>` pairs: 0.5 s),
# so the formatting elements are not counted.
FEW_TAGS = 2_000
# Below SAFE_TAG_COUNT tags, tags up to this long hold at most 200 attributes: 8,000 of them cost < 1 s.
LONG_TAG_CHARS = 400
# Attribute work of the long tags above which the page is replayed (about 5,000 attributes in one tag).
SAFE_ATTRIBUTE_WORK = 5_000_000
# Separators in a long tag above which its attributes are counted by the regex, not bounded.
MANY_ATTRIBUTES = 500
# Above this length a tag's attributes are counted one by one (quoted values may hold spaces);
# below it splitting on whitespace bounds them well enough.
SHORT_TAG_CHARS = 200
# An attribute pair costs lexbor about a fifth of a stack step (100,000 attributes: 17 s).
ATTRIBUTE_PAIRS_PER_STEP = 5
# The adoption agency walks the stack and the active list several times per misnested end tag.
ADOPTION_STEPS_PER_LEVEL = 4
CHECK_EVERY = 16_384  # tokens between two looks at the clock (~20 ms of replay)
LT = ord("<")  # the byte that opens every tag: UTF-8 never uses it inside another character
# Noah's Ark: at most this many alike formatting elements stay active.
NOAHS_ARK = 3

# Elements that never hold content, so never stay open.
VOID = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
                  "input", "keygen", "link", "meta", "param", "source", "track", "wbr"})
# Elements whose content is not markup: the tokenizer reads on to their end tag.
RAW_TEXT = frozenset({"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea",
                      "title", "xmp"})
# The HTML5 formatting elements (kept in the list of active formatting elements).
FORMATTING = frozenset({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
                        "tt", "u"})
# Start tags that close an open element of the same name (implied end tags), so they do not nest.
SIBLINGS = frozenset({"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "rtc",
                      "thead", "tbody", "tfoot", "a", "nobr"})

# A tag's attributes run to the first `>` outside quotes, as the tokenizer reads them.
TOKEN = re.compile(r"""<(?:(/?)([A-Za-z][^\s/>]*)((?:[^>"']+|"[^"]*"?|'[^']*'?)*)>?|!--|[!?])""")
# The formatting elements: the one list both the pattern and the bytes' tables (`_formatting_tables`) are built from.
FORMATTING_NAMES = ("b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u")


def _formatting_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The start tags of `names` as a trie on their first letter, behind a look-ahead on those letters: the
    engine tries a case-insensitive branch's alternatives one by one, where one class test rejects most tags
    (40% faster on pages over FEW_TAGS than the names one after another)."""
    rests: dict[str, list[str]] = {}
    for name in names:
        rests.setdefault(name[0], []).append(name[1:])
    branches = "|".join(first + (f"(?:{'|'.join(sorted(tails, key=len, reverse=True))})" if tails != [""] else "")
                        for first, tails in sorted(rests.items()))
    return re.compile(rf"<(?=[{''.join(sorted(rests))}])(?:{branches})[\s/>]", re.I)


FORMATTING_START = _formatting_pattern(FORMATTING_NAMES)
SEPARATORS = (" ", "\t", "\n", "\r", "\f", "/")  # what ends an attribute name
BOUNDARIES = (*SEPARATORS, '"', "'")  # what an attribute follows (right after a quoted value: `a=""b=""`)
# One attribute: a name, then maybe `=` and a value (quoted values may hold spaces and `<`).
ATTRIBUTE = re.compile(r"""[^\s"'>/=][^\s>/=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
NOT_SPACE = re.compile(r"\S")
_RAW_END: dict[str, re.Pattern[str]] = {name: re.compile(rf"</{name}[\s/>]", re.I) for name in RAW_TEXT}


def markup_codes(utf8: bytes | None) -> np.ndarray | None:
    """The page's UTF-8 bytes (None: the page is not held as such) as an array of byte values, no copy: a page
    that came as UTF-8 has its `<` counted and its formatting tags bounded in numpy, in two array passes instead
    of a character loop and a regex attempt at every `<` (~0.16 against ~0.05 ms a median page). UTF-8 writes
    `<` as that byte and never uses the byte inside another character, so the bytes hold the text's `<`."""
    if utf8 is None:
        return None
    import numpy as np  # loaded by extraction anyway; not at import, so other commands start without it

    return np.frombuffer(utf8, np.uint8)


def count_tags(text: str, codes: np.ndarray | None) -> int:
    """`text.count("<")`, counted in the page's bytes when `markup_codes` gave them."""
    if codes is None:
        return text.count("<")
    import numpy as np

    return int(np.count_nonzero(codes == LT))


def needs_replay(text: str, tags: int, codes: np.ndarray | None = None) -> bool:
    """True when `text` (with `tags` times `<`) has enough tags, formatting elements or
    attributes in long tags that only the replay can tell what they cost. `codes` are the same
    page's bytes (`markup_codes`), when it has them."""
    if tags > SAFE_TAG_COUNT:
        return True
    if tags > FEW_TAGS and _formatting_over(text, codes):
        return True
    return long_tag_work(text, SAFE_ATTRIBUTE_WORK) > SAFE_ATTRIBUTE_WORK


def _formatting_over(text: str, codes: np.ndarray | None) -> bool:
    """More than SAFE_FORMATTING formatting start tags: counted by `FORMATTING_START` unless the bytes'
    bound (`formatting_bound`) already settles it below, as on nearly every page (the median has 16)."""
    if codes is not None and formatting_bound(codes) <= SAFE_FORMATTING:
        return False
    return len(FORMATTING_START.findall(text)) > SAFE_FORMATTING


def formatting_bound(codes: np.ndarray) -> int:
    """At least the number of `FORMATTING_START` matches in the text of the UTF-8 bytes `codes`: the `<`
    followed by a byte that may open a formatting element's name and one that may come second in it
    (`_formatting_tables`). A byte of a character beyond ASCII may be either ("ſ" is an "s" to `re.I`,
    "ı" an "i", and `\\s` holds the non-ASCII spaces), so it always may."""
    import numpy as np

    first, second = _formatting_tables()
    at = (codes == LT).nonzero()[0]
    return int(np.count_nonzero(second[first[codes.take(at + 1, mode="clip")], codes.take(at + 2, mode="clip")]))


_NAME_END = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f />"  # `[\s/>]` in ASCII: `\s` holds \x1c-\x1f in a str pattern


@cache
def _formatting_tables() -> tuple[np.ndarray, np.ndarray]:
    """(row of each byte after `<`: 0 none, one per first letter, the last for any non-ASCII byte;
    per row, the second bytes allowed): built on first use."""
    import numpy as np

    # What may follow `<` and a formatting element's first letter: the second letter of its longer names ("b" →
    # "big"), or the end of the name where the letter alone is one ("b", "s").
    follows: dict[str, str] = {}
    for name in FORMATTING_NAMES:
        follows[name[0]] = follows.get(name[0], "") + (name[1] if len(name) > 1 else _NAME_END)
    first = np.zeros(256, np.intp)
    second = np.zeros((len(follows) + 2, 256), bool)
    second[-1] = True  # a non-ASCII first character may fold to any letter
    for row, (letter, allowed) in enumerate(follows.items(), start=1):
        first[[ord(letter), ord(letter.upper())]] = row
        second[row, [ord(c) for c in allowed + allowed.upper()]] = True
        second[row, 0x80:] = True
    first[0x80:] = len(second) - 1
    return first, second


def long_tag_work(text: str, limit: int) -> int:
    """The attribute cost of the tags longer than LONG_TAG_CHARS (shorter ones cannot add up to
    much below SAFE_TAG_COUNT tags), or a bound of it: over `limit` exactly when the cost is.
    Each piece before a `>` ends with the tag it closes; text in scripts can look like a long
    tag too, which the replay then reads properly.

    A tag's length bounds its attributes (`_most_work`), so its cost is only counted (longest tag first) while
    the bounds of the tags left could still pass `limit`: most pages have a few long tags, from
    scripts, whose counting cost a tenth of the extraction time of the page's parse. Its separators and
    quotes bound its attributes too; those are counted by the regex only where that bound is not enough.
    """
    long_tags = []
    for piece in _long_pieces(text):
        start = piece.rfind("<")
        if start < 0 and ('"' in piece or "'" in piece):
            start = 0  # no `<` but a quote: maybe the rest of a tag whose quoted value held a `>`
        if start >= 0 and len(piece) - start > LONG_TAG_CHARS:
            long_tags.append((len(piece) - start, piece, start))
    bound = sum(_most_work(size) for size, _, _ in long_tags)
    work = 0
    counted: list[tuple[int, int, str, int]] = []  # (attributes at most, boundaries, piece, start)
    for size, piece, start in sorted(long_tags, key=itemgetter(0), reverse=True):
        if work + bound <= limit:
            return work + bound
        bound -= _most_work(size)
        boundaries = sum(piece.count(mark, start) for mark in BOUNDARIES)  # counted in C
        most = min(boundaries + 1, _most_attributes(size))  # the tag's name, then one after each boundary at most
        work += _pairs(most)
        counted.append((most, boundaries, piece, start))
    # Over the limit by those bounds: quoted values may hold separators, so where a tag has many, its
    # attributes are counted (a regex over the tag: done only while the bounds still pass the limit).
    for most, boundaries, piece, start in counted:
        if work <= limit:
            break
        if boundaries > MANY_ATTRIBUTES:
            work += _pairs(len(ATTRIBUTE.findall(piece, start + 1))) - _pairs(most)
    return work


def _most_attributes(size: int) -> int:
    """The most attributes (the name included) `ATTRIBUTE` finds in a tag of `size` characters: each takes a
    character and the one after it (a quoted value, longer, may be followed by the next one at once)."""
    return (size + 2) // 2


def _pairs(attributes: int) -> int:
    return attributes * attributes // ATTRIBUTE_PAIRS_PER_STEP


def _most_work(size: int) -> int:
    """The most attribute work `long_tag_work` counts for a tag of `size` characters."""
    return _pairs(_most_attributes(size))


def _long_pieces(text: str) -> list[str]:
    """The pieces of `text.split(">")` longer than LONG_TAG_CHARS, in order, without splitting: a page
    has thousands of short pieces, and one `rfind` over the next LONG_TAG_CHARS + 1 characters skips
    all of them up to its last `>` (a third of the time of the split on a median page)."""
    pieces = []
    end = -1  # the `>` that ends the last piece looked at (-1: none yet)
    while True:
        last = text.rfind(">", end + 1, end + LONG_TAG_CHARS + 2)
        if last >= 0:  # every piece up to `last` is within the window, so short
            end = last
            continue
        following = text.find(">", end + 1)
        stop = following if following >= 0 else len(text)
        if stop - end - 1 > LONG_TAG_CHARS:
            pieces.append(text[end + 1:stop])
        if following < 0:
            return pieces
        end = following


def parse_work(text: str, limit: int, max_elements: int, check: Callable[[], None] = lambda: None,
               ) -> tuple[int, int, int]:
    """(work, deepest stack, elements) the tree builder would spend on `text`, counted until
    `work` passes `limit` or `elements` passes `max_elements`. Every number is an estimate
    meant to bound, not to match. `check` is called every CHECK_EVERY tokens (the time budget)."""
    stack: list[str] = []  # names; a formatting element is "name attributes" (its Noah's Ark key)
    open_count: Counter[str] = Counter()
    closed: list[str] = []  # active formatting elements closed implicitly: cloned at the next reconstruct
    closed_count: Counter[str] = Counter()
    alike: Counter[str] = Counter()  # formatting start tags per Noah's Ark key, counted up to NOAHS_ARK
    work = deepest = elements = active = 0  # active: formatting elements in the list, open or not
    pos, end, tokens = 0, len(text), 0
    while work <= limit and elements <= max_elements and (match := TOKEN.search(text, pos)) is not None:
        tokens += 1
        if tokens % CHECK_EVERY == 0:
            check()
        if closed and NOT_SPACE.search(text, pos, match.start()):  # text: reconstruct the formatting elements
            work, elements = work + _clone_work(stack, closed), elements + len(closed)
            _reopen(stack, open_count, closed, closed_count)
        pos = match.end()
        name = match.group(2)
        if name is None:  # a comment, doctype or processing instruction
            close = text.find("-->", pos) if match.group() == "<!--" else text.find(">", pos)
            pos = end if close < 0 else close + 1
            continue
        name = name.lower()
        work += len(stack)  # scope checks walk the stack of open elements
        if match.group(1):
            if name in FORMATTING and open_count[name] and not stack[-1].startswith(name + " "):
                work += len(stack) * ADOPTION_STEPS_PER_LEVEL
            if name in FORMATTING and active:
                active -= 1
            _end_tag(name, stack, open_count, closed, closed_count)
            continue
        attributes = match.group(3)
        count = 0
        if len(attributes) > SHORT_TAG_CHARS:
            count = len(ATTRIBUTE.findall(attributes))
        elif len(attributes) > 2:  # a short tag: splitting bounds its attributes well enough
            count = len(attributes.split())
        work += count * count // ATTRIBUTE_PAIRS_PER_STEP
        if name in FORMATTING:  # Noah's Ark compares it, attributes and all, with every active element
            work += active * (1 + count)
            key = f"{name} {attributes.strip()}"
            if alike[key] < NOAHS_ARK:
                alike[key] += 1
                active += 1
        if closed:
            work, elements = work + _clone_work(stack, closed), elements + len(closed)
            _reopen(stack, open_count, closed, closed_count)
        if name in SIBLINGS and open_count[name]:
            active -= name in FORMATTING and active > 0  # a new <a> or <nobr> ends the open one
            _pop_to(name, stack, open_count, closed, closed_count)
        if name in VOID:
            continue
        elements += 1
        if name in RAW_TEXT:
            raw_end = _RAW_END[name].search(text, pos)
            pos = end if raw_end is None else raw_end.start()
            continue
        stack.append(f"{name} {attributes.strip()}" if name in FORMATTING else name)
        open_count[name] += 1
        deepest = max(deepest, len(stack))
    return work, deepest, elements


def _clone_work(stack: list[str], closed: list[str]) -> int:
    """Reconstructing looks for each active element in the stack, then clones it onto the stack."""
    return len(closed) * (len(stack) + len(closed))


def _end_tag(name: str, stack: list[str], open_count: Counter[str], closed: list[str],
             closed_count: Counter[str]) -> None:
    if open_count[name] and name in FORMATTING and not stack[-1].startswith(name + " "):
        return  # misnested: the adoption agency moves the element and keeps the blocks opened inside it open
    if open_count[name]:
        _pop_to(name, stack, open_count, closed, closed_count)
    elif name in FORMATTING and closed:  # an end tag for an active element no longer open drops it
        for i in range(len(closed) - 1, -1, -1):
            if closed[i].partition(" ")[0] == name:
                closed_count[closed.pop(i)] -= 1
                break


def _pop_to(name: str, stack: list[str], open_count: Counter[str], closed: list[str],
            closed_count: Counter[str]) -> None:
    """Pop up to and including the innermost open `name`; formatting elements popped on the way stay active."""
    while stack:
        top = stack.pop()
        top_name = top.partition(" ")[0]
        open_count[top_name] -= 1
        if top_name == name:
            return
        if top_name in FORMATTING and closed_count[top] < NOAHS_ARK:
            closed.append(top)
            closed_count[top] += 1


def _reopen(stack: list[str], open_count: Counter[str], closed: list[str], closed_count: Counter[str]) -> None:
    """Reconstruct the active formatting elements: each closed one is cloned onto the stack."""
    for key in closed:
        open_count[key.partition(" ")[0]] += 1
    stack.extend(closed)
    closed.clear()
    closed_count.clear()
