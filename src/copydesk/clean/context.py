"""Stage 2 of the line model: a line read together with its neighbours' scores.

The story is a dense contiguous core; boilerplate comes in runs. So the second
stage sees each line's stage-1 score, its neighbours' scores averaged over a few
windows, whether story-like lines lie on both sides of it, and how much of the
page's likely story (words weighted by their line's score) lies above and below it.
"""

from __future__ import annotations

import numpy as np

CONTEXT_WINDOWS = (2, 5, 15)  # a few lines, a section, a region of the page
CLIP = 8.0  # a logit past ±8 is certain either way; clipping keeps one line from swamping a window


def context_rows(logits: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Per line (one row each, in page order): own score, previous and next score, window means,
    the core-span score, and the shares of the page's story mass above and below it.
    `words` is each line's word count."""
    z = np.clip(np.asarray(logits, dtype=np.float64), -CLIP, CLIP)
    n = len(z)
    if not n:
        return np.zeros((0, 6 + len(CONTEXT_WINDOWS)))
    columns = [z, np.concatenate([z[:1], z[:-1]]), np.concatenate([z[1:], z[-1:]])]
    prefix = np.concatenate([[0.0], np.cumsum(z)])
    at = np.arange(n)
    for w in CONTEXT_WINDOWS:
        lo, hi = np.maximum(0, at - w), np.minimum(n, at + w + 1)
        columns.append((prefix[hi] - prefix[lo]) / (hi - lo))
    columns.append(np.minimum(_best_before(z), _best_before(z[::-1])[::-1]))
    mass = np.asarray(words, dtype=np.float64) / (1.0 + np.exp(-z))
    total = mass.sum() or 1.0
    above = np.cumsum(mass) - mass
    columns += [above / total, (total - above - mass) / total]
    return np.column_stack(columns)


def _best_before(z: np.ndarray) -> np.ndarray:
    """For each position, the largest value strictly before it (-CLIP at the start)."""
    return np.concatenate([[-CLIP], np.maximum.accumulate(z)[:-1]])
