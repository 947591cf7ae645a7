"""Which learner decides the story's blocks best: the averaged MLP of `train_story`, gradient-boosted trees,
or both averaged, on the same inputs, labels, folds and kept-block scoring.

    python -m benchmarks.story_learners                     # MLP, trees, both (caches out/story-rows.pkl)
    python -m benchmarks.story_learners --compare weights   # the loss's block weights (`WEIGHTINGS`)
    python -m benchmarks.story_learners --compare margins   # the overrule margins chosen by inner CV
    python -m benchmarks.story_learners --compare cost      # per-page cost: the network against trees walked in numpy

Site-grouped CV exactly as `train_story` (each fold's model trained on the other folds' tune pages, out-of-fold
page types, kept blocks joined). The trees' settings are chosen per outer fold by an inner site-grouped CV
over that fold's training folds only (`GRID`, declared up front; the test fold's score never chooses).
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from benchmarks.datasets import CV_FOLDS
from benchmarks.label_blocks import labelled_pages
from benchmarks.train_clean import fit
from benchmarks.train_story import (
    ADD_LOGIT,
    DROP_LOGIT,
    EPOCHS,
    HIDDEN,
    SEEDS,
    _weights,
    out_of_fold_types,
    page_score,
    report,
    rows_of,
    snippet_f1,
)
from benchmarks.train_story import train as train_mlp
from copydesk.learn import Dense

CACHE = Path(__file__).resolve().parent / "out" / "story-rows.pkl"


def build_cache(path: Path) -> None:
    items = list(labelled_pages())
    with tempfile.TemporaryDirectory() as folds_dir:
        rows = rows_of(items, out_of_fold_types(items, Path(folds_dir)))
    light = [SimpleNamespace(page=replace(a.page, html=b""), labels=a.labels, weights=a.weights,
                             blocks=SimpleNamespace(blocks=[SimpleNamespace(text=b.text, size=b.size)
                                                            for b in a.blocks.blocks]),
                             rules_kept=list(a.selection.kept))
             for a in items]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps((light, rows)))


@dataclass(frozen=True)
class Data:
    items: list
    rows: list[np.ndarray]
    folds: np.ndarray
    tune: np.ndarray


def load(path: Path) -> Data:
    if not path.exists():
        build_cache(path)
    items, rows = pickle.loads(path.read_bytes())
    return Data(items, rows, np.asarray([a.page.fold for a in items]),
                np.asarray([a.page.split == "tune" for a in items]))


def stacked(data: Data, at: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    at = [i for i in at if len(data.rows[i])]
    x = np.vstack([data.rows[i] for i in at])
    y = np.concatenate([np.asarray(data.items[i].labels, dtype=np.float64) for i in at])
    w = np.concatenate([_weights(data.items[i]) for i in at])
    keep = w > 0
    return x[keep], y[keep], w[keep]


Learner = Callable[[Data, list[int]], Callable[[np.ndarray], np.ndarray]]


def mlp(data: Data, at: list[int]) -> Callable[[np.ndarray], np.ndarray]:
    return train_mlp([data.items[i] for i in at], [data.rows[i] for i in at])


# Gradient-boosted trees: fixed settings, deterministic on one thread (same bytes on a rerun).
TREE_BASE = {"objective": "binary", "learning_rate": 0.05, "min_data_in_leaf": 50, "lambda_l2": 1.0,
             "deterministic": True, "force_row_wise": True, "num_threads": 1, "seed": 14, "verbosity": -1}
# The grid the inner CV chooses from, declared before any run: leaves per tree × number of trees.
GRID_LEAVES = (15, 63)
GRID_TREES = (100, 200, 400)


def boosted(data: Data, at: list[int], leaves: int, rounds: int):  # -> lightgbm.Booster
    import lightgbm as lgb

    x, y, w = stacked(data, at)
    return lgb.train({**TREE_BASE, "num_leaves": leaves}, lgb.Dataset(x, y, weight=w), num_boost_round=rounds)


def chosen_setting(data: Data, outer: int) -> tuple[int, int]:
    """(leaves, trees) with the best WCXB-all score (kept blocks, train_story's margins) over an inner
    site-grouped CV of the outer fold's training folds, tune pages only."""
    scores: dict[tuple[int, int], list[float]] = {}
    inner_folds = [j for j in range(CV_FOLDS) if j != outer]
    for leaves in GRID_LEAVES:
        logits: dict[tuple[int, int], dict[int, np.ndarray]] = {(leaves, r): {} for r in GRID_TREES}
        for j in inner_folds:
            train_at = [i for i in range(len(data.items)) if data.tune[i] and data.folds[i] not in (outer, j)]
            booster = boosted(data, train_at, leaves, max(GRID_TREES))
            for i in range(len(data.items)):
                if data.tune[i] and data.folds[i] == j and len(data.rows[i]):
                    for r in GRID_TREES:
                        logits[leaves, r][i] = booster.predict(data.rows[i], raw_score=True, num_iteration=r)
        pages = [i for i in range(len(data.items)) if data.tune[i] and data.folds[i] in inner_folds]
        for key, lg in logits.items():
            scores[key] = [wcxb_all(data, kept_of(data, lg, DROP_LOGIT, ADD_LOGIT), pages)]
    print(f"fold {outer} inner CV:", {f"{k[0]}x{k[1]}": round(v[0], 4) for k, v in scores.items()}, flush=True)
    return max(scores, key=lambda key: (scores[key][0], -key[0], -key[1]))


def trees_cv(data: Data) -> dict[int, np.ndarray]:
    out: dict[int, np.ndarray] = {}
    for k in range(CV_FOLDS):
        leaves, rounds = chosen_setting(data, k)
        train_at = [i for i in range(len(data.items)) if data.folds[i] != k and data.tune[i]]
        booster = boosted(data, train_at, leaves, rounds)
        for i in range(len(data.items)):
            if data.folds[i] == k and len(data.rows[i]):
                out[i] = booster.predict(data.rows[i], raw_score=True)
    return out


# Block weights in the loss (declared before any run): the power of the block's size, and whether every page
# weighs alike (its weights sum to 1) or by its number of blocks (today: sqrt, by blocks).
WEIGHTINGS = {"sqrt": (0.5, False), "words": (1.0, False), "sqrt-page": (0.5, True), "words-page": (1.0, True)}


def weighted_mlp(kind: str, seeds: Sequence[int] = SEEDS) -> Learner:
    power, per_page = WEIGHTINGS[kind]

    def weights(item) -> np.ndarray:
        sizes = np.asarray([b.size for b in item.blocks.blocks], dtype=np.float64)
        raw = (sizes + 1.0) ** power * np.asarray(item.weights)
        total = raw.sum()
        return raw / total if per_page and total else raw * (len(raw) / total) if total else raw

    def learner(data: Data, at: list[int]) -> Callable[[np.ndarray], np.ndarray]:
        at = [i for i in at if len(data.rows[i])]
        x = np.vstack([data.rows[i] for i in at])
        y = np.concatenate([np.asarray(data.items[i].labels, dtype=np.float64) for i in at])
        w = np.concatenate([weights(data.items[i]) for i in at])
        keep = w > 0
        return Dense.averaged([fit(x[keep], y[keep], w[keep], seed=seed, epochs=EPOCHS, hidden=HIDDEN)
                               for seed in seeds])

    return learner


# Overrule margins (drop a rules-kept block under the first, keep a dropped one over the second), chosen per
# outer fold by inner CV on its training folds' tune pages, for WCXB all word-F1 + snippet F1 (declared up front).
DROP_GRID = (-2.5, -2.0, -1.5, -1.0, -0.5)
ADD_GRID = (0.5, 1.0, 1.5, 2.0)


def margins_cv(data: Data) -> dict[int, tuple[float, float]]:
    """Each outer fold's margins, by an inner CV of the MLP over its training folds."""
    chosen = {}
    for k in range(CV_FOLDS):
        pages = [i for i in range(len(data.items)) if data.tune[i] and data.folds[i] != k]
        inner = cv_logits(data, mlp, pages, [j for j in range(CV_FOLDS) if j != k])
        scores = {}
        for drop in DROP_GRID:
            for add in ADD_GRID:
                kept = kept_of(data, inner, drop, add)
                scores[drop, add] = wcxb_all(data, kept, pages) + snippet_f1_of(data, kept, pages)
        chosen[k] = max(scores, key=lambda key: (round(scores[key], 6), key == (DROP_LOGIT, ADD_LOGIT)))
        print(f"fold {k}: margins {chosen[k]} (inner {scores[chosen[k]]:.4f}, today's "
              f"{scores[DROP_LOGIT, ADD_LOGIT]:.4f})", flush=True)
    return chosen


def snippet_f1_of(data: Data, kept: list[list[int]], pages: Sequence[int]) -> float:
    return snippet_f1([data.items[i] for i in pages], [kept[i] for i in pages])


def flat_trees(booster) -> tuple[np.ndarray, ...]:
    """A booster's trees as node arrays (feature, threshold, left, right, leaf value; a leaf loops to itself
    with an infinite threshold), each tree's root, and the depth: what a numpy evaluator walks."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots = []
    depth = 0

    def add(node: dict, level: int) -> int:
        nonlocal depth
        at = len(feature)
        feature.append(0)
        threshold.append(np.inf)
        left.append(at)
        right.append(at)
        value.append(node.get("leaf_value", 0.0))
        if "split_feature" in node:
            assert node["decision_type"] == "<=", node["decision_type"]
            feature[at], threshold[at] = node["split_feature"], node["threshold"]
            left[at] = add(node["left_child"], level + 1)
            right[at] = add(node["right_child"], level + 1)
        depth = max(depth, level)
        return at

    for tree in booster.dump_model()["tree_info"]:
        roots.append(add(tree["tree_structure"], 0))
    return (np.asarray(feature), np.asarray(threshold), np.asarray(left), np.asarray(right), np.asarray(value),
            np.asarray(roots), np.asarray(depth))


def walk_trees(flat: tuple[np.ndarray, ...], x: np.ndarray) -> np.ndarray:
    """The summed leaf values of every row: all (row, tree) pairs step down one level at a time."""
    feature, threshold, left, right, value, roots, depth = flat
    node = np.broadcast_to(roots, (len(x), len(roots)))
    offsets = (np.arange(len(x)) * x.shape[1])[:, None]
    cells = x.ravel()
    for _ in range(int(depth)):
        node = np.where(cells[offsets + feature[node]] <= threshold[node], left[node], right[node])
    return value[node].sum(1)


def cost(data: Data, leaves: int, rounds: int) -> None:
    """Per-page cost of the story logits on the holdout pages: the shipped network against the trees walked in
    numpy (trained on every tune page), interleaved in one process; the trees' output checked against LightGBM."""
    from copydesk.extract.storymodel import load_model

    network = load_model()
    booster = boosted(data, [i for i in range(len(data.items)) if data.tune[i]], leaves, rounds)
    flat = flat_trees(booster)
    pages = [data.rows[i] for i in range(len(data.items)) if not data.tune[i] and len(data.rows[i])]
    worst = max(float(np.max(np.abs(walk_trees(flat, r) - booster.predict(r, raw_score=True)))) for r in pages)
    print(f"{leaves} leaves x {rounds} trees: depth {int(flat[-1])}, largest difference to LightGBM {worst:.2e}")
    times: dict[str, list[float]] = {"network": [], "trees": [], "lightgbm": []}
    for _round in range(3):
        for rows in pages:
            for name, run in (("network", network.logits), ("trees", lambda r: walk_trees(flat, r)),
                              ("lightgbm", lambda r: booster.predict(r, raw_score=True, num_threads=1))):
                start = time.perf_counter()
                run(rows)
                times[name].append(time.perf_counter() - start)
    print("median ms a page: " + ", ".join(f"{k} {statistics.median(v) * 1e3:.3f}" for k, v in times.items()))


def cv_logits(data: Data, learner: Learner, pages: Sequence[int] | None = None,
              folds: Sequence[int] = range(CV_FOLDS)) -> dict[int, np.ndarray]:
    pages = range(len(data.items)) if pages is None else pages
    out: dict[int, np.ndarray] = {}
    for k in folds:
        train_at = [i for i in pages if data.folds[i] != k and data.tune[i]]
        model = learner(data, train_at)
        for i in pages:
            if data.folds[i] == k and len(data.rows[i]):
                out[i] = model(data.rows[i])
    return out


def kept_of(data: Data, logits: dict[int, np.ndarray], drop: float, add: float) -> list[list[int]]:
    out = []
    for i, item in enumerate(data.items):
        lg = logits.get(i)
        if lg is None:
            out.append([])
            continue
        keep = np.zeros(len(lg), dtype=bool)
        keep[item.rules_kept] = True
        out.append(list(np.flatnonzero(np.where(keep, lg > drop, lg > add))))
    return out


def wcxb_all(data: Data, kept: list[list[int]], pages: Sequence[int]) -> float:
    return statistics.fmean(page_score(data.items[i], kept[i]) for i in pages if data.items[i].page.dataset == "wcxb")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_learners", description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--compare", choices=("trees", "weights", "margins", "cost"), default="trees")
    parser.add_argument("--seeds", type=lambda text: tuple(map(int, text.split(","))), default=SEEDS,
                        help="the networks' seeds (--compare weights)")
    parser.add_argument("--weightings", type=lambda text: text.split(","), default=list(WEIGHTINGS),
                        help=f"which of {', '.join(WEIGHTINGS)} (--compare weights)")
    args = parser.parse_args(argv)
    data = load(args.cache)
    print(f"{len(data.items)} pages, {sum(len(r) for r in data.rows)} blocks", flush=True)
    if args.compare == "cost":
        cost(data, max(GRID_LEAVES), max(GRID_TREES))
        cost(data, min(GRID_LEAVES), min(GRID_TREES))
        return 0
    if args.compare == "margins":
        outer = cv_logits(data, mlp)
        chosen = margins_cv(data)
        kept = [[] for _ in data.items]
        for k, (drop, add) in chosen.items():
            fold_kept = kept_of(data, {i: lg for i, lg in outer.items() if data.folds[i] == k}, drop, add)
            for i in range(len(data.items)):
                if data.folds[i] == k:
                    kept[i] = fold_kept[i]
        report(data.items, {"today": kept_of(data, outer, DROP_LOGIT, ADD_LOGIT), "inner": kept})
        return 0
    if args.compare == "weights":
        logits = {kind: cv_logits(data, weighted_mlp(kind, args.seeds)) for kind in args.weightings}
        report(data.items, {kind: kept_of(data, lg, DROP_LOGIT, ADD_LOGIT) for kind, lg in logits.items()})
        return 0
    timer = time.perf_counter()
    mlp_logits = cv_logits(data, mlp)
    print(f"MLP CV {time.perf_counter() - timer:.0f} s", flush=True)
    timer = time.perf_counter()
    tree_logits = trees_cv(data)
    print(f"trees CV {time.perf_counter() - timer:.0f} s", flush=True)
    both = {i: (mlp_logits[i] + tree_logits[i]) / 2 for i in mlp_logits}
    report(data.items, {"rules": [item.rules_kept for item in data.items],
                        "mlp": kept_of(data, mlp_logits, DROP_LOGIT, ADD_LOGIT),
                        "trees": kept_of(data, tree_logits, DROP_LOGIT, ADD_LOGIT),
                        "both": kept_of(data, both, DROP_LOGIT, ADD_LOGIT)})
    args.cache.with_suffix(".logits.pkl").write_bytes(pickle.dumps({"mlp": mlp_logits, "trees": tree_logits}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
