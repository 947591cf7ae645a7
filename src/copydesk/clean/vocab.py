"""Learnt word weights: how far each word leans to story or to boilerplate.

The shared widget vocabulary (`copydesk.lexicon`) names whole phrases; this table
is learnt by `benchmarks/train_clean.py` from the tune pages' labelled lines and
holds single words ("reply", "photo", "posted", "ago", "foto", "kommentar" lean to
boilerplate; function words and ordinary story words lean a little to story). A
word's weight is the log-odds of its lines being story, averaged per page so a page
that repeats a menu word a hundred times counts once, shrunk toward zero for words
seen on few pages, and zero for words never seen: a page in another language falls
back on the language-independent features.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from copydesk.clean.lines import WORD

_DIGITS = re.compile(r"\d+")


def word_keys(text: str) -> list[str]:
    """The table's key of each word of `text`: lower case, every run of digits one `0` (years and counts are one
    word). Words are found before lower-casing, which may add a combining mark ("İ" → "i̇") that splits a word;
    they are then lower-cased joined, in one call (no word holds a space)."""
    words = WORD.findall(text)
    return _DIGITS.sub("0", " ".join(words).lower()).split(" ") if words else []


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Word → story log-odds against the average line (0 for a word not in the table)."""

    weights: Mapping[str, float] = field(default_factory=dict)

    def line_stats(self, text: str) -> tuple[float, float, float, float]:
        """Mean, lowest and highest weight of a line's known words, and the share of its words that are known."""
        words = word_keys(text)
        known = [w for w in map(self.weights.get, words) if w is not None]
        if not known:
            return 0.0, 0.0, 0.0, 0.0
        return sum(known) / len(known), min(known), max(known), len(known) / len(words)
