"""The shared dense network: chunked products give every row its logit, chunks stay on one BLAS thread."""

from __future__ import annotations

import numpy as np

from copydesk.learn import BLOCK_ROWS, SINGLE_THREAD_WORK, SLAB_ROWS, Dense


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


def test_slabs_give_the_logits_of_a_forward_pass_a_product_bit_for_bit() -> None:
    """Each layer's products written into one array, its bias and ReLU applied once a slab, give the very bits of
    a forward pass per product of `rows` rows (the same products; the rest is elementwise), across slabs too."""
    network = _network(12, 9)
    rng = np.random.default_rng(8)
    for n in (1, 27, 28, 29, SLAB_ROWS - 1, SLAB_ROWS + 5, 2 * SLAB_ROWS + 100):
        x = rng.normal(size=(n, 12))
        parts = []
        for lo in range(0, n, 28):
            part = x[lo:lo + 28]
            for depth, (weights, bias) in enumerate(network.layers):
                part = part @ weights + bias
                part = np.maximum(part, 0.0) if depth + 1 < len(network.layers) else part
            parts.append(part[:, 0])
        assert network(x, 28).tobytes() == np.concatenate(parts).tobytes()


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

