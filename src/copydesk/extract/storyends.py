"""Where a story's run of prose ends: inputs of the story model.

A story is a run of prose in one container; what follows its end (the next story's teaser, comments, a
sign-up block, a list of related links) breaks that shape: the prose around the block thins, the links
thicken, a heading comes after the last paragraph, or the block leaves the container that holds most of
the page's prose. These are shapes of the page's own blocks and tree, never words, in any script (prose
is `_tail`'s: an unlinked block of `PROSE_CHARS` that ends a sentence).
"""

from __future__ import annotations

import numpy as np

from copydesk.extract.blocks import Page
from copydesk.extract.storyshape import BlockArrays, subtree_sizes

FEATURES = ("prose_before", "prose_after", "links_before", "links_after", "blocks_since_prose",
            "heading_since_prose", "in_main", "past_main")
WINDOW = 8  # blocks either side whose text is read as the block's surroundings (a story's paragraphs come in runs)
MAIN_SHARE = 0.5  # the main frame is the deepest one holding more than this share of the page's prose text
DISTANCE_SCALE = 10.0  # blocks / this, clipped to 2 (as the story model's other distances)


def end_columns(page: Page, arrays: BlockArrays, prose: np.ndarray) -> np.ndarray:
    """One row of `FEATURES` per block of `page`; `prose`: which blocks are running prose."""
    frames, sizes, densities, index = arrays.frames, arrays.sizes, arrays.densities, arrays.indices
    n = len(sizes)
    lo, hi = np.maximum(index - WINDOW, 0), np.minimum(index + WINDOW + 1, n)
    text = arrays.text_before  # text[i]: the text before block i (as `own`, `linked`)
    prose_sizes = np.where(prose, sizes, 0.0)
    own = np.concatenate([[0.0], prose_sizes.cumsum()])
    linked = np.concatenate([[0.0], (sizes * densities).cumsum()])
    out = np.zeros((n, len(FEATURES)))
    # the shares of the text in the window before each block and in the one after it (0 where it has none)
    before, after = text[:-1] - text[lo], text[hi] - text[1:]
    some_before, some_after = before > 0, after > 0
    np.divide(own[:-1] - own[lo], before, out=out[:, 0], where=some_before)
    np.divide(own[hi] - own[1:], after, out=out[:, 1], where=some_after)
    np.divide(linked[:-1] - linked[lo], before, out=out[:, 2], where=some_before)
    np.divide(linked[hi] - linked[1:], after, out=out[:, 3], where=some_after)
    # The last prose block at or before each block, and whether a heading came after it.
    last_prose = np.maximum.accumulate(np.where(prose, index, -1))
    heads = arrays.heads_before
    seen = last_prose >= 0
    out[:, 4] = np.where(seen, ((index - last_prose) / DISTANCE_SCALE).clip(0.0, 2.0), 2.0)
    out[:, 5] = seen & (heads[1:] - heads[np.maximum(last_prose, 0) + 1] > 0)
    main = _main_frame(arrays.last_inside, frames, prose_sizes)
    if main >= 0:
        inside = (frames >= main) & (frames <= page.end[main])
        out[:, 6] = inside
        ends = (inside & prose).nonzero()[0]
        if len(ends):
            out[:, 7] = ((index - ends[-1]) / DISTANCE_SCALE).clip(0.0, 2.0)
    return out


def _main_frame(last_inside: np.ndarray, frames: np.ndarray, prose_sizes: np.ndarray) -> int:
    """The deepest frame holding more than `MAIN_SHARE` of the prose text (-1: none). Such frames nest (two
    disjoint ones cannot both hold more than half), and a frame's descendants are numbered after it, so the
    deepest is the one with the largest number."""
    total = float(prose_sizes.sum())
    if total <= 0 or not len(last_inside):
        return -1
    found = (subtree_sizes(last_inside, frames, prose_sizes) > MAIN_SHARE * total).nonzero()[0]
    return int(found[-1]) if len(found) else -1
