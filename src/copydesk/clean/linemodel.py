"""The trained line model: feature rows in, one story logit per line out.

Two small dense networks, trained by `benchmarks/train_clean.py` on the WCXB tune
split and shipped as `copydesk/data/clean_lines.json`: stage 1 reads a line's own
features (`features`), stage 2 reads stage-1 scores of its neighbourhood
(`context`) beside the same features. The file holds a few such pairs trained from
different seeds; their logits are averaged, and the learnt word weights the
features read (`vocab`). Weights are plain numbers in JSON;
scoring is a few numpy matrix products, so a page takes well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import orjson

from copydesk.clean.context import context_rows
from copydesk.clean.features import WORDS_SCALE, feature_names
from copydesk.clean.vocab import Vocabulary
from copydesk.errors import FormatError
from copydesk.html import Clock
from copydesk.learn import Dense

MODEL_FILE = "clean_lines.json"
CLOCK_ROWS = 2048  # rows scored between two looks at a caller's time budget (a few milliseconds)


@dataclass(frozen=True, slots=True)
class Stages:
    """Stage 1 (a line alone) and stage 2 (a line among its neighbours' scores)."""

    stage1: Dense
    stage2: Dense

    def __call__(self, x: np.ndarray, words: np.ndarray, clock: Clock | None = None) -> np.ndarray:
        second_in = np.hstack([context_rows(_timed(self.stage1, x, clock), words), x])
        return _timed(self.stage2, second_in, clock)


def _timed(dense: Dense, x: np.ndarray, clock: Clock | None) -> np.ndarray:
    """`dense(x)`, `CLOCK_ROWS` rows at a time with a look at `clock` between them; each product small
    enough to stay on one OpenBLAS thread (`Dense.single_thread_rows`)."""
    rows = dense.single_thread_rows()
    if clock is None or len(x) <= CLOCK_ROWS:
        return dense(x, rows)
    parts = []
    for lo in range(0, len(x), CLOCK_ROWS):
        clock.check("line scores")
        parts.append(dense(x[lo:lo + CLOCK_ROWS], rows))
    return np.concatenate(parts)


@dataclass(frozen=True, slots=True)
class LineModel:
    """A few two-stage pairs trained alike from different seeds, their logits averaged: one seed's
    quirks move word-F1 by ±0.003, their mean does not."""

    members: tuple[Stages, ...]
    vocabulary: Vocabulary

    def score(self, rows: Sequence[Sequence[float]], clock: Clock | None = None) -> list[float]:
        """The story logit of each feature row (one row per line, in document order); `clock` is the
        caller's time budget (`PageRejected` when it is spent)."""
        if not rows:
            return []
        x = np.asarray(rows, dtype=np.float64)
        words = line_words(x)
        total = np.zeros(len(x))
        for member in self.members:
            total = total + member(x, words, clock)
        return (total / len(self.members)).tolist()


_WORDS_COLUMN = feature_names().index("words")


def line_words(x: np.ndarray) -> np.ndarray:
    """Each row's word count, read back from its `words` feature (log1p(words) / WORDS_SCALE)."""
    return np.rint(np.expm1(x[:, _WORDS_COLUMN] * WORDS_SCALE))


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The shipped model (read once per process; it never changes, so output does not depend on history)."""
    return read_model(resources.files("copydesk").joinpath("data", MODEL_FILE).read_bytes(), MODEL_FILE)


def read_model(raw: bytes, name: str) -> LineModel:
    """A model file's bytes as a `LineModel` (`FormatError` when it was trained on other features)."""
    data = orjson.loads(raw)
    if data.get("features") != list(feature_names()):
        raise FormatError(f"{name} was trained on other features: retrain with benchmarks/train_clean.py")
    members = tuple(Stages(Dense.from_json(m["stage1"]), Dense.from_json(m["stage2"])) for m in data["members"])
    return LineModel(members, Vocabulary(data["vocabulary"]))
