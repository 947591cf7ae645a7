"""The shared dense network: chunked products give every row its logit, chunks stay on one BLAS thread."""

from __future__ import annotations

import numpy as np

from copydesk.learn import BLOCK_ROWS, SINGLE_THREAD_WORK, Dense, best_f1_keep


def _network(inputs: int, hidden: int) -> Dense:
    rng = np.random.default_rng(0)
    return Dense(((rng.normal(size=(inputs, hidden)), rng.normal(size=hidden)),
                  (rng.normal(size=(hidden, 1)), rng.normal(size=1))))


def test_single_thread_rows_keep_every_product_under_the_threading_threshold() -> None:
    network = _network(76, 64)
    rows = network.single_thread_rows()
    assert rows * 76 * 64 < SINGLE_THREAD_WORK <= (rows + 1) * 76 * 64
    assert _network(4, 3).single_thread_rows() == BLOCK_ROWS  # a tiny network keeps the usual chunk


def test_every_row_gets_one_logit_whatever_the_chunk() -> None:
    network = _network(10, 6)
    x = np.random.default_rng(1).normal(size=(300, 10))
    whole = network(x)
    assert whole.shape == (300,)
    np.testing.assert_allclose(network(x, 7), whole, rtol=1e-12)
    assert network(np.zeros((0, 10))).shape == (0,)


def test_averaged_networks_give_the_mean_of_their_logits() -> None:
    x = np.random.default_rng(2).normal(size=(50, 10))
    members = [Dense(((rng.normal(size=(10, 6)), rng.normal(size=6)), (rng.normal(size=(6, 1)), rng.normal(size=1))))
               for rng in map(np.random.default_rng, (3, 4, 5))]
    averaged = Dense.averaged(members)
    assert averaged.layers[0][0].shape == (10, 18)
    np.testing.assert_allclose(averaged(x), np.mean([m(x) for m in members], axis=0), rtol=1e-12)
    deep = [Dense(((rng.normal(size=(10, 5)), rng.normal(size=5)), (rng.normal(size=(5, 4)), rng.normal(size=4)),
                   (rng.normal(size=(4, 1)), rng.normal(size=1)))) for rng in map(np.random.default_rng, (6, 7))]
    np.testing.assert_allclose(Dense.averaged(deep)(x), np.mean([m(x) for m in deep], axis=0), rtol=1e-12)


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
