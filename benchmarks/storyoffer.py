"""Offer lines and repeated runs: inputs of the story model that hold in every script.

A product's description is prose near its name; its offer lines (a price, stock, shipping), its specs and
its reviews are short, numeric or repeated. A listing's or a collection's content *is* a repeated run of
like items, and so are the reviews and "customers also bought" under a product. These inputs read that
from characters and the page's tree alone, never from words:

- per block: a currency sign (Unicode category Sc), a price (digits with a decimal separator next to a
  currency sign), a rating glyph (★☆…), whether it is one short line;
- its run: the block's container among like siblings (the same tag under one parent, at the level where
  the most repeat), the run's number of items and share of the page's text, and the share of the run's
  blocks that carry a currency sign, a price, a rating, are short, and its digits;
- where the block stands against the page's largest run and the first run after the title.

Candidates measured by `benchmarks/story_offer.py` (site-grouped CV over seed triples), not yet among the
shipped story model's inputs: no group raised WCXB all without lowering articles (benchmarks/RESULTS.md,
"Story model: products, forums, listings"). `storymodel.page_rows` would append `glyph_columns` or
`offer_columns` and `feature_names` their names.
"""

from __future__ import annotations

import re
from operator import itemgetter

import numpy as np

from copydesk.extract.blocks import Page

GLYPH_FEATURES = ("currency", "price", "rating", "short_line", "page_prices")
RUN_FEATURES = ("in_run", "run_items", "run_share", "run_currency", "run_price", "run_rating", "run_short",
                "run_digits", "in_largest_run", "before_first_run", "in_first_run", "after_first_run")
FEATURES = GLYPH_FEATURES + RUN_FEATURES
# Every character of Unicode category Sc (Unicode 14, `unicodedata`; `tests/extract/test_storyoffer.py` checks
# the list), written out: deriving it at import would walk every code point (~150 ms of start-up).
CURRENCY_SIGNS = ("$\u00a2\u00a3\u00a4\u00a5\u058f\u060b\u07fe\u07ff\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f\u17db"
                  "\u20a0\u20a1\u20a2\u20a3\u20a4\u20a5\u20a6\u20a7\u20a8\u20a9\u20aa\u20ab\u20ac\u20ad\u20ae"
                  "\u20af\u20b0\u20b1\u20b2\u20b3\u20b4\u20b5\u20b6\u20b7\u20b8\u20b9\u20ba\u20bb\u20bc\u20bd"
                  "\u20be\u20bf\u20c0\ua838\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6"
                  "\U00011fdd\U00011fde\U00011fdf\U00011fe0\U0001e2ff\U0001ecb0")
RATING_GLYPHS = "\u2605\u2606\u2729\u272a\u272b\u272c\u272d\u272e\u272f\u2730\u2b50\u2bea\u2beb"  # stars, half stars
# A price: a number with a decimal or thousands separator right beside a currency sign, either side
# ("$19.99", "1.299,00 €", "¥12,800"); one space (or no-break space) may stand between them.
_SIGNS = re.escape(CURRENCY_SIGNS)
PRICE = re.compile(rf"[{_SIGNS}][ \u00a0]?\d+[.,]\d|\d[.,]\d+[ \u00a0]?[{_SIGNS}]")
SHORT_LINE = 40  # Latin-character equivalents: a price, a stock line, a rating, a spec's value; a sentence runs longer
RUN_LEVELS = 3  # like items (reviews, products, teasers) repeat at the block's frame or one or two up
MIN_RUN = 3  # like siblings that make a run: two could be a pair of columns
RUN_SCALE = 5.0  # log1p(items) / this: a run of 150 items reads about 1
PRICE_SCALE = 4.0  # log1p(price blocks) / this: a page of 50 prices reads about 1

_CURRENCY, _RATING = 1, 2  # bits of `_GLYPHS`
_TAG_KEYS = 1 << 20  # a run's number is its parent frame's times this plus its tag's (a page has fewer tags)


def _glyph_table() -> tuple[np.ndarray, np.ndarray]:
    table = np.zeros(0x10000, np.uint8)
    table[[ord(c) for c in CURRENCY_SIGNS if ord(c) < 0x10000]] |= _CURRENCY
    table[[ord(c) for c in RATING_GLYPHS]] |= _RATING
    return table, np.array([ord(c) for c in CURRENCY_SIGNS if ord(c) >= 0x10000], np.uint32)


_GLYPHS, _WIDE_SIGNS = _glyph_table()
_LOWEST_GLYPH = min(ord(c) for c in CURRENCY_SIGNS[1:] + RATING_GLYPHS)  # "¢": every glyph but "$" is past it


def offer_columns(page: Page, texts: list[str], frames: np.ndarray, sizes: np.ndarray, digits: np.ndarray,
                  anchor: int | None) -> np.ndarray:
    """One row of `FEATURES` per block of `page`: `texts`, `frames`, `sizes` and `digits` (share of decimal
    digits) are the blocks', `anchor` the index of the title block (or None)."""
    glyphs = glyph_columns(texts, sizes)
    return np.hstack([glyphs, run_columns(page, frames, sizes, glyphs, digits, anchor)])


def glyph_columns(texts: list[str], sizes: np.ndarray) -> np.ndarray:
    """One row of `GLYPH_FEATURES` per text (`sizes`: their `Block.size`)."""
    n = len(texts)
    if not n:
        return np.zeros((0, len(GLYPH_FEATURES)))
    currency, rating, price, lines = _glyphs(texts)
    short = (sizes <= SHORT_LINE) & ~lines
    return np.column_stack([currency, price, rating, short, np.full(n, np.log1p(price.sum()) / PRICE_SCALE)])


def run_columns(page: Page, frames: np.ndarray, sizes: np.ndarray, glyphs: np.ndarray, digits: np.ndarray,
                anchor: int | None) -> np.ndarray:
    """One row of `RUN_FEATURES` per block of `page`; `glyphs` are the blocks' `glyph_columns`."""
    n = len(frames)
    out = np.zeros((n, len(RUN_FEATURES)))
    run, items, runs, _ = _runs(page, frames) if n else (np.zeros(0, np.int64), np.zeros(0), 0, None)
    if runs:
        ids = np.where(run >= 0, run, runs)  # blocks in no run share a last group, read as zeros
        own = np.column_stack([sizes, glyphs[:, :4], digits])  # size, currency, price, rating, short, digits
        width = own.shape[1]
        sums = np.bincount((ids[:, None] * width + np.arange(width)).ravel(), weights=own.ravel(),
                           minlength=(runs + 1) * width).reshape(runs + 1, width)  # every group's sums at once
        sums[runs] = 0.0
        count = np.bincount(ids, minlength=runs + 1)
        out[:, 0] = run >= 0
        out[:, 1] = np.log1p(items) / RUN_SCALE
        out[:, 2] = sums[ids, 0] / (float(sizes.sum()) or 1.0)
        out[:, 3:8] = sums[ids, 1:] / count[ids, None]
        out[:, 8] = ids == int(np.argmax(sums[:, 0]))
        index = np.arange(n)
        start = -1 if anchor is None else anchor
        later = np.flatnonzero((run >= 0) & (index > start))
        if len(later):
            first = run == run[later[0]]
            members = np.flatnonzero(first)
            out[:, 9] = (index < members[0]) & (index > start)
            out[:, 10] = first
            out[:, 11] = (index > members[-1]) & ~first
    return out


def _glyphs(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per text: whether it holds a currency sign, a rating glyph, a price, and more than one line. The page's
    characters are read at once in numpy, and the price pattern only in the texts holding a sign (the
    pattern over the whole page cost twice as much)."""
    n = len(texts)
    codes = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), np.uint32)
    starts = np.cumsum(np.fromiter(map(len, texts), np.int64, n) + 1)  # one separator a text
    breaks = np.bincount(np.searchsorted(starts, np.flatnonzero(codes == 10), side="right"), minlength=n)
    lines = breaks > (np.arange(n) < n - 1)  # a break besides the separator that follows the text
    at = np.flatnonzero((codes == ord("$")) | (codes >= _LOWEST_GLYPH))  # every other sign and star is past it
    kind = _GLYPHS[np.minimum(codes[at], 0xFFFF)]
    wide = codes[at] > 0xFFFF
    if wide.any():
        kind[wide] = np.where(np.isin(codes[at][wide], _WIDE_SIGNS), _CURRENCY, 0)
    at, kind = at[kind > 0], kind[kind > 0]
    owner = np.searchsorted(starts, at, side="right")
    currency = np.zeros(n)
    currency[owner[(kind & _CURRENCY) > 0]] = 1.0
    rating = np.zeros(n)
    rating[owner[(kind & _RATING) > 0]] = 1.0
    price = np.zeros(n)
    for i in np.flatnonzero(currency).tolist():
        price[i] = PRICE.search(texts[i]) is not None
    return currency, rating, price, lines


def _runs(page: Page, frames: np.ndarray) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
    """Per block, its run (numbered from 0 by the parent and tag its items share; -1: in no run), the
    run's items and the frame of the block's own item, and how many numbers there are. A block's item is
    its frame or one of its next `RUN_LEVELS - 1` ancestors, at the level whose parent holds the most
    children of the item's tag that are items of blocks at that level (at least `MIN_RUN`; the lowest level
    on a tie). The levels are counted in one pass."""
    parent = np.asarray([*page.parent, -1], np.int64)  # parent[-1]: outside the page
    size = len(parent)
    levels = [frames]
    for _ in range(RUN_LEVELS - 1):
        levels.append(np.where(levels[-1] >= 0, parent[levels[-1]], -1))
    up = np.stack(levels)  # (levels, blocks): each block's frame and its ancestors
    seen = np.zeros((RUN_LEVELS, size), bool)
    seen[np.arange(RUN_LEVELS)[:, None], up] = True
    seen[:, -1] = False  # outside the page is no item
    level, items = np.nonzero(seen)  # each level's items, in page order
    names = itemgetter(*items.tolist())(page.tag) if len(items) > 1 else tuple(page.tag[f] for f in items)
    number_of = {name: i for i, name in enumerate(dict.fromkeys(names))}  # in page order: no hash order
    tag = np.fromiter(map(number_of.__getitem__, names), np.int64, len(items))
    # The page's own children (parent -1) are never a run: their keys are negative, their likes 0.
    key = (parent[items] * _TAG_KEYS + tag) * RUN_LEVELS + level
    keys, group, count = np.unique(key, return_inverse=True, return_counts=True)
    likes = np.zeros((RUN_LEVELS, size), np.int64)  # likes[:, -1], outside the page: 0
    likes[level, items] = np.where(key >= 0, count[group.reshape(-1)], 0)
    runs, run_of_key = np.unique(keys // RUN_LEVELS, return_inverse=True)  # a run: one parent and tag, any level
    number = np.full((RUN_LEVELS, size), -1, np.int64)
    number[level, items] = run_of_key.reshape(-1)[group.reshape(-1)]
    rows = np.arange(RUN_LEVELS)[:, None]
    mine = np.where(likes[rows, up] >= MIN_RUN, likes[rows, up], 0)
    best_level = np.argmax(mine, axis=0)  # the first of the largest
    column = np.arange(len(frames))
    best = mine[best_level, column]
    item = up[best_level, column]
    return np.where(best > 0, number[best_level, item], -1), best, len(runs), np.where(best > 0, item, -1)
