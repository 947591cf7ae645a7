"""`benchmarks.story_decode` replays the story model's decisions as `extract` makes them."""

from __future__ import annotations

import numpy as np

from benchmarks.bench_cv import iter_all
from benchmarks.story_decode import add_triples, outcome, platt_fit, replay_of, today
from copydesk.extract.engine import extract_with_model
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
