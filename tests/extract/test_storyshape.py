"""Where blocks stand in the page's tree against its title (`copydesk.extract.storyshape`)."""

from __future__ import annotations

import numpy as np

from copydesk.extract.blocks import Page, collect_blocks
from copydesk.extract.metadata import read_metadata
from copydesk.extract.storyshape import FEATURES, _lowest_common, block_arrays, frame_depths, shape_columns
from copydesk.html import Clock, decode_html, parse_html
from copydesk.options import ExtractOptions


def _columns(html: bytes, anchor_text: str | None) -> tuple[list[str], dict[str, np.ndarray]]:
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    tree = parse_html(decode_html(html)[0], opts, clock)
    page = collect_blocks(tree, opts, clock)
    texts = [b.text for b in page.blocks]
    anchor = next(i for i, t in enumerate(texts) if t.startswith(anchor_text)) if anchor_text else None
    frames = np.array([b.frame for b in page.blocks], np.int64)
    sizes = np.array([b.size for b in page.blocks])
    heading = np.array([b.kind == "heading" for b in page.blocks])
    rows = shape_columns(page, anchor, block_arrays(page, frames, sizes, np.zeros(len(sizes)), heading))
    assert read_metadata(tree, None).title  # the fixture names its story, as the anchor does
    return texts, {name: rows[:, i] for i, name in enumerate(FEATURES)}


def test_blocks_are_placed_against_the_title_in_text_headings_and_containers(page) -> None:
    """The story fixture: a navigation menu above the headline, then the story, its sections headed,
    then related links. The menu shares only the page with the headline; the story's paragraphs share
    the article's container; text and headings from the title grow down the page and are negative above."""
    texts, columns = _columns(page("paywall_class_story.html"), "The Programming Language Death Spiral")
    title = next(i for i, t in enumerate(texts) if t.startswith("The Programming Language Death Spiral"))
    menu = texts.index("Blog Projects Notes About")
    last = next(i for i, t in enumerate(texts) if t.startswith("After writing this, I realized"))
    assert menu < title < last
    assert columns["no_anchor"].sum() == 0
    assert columns["text_from_anchor"][title] == 0 and columns["up_to_common"][title] == 0
    assert columns["text_from_anchor"][menu] < 0 and columns["headings_from_anchor"][menu] <= 0
    assert columns["common_share"][menu] == 1.0  # only the page in common with the title
    assert all(columns["common_share"][i] < 1.0 for i in range(title + 1, last + 1))
    assert np.all(np.diff(columns["text_from_anchor"][title:]) >= 0)
    assert np.all(np.diff(columns["headings_from_anchor"][title:]) >= 0)
    assert columns["headings_from_anchor"][last] > 0  # the story's sections lie between
    assert np.all((columns["section_share"] > 0) & (columns["section_share"] <= 1))


def test_a_page_without_a_title_or_kept_block_reads_no_anchor(page) -> None:
    _, columns = _columns(page("paywall_class_story.html"), None)
    assert set(columns["no_anchor"]) == {1.0}
    assert not any(columns[name].any() for name in FEATURES[1:])


def _walked(parent: list[int], chain: set[int]) -> tuple[list[int], list[int]]:
    """Each frame's depth and lowest frame of `chain` holding it (itself included; -1: none), walked down the
    parents: what `frame_depths` and `_lowest_common` count from the frames' ends."""
    depth, common = [0] * len(parent), [-1] * len(parent)
    for frame, up in enumerate(parent):
        depth[frame] = depth[up] + 1 if up >= 0 else 0
        common[frame] = frame if frame in chain else common[up] if up >= 0 else -1
    return depth, common


def test_depths_and_common_frames_counted_from_the_ends_match_a_walk_of_the_tree() -> None:
    """Every frame of a page with nested wrappers, lists and asides, as anchor in turn: the counts read from
    `page.end` agree with a walk down the parents (and a frame of -1, outside every frame, has none)."""
    page = _page(b"<html><body><header><nav><ul><li><a href='/'>Home</a></li><li>News</li></ul></nav></header>"
                 b"<main><article><h1>A title of a story</h1><div><div><p>One paragraph of the story.</p></div>"
                 b"<section><p>Another.</p><blockquote><p>A quote.</p></blockquote></section></div></article>"
                 b"<aside><ul><li>Related one</li><li>Related two</li></ul></aside></main>"
                 b"<footer><p>Fine print</p></footer></body></html>")
    last_inside = np.asarray(page.end, np.int64)
    frames = np.arange(-1, len(page.parent))
    assert len(page.parent) > 10
    for anchor in range(len(page.parent)):
        chain = [anchor]
        while page.parent[chain[-1]] >= 0:
            chain.append(page.parent[chain[-1]])
        depth, common = _walked(page.parent, set(chain))
        assert frame_depths(last_inside).tolist() == depth
        assert _lowest_common(np.array(chain[::-1], np.int64), last_inside, frames).tolist() == [-1, *common]


def _page(html: bytes) -> Page:
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    return collect_blocks(parse_html(decode_html(html)[0], opts, clock), opts, clock)
