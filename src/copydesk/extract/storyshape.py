"""Where a block stands in the page's tree against the page's title: inputs of the story model.

A page's content hangs near its title: a product's description and specs share a tight container with
the product's name, a forum's posts follow the thread's title in one column, a story's paragraphs sit
under its headline. Reviews, fine print, a sidebar or the next story's teaser share only a wide
container with the title (or the page itself). These are shapes of the page's own tree, never words.
The anchor is the headline block (`storymodel._headline_index`) or, without one, the first block the
rules kept; a page with neither has no anchor and reads 0 everywhere but `no_anchor`.
"""

from __future__ import annotations

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
    indices: np.ndarray  # 0 … n - 1 (`index` is a tuple's method)
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
    parent = page.parent
    anchor_frame = int(frames[anchor])
    chain = []  # the anchor's frame and its ancestors, from the top
    frame = anchor_frame
    while frame >= 0:
        chain.append(frame)
        frame = parent[frame]
    chain.reverse()
    total = float(sizes.sum()) or 1.0
    depth = np.append(frame_depths(arrays.last_inside), 0.0)  # a frame of -1 reads the sentinels appended
    joint = _lowest_common(np.array(chain, np.int64), arrays.last_inside, frames)
    subtree = np.append(subtree_sizes(arrays.last_inside, frames, sizes), total)
    at = depth[joint]
    out[:, 1] = np.log1p(depth[frames] - at) / DEPTH_SCALE
    out[:, 2] = subtree[joint] / total
    out[:, 3] = np.log1p(np.maximum(depth[anchor_frame] - at, 0.0)) / DEPTH_SCALE
    before = arrays.text_before
    out[:, 4] = (before[:-1] - before[anchor]) / total  # signed: text between the title and the block
    heads, index = arrays.heads_before, arrays.indices
    between = np.where(index > anchor, heads[index] - heads[anchor + 1], heads[anchor] - heads[index + 1])
    out[:, 5] = np.sign(index - anchor) * np.log1p(np.maximum(between, 0)) / HEADING_SCALE
    section = heads[1:]  # a section runs from a heading to the next: the headings up to each block
    out[:, 6] = np.bincount(section, weights=sizes)[section] / total
    return out


def frame_depths(last_inside: np.ndarray) -> np.ndarray:
    """Per frame, how many frames hold it: of the frames numbered before f (document order), those that
    ended before f (`last_inside[g] < f`) do not, the others do. Counted in numpy, not walked frame by frame."""
    count = len(last_inside)
    ended = np.zeros(count, np.int64)  # ended[f]: the frames whose last frame inside comes before f
    np.cumsum(np.bincount(last_inside, minlength=count)[:-1], out=ended[1:])
    return np.arange(count) - ended


def _lowest_common(chain: np.ndarray, last_inside: np.ndarray, frames: np.ndarray) -> np.ndarray:
    """Per entry of `frames`, the deepest frame of `chain` (one frame and its ancestors, from the top) that
    holds it, itself included (-1: none, and for a frame of -1). The chain's frames nest: their numbers rise
    and their last frames inside fall, so the ones that hold a frame are the chain's first k, for the k both
    searches allow."""
    if not len(chain):
        return np.full(len(frames), -1, np.int64)
    opened = np.searchsorted(chain, frames, side="right")  # chain frames numbered at or before it
    still_open = np.searchsorted(-last_inside[chain], -frames, side="right")  # and not ended before it
    held = np.minimum(opened, still_open)
    return np.where(held > 0, chain[held - 1], -1)


def subtree_sizes(last_inside: np.ndarray, frames: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Per frame, the size of the text of every block inside it at any depth (frames are numbered in
    document order and `last_inside[f]` is the last frame inside f: `page.end`)."""
    count = len(last_inside)
    inside = frames >= 0
    own = np.bincount(frames[inside], weights=sizes[inside], minlength=count)
    running = np.concatenate([[0.0], own.cumsum()])
    return running[last_inside + 1] - running[:count]
