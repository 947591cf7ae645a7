"""Body normalisation for dedup: folded word hashes, the exact body hash and
word-shingle hashes, all deterministic across processes (no salted `hash()`).

The whole body is handled as one array of code points: words are the runs of
letters and digits (as `\\w` sees them, up to a few rare symbol ranges), and each
word's hash is a polynomial over its code points read from prefix sums, so the
per-document cost is a handful of numpy passes, not a Python loop per word.
"""

from __future__ import annotations

import hashlib
from functools import cache

import numpy as np

#: Words per shingle: long enough that two different stories rarely share one,
#: short enough that a changed word spoils only a few shingles.
SHINGLE_WORDS = 5
#: Characters read from a body; later text costs time without changing the verdict
#: (copies of one story agree on their first tens of thousands of characters).
MAX_CHARS = 150_000
#: Bytes of the exact body hash (128 bits: collisions are not a concern).
BODY_HASH_BYTES = 16

_U64 = np.uint64


def stable_constant(label: str) -> int:
    """A fixed 64-bit constant derived from a label, identical on every machine."""
    return int.from_bytes(hashlib.blake2b(label.encode(), digest_size=8).digest(), "little")


# One odd weight per position inside a shingle, so word order matters.
_SHINGLE_WEIGHTS = np.array(
    [stable_constant(f"copydesk-shingle-{i}") | 1 for i in range(SHINGLE_WORDS)], dtype=_U64
)
# Word hash: sum of code point × BASE**(position in word), mod 2**64. BASE is odd,
# so it has an inverse mod 2**64, which moves a prefix-sum difference back to position 0.
_BASE = stable_constant("copydesk-word-base") | 1
_BASE_INVERSE = pow(_BASE, -1, 2**64)


def _powers(base: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        return np.cumprod(np.full(MAX_CHARS + 1, base, dtype=_U64), dtype=_U64)


_POWERS, _INVERSE_POWERS = _powers(_BASE), _powers(_BASE_INVERSE)

# Code points that are not word characters: ASCII by table, the rest by range
# (Latin-1 punctuation and signs, general punctuation, symbols and arrows, CJK
# and full-width punctuation, emoji). Everything else counts as a letter.
_ASCII_WORD_CHARS = "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NON_WORD_RANGES = (
    (0x80, 0xA9), (0xAB, 0xB1), (0xB4, 0xB4), (0xB6, 0xB8), (0xBB, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7),
    (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x2BFF), (0x3000, 0x303F),
    (0xFE30, 0xFE4F), (0xFF01, 0xFF0F), (0xFF1A, 0xFF20), (0xFF3B, 0xFF40), (0xFF5B, 0xFF65),
    (0x1F000, 0x1FAFF),
)


def _word_table() -> np.ndarray:
    """One flag per code point (1.1 MB): one lookup tells a body's word characters, where range
    searches were needed for every character past ASCII."""
    table = np.ones(0x110000, dtype=bool)
    table[:128] = False
    table[[ord(c) for c in _ASCII_WORD_CHARS]] = True
    for first, last in _NON_WORD_RANGES:
        table[first : last + 1] = False
    return table


_IS_WORD = _word_table()
#: Code points below this fold by table (every cased script lies below it); a body holding a
#: higher one (CJK extensions, rare symbols) is folded by `str.casefold`.
FOLD_TABLE_SIZE = 0x20000


@cache
def _fold_tables() -> tuple[np.ndarray, np.ndarray]:
    """(the case folding of each code point below FOLD_TABLE_SIZE when it is one character,
    whether its folding is several: "ß" → "ss"). Built once per process on first use (~20 ms):
    folding by table is several times faster than `str.casefold`, which is per character too."""
    fold = np.arange(FOLD_TABLE_SIZE, dtype=np.uint32)
    expands = np.zeros(FOLD_TABLE_SIZE, dtype=bool)
    for point in range(FOLD_TABLE_SIZE):
        folded = chr(point).casefold()
        if len(folded) == 1:
            fold[point] = ord(folded)
        else:
            expands[point] = True
    return fold, expands


def _folded_codes(text: str) -> np.ndarray:
    """The code points of `text` case-folded, as `str.casefold` would give them (uint32)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    if codes.size == 0:
        return codes
    fold, expands = _fold_tables()
    if int(codes.max()) < FOLD_TABLE_SIZE and not expands[codes].any():
        return fold[codes]
    return np.frombuffer(text.casefold()[:MAX_CHARS].encode("utf-32-le"), dtype="<u4")


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads every input bit over the whole 64-bit word."""
    values = values ^ (values >> _U64(30))
    values = values * _U64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> _U64(27))
    values = values * _U64(0x94D049BB133111EB)
    return values ^ (values >> _U64(31))


def word_hashes(text: str) -> np.ndarray:
    """A 64-bit hash per word of the case-folded body, in order (uint64); punctuation,
    case and spacing differences between copies of one story disappear."""
    codes = _folded_codes(text[:MAX_CHARS])
    if codes.size == 0:
        return np.empty(0, dtype=_U64)
    padded = np.zeros(codes.size + 2, dtype=bool)
    padded[1:-1] = _IS_WORD[codes]
    edges = np.flatnonzero(padded[1:] != padded[:-1])  # alternately a word's start and its end
    starts, ends = edges[0::2], edges[1::2]
    with np.errstate(over="ignore"):
        prefix = np.concatenate(([_U64(0)], np.cumsum(codes.astype(_U64) * _POWERS[: codes.size], dtype=_U64)))
        sums = (prefix[ends] - prefix[starts]) * _INVERSE_POWERS[starts]
        return _mix(sums + (ends - starts).astype(_U64))


def body_hash(words: np.ndarray) -> bytes | None:
    """The exact-duplicate key of a folded body (its word hashes), or None when it has no words."""
    if words.size == 0:
        return None
    return hashlib.blake2b(words.astype("<u8").tobytes(), digest_size=BODY_HASH_BYTES).digest()


def shingle_hashes(words: np.ndarray) -> np.ndarray:
    """Distinct 32-bit hashes of the body's `SHINGLE_WORDS`-word shingles (uint32, sorted).

    32 bits suffice: a body has at most tens of thousands of shingles, so collisions
    inside one body are negligible, and MinHash compares 32-bit values anyway."""
    if words.size == 0:
        return np.empty(0, dtype=np.uint32)
    width = min(SHINGLE_WORDS, words.size)
    count = words.size - width + 1
    with np.errstate(over="ignore"):
        combined = words[:count] * _SHINGLE_WEIGHTS[0]
        for offset in range(1, width):
            combined += words[offset : offset + count] * _SHINGLE_WEIGHTS[offset]
        shingles = np.sort((_mix(combined) >> _U64(32)).astype(np.uint32))
    keep = np.empty(shingles.size, dtype=bool)
    keep[0] = True
    np.not_equal(shingles[1:], shingles[:-1], out=keep[1:])
    return shingles[keep]
