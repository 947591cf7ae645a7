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
from copydesk.extract.storyshape import subtree_sizes

FEATURES = ("prose_before", "prose_after", "links_before", "links_after", "blocks_since_prose",
            "heading_since_prose", "in_main", "past_main")
WINDOW = 8  # blocks either side whose text is read as the block's surroundings (a story's paragraphs come in runs)
MAIN_SHARE = 0.5  # the main frame is the deepest one holding more than this share of the page's prose text
DISTANCE_SCALE = 10.0  # blocks / this, clipped to 2 (as the story model's other distances)


def end_columns(page: Page, frames: np.ndarray, sizes: np.ndarray, densities: np.ndarray,
                heading: np.ndarray, prose: np.ndarray) -> np.ndarray:
    """One row of `FEATURES` per block: `frames`, `sizes`, `densities` and `heading` as `page_rows` reads
    them, `prose` which blocks are running prose."""
    n = len(sizes)
    index = np.arange(n)
    lo, hi = np.maximum(index - WINDOW, 0), np.minimum(index + WINDOW + 1, n)
    text = np.concatenate([[0.0], sizes.cumsum()])
    own = np.concatenate([[0.0], np.where(prose, sizes, 0.0).cumsum()])
    linked = np.concatenate([[0.0], (sizes * densities).cumsum()])

    def share(sums: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        whole = text[b] - text[a]
        return np.divide(sums[b] - sums[a], whole, out=np.zeros(n), where=whole > 0)

    out = np.zeros((n, len(FEATURES)))
    out[:, 0] = share(own, lo, index)
    out[:, 1] = share(own, index + 1, hi)
    out[:, 2] = share(linked, lo, index)
    out[:, 3] = share(linked, index + 1, hi)
    # The last prose block at or before each block, and whether a heading came after it.
    last_prose = np.maximum.accumulate(np.where(prose, index, -1))
    heads = np.concatenate([[0], heading.cumsum()])
    seen = last_prose >= 0
    out[:, 4] = np.where(seen, ((index - last_prose) / DISTANCE_SCALE).clip(0.0, 2.0), 2.0)
    out[:, 5] = seen & (heads[index + 1] - heads[np.maximum(last_prose, 0) + 1] > 0)
    main = _main_frame(page, frames, np.where(prose, sizes, 0.0))
    if main >= 0:
        inside = (frames >= main) & (frames <= page.end[main])
        out[:, 6] = inside
        ends = (inside & prose).nonzero()[0]
        if len(ends):
            out[:, 7] = ((index - ends[-1]) / DISTANCE_SCALE).clip(0.0, 2.0)
    return out


def _main_frame(page: Page, frames: np.ndarray, prose_sizes: np.ndarray) -> int:
    """The deepest frame holding more than `MAIN_SHARE` of the prose text (-1: none). Such frames nest (two
    disjoint ones cannot both hold more than half), and a frame's descendants are numbered after it, so the
    deepest is the one with the largest number."""
    total = float(prose_sizes.sum())
    if total <= 0 or not page.parent:
        return -1
    found = (subtree_sizes(page, frames, prose_sizes) > MAIN_SHARE * total).nonzero()[0]
    return int(found[-1]) if len(found) else -1
