"""Where a block stands in the page's tree against the page's title: inputs of the story model.

A page's content hangs near its title: a product's description and specs share a tight container with
the product's name, a forum's posts follow the thread's title in one column, a story's paragraphs sit
under its headline. Reviews, fine print, a sidebar or the next story's teaser share only a wide
container with the title (or the page itself). These are shapes of the page's own tree, never words.
The anchor is the headline block (`storymodel._headline_index`) or, without one, the first block the
rules kept; a page with neither has no anchor and reads 0 everywhere but `no_anchor`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from copydesk.extract.blocks import Page

FEATURES = ("no_anchor", "up_to_common", "common_share", "anchor_below_common", "text_from_anchor",
            "headings_from_anchor", "section_share")
DEPTH_SCALE = 8.0  # log1p(levels) / this: eight levels of nesting read about 0.27, a page's depth about 0.4
HEADING_SCALE = 3.0  # log1p(headings) / this: twenty headings between a block and the title read about 1


class BlockArrays(NamedTuple):
    """A page's per-block arrays that the story model's column helpers share, each built once a page."""

    frames: np.ndarray  # each block's frame (-1: outside every frame)
    sizes: np.ndarray
    densities: np.ndarray  # link density
    heading: np.ndarray  # which blocks are headings
    index: np.ndarray  # 0 … n - 1
    text_before: np.ndarray  # text_before[i]: the size of the blocks before block i (n + 1 entries)
    heads_before: np.ndarray  # heads_before[i]: the headings before block i (n + 1 entries)
    last_inside: np.ndarray  # per frame, the last frame inside it (`page.end`)


def block_arrays(page: Page, frames: np.ndarray, sizes: np.ndarray, densities: np.ndarray,
                 heading: np.ndarray) -> BlockArrays:
    """`page`'s `BlockArrays` from its blocks' frames, sizes, link densities and which are headings."""
    text_before = np.empty(len(sizes) + 1)
    text_before[0] = 0.0
    np.cumsum(sizes, out=text_before[1:])
    heads_before = np.zeros(len(sizes) + 1, np.int64)
    np.cumsum(heading, out=heads_before[1:])
    return BlockArrays(frames, sizes, densities, heading, np.arange(len(sizes)), text_before, heads_before,
                       np.asarray(page.end, np.int64))


def shape_columns(page: Page, anchor: int | None, arrays: BlockArrays) -> np.ndarray:
    """One row of `FEATURES` per block of `page`; `anchor` is the index of the title block (or None)."""
    frames, sizes = arrays.frames, arrays.sizes
    n = len(sizes)
    out = np.zeros((n, len(FEATURES)))
    if anchor is None or not n:
        out[:, 0] = 1.0
        return out
    parent = page.parent  # a frame of -1 reads the sentinels appended below
    anchor_frame = int(frames[anchor])
    ancestors: set[int] = set()
    frame = anchor_frame
    while frame >= 0:
        ancestors.add(frame)
        frame = parent[frame]
    total = float(sizes.sum()) or 1.0
    depths, common = _depths_and_common(parent, ancestors)
    depth = np.array([*depths, 0], np.float64)
    joint = np.array([*common, -1], np.int64)[frames]
    subtree = np.append(subtree_sizes(arrays.last_inside, frames, sizes), total)
    at = depth[joint]
    out[:, 1] = np.log1p(depth[frames] - at) / DEPTH_SCALE
    out[:, 2] = subtree[joint] / total
    out[:, 3] = np.log1p(np.maximum(depth[anchor_frame] - at, 0.0)) / DEPTH_SCALE
    before = arrays.text_before
    out[:, 4] = (before[:-1] - before[anchor]) / total  # signed: text between the title and the block
    heads, index = arrays.heads_before, arrays.index
    between = np.where(index > anchor, heads[index] - heads[anchor + 1], heads[anchor] - heads[index + 1])
    out[:, 5] = np.sign(index - anchor) * np.log1p(np.maximum(between, 0)) / HEADING_SCALE
    section = heads[1:]  # a section runs from a heading to the next: the headings up to each block
    out[:, 6] = np.bincount(section, weights=sizes)[section] / total
    return out


def _depths_and_common(parent: Sequence[int], ancestors: set[int]) -> tuple[list[int], list[int]]:
    """Per frame, in one pass (parents come before children): its depth, and its lowest ancestor (itself
    included) among `ancestors` (-1: only the page in common)."""
    depth = [0] * len(parent)
    common = [-1] * len(parent)
    for frame, up in enumerate(parent):
        if up >= 0:
            depth[frame] = depth[up] + 1
            common[frame] = frame if frame in ancestors else common[up]
        elif frame in ancestors:
            common[frame] = frame
    return depth, common


def subtree_sizes(last_inside: np.ndarray, frames: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Per frame, the size of the text of every block inside it at any depth (frames are numbered in
    document order and `last_inside[f]` is the last frame inside f: `page.end`)."""
    count = len(last_inside)
    inside = frames >= 0
    own = np.bincount(frames[inside], weights=sizes[inside], minlength=count)
    running = np.concatenate([[0.0], own.cumsum()])
    return running[last_inside + 1] - running[:count]
