"""Blocks written by one template: inputs of the story model.

A list's items, a forum's replies, a grid's products and a menu's entries are written by one loop of the
site's template, so their blocks sit in frames of one tag chain (the frame's tag and its two ancestors', as
`li` in `ul` in `nav`) and are of one kind. Such items share their fate: a list is content or chrome as a
whole. Blocks of the same chain and kind form a group; its size, its share of the page's text and the share of
its blocks the rules kept are each member's inputs (`siblings*` count a frame's containers, whatever they hold;
these count blocks of one shape). Shapes of the page's own tree, never words or class names.
"""

from __future__ import annotations

import numpy as np

from copydesk.extract.blocks import Page

FEATURES = ("size", "text_share", "kept_share")
CHAIN = 3  # the frame's tag and its two ancestors': `li` / `ul` / `nav` tells a menu from a story's list
SIZE_SCALE = 5.0  # log1p(blocks) / this: a group of 150 blocks reads about 1


def group_columns(page: Page, frames: np.ndarray, kinds: np.ndarray, sizes: np.ndarray,
                  kept: np.ndarray) -> np.ndarray:
    """One row of `FEATURES` per block of `page`; `frames`, `kinds` (indices), `sizes` and `kept` (1.0 / 0.0)
    are per block."""
    n = len(frames)
    out = np.zeros((n, len(FEATURES)))
    if not n:
        return out
    tags = page.tag
    codes = dict(zip(dict.fromkeys(tags), range(len(tags))))  # each tag its number, in C (no loop a frame)
    width = len(codes) + 1  # one more: the code of "outside the page"
    tag_of = np.empty(len(tags) + 1, np.int64)
    tag_of[:-1] = np.fromiter(map(codes.__getitem__, tags), np.int64, len(tags))
    tag_of[-1] = width - 1  # tag_of[-1]: outside every frame
    parent = np.asarray([*page.parent, -1], np.int64)  # parent[-1]: outside stays outside
    key = kinds.astype(np.int64)
    frame = frames
    for _ in range(CHAIN):
        key = key * width + tag_of[frame]
        frame = parent[frame]
    _, group = np.unique(key, return_inverse=True)
    members = np.bincount(group)
    out[:, 0] = np.log1p(members[group]) / SIZE_SCALE
    out[:, 1] = np.bincount(group, weights=sizes)[group] / max(float(sizes.sum()), 1.0)
    out[:, 2] = np.bincount(group, weights=kept)[group] / members[group]
    return out
