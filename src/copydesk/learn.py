"""Plain-numpy models the trained parts of copydesk share (the line model of `clean`, the story
model of `extract`): weights are plain numbers in JSON files under `copydesk/data/`, and
scoring is a few matrix products, so no runtime beyond numpy is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Rows multiplied at once. OpenBLAS hands a product of ~200 rows or more to its threads; on a busy
# machine waiting for them took 30 ms a product (a page needs twelve), against 0.2 ms for 128 rows.
BLOCK_ROWS = 128


@dataclass(frozen=True, slots=True)
class Dense:
    """A stack of dense layers: ReLU between them, the last one linear to one logit."""

    layers: tuple[tuple[np.ndarray, np.ndarray], ...]

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return np.concatenate([self._forward(x[lo:lo + BLOCK_ROWS]) for lo in range(0, len(x), BLOCK_ROWS)] or
                              [np.zeros(0)])

    def _forward(self, x: np.ndarray) -> np.ndarray:
        for n, (weights, bias) in enumerate(self.layers):
            x = x @ weights + bias
            if n + 1 < len(self.layers):
                x = np.maximum(x, 0.0)
        return x[:, 0]

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
