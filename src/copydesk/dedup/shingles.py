"""Body normalisation for dedup: folded word tokens, the exact body hash and
word-shingle hashes, all deterministic across processes (no salted `hash()`).

Each word is hashed once with CRC-32; shingles are then combined from the word
hashes with numpy, so the per-document cost is one pass over the words plus a
handful of array operations.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

# Words as the folding keeps them: letters and digits in any script; punctuation,
# case and spacing differences between copies of one story disappear.
WORD = re.compile(r"\w+")
#: Words per shingle: long enough that two different stories rarely share one,
#: short enough that a changed word spoils only a few shingles.
SHINGLE_WORDS = 5
#: Words read from a body; later words cost time without changing the verdict
#: (copies of one story agree on their first thousands of words).
MAX_WORDS = 20_000
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


def fold_words(text: str) -> list[str]:
    """The body's words, case-folded, without punctuation (at most `MAX_WORDS`)."""
    return WORD.findall(text.casefold())[:MAX_WORDS]


def body_hash(words: list[str]) -> bytes | None:
    """The exact-duplicate key of a folded body, or None when it has no words."""
    if not words:
        return None
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=BODY_HASH_BYTES).digest()


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads every input bit over the whole 64-bit word."""
    values = values ^ (values >> _U64(30))
    values = values * _U64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> _U64(27))
    values = values * _U64(0x94D049BB133111EB)
    return values ^ (values >> _U64(31))


def shingle_hashes(words: list[str]) -> np.ndarray:
    """Distinct 32-bit hashes of the body's `SHINGLE_WORDS`-word shingles (uint32, sorted).

    32 bits suffice: a body has at most `MAX_WORDS` shingles, so collisions inside
    one body are negligible, and MinHash compares 32-bit values anyway."""
    if not words:
        return np.empty(0, dtype=np.uint32)
    hashes = np.array([zlib.crc32(word.encode("utf-8")) for word in words], dtype=_U64)
    width = min(SHINGLE_WORDS, hashes.size)
    count = hashes.size - width + 1
    with np.errstate(over="ignore"):
        combined = hashes[:count] * _SHINGLE_WEIGHTS[0]
        for offset in range(1, width):
            combined += hashes[offset : offset + count] * _SHINGLE_WEIGHTS[offset]
        return np.unique((_mix(combined) >> _U64(32)).astype(np.uint32))
