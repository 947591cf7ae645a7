"""Blocks written by one template (`copydesk.extract.storygroups`): inputs of the story model."""

from __future__ import annotations

import numpy as np

from copydesk.extract.blocks import collect_blocks
from copydesk.extract.storygroups import FEATURES, SIZE_SCALE, group_columns
from copydesk.extract.storymodel import KIND_INDEX, KINDS
from copydesk.html import Clock, decode_html, parse_html
from copydesk.options import ExtractOptions

PAGE = b"""<html><head><title>Pine shelves</title></head><body>
<article><h1>Pine shelves</h1>
<p>Solid pine shelves, oiled by hand, in three widths for any wall of the house.</p>
<p>Each shelf carries thirty kilograms on the two brackets that come with it.</p>
<ul><li>Width 60, 80 or 100 centimetres</li><li>Depth 20 centimetres</li></ul>
</article>
<aside><ul><li><a href="/oak">Oak table</a> seats six at a long dinner.</li>
<li><a href="/elm">Elm bench</a> for the hall or the garden.</li>
<li><a href="/ash">Ash stool</a> stacks five high in a corner.</li></ul></aside>
</body></html>"""


def test_blocks_of_one_tag_chain_and_kind_share_their_groups_size_text_and_fate() -> None:
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    page = collect_blocks(parse_html(decode_html(PAGE)[0], opts, clock), opts, clock)
    texts = [b.text for b in page.blocks]
    frames = np.array([b.frame for b in page.blocks], np.int64)
    kinds = np.array([KIND_INDEX.get(b.kind, len(KINDS)) for b in page.blocks], np.int64)
    sizes = np.array([b.size for b in page.blocks], np.float64)
    at = {t.split()[0]: i for i, t in enumerate(texts)}
    oak, elm, ash, solid, each, width, depth = (at[w] for w in ("Oak", "Elm", "Ash", "Solid", "Each", "Width",
                                                                "Depth"))
    kept = np.zeros(len(texts))
    kept[[at["Pine"], solid, each, oak]] = 1.0  # the rules kept the heading, the paragraphs and one teaser
    columns = dict(zip(FEATURES, group_columns(page, frames, kinds, sizes, kept).T))
    # the aside's three teasers are one group (`li` / `ul` / `aside`), the spec list's two items another
    assert columns["size"][oak] == columns["size"][ash] == np.log1p(3) / SIZE_SCALE
    assert columns["kept_share"][elm] == columns["kept_share"][ash] == 1 / 3
    # the two paragraphs are one group: its text share is theirs, and both were kept
    assert columns["text_share"][solid] == columns["text_share"][each] == (
        (sizes[solid] + sizes[each]) / sizes.sum())
    assert columns["kept_share"][solid] == columns["kept_share"][each] == 1.0
    # the spec list's items share a fate the rules did not give them: none kept
    assert columns["kept_share"][width] == columns["kept_share"][depth] == 0.0
    assert columns["size"][width] == np.log1p(2) / SIZE_SCALE
    assert group_columns(page, frames[:0], kinds[:0], sizes[:0], kept[:0]).shape == (0, len(FEATURES))
