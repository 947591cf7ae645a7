"""The numpy tree walk `benchmarks.story_learners` times against the story network gives LightGBM's scores."""

from __future__ import annotations

import lightgbm as lgb
import numpy as np

from benchmarks.story_learners import TREE_BASE, flat_trees, walk_trees


def test_the_walked_trees_give_lightgbms_raw_scores() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, 5))
    x[:, 3] = rng.integers(0, 3, 600)  # ties on a split's threshold go left, as in LightGBM
    y = (x[:, 0] + x[:, 1] * x[:, 3] > 0.5).astype(float)
    booster = lgb.train({**TREE_BASE, "num_leaves": 7, "min_data_in_leaf": 5}, lgb.Dataset(x, y),
                        num_boost_round=15)
    flat = flat_trees(booster)
    assert int(flat[-1]) >= 2  # trees deeper than one split
    np.testing.assert_allclose(walk_trees(flat, x), booster.predict(x, raw_score=True), atol=1e-9)
    assert walk_trees(flat, x[:0]).shape == (0,)
