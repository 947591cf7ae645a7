"""How much text a string holds, measured the same way in every script.

Thresholds that read "a sentence", "a paragraph" or "a short story" were set on
space-separated scripts, in characters (`len`) or in words (`split`). Chinese and
Japanese pack a word into one or two characters, and Thai, Lao, Khmer and Burmese
write words without spaces, so the same story measures a third as long in
characters, or a handful of "words", and falls under every threshold.

`text_size` is the length in Latin-character equivalents (exactly `len` for a
text with no dense-script characters, so spaced scripts measure as before);
`text_units` counts word equivalents: words where words are spaced, and
dense-script characters scaled by the characters a word takes there.
`has_sentence_end` / `has_sentence_mark` know every script's sentence marks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Average characters per word, spaces included, of the spaced-script stories in ../shared/data
# (newspaper4k's English, Spanish and Latvian references: 6.1-6.4).
LATIN_WORD_CHARS = 6.0
# Characters a word takes in each dense script (segmented-corpus averages: Chinese words run
# 1.5-1.7 characters, Japanese ~2 with kana, Thai / Lao / Khmer ~5 code points with their vowel
# and tone marks, Burmese ~7 with its stacked and combining signs).
HAN_WORD_CHARS = 1.7
KANA_WORD_CHARS = 2.0
SOUTHEAST_WORD_CHARS = 5.0
BURMESE_WORD_CHARS = 7.0

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
SOUTHEAST = "\u0e00-\u0eff\u1780-\u17ff"  # Thai, Lao, Khmer
BURMESE = "\u1000-\u109f\uaa60-\uaa7f"
# Any one dense-script character: one class test per character, run on every text that is not ASCII
# (a `max(text)` test first cost twice the search: it builds a string per character).
_DENSE_CHAR = re.compile(f"[{HAN}{KANA}{SOUTHEAST}{BURMESE}]")
# A run of one dense script, the group naming which: compiled on first use, as only texts holding such a
# run read it (a class over the Han ranges takes milliseconds to compile, which every start-up would pay).
_DENSE_SOURCE = f"([{HAN}]+)|([{KANA}]+)|([{SOUTHEAST}]+)|([{BURMESE}]+)"
_WORD_CHARS = (HAN_WORD_CHARS, KANA_WORD_CHARS, SOUTHEAST_WORD_CHARS, BURMESE_WORD_CHARS)  # by group

#: Marks that end a sentence, in every script copydesk reads (Latin, CJK full-width, Arabic, Urdu,
#: Devanagari danda, Burmese, Ethiopic, Armenian, Khmer); "…" is left out, as teasers end on it too.
FULL_STOPS = frozenset(".!?。！？؟۔।॥။።։។៕")
#: …and the marks that split one: a text holding any of these is punctuated.
SENTENCE_MARKS = FULL_STOPS | frozenset(",;:，、；：،؛၊፣")
# The same sets as one character class each: a search runs in C where `isdisjoint` makes a string of
# every character it reads (0.6 against 1.0 µs a block).
_FULL_STOP = re.compile(f"[{re.escape(''.join(sorted(FULL_STOPS)))}]")
_SENTENCE_MARK = re.compile(f"[{re.escape(''.join(sorted(SENTENCE_MARKS)))}]")
# Thai and Lao end a sentence with a space, not a mark: a space between two runs of the script.
SPACED_SENTENCES = re.compile(f"[{SOUTHEAST}] +[{SOUTHEAST}]")

# Blocks whose scripts write vowels and tones as combining marks, which `\w` does not match: "ผู้สื่อข่าว" would
# be 4 words and "နိုင်ငံ" 3. Combining diacritics, Hebrew, Arabic, the Indic scripts, Thai, Lao, Tibetan, Burmese,
# Khmer, and the combining blocks of Latin and kana.
_MARK_BLOCKS = ((0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05C7), (0x0610, 0x06ED), (0x0900, 0x0FFF),
                (0x1000, 0x109F), (0x1780, 0x17FF), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                (0x302A, 0x302F), (0x3099, 0x309A), (0xFE20, 0xFE2F))


def _has_dense(text: str) -> bool:
    return not text.isascii() and _DENSE_CHAR.search(text) is not None


def _dense_runs(text: str) -> list[tuple[int, float]]:
    """(characters, characters per word) of each dense-script run."""
    runs = []
    for match in _dense().finditer(text):
        runs.append((match.end() - match.start(), _WORD_CHARS[match.lastindex - 1]))  # type: ignore[operator]
    return runs


@cache
def _dense() -> re.Pattern[str]:
    return re.compile(_DENSE_SOURCE)


@cache
def word_pattern() -> re.Pattern[str]:
    """A word: a run of word characters and the combining marks of its script (one word however its
    vowels are written). Compiled on first use: listing the marks takes ~1.5 ms, which start-up would pay."""
    marks = "".join(chr(c) for lo, hi in _MARK_BLOCKS for c in range(lo, hi + 1)
                    if unicodedata.category(chr(c))[0] == "M")
    return re.compile(f"[\\w{re.escape(marks)}]+")


def text_size(text: str) -> float:
    """The length of `text` in Latin-character equivalents: `len(text)` unless it holds dense-script runs,
    whose characters each count as `LATIN_WORD_CHARS / characters per word` in their script."""
    if not _has_dense(text):
        return float(len(text))
    runs = _dense_runs(text)
    dense = sum(n for n, _ in runs)
    return len(text) - dense + sum(n * LATIN_WORD_CHARS / per_word for n, per_word in runs)


def text_units(text: str) -> float:
    """Word equivalents: the space-separated words, with every dense-script run counted as its characters
    over the characters a word takes in that script (a run inside a spaced word is not counted twice)."""
    if not _has_dense(text):
        return float(len(text.split()))
    runs = _dense_runs(text)
    spaced = len(_dense().sub(" ", text).split())
    return spaced + sum(n / per_word for n, per_word in runs)


def dense_word_excess(text: str) -> float:
    """The words a count of `\\w+` matches misses: each run of a dense script is one match, yet holds its
    characters over the characters a word takes there (0 for text with no such run)."""
    if not _has_dense(text):
        return 0.0
    return sum(max(n / per_word - 1, 0.0) for n, per_word in _dense_runs(text))


def has_sentence_mark(text: str) -> bool:
    """Whether `text` holds any sentence punctuation, in any script."""
    return _SENTENCE_MARK.search(text) is not None or spaced_sentences(text)


def has_sentence_end(text: str) -> bool:
    """Whether `text` holds a sentence end, in any script."""
    return has_full_stop(text) or spaced_sentences(text)


def has_full_stop(text: str) -> bool:
    """Whether `text` holds one of `FULL_STOPS` (`not FULL_STOPS.isdisjoint(text)`, searched in C)."""
    return _FULL_STOP.search(text) is not None


def spaced_sentences(text: str) -> bool:
    """Whether `text` holds a Thai or Lao sentence break (a space between two runs of the script)."""
    return not text.isascii() and SPACED_SENTENCES.search(text) is not None
