"""The scores defined in ../shared/README.md, implemented once for every benchmark."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

WORD = re.compile(r"\w+", re.U)
QUOTES = re.compile(r"[\"'`´‘’‚‛“”„‟«»‹›]")
AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.I)


def tokens(text: str | None) -> Counter[str]:
    return Counter(WORD.findall((text or "").lower()))


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def word_prf(prediction: str | None, reference: str | None) -> PRF:
    """Body word precision / recall / F1 on lower-case `\\w+` multisets."""
    return multiset_prf(tokens(prediction), tokens(reference))


def multiset_prf(pred: Counter[str], ref: Counter[str]) -> PRF:
    """Precision / recall / F1 of two multisets (an empty pair scores 1)."""
    if not pred and not ref:
        return PRF(1.0, 1.0, 1.0)
    if not pred or not ref:
        return PRF(0.0 if pred else (1.0 if not ref else 0.0), 0.0 if ref else 1.0, 0.0)
    overlap = sum((pred & ref).values())
    p, r = overlap / sum(pred.values()), overlap / sum(ref.values())
    return PRF(p, r, 0.0 if overlap == 0 else 2 * p * r / (p + r))


def take_words(words: Iterable[str], pool: Counter[str]) -> int:
    """How many of `words` `pool` still holds, each taken out of it as it is matched (a multiset match in order)."""
    taken = 0
    for word in words:
        if pool[word] > 0:
            pool[word] -= 1
            taken += 1
    return taken


def snippet_counts(output: str, with_: Iterable[str], without: Iterable[str]) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) for one page's must / must-not snippets."""
    tp = fn = fp = tn = 0
    for s in with_:
        if s in output:
            tp += 1
        else:
            fn += 1
    for s in without:
        if s in output:
            fp += 1
        else:
            tn += 1
    return tp, fn, fp, tn


def snippet_prf(tp: int, fn: int, fp: int) -> PRF:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def norm_meta(value: str | None) -> str:
    """NFKC, case-fold, quotes dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", value or "").casefold()
    return " ".join(QUOTES.sub("", text).split())


def author_set(value: str | Iterable[str] | None) -> frozenset[str]:
    if value is None:
        return frozenset()
    joined = value if isinstance(value, str) else ", ".join(value)
    names = set()
    for part in AUTHOR_SPLIT.split(joined):
        name = norm_meta(re.sub(r"^\s*by\s+", "", part, flags=re.I))
        if name:
            names.add(name)
    return frozenset(names)


def title_match(predicted: str | None, reference: str | None) -> bool:
    return norm_meta(predicted) == norm_meta(reference)


def author_match(predicted: str | Iterable[str] | None, reference: str | None) -> bool:
    return author_set(predicted) == author_set(reference)


def date_match(predicted: str | None, reference: str | None) -> bool:
    return (predicted or "")[:10] == (reference or "")[:10]


def char_trigrams(text: str | None) -> Counter[str]:
    """Overlapping 3-character strings of the lower-cased text with all whitespace removed."""
    joined = "".join((text or "").lower().split())
    return Counter(joined[i:i + 3] for i in range(len(joined) - 2))


def trigram_prf(prediction: str | None, reference: str | None) -> PRF:
    """Char-trigram precision / recall / F1 (for scripts written without spaces)."""
    return multiset_prf(char_trigrams(prediction), char_trigrams(reference))
