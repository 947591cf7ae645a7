"""`benchmarks.story_stack`: the second pass's inputs read the first pass's beliefs around a block, and its
correction network starts as the first pass."""

from __future__ import annotations

import numpy as np

from benchmarks.datasets import wcxb_pages
from benchmarks.label_blocks import label_page
from benchmarks.story_stack import STACK_FEATURES, page_stack, stack_inputs
from benchmarks.train_clean import fit
from copydesk.extract.pagetype import TRAINED_TYPES


def _built_page() -> tuple[np.ndarray, ...]:
    # frames 0 (the page) > 1 (an <article>) > 2, 3 (its paragraphs); frame 4 (an aside) > 5 (a link list)
    parent = np.array([-1, 0, 1, 1, 0, 4, -1])  # the last entry: outside the page
    frames = np.array([2, 2, 3, 5, 5])
    sizes = np.array([300.0, 100.0, 200.0, 20.0, 20.0])
    logits = np.array([4.0, 0.5, -2.0, -6.0, -12.0])
    rules_kept = np.array([True, True, True, False, False])
    return frames, parent, sizes, logits, rules_kept


def test_each_block_reads_the_first_passs_beliefs_around_it() -> None:
    x = stack_inputs(*_built_page(), items_page=False)
    at = {name: i for i, name in enumerate(STACK_FEATURES)}
    assert x.shape == (5, len(STACK_FEATURES))
    np.testing.assert_allclose(x[:, at["logit"]], [1.0, 0.125, -0.5, -1.5, -2.0])  # clipped at 8, / 4
    np.testing.assert_allclose(x[:, at["n1:logit"]], [0.125, -0.5, -1.5, -2.0, 0.0])  # 0 past the end
    np.testing.assert_allclose(x[:, at["n-3:logit"]], [0.0, 0.0, 0.0, 1.0, 0.125])
    # blocks 0 and 1 share a frame; the article's three blocks share a container; the page holds all five
    np.testing.assert_allclose(x[:2, at["frame:mean"]], 0.5625)
    np.testing.assert_allclose(x[:3, at["container:max"]], 1.0)
    np.testing.assert_allclose(x[3:, at["container:mean"]], -1.75)
    # the first pass keeps blocks 0-1 (block 2 is under the drop margin): 400 of 640 characters
    np.testing.assert_array_equal(x[:, at["first_kept"]], [1, 1, 0, 0, 0])
    np.testing.assert_allclose(x[:, at["page:kept_share"]], 400 / 640)
    np.testing.assert_allclose(x[:, at["span:after"]], [0, 0, 0.1, 0.2, 0.3])
    np.testing.assert_allclose(x[:, at["sure:distance"]], np.log1p([0, 1, 2, 3, 4]))


def test_on_a_page_of_items_the_first_pass_keeps_by_the_list_margins() -> None:
    frames, parent, sizes, logits, rules_kept = _built_page()
    x = stack_inputs(frames, parent, sizes, logits, rules_kept, items_page=True)
    np.testing.assert_array_equal(x[:, STACK_FEATURES.index("first_kept")], [1, 1, 1, 0, 0])


def test_the_correction_starts_at_zero_and_learns_what_the_first_pass_missed() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4000, 3))
    offset = x[:, 0]  # the first pass reads one input; the truth reads a second too
    y = (x[:, 0] + 2 * x[:, 1] + rng.normal(scale=0.3, size=4000) > 0).astype(np.float64)
    w = np.ones(4000)
    untrained = fit(x, y, w, seed=1, epochs=0, hidden=(8,), offset=offset)
    np.testing.assert_array_equal(untrained(x), 0.0)
    trained = fit(x, y, w, seed=1, epochs=200, hidden=(8,), offset=offset)

    def loss(logits: np.ndarray) -> float:
        p = 1 / (1 + np.exp(-logits))
        return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())

    assert loss(offset + trained(x)) < 0.8 * loss(offset)
    again = fit(x, y, w, seed=1, epochs=200, hidden=(8,), offset=offset)
    np.testing.assert_array_equal(again(x), trained(x))  # deterministic


def test_a_real_pages_second_pass_rows(shared_dir) -> None:
    page = next(p for p in wcxb_pages(shared_dir) if p.key == "0640")
    analysed = label_page(page)
    assert analysed is not None
    n = len(analysed.blocks.blocks)
    logits = np.linspace(-5.0, 5.0, n)
    x = page_stack(analysed, logits, np.zeros(len(TRAINED_TYPES)))
    assert x.shape == (n, len(STACK_FEATURES)) and np.isfinite(x).all()
