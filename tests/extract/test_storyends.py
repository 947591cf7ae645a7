"""Where a story's run of prose ends (`copydesk.extract.storyends`)."""

from __future__ import annotations

import numpy as np

from copydesk.extract.blocks import collect_blocks
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.storyends import FEATURES, end_columns
from copydesk.extract.storymodel import _character_columns, _prose
from copydesk.extract.storyshape import block_arrays
from copydesk.html import Clock, decode_html, parse_html
from copydesk.options import ExtractOptions


def _columns(html: bytes) -> tuple[list[str], dict[str, np.ndarray]]:
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    page = collect_blocks(parse_html(decode_html(html)[0], opts, clock), opts, clock)
    texts = [b.text for b in page.blocks]
    frames = np.array([b.frame for b in page.blocks], np.int64)
    sizes = np.array([b.size for b in page.blocks], np.float64)
    densities = np.array([b.link_density for b in page.blocks], np.float64)
    heading = np.array([b.kind == "heading" for b in page.blocks])
    prose = _prose(_character_columns(texts)[1], sizes, densities > LINK_HEAVY)
    rows = end_columns(page, block_arrays(page, frames, sizes, densities, heading), prose)
    return texts, {name: rows[:, i] for i, name in enumerate(FEATURES)}


def _at(texts: list[str], start: str) -> int:
    return next(i for i, t in enumerate(texts) if t.startswith(start))


def test_the_story_body_is_the_main_frame_and_the_comments_lie_past_its_end(page) -> None:
    """A story in its body container, then related links and a comment under a heading: the story's
    paragraphs are in the frame holding most of the page's prose, the comment is not, comes past the
    story's last paragraph and after a heading; the menu above sees no prose before it."""
    texts, columns = _columns(page("article_with_widgets.html"))
    first = _at(texts, "The council of the small harbour town")
    last = _at(texts, "Residents will be able to see the plans")
    comment = _at(texts, "I grew up by that wall")
    menu = _at(texts, "Home")
    assert first < last < comment
    for i in (first, last):
        assert columns["in_main"][i] == 1 and columns["past_main"][i] == 0
        assert columns["heading_since_prose"][i] == 0
    assert columns["in_main"][comment] == 0 and columns["past_main"][comment] > 0
    assert columns["heading_since_prose"][comment] == 1
    assert columns["blocks_since_prose"][menu] == 2.0  # no prose above it
    assert columns["prose_before"][menu] == 0 and columns["prose_after"][first] > 0
    assert columns["links_after"][last] > columns["links_before"][last]  # the related links follow the story
    assert np.all((rows := np.column_stack(list(columns.values()))) >= 0) and np.all(rows <= 2)


def test_a_page_without_prose_has_no_main_frame() -> None:
    _, columns = _columns(b"<html><body><ul><li><a href='/a'>One link</a></li><li>two</li></ul></body></html>")
    assert not columns["in_main"].any() and not columns["past_main"].any()
    assert set(columns["blocks_since_prose"]) == {2.0}
