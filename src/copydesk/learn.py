"""Plain-numpy models the trained parts of copydesk share (the line model of `clean`, the story
model of `extract`): weights are plain numbers in JSON files under `copydesk/data/`, and
scoring is a few matrix products, so no runtime beyond numpy is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

BLOCK_ROWS = 128  # rows multiplied at once at most: bounds the memory of one product
# OpenBLAS runs a product on one thread while rows × inputs × outputs stays under 65536 · 4 (its
# GEMM_MULTITHREAD_THRESHOLD); past it, on a busy 2-core machine, 128 rows of 76 → 64 took 41 µs a row
# against 0.5 µs a row for 53 rows (`Dense.single_thread_rows`).
SINGLE_THREAD_WORK = 65536 * 4
SLAB_ROWS = 4096  # rows whose layers are held at once: a page of many blocks holds ~3 MB a layer of 96


@dataclass(frozen=True, slots=True)
class Dense:
    """A stack of dense layers: ReLU between them, the last one linear to one logit."""

    layers: tuple[tuple[np.ndarray, np.ndarray], ...]

    def __call__(self, x: np.ndarray, rows: int = BLOCK_ROWS) -> np.ndarray:
        """One logit per row of `x`, multiplied `rows` rows at a time, in slabs of whole such products."""
        slab = rows * max(1, SLAB_ROWS // rows)  # the products' boundaries stay where they were
        if len(x) <= slab:
            return self._slab(x, rows)
        return np.concatenate([self._slab(x[lo:lo + slab], rows) for lo in range(0, len(x), slab)])

    def _slab(self, x: np.ndarray, rows: int) -> np.ndarray:
        """The logits of a slab of rows: each layer's products written into one array, whose bias and ReLU then
        take one call for the slab (half the numpy calls of a forward pass a product, on a median page's four)."""
        for n, (weights, bias) in enumerate(self.layers):
            out = np.empty((len(x), weights.shape[1]))
            for lo in range(0, len(x), rows):
                np.matmul(x[lo:lo + rows], weights, out=out[lo:lo + rows])
            out += bias
            if n + 1 < len(self.layers):
                np.maximum(out, 0.0, out=out)
            x = out
        return x[:, 0]

    def single_thread_rows(self) -> int:
        """The most rows (at most `BLOCK_ROWS`) whose products all stay on one OpenBLAS thread."""
        widest = max(weights.size for weights, _ in self.layers)
        return max(1, min(BLOCK_ROWS, (SINGLE_THREAD_WORK - 1) // widest))

    @classmethod
    def averaged(cls, networks: Sequence[Dense]) -> Dense:
        """One network whose logit is the mean of `networks`' logits (same inputs, same depth): their hidden
        layers side by side (block-diagonal past the first), the last layer's weights and bias averaged."""
        layers = []
        depth = len(networks[0].layers)
        for n in range(depth):
            weights = [net.layers[n][0] for net in networks]
            biases = [net.layers[n][1] for net in networks]
            if n + 1 == depth:
                layers.append((np.vstack(weights) / len(networks), np.mean(biases, axis=0)))
            elif n == 0:
                layers.append((np.hstack(weights), np.concatenate(biases)))
            else:
                layers.append((_block_diagonal(weights), np.concatenate(biases)))
        return cls(tuple(layers))

    @classmethod
    def from_json(cls, data: Sequence[dict]) -> Dense:
        layers = []
        for layer in data:
            weights = np.asarray(layer["weights"], dtype=np.float64)
            bias = np.asarray(layer["bias"], dtype=np.float64)
            layers.append((weights.reshape(weights.shape[0], -1), bias.reshape(-1)))
        return cls(tuple(layers))

    def to_json(self) -> list[dict]:
        return [{"weights": np.round(w, 6).tolist(), "bias": np.round(b, 6).tolist()} for w, b in self.layers]


def _block_diagonal(blocks: Sequence[np.ndarray]) -> np.ndarray:
    out = np.zeros((sum(b.shape[0] for b in blocks), sum(b.shape[1] for b in blocks)))
    row = col = 0
    for b in blocks:
        out[row:row + b.shape[0], col:col + b.shape[1]] = b
        row, col = row + b.shape[0], col + b.shape[1]
    return out
