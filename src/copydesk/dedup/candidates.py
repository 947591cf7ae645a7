"""LSH candidates and pair verification over stacked one-permutation signatures.

Every bin is its own LSH band: two bodies become candidates when they share the
smallest shingle of any bin. That is what finds a short copy inside a page many
times its length (a story inside the full text of its page shares about
`BINS` × its share of the page's shingles, a handful of minima, but rarely
none), which bands of two or more minima miss. Each candidate is then verified
from the full signatures: the smaller body must lie mostly inside the larger
one (containment), which is how a truncated copy, an excerpt, a copy with extra
lines or a copy that kept the page's menus looks.
"""

from __future__ import annotations

import numpy as np

from copydesk.dedup.minhash import EMPTY, estimates

#: Neighbours compared inside one bin's bucket, in sorted order: large buckets
#: (a story copied many times, a stock phrase) give a chain of pairs, not all of them.
BUCKET_WINDOW = 6
#: Bins sorted at once: bounds the sort's index arrays to ~300 bytes per document.
CHUNK_BINS = 32
#: Pairs where this much of the smaller body lies in the larger are copies of one
#: story, whatever their lengths. A plain Jaccard test adds nothing: two pages of
#: one site that share their menus and footers have Jaccard ~0.5 too.
SURE_CONTAINMENT = 0.8
#: Below that, a copy may still miss this much of the smaller body (two extractors
#: that kept different paragraphs, light edits spoiling a short body's shingles)…
MIN_CONTAINMENT = 0.55
#: …as long as what the smaller body has of its own stays under this many shingles
#: (~words): two long documents that each carry hundreds of words the other lacks
#: are two pages sharing a template, not two copies of one text.
MAX_OWN_SHINGLES = 300
#: Minima two bodies must share before their containment estimate is believed:
#: fewer is an estimate resting on one or two shingles (a stock phrase).
MIN_SHARED = 5
#: Candidate pairs verified at once: bounds the stacked minima to ~16 MB per chunk.
CHUNK_PAIRS = 8192


def candidate_pairs(minima: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct row pairs (left < right) that share the minimum of at least one bin."""
    rows = minima.shape[0]
    if rows < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    codes = np.empty(0, dtype=np.int64)  # pair (i, j), i < j, as i * rows + j
    for start in range(0, minima.shape[1], CHUNK_BINS):
        # one bin a row, contiguous: sorting along rows is ~3x faster than down strided columns
        block = np.ascontiguousarray(minima[:, start : start + CHUNK_BINS].T)
        order = np.argsort(block, axis=1, kind="stable")
        ordered = np.take_along_axis(block, order, axis=1)
        filled = ordered != EMPTY[start : start + CHUNK_BINS, None]
        found = [codes]
        for step in range(1, min(BUCKET_WINDOW, rows - 1) + 1):
            same = (ordered[:, step:] == ordered[:, :-step]) & filled[:, step:]
            left, right = order[:, :-step][same].astype(np.int64), order[:, step:][same].astype(np.int64)
            found.append(np.minimum(left, right) * rows + np.maximum(left, right))
        codes = _distinct(np.concatenate(found))
    return codes // rows, codes % rows


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique's hash path is ~15× slower on millions of pair codes).

    Copies share many minima, so each pair turns up in many bins; dropping the
    repeats after every block of bins keeps the transient arrays near the distinct count."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if values.size else values


def verified_pairs(
    sizes: np.ndarray, minima: np.ndarray, left: np.ndarray, right: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs that pass verification, strongest first, with their containment."""
    if left.size == 0:
        return left, right, np.empty(0)
    kept = [_verified_chunk(sizes, minima, left[start : start + CHUNK_PAIRS], right[start : start + CHUNK_PAIRS])
            for start in range(0, left.size, CHUNK_PAIRS)]
    left, right, jaccard, containment = (np.concatenate(parts) for parts in zip(*kept))
    order = np.lexsort((right, left, -jaccard, -containment))
    return left[order], right[order], containment[order]


def _verified_chunk(sizes: np.ndarray, minima: np.ndarray, left: np.ndarray, right: np.ndarray) -> tuple:
    jaccard, containment, shared = estimates(sizes, minima, left, right)
    own = np.minimum(sizes[left], sizes[right]) * (1.0 - containment)  # the smaller body's shingles not in the larger
    close = (containment >= SURE_CONTAINMENT) | ((containment >= MIN_CONTAINMENT) & (own < MAX_OWN_SHINGLES))
    keep = close & (shared >= MIN_SHARED)
    return left[keep], right[keep], jaccard[keep], containment[keep]
