"""Stage 2 of the line model: a line read together with its neighbours' scores.

The story is a dense contiguous core; boilerplate comes in runs. So the second
stage sees each line's stage-1 score, its neighbours' scores averaged over a few
windows, whether story-like lines lie on both sides of it, and how much of the
page's likely story (words weighted by their line's score) lies above and below it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

CONTEXT_WINDOWS = (2, 5, 15)  # a few lines, a section, a region of the page
CLIP = 8.0  # a logit past ±8 is certain either way; clipping keeps one line from swamping a window


def context_rows(logits: Sequence[float], words: Sequence[float]) -> list[list[float]]:
    """Per line: own score, previous and next score, window means, the core-span score, and the shares
    of the page's story mass above and below it (`words` is each line's word count)."""
    z = [max(-CLIP, min(CLIP, v)) for v in logits]
    n = len(z)
    mass = [w / (1.0 + math.exp(-v)) for v, w in zip(z, words, strict=True)]
    total = sum(mass) or 1.0
    prefix = [0.0]
    for v in z:
        prefix.append(prefix[-1] + v)
    best_before = _running_max(z)
    best_after = _running_max(z[::-1])[::-1]
    rows = []
    above = 0.0
    for i in range(n):
        row = [z[i], z[i - 1] if i else z[i], z[i + 1] if i + 1 < n else z[i]]
        for w in CONTEXT_WINDOWS:
            lo, hi = max(0, i - w), min(n, i + w + 1)
            row.append((prefix[hi] - prefix[lo]) / (hi - lo))
        row.append(min(best_before[i], best_after[i]))
        row += [above / total, (total - above - mass[i]) / total]
        above += mass[i]
        rows.append(row)
    return rows


def _running_max(values: list[float]) -> list[float]:
    """For each position, the largest value strictly before it (-CLIP at the start)."""
    out, best = [], -CLIP
    for v in values:
        out.append(best)
        best = max(best, v)
    return out
