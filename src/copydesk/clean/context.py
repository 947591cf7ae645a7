"""Stage 2 of the line model: a line read together with its neighbours' scores.

The story is a dense contiguous core; boilerplate comes in runs. So the second
stage sees each line's stage-1 score, its neighbours' scores averaged over a few
windows, whether story-like lines lie on both sides of it, and how much of the
page's likely story (words weighted by their line's score) lies above and below it,
and where it lies against the page's likeliest story span: the stretch of lines whose
words, weighted by how sure stage 1 is either way, add up to the most (stage 2 is
trained on out-of-fold stage-1 scores, so it learns the span as a new page shows it).
"""

from __future__ import annotations

import numpy as np

CONTEXT_WINDOWS = (2, 5, 15)  # a few lines, a section, a region of the page
CLIP = 8.0  # a logit past ±8 is certain either way; clipping keeps one line from swamping a window
SPAN_WORDS_SCALE = 5.0  # log1p(words) of a long paragraph is about 5 (as `features.WORDS_SCALE`)


def context_rows(logits: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Per line (one row each, in page order): own score, previous and next score, window means,
    the core-span score, the shares of the page's story mass above and below it, and its place against
    the story span (`_story_span`). `words` is each line's word count."""
    z = np.clip(np.asarray(logits, dtype=np.float64), -CLIP, CLIP)
    n = len(z)
    if not n:
        return np.zeros((0, 9 + len(CONTEXT_WINDOWS)))
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
    columns += _span_columns(z, np.asarray(words, dtype=np.float64))
    return np.column_stack(columns)


def _span_columns(z: np.ndarray, words: np.ndarray) -> list[np.ndarray]:
    """Inside the story span or not, and the words between the line and the span's end (below it) or
    start (above it), on a log scale."""
    first, last = _story_span(z, words)
    before = np.concatenate([[0.0], np.cumsum(words)])  # words of the lines above each position
    at = np.arange(len(z))
    past = np.where(at > last, before[at] - before[last + 1], 0.0)
    ahead = np.where(at < first, before[first] - before[at + 1], 0.0)
    inside = ((at >= first) & (at <= last)).astype(np.float64)
    return [inside, np.log1p(past) / SPAN_WORDS_SCALE, np.log1p(ahead) / SPAN_WORDS_SCALE]


def _story_span(z: np.ndarray, words: np.ndarray) -> tuple[int, int]:
    """The first and last line of the stretch whose words, each weighted by its line's story probability
    minus one half, sum highest (the first such stretch; a single line when none sums above zero)."""
    value = words * (1.0 / (1.0 + np.exp(-z)) - 0.5)
    prefix = np.concatenate([[0.0], np.cumsum(value)])
    lowest = np.minimum.accumulate(prefix)[:-1]  # lowest prefix at or before each line's start
    end = int(np.argmax(prefix[1:] - lowest))
    start = int(np.argmin(prefix[:end + 1]))
    return start, end


def _best_before(z: np.ndarray) -> np.ndarray:
    """For each position, the largest value strictly before it (-CLIP at the start)."""
    return np.concatenate([[-CLIP], np.maximum.accumulate(z)[:-1]])
