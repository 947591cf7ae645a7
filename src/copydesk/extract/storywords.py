"""What a block's words are, in any script: inputs of the story model.

- `words`: the share of a block's words that are function words (`lexicon.function_words`): running prose is full
  of them in every language the list holds, menus, link lists, specs and buttons are not; and the share of its
  characters in a script written without spaces between words (Chinese, Japanese, Thai, Burmese…), where a word
  count reads nothing and the share says so (such a block is not "no prose").
- `overlap`: the share of a block's units (words; characters in the scripts written without spaces) found in the
  page's title, and the share of the title's found in the block, function words left out. A product's, a
  service's or a collection's page describes what its title names; the teasers of other stories do not.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, repeat

import numpy as np

from copydesk.extract.pagetext import PageText
from copydesk.lexicon import function_words
from copydesk.textunits import BURMESE, HAN, KANA, SOUTHEAST, has_dense, word_pattern

WORD_FEATURES = ("function_share", "unspaced")
OVERLAP_FEATURES = ("in_title", "of_title")
# A block's opening says what it is: its words are read in its first this many characters (a paragraph's
# function words and a description's naming of its title show there), so a long page costs no more than its
# blocks' openings.
SAMPLE_CHARS = 300
# Between the openings, joined to be read in one pass: not a word character, and in no text (block texts hold
# line breaks: "\n", the page's own separator, would cut half the pages' blocks in two).
BREAK = "\x00"
_DENSE_RANGES = tuple((ord(a), ord(b)) for spec in (HAN, KANA, SOUTHEAST, BURMESE)
                      for a, b in zip(spec[::3], spec[2::3], strict=True))  # each class is "a-bc-d…"


@cache
def _words_and_breaks() -> re.Pattern[str]:
    """A word (`textunits.word_pattern`) or the break between two blocks' openings, found in one pass."""
    return re.compile(f"{word_pattern().pattern}|{BREAK}")


def page_words(text: PageText) -> tuple[list[str], np.ndarray]:
    """The lower-case words of each block's first `SAMPLE_CHARS` characters, in order, and the block each is in:
    one pass over the openings joined, unless a text holds `BREAK` itself or the join's case changed its length
    (then text by text)."""
    texts, lowered, starts = text.texts, text.lowered, text.starts
    n = len(texts)
    if text.aligned:
        samples = [lowered[a:min(a + SAMPLE_CHARS, b - 1)] for a, b in zip(starts, starts[1:])]
        found = _words_and_breaks().findall(BREAK.join(samples))
        breaks = np.fromiter(map(BREAK.__eq__, found), bool, len(found))
        if int(breaks.sum()) == n - 1:
            inside = ~breaks
            return list(compress(found, inside.tolist())), np.cumsum(breaks)[inside]
    pattern = word_pattern()
    words: list[str] = []
    owners: list[int] = []
    for i, one in enumerate(texts):
        got = pattern.findall(one[:SAMPLE_CHARS].lower())
        words += got
        owners += [i] * len(got)
    return words, np.asarray(owners, np.int64)


def word_columns(text: PageText, words: list[str], owner: np.ndarray) -> np.ndarray:
    """One row of `WORD_FEATURES` per block text of `text`; `words` and `owner` are `page_words`'."""
    n = len(text.texts)
    out = np.zeros((n, len(WORD_FEATURES)))
    if not n:
        return out
    counts = np.bincount(owner, minlength=n)
    hits = np.fromiter(map(function_words().__contains__, words), np.float64, len(words))
    out[:, 0] = np.bincount(owner, weights=hits, minlength=n) / np.maximum(counts, 1)
    out[:, 1] = _unspaced_shares(text)
    return out


def _unspaced_shares(text: PageText) -> np.ndarray:
    """Per text, the share of its characters in a script written without spaces (read from the join at once)."""
    n = len(text.texts)
    joined = text.joined
    if not has_dense(joined):
        return np.zeros(n)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), np.uint32)
    dense = np.zeros(len(codes) + 1)  # one more: an empty last text starts at the join's end
    for low, high in _DENSE_RANGES:
        dense[:-1] += (codes >= low) & (codes <= high)
    lengths = np.diff(np.asarray(text.starts, np.int64)) - 1  # each text's start, less its separator
    return np.add.reduceat(dense, text.starts[:-1]) / np.maximum(lengths, 1)


def overlap_columns(title: str | None, words: list[str], owner: np.ndarray, n: int) -> np.ndarray:
    """One row of `OVERLAP_FEATURES` per block: the share of the block's units the title holds, and the share of
    the title's distinct units the block holds (0 without a title); `words`, `owner` are `page_words`'."""
    out = np.zeros((n, len(OVERLAP_FEATURES)))
    named = _title_units(title)
    if not n or not named or not words:
        return out
    units, owner = _units(words, owner)
    skip = function_words()
    index = {u: i for i, u in enumerate(named)}
    at = np.fromiter(map(index.get, units, repeat(-1)), np.int64, len(units))
    content = ~np.fromiter(map(skip.__contains__, units), bool, len(units))
    counts = np.bincount(owner[content], minlength=n)
    found = content & (at >= 0)
    out[:, 0] = np.bincount(owner[found], minlength=n) / np.maximum(counts, 1)
    pairs = np.unique(owner[found] * len(named) + at[found])
    out[:, 1] = np.bincount(pairs // len(named), minlength=n) / len(named)
    return out


def _title_units(title: str | None) -> list[str]:
    """The title's distinct units, function words left out."""
    if not title:
        return []
    words = word_pattern().findall(title.lower())
    units, _ = _units(words, np.zeros(len(words), np.int64))
    skip = function_words()
    return list(dict.fromkeys(u for u in units if u not in skip))


def _units(words: list[str], owner: np.ndarray) -> tuple[list[str], np.ndarray]:
    """`words` with each word holding a character of a script written without spaces cut into its characters
    (a run of such a script is one `\\w+` match, a sentence or more), and the block of each unit."""
    if not any(map(has_dense, words)):
        return words, owner
    units: list[str] = []
    owners: list[int] = []
    for word, block in zip(words, owner.tolist()):
        parts = list(word) if has_dense(word) else [word]
        units += parts
        owners += [block] * len(parts)
    return units, np.asarray(owners, np.int64)

