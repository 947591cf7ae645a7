"""`benchmarks.story_decode` replays the story model's decisions as `extract` makes them."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from benchmarks.bench_cv import iter_all
from benchmarks.story_decode import (
    VARIANTS,
    add_triples,
    best_f1_keep,
    outcome,
    platt_fit,
    replay_of,
    today,
    unsure_f1_platt,
)
from copydesk.extract.engine import extract_with_model
from copydesk.extract.pagetype import PageType
from copydesk.extract.pagetype import load_model as load_type_model
from copydesk.extract.storymodel import load_model
from copydesk.options import ExtractOptions


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
