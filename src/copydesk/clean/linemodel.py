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
from copydesk.learn import Dense

MODEL_FILE = "clean_lines.json"


@dataclass(frozen=True, slots=True)
class Stages:
    """Stage 1 (a line alone) and stage 2 (a line among its neighbours' scores)."""

    stage1: Dense
    stage2: Dense

    def __call__(self, x: np.ndarray, words: np.ndarray) -> np.ndarray:
        second_in = np.hstack([context_rows(self.stage1(x), words), x])
        return self.stage2(second_in)


@dataclass(frozen=True, slots=True)
class LineModel:
    """A few two-stage pairs trained alike from different seeds, their logits averaged: one seed's
    quirks move word-F1 by ±0.003, their mean does not."""

    members: tuple[Stages, ...]
    vocabulary: Vocabulary

    def score(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The story logit of each feature row (one row per line, in document order)."""
        if not rows:
            return []
        x = np.asarray(rows, dtype=np.float64)
        words = line_words(x)
        total: np.ndarray = sum(member(x, words) for member in self.members)  # type: ignore[assignment]
        return (total / len(self.members)).tolist()


_WORDS_COLUMN = feature_names().index("words")


def line_words(x: np.ndarray) -> np.ndarray:
    """Each row's word count, read back from its `words` feature (log1p(words) / WORDS_SCALE)."""
    return np.rint(np.expm1(x[:, _WORDS_COLUMN] * WORDS_SCALE))


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The shipped model (read once per process; it never changes, so output does not depend on history)."""
    raw = resources.files("copydesk").joinpath("data", MODEL_FILE).read_bytes()
    data = orjson.loads(raw)
    if data.get("features") != list(feature_names()):
        raise FormatError(f"{MODEL_FILE} was trained on other features: retrain with benchmarks/train_clean.py")
    members = tuple(Stages(Dense.from_json(m["stage1"]), Dense.from_json(m["stage2"])) for m in data["members"])
    return LineModel(members, Vocabulary(data["vocabulary"]))
