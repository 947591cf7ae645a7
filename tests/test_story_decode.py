"""`benchmarks.story_decode` replays the story model's decisions as `extract` makes them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from benchmarks.bench_cv import iter_all
from benchmarks.story_decode import (
    VARIANTS,
    _decisions_only,
    add_triples,
    best_f1_keep,
    group_consensus,
    grown_runs,
    kept_region,
    outcome,
    platt_fit,
    replay_of,
    today,
    unsure_f1_platt,
)
from copydesk.errors import FormatError
from copydesk.extract.blocks import Page as Blocks
from copydesk.extract.blocks import collect_blocks
from copydesk.extract.engine import extract_with_model
from copydesk.extract.pagetype import PageType
from copydesk.extract.pagetype import load_model as load_type_model
from copydesk.extract.storymodel import load_model
from copydesk.html import Clock, parse_html
from copydesk.options import ExtractOptions

SHIPPED_STORY = Path(__file__).resolve().parents[1] / "src" / "copydesk" / "data" / "story_blocks.json"


def test_todays_decisions_replayed_are_extracts_output(shared_dir) -> None:
    # Every 150th page of the three sets (articles, listings, snippets' pages, one refused page or not): the
    # replay of today's decisions gives `extract`'s text, status and confidence with the same models.
    model, type_model = load_model(), load_type_model()
    pages = [p for n, p in enumerate(iter_all(None, shared_dir)) if n % 150 == 0]
    assert len(pages) > 10
    for page in pages:
        item = replay_of(page, type_model, {"shipped": [model] * 5})
        real = extract_with_model(page.html, page.url, model, ExtractOptions.build(None), type_model)
        got = outcome(item, today, "shipped", model, (1.0, 0.0))
        assert (got.text, got.status, got.confidence) == (real.text, str(real.status), real.confidence), page.key


def test_logits_added_to_cached_pages_are_the_replays_own(shared_dir) -> None:
    # `--add` reads more fold models' logits from the cached pieces, without parsing the pages again.
    model, type_model = load_model(), load_type_model()
    pages = [p for n, p in enumerate(iter_all(None, shared_dir)) if n % 300 == 0]
    items = [replay_of(page, type_model, {"shipped": [model] * 5}) for page in pages]
    read = [item for item in items if item.refused is None]
    assert len(read) > 5
    added = [replay_of(page, type_model, {}) for page in pages]
    add_triples(added, {"shipped": [model] * 5})
    for item, again in zip(items, added):
        assert np.array_equal(item.logits.get("shipped", np.zeros(0)), again.logits.get("shipped", np.zeros(0)))


def test_the_platt_fit_finds_the_scale_and_shift_the_labels_were_drawn_with() -> None:
    rng = np.random.default_rng(0)
    logits = rng.normal(0.0, 3.0, 20_000)
    labels = (rng.random(20_000) < 1.0 / (1.0 + np.exp(-(0.6 * logits - 0.8)))).astype(np.float64)
    a, b = platt_fit(logits, labels, np.ones_like(logits))
    assert abs(a - 0.6) < 0.05 and abs(b + 0.8) < 0.08


def _expected_f1(p: np.ndarray, w: np.ndarray, mask: np.ndarray) -> float:
    story = (p * w).sum()
    return float(2 * (p * w)[mask].sum() / (w[mask].sum() + story)) if story else 0.0


def test_the_best_f1_keep_is_the_best_of_every_subset() -> None:
    rng = np.random.default_rng(8)
    for _ in range(200):
        n = int(rng.integers(1, 9))
        p, w = rng.uniform(size=n), rng.integers(0, 40, size=n).astype(float)
        masks = [np.array([(k >> i) & 1 for i in range(n)], dtype=bool) for k in range(1 << n)]
        best = max(_expected_f1(p, w, m) for m in masks)
        assert abs(_expected_f1(p, w, best_f1_keep(p, w)) - best) < 1e-12


def test_a_doubtful_page_keeps_more_than_a_sure_one() -> None:
    sizes = np.array([100.0, 100.0, 100.0])
    assert best_f1_keep(np.array([0.99, 0.99, 0.4]), sizes).tolist() == [True, True, False]
    # the same doubtful block beside a story the model is unsure of: missing it would cost more
    assert best_f1_keep(np.array([0.6, 0.5, 0.4]), sizes).tolist() == [True, True, True]
    assert not best_f1_keep(np.zeros(3), sizes).any()
    assert best_f1_keep(np.zeros(0), np.zeros(0)).shape == (0,)


def test_the_cut_acts_only_where_the_page_is_surely_not_an_article(shared_dir) -> None:
    # s6 / s2 / s2a: the expected-F1 cut only under P(article) 0.4 / 0.2, whatever the page's label; s2a only adds.
    model, type_model = load_model(), load_type_model()
    platt = (0.63, 0.15)
    for page in (p for n, p in enumerate(iter_all(None, shared_dir)) if n % 40 == 0):
        item = replay_of(page, type_model, {"shipped": [model] * 5})
        logits = item.logits.get("shipped")
        if logits is None or item.page_type is None:
            continue
        now, cut = today(item, logits, model, platt)[0], unsure_f1_platt(item, logits, model, platt)[0]
        if not (cut & ~now).any() or not (now & ~cut).any():
            continue  # a page where the cut both adds and drops a block tells the variants apart
        for share, s6, s2 in ((0.3, cut, now), (0.1, cut, cut), (0.5, now, now)):
            others = (1.0 - share) / 2
            typed = replace(item, page_type=PageType("article", share, (("article", share), ("listing", others),
                                                                           ("service", others))))
            assert VARIANTS["s6"](typed, logits, model, platt)[0].tolist() == s6.tolist()
            assert VARIANTS["s2"](typed, logits, model, platt)[0].tolist() == s2.tolist()
            assert VARIANTS["s2a"](typed, logits, model, platt)[0].tolist() == (s2 | now).tolist()
        return
    raise AssertionError("no page where the cut both adds and drops a block")


STRUCTURED_PAGE = """<html><body><div id="nav"><ul><li><a href="/a">Home page link</a></li>
<li><a href="/b">World news</a></li><li><a href="/c">Sport pages</a></li></ul></div>
<div class="story"><article><p>The first paragraph of the story, long enough to be prose and end a sentence.</p>
<p>The second paragraph carries on with the story and ends as well.</p>
<p>The third paragraph closes it with a quote from someone who was there.</p></article>
<ul><li>Related item one here</li><li>Related item two here</li><li>Related item three here</li></ul></div>
<section><div><p>A note beside the story.</p></div></section>
<footer><p>Copyright notice of the site.</p></footer></body></html>"""


def _structured_blocks() -> Blocks:
    opts = ExtractOptions.build(None)
    page = collect_blocks(parse_html(STRUCTURED_PAGE, opts, Clock(opts.time_budget), None), opts,
                          Clock(opts.time_budget))
    assert [b.text.split()[0] for b in page.blocks] == ["Home", "World", "Sport", "The", "The", "The", "Related",
                                                        "Related", "Related", "A", "Copyright"]
    return page


def test_blocks_of_one_shape_move_toward_their_groups_mean() -> None:
    # g1: the menu's and the related list's items (li in ul in div) are one group, the story's paragraphs
    # (p in article in div) another; the lone note and footer keep their own logits.
    page = _structured_blocks()
    sizes = np.asarray([b.size for b in page.blocks])
    logits = np.array([-4.0, -2.0, -3.0, 3.0, -1.0, 4.0, 1.0, 0.5, 2.0, -0.5, -2.0])
    whole = group_consensus(page, logits, sizes, 1.0, bounded=False)
    items, story = [0, 1, 2, 6, 7, 8], [3, 4, 5]
    for group in (items, story):
        mean = (logits[group] * (sizes[group] + 1)).sum() / (sizes[group] + 1).sum()
        assert np.allclose(whole[group], mean)
    assert whole[9:].tolist() == logits[9:].tolist()
    half = group_consensus(page, logits, sizes, 0.5, bounded=False)
    assert np.allclose(half, (logits + whole) / 2)
    assert np.array_equal(group_consensus(page, logits, sizes, 0.0, bounded=True), logits)


def test_kept_runs_grow_to_the_eligible_blocks_beside_them() -> None:
    page = _structured_blocks()
    decided = np.array([False] * 4 + [True] + [False] * 6)
    eligible = np.array([False, True, False, True, False, True, True, False, False, True, False])
    # in reading order: 3-6 join the kept block 4 through each other; 1 and 9 touch no kept run
    assert grown_runs(page, decided, eligible, same_parent=False).nonzero()[0].tolist() == [3, 4, 5, 6]
    # within one parent frame: the related list's first item (another container) stays out
    assert grown_runs(page, decided, eligible, same_parent=True).nonzero()[0].tolist() == [3, 4, 5]


def test_the_region_is_the_smallest_frame_holding_most_of_the_kept_story() -> None:
    page = _structured_blocks()
    sizes = np.asarray([b.size for b in page.blocks])
    logits = np.array([-3.0, -3.0, -3.0, 4.0, 4.0, 4.0, -1.0, -1.0, -1.0, 2.0, -3.0])
    decided = logits > 0
    region = kept_region(page, logits, decided, sizes, 0.8)
    assert region is not None and region.nonzero()[0].tolist() == [3, 4, 5]  # the article, not its div
    everything = np.ones(len(sizes), dtype=bool)
    assert kept_region(page, logits, everything & False, sizes, 0.8) is None  # nothing kept
    spread = np.array([True] + [False] * 9 + [True])  # the first and last blocks: only the body holds both
    assert kept_region(page, np.zeros(len(sizes)), spread, np.ones(len(sizes)), 0.6) is None


def test_a_controls_models_are_read_for_their_margins_whatever_inputs_they_were_trained_on(tmp_path) -> None:
    # An arm with new inputs is scored against a control whose logits are cached: the control's models were
    # trained on other features, which `load_model` refuses; the replay reads their margins and calibration only.
    data = json.loads(SHIPPED_STORY.read_text("utf-8"))
    path = tmp_path / "story-fold0.json"
    path.write_text(json.dumps({**data, "features": data["features"][:-1]}), "utf-8")
    with pytest.raises(FormatError):
        load_model(path)
    shipped, read = load_model(), _decisions_only(path)
    assert (read.drop_logit, read.add_logit, read.calibration) == (
        shipped.drop_logit, shipped.add_logit, shipped.calibration)
