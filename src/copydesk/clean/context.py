"""Stage 2 of the line model: a line read together with its neighbours' scores.

The story is a dense contiguous core; boilerplate comes in runs. So the second
stage sees each line's stage-1 score, its neighbours' scores averaged over a few
windows, whether story-like lines lie on both sides of it, and how much of the
page's likely story (words weighted by their line's score) lies above and below it.
Posts come in a header rhythm (`features.rhythm_spans`), and whether they are a story's comments or the page's
own posts shows in stage 1's scores around them: the rhythm's headers' scores, how much of the likely story lies
above it, how sure its lines are against the rest of the likely story, and its size against that story.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from copydesk.clean.features import rhythm_spans

CONTEXT_WINDOWS = (2, 5, 15)  # a few lines, a section, a region of the page
CLIP = 8.0  # a logit past ±8 is certain either way; clipping keeps one line from swamping a window
RHYTHM_COLUMNS = 6  # in a rhythm, opens a post, headers' score, story above, sureness margin, log size ratio
STAGE1_KEEPS = 0.0  # stage 2's reading of stage 1: a line more likely story than not is the likely story


def context_rows(logits: np.ndarray, words: np.ndarray, headers: Sequence[Sequence[int]] = ()) -> np.ndarray:
    """Per line (one row each, in page order): own score, previous and next score, window means,
    the core-span score, the shares of the page's story mass above and below it, and its header rhythm's
    columns (`rhythm_columns`). `words` is each line's word count, `headers` the page's header groups
    (`features.header_groups`)."""
    z = np.clip(np.asarray(logits, dtype=np.float64), -CLIP, CLIP)
    n = len(z)
    if not n:
        return np.zeros((0, 6 + len(CONTEXT_WINDOWS) + RHYTHM_COLUMNS))
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
    return np.hstack([np.column_stack(columns), rhythm_columns(z, np.asarray(words, dtype=np.float64), headers)])


def rhythm_columns(z: np.ndarray, words: np.ndarray, headers: Sequence[Sequence[int]]) -> np.ndarray:
    """Per line, given clipped stage-1 scores, word counts and header groups: whether it lies in a rhythm and
    opens a post there, and its rhythm's headers' mean score, the share of the likely story outside rhythms
    lying above the rhythm, the rhythm's mean score per word minus that story's, and the log ratio of their
    story masses (zeros outside rhythms; the margin is zero when no likely story lies outside them)."""
    n = len(z)
    out = np.zeros((n, RHYTHM_COLUMNS))
    opens = sorted(i for group in headers for i in group)
    spans = rhythm_spans(opens, n)
    if not spans:
        return out
    inside = np.zeros(n, dtype=bool)
    for span in spans:
        inside[span.start:span.stop] = True
    weight = words + 1.0
    mass = words / (1.0 + np.exp(-z))
    story = ~inside & (z > STAGE1_KEEPS)
    story_mass = mass[story].sum()
    above = np.concatenate([[0.0], np.cumsum(np.where(story, mass, 0.0))])
    out[opens, 1] = inside[opens]
    for span in spans:
        lines = slice(span.start, span.stop)
        own = [i for i in opens if span.start <= i < span.stop]
        out[lines, 0] = 1.0
        out[lines, 2] = z[own].mean()
        out[lines, 3] = above[span.start] / story_mass if story_mass else 0.0
        if story.any():
            out[lines, 4] = _sureness(z, weight, lines) - _sureness(z, weight, story)
        out[lines, 5] = np.log1p(mass[lines].sum()) - np.log1p(story_mass)
    return out


def _best_before(z: np.ndarray) -> np.ndarray:
    """For each position, the largest value strictly before it (-CLIP at the start)."""
    return np.concatenate([[-CLIP], np.maximum.accumulate(z)[:-1]])


def _sureness(z: np.ndarray, weight: np.ndarray, lines: slice | np.ndarray) -> float:
    """Mean clipped score of `lines`, each weighing its words plus one."""
    return float((z[lines] * weight[lines]).sum() / weight[lines].sum())
