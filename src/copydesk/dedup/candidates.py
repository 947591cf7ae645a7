"""LSH candidates and pair verification over stacked MinHash signatures.

Banding finds pairs cheaply at a permissive similarity; each candidate is then
verified from the full signatures: similar enough overall (Jaccard), or the
smaller body lying almost wholly inside the larger one (containment), which is
how a truncated copy or a copy with extra lines looks.
"""

from __future__ import annotations

import numpy as np

from copydesk.dedup.minhash import PERMUTATIONS, estimates

#: Minima per LSH band: two rows make pairs with Jaccard 0.3 candidates in all but
#: ~0.3% of cases (containment pairs of a truncated copy sit near there).
BAND_ROWS = 2
BANDS = PERMUTATIONS // BAND_ROWS
#: Neighbours compared inside one band bucket, in sorted order: large buckets
#: (a story copied many times) give a chain of pairs, not all of them.
BUCKET_WINDOW = 6
#: Pairs at least this similar overall are copies of one story.
MIN_JACCARD = 0.5
#: Pairs where this much of the smaller body lies in the larger are copies too
#: (a truncated copy, an excerpt, a copy that kept the page's menus and comments)…
MIN_CONTAINMENT = 0.7
#: …when enough minima agree for the containment estimate to mean something
#: (about 13 of 128; tuned on the `tune` pages of benchmarks/bench_dedup.py).
CONTAINMENT_FLOOR_JACCARD = 0.1


def candidate_pairs(minima: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct row pairs (left < right) that share at least one LSH band."""
    rows = minima.shape[0]
    if rows < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    bands = np.ascontiguousarray(minima).view(np.uint64).reshape(rows, BANDS)
    order = np.argsort(bands, axis=0, kind="stable")
    ordered = np.take_along_axis(bands, order, axis=0)
    lefts, rights = [], []
    for step in range(1, min(BUCKET_WINDOW, rows - 1) + 1):
        same = ordered[step:] == ordered[:-step]
        lefts.append(order[:-step][same])
        rights.append(order[step:][same])
    left, right = np.concatenate(lefts), np.concatenate(rights)
    codes = np.unique(np.minimum(left, right).astype(np.int64) * rows + np.maximum(left, right))
    return codes // rows, codes % rows


def verified_pairs(
    sizes: np.ndarray, minima: np.ndarray, left: np.ndarray, right: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs that pass verification, strongest first, with their Jaccard."""
    jaccard, containment = estimates(sizes, minima, left, right)
    keep = passes(jaccard, containment)
    left, right, jaccard, containment = left[keep], right[keep], jaccard[keep], containment[keep]
    order = np.lexsort((right, left, -containment, -jaccard))
    return left[order], right[order], jaccard[order]


def passes(jaccard: np.ndarray, containment: np.ndarray) -> np.ndarray:
    """Which estimated pairs are copies of one story."""
    return (jaccard >= MIN_JACCARD) | ((containment >= MIN_CONTAINMENT) & (jaccard >= CONTAINMENT_FLOOR_JACCARD))
