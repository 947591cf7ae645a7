"""The shared dense network: chunked products give every row its logit, chunks stay on one BLAS thread."""

from __future__ import annotations

import numpy as np

from copydesk.learn import BLOCK_ROWS, SINGLE_THREAD_WORK, Dense


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

