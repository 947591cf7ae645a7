"""A second pass of the story model over its own first-pass beliefs, scored by `train_story`'s site-grouped CV.

    python -m benchmarks.story_stack --load /tmp/stack/cv.pkl --variants stack,both,stack-res,both-res
    python -m benchmarks.story_stack --load /tmp/stack/cv.pkl --variants stack --triples 14,15,16 \
        --without page:kept_share --save-logits /tmp/stack/logits.pkl [--nested 14,15,16]
    python -m benchmarks.story_stack --load /tmp/stack/cv.pkl --grid /tmp/stack/logits.pkl   # the margins grid

The first pass is `train_story`'s network; its CV logits come from `story_empty --save` (each fold's three
networks trained on the other folds' tune pages, out-of-fold page types). The second pass reads, per block, the
first pass's logit of the block and of its neighbours, summaries of the logits of the blocks around it in the
tree (its frame, container and the container's container: mean and largest), the share of the page's text the
first pass keeps, where the block stands against the first pass's kept span, how far the nearest block the first
pass is sure of lies (`stack_inputs`), and with variant `both` the first pass's own inputs too. It is trained
on out-of-fold first-pass logits only: for the outer fold k, on the tune pages of the other folds with the
logits the outer models gave them (fold j's from the model trained without fold j; `--nested` instead trains
four inner first passes per outer fold, on the outer training folds alone). Its logit replaces the first
pass's (`-res` variants: a correction added to it, `train_clean.fit` with an offset), and the shipped decisions follow
(`train_story.shipped_keep`: margins, copies, an article's trim). `--grid` scores saved second passes and their
first pass over a grid of the general margins, to tell a second pass's gain from a change of scale.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks.datasets import CV_FOLDS
from benchmarks.scores import snippet_prf
from benchmarks.story_empty import Saved, load, snippets_of
from benchmarks.train_clean import fit
from benchmarks.train_story import _decide, _weights, page_score, rows_of, settled, shipped_keep, train
from copydesk.extract.storymodel import LIST_ADD_LOGIT, LIST_DROP_LOGIT, list_page
from copydesk.learn import Dense

LOGIT_CLIP = 8.0  # as `storymodel.EVIDENCE_CAP`: past this a block is certain
LOGIT_SCALE = 4.0  # clipped logits / this: inputs of about unit size
STACK_NEIGHBOURS = (-3, -2, -1, 1, 2, 3)  # blocks around a block whose first-pass logit the second pass reads
SURE_LOGIT = 2.0  # a block the first pass keeps at this or more is one it is sure of
DISTANCE_CAP = 3.0  # log1p(blocks) to the nearest sure block, capped (also: no sure block on the page)
SPAN_SCALE = 10.0  # blocks before / after the first pass's kept span, / this, clipped to 2
DROP_LOGIT, ADD_LOGIT = -1.5, 1.0  # `train_story`'s margins: the first pass's decision the inputs read
STACK_HIDDEN = (16,)  # the second pass: one small layer (it must cost next to nothing a page)
STACK_EPOCHS = 8
STACK_FEATURES = (
    "logit", *(f"n{o}:logit" for o in STACK_NEIGHBOURS),
    "frame:mean", "frame:max", "container:mean", "container:max", "outer:mean", "outer:max",
    "rules_kept", "first_kept", "page:kept_share", "page:max", "page:kept_mean",
    "span:before", "span:after", "span:inside", "sure:distance",
)


def stack_inputs(frames: np.ndarray, parent: np.ndarray, sizes: np.ndarray, logits: np.ndarray,
                 rules_kept: np.ndarray, items_page: bool) -> np.ndarray:
    """One row of `STACK_FEATURES` per block: its first-pass belief and the beliefs around it. `parent` is the
    page's frame parents with a last entry -1 (outside the page), so `parent[-1]` stays outside."""
    n = len(logits)
    z = np.clip(logits, -LOGIT_CLIP, LOGIT_CLIP) / LOGIT_SCALE
    reach = max(map(abs, STACK_NEIGHBOURS))
    padded = np.zeros(n + 2 * reach)
    padded[reach:reach + n] = z
    near = [padded[reach + o:reach + o + n] for o in STACK_NEIGHBOURS]
    container = parent[frames]
    groups = [_group_stats(frames + 1, z), _group_stats(container + 1, z), _group_stats(parent[container] + 1, z)]
    drop, add = (LIST_DROP_LOGIT, LIST_ADD_LOGIT) if items_page else (DROP_LOGIT, ADD_LOGIT)
    kept = np.where(rules_kept, logits > drop, logits > add)
    total = max(float(sizes.sum()), 1.0)
    kept_size = float(sizes[kept].sum())
    index = np.arange(n)
    at = kept.nonzero()[0]
    first, last = (int(at[0]), int(at[-1])) if len(at) else (n, -1)
    sure = (kept & (logits >= SURE_LOGIT)).nonzero()[0]
    if len(sure):
        slot = np.searchsorted(sure, index).clip(1, len(sure)) - 1
        nearest = np.minimum(np.abs(index - sure[slot]), np.abs(sure[np.minimum(slot + 1, len(sure) - 1)] - index))
        distance = np.minimum(np.log1p(nearest), DISTANCE_CAP)
    else:
        distance = np.full(n, DISTANCE_CAP)
    columns = [z, *near, *groups[0], *groups[1], *groups[2], rules_kept.astype(np.float64), kept.astype(np.float64),
               np.full(n, kept_size / total), np.full(n, z.max()),
               np.full(n, float((z[kept] * sizes[kept]).sum() / kept_size) if kept_size else -LOGIT_CLIP / LOGIT_SCALE),
               np.where(index < first, ((first - index) / SPAN_SCALE).clip(0.0, 2.0), 0.0),
               np.where(index > last, ((index - last) / SPAN_SCALE).clip(0.0, 2.0), 0.0),
               ((index >= first) & (index <= last)) * (index - first + 1) / max(last - first + 2, 1),
               distance]
    return np.column_stack(columns)


def _group_stats(group: np.ndarray, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per block, the mean and the largest of `z` over the blocks of its group (non-negative group numbers)."""
    counts = np.bincount(group)
    mean = np.bincount(group, z) / np.maximum(counts, 1)
    order = np.argsort(group, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(group[order]) > 0])
    largest = np.full(len(counts), -np.inf)
    largest[group[order][starts]] = np.maximum.reduceat(z[order], starts)
    return mean[group], largest[group]


def page_stack(item, logits: np.ndarray, types: np.ndarray) -> np.ndarray:
    page = item.blocks
    blocks = page.blocks
    frames = np.array([b.frame for b in blocks], np.int64)
    parent = np.asarray([*page.parent, -1], np.int64)
    sizes = np.array([b.size for b in blocks], np.float64)
    rules_kept = np.zeros(len(blocks), bool)
    rules_kept[list(item.selection.kept)] = True
    return stack_inputs(frames, parent, sizes, logits, rules_kept, list_page(types))


def second_pass(saved: Saved, first: Sequence[np.ndarray], train_logits: dict[int, Sequence[np.ndarray]],
                rows: Sequence[np.ndarray] | None, seeds: Sequence[int], hidden: tuple[int, ...],
                epochs: int, residual: bool, without: Sequence[int] = (), page_alike: bool = False,
                ) -> list[np.ndarray]:
    """CV logits of the second pass: fold k's pages read with the network trained on the other folds' tune
    pages, whose inputs come from `train_logits[k]` (out-of-fold first-pass logits of those pages); `without`
    are stack columns left out (an ablation); `page_alike`: each page's blocks weigh 1 together in the loss (the
    scores are means over pages), not by their number."""
    items = saved.items
    out: list[np.ndarray] = [np.zeros(0)] * len(items)
    for k in range(CV_FOLDS):
        at = [i for i, a in enumerate(items) if a.page.fold != k and a.page.split == "tune" and len(first[i])]
        x = np.vstack([_inputs(saved, i, train_logits[k][i], rows, without) for i in at])
        y = np.concatenate([np.asarray(items[i].labels, np.float64) for i in at])
        w = np.concatenate([_page_alike(items[i]) if page_alike else _weights(items[i]) for i in at])
        keep = w > 0
        if residual:
            offset = np.concatenate([train_logits[k][i] for i in at])
            network = Dense.averaged([fit(x[keep], y[keep], w[keep], seed=s, epochs=epochs, hidden=hidden,
                                          offset=offset[keep]) for s in seeds])
        else:
            network = Dense.averaged([fit(x[keep], y[keep], w[keep], seed=s, epochs=epochs, hidden=hidden)
                                      for s in seeds])
        for i, a in enumerate(items):
            if a.page.fold == k and len(first[i]):
                out[i] = network(_inputs(saved, i, first[i], rows, without)) + (first[i] if residual else 0.0)
    return out


def _page_alike(item) -> np.ndarray:
    """`train_story._weights` scaled so that the page's blocks weigh 1 together."""
    w = _weights(item)
    return w / w.sum() if w.sum() else w


def _inputs(saved: Saved, i: int, logits: np.ndarray, rows: Sequence[np.ndarray] | None,
            without: Sequence[int]) -> np.ndarray:
    stack = page_stack(saved.items[i], logits, saved.types[i])
    if without:
        stack = np.delete(stack, list(without), axis=1)
    return stack if rows is None else np.hstack([stack, rows[i]])


def nested_logits(saved: Saved, rows: Sequence[np.ndarray], seeds: Sequence[int]) -> dict[int, list[np.ndarray]]:
    """Per outer fold k, every tune page of the other folds read by a first pass trained on the tune pages of
    the three folds that are neither k nor its own (no page's logit from a model that saw its site or fold k)."""
    items = saved.items
    out: dict[int, list[np.ndarray]] = {}
    for k in range(CV_FOLDS):
        logits: list[np.ndarray] = [np.zeros(0)] * len(items)
        for j in range(CV_FOLDS):
            if j == k:
                continue
            at = [i for i, a in enumerate(items) if a.page.fold not in (k, j) and a.page.split == "tune"]
            network = train([items[i] for i in at], [rows[i] for i in at], seeds)
            for i, a in enumerate(items):
                if a.page.fold == j and a.page.split == "tune" and len(rows[i]):
                    logits[i] = network(rows[i])
        out[k] = logits
        print(f"  nested first pass for outer fold {k}: done", flush=True)
    return out


def log_loss(saved: Saved, logits: Sequence[np.ndarray]) -> float:
    """The training loss (`train_story._weights`' block weights) over every labelled block, out of fold."""
    total = weight = 0.0
    for a, lg in zip(saved.items, logits):
        if not len(lg):
            continue
        w = _weights(a)
        y = np.asarray(a.labels, np.float64)
        p = 1 / (1 + np.exp(-np.clip(lg, -30, 30)))
        total += float((w * -(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))).sum())
        weight += float(w.sum())
    return total / weight


def margins_keep(item, logits: np.ndarray, types: np.ndarray, margins: tuple[float, float] | None) -> np.ndarray:
    """`shipped_keep`, or with the general (drop, add) `margins` given (a page of items keeps its own)."""
    if margins is None or list_page(types):
        return shipped_keep(item, logits, types)
    return settled(item, _decide(logits, list(item.selection.kept), *margins), logits, types)[1]


_SCORED: dict[tuple[int, tuple[int, ...]], tuple[float, tuple[int, int, int]]] = {}


def _page_scores(item, n: int, kept: tuple[int, ...]) -> tuple[float, tuple[int, int, int]]:
    """A page's score and snippet counts (tp, fn, fp) for its kept blocks, each kept set scored once."""
    key = (n, kept)
    if key not in _SCORED:
        _SCORED[key] = (page_score(item, kept), snippets_of(item, kept))
    return _SCORED[key]


def measure(saved: Saved, logits: Sequence[np.ndarray], margins: tuple[float, float] | None = None,
            ) -> tuple[dict[str, float], list[list[int]], list[float]]:
    """The CV means per set and WCXB type, per fold's WCXB all, the kept blocks and each page's score."""
    items = saved.items
    kept = [np.flatnonzero(margins_keep(a, lg, p, margins)).tolist() if len(lg) else []
            for a, lg, p in zip(items, logits, saved.types)]
    groups: dict[str, list[float]] = {}
    per_page = []
    counts: dict[str, list[int]] = {"all": [0, 0, 0], **{f"fold {f}": [0, 0, 0] for f in range(CV_FOLDS)}}
    for n, (a, k) in enumerate(zip(items, kept)):
        page = a.page
        score, snippets = _page_scores(a, n, tuple(k))
        per_page.append(score)
        if page.dataset == "wcxb":
            for name in ("wcxb", page.page_type or "", f"wcxb fold {page.fold}"):
                groups.setdefault(name, []).append(score)
            if page.page_type == "article":
                groups.setdefault(f"article fold {page.fold}", []).append(score)
        elif page.dataset == "newspaper4k":
            groups.setdefault("newspaper4k", []).append(score)
        for name in ("all", f"fold {page.fold}"):
            counts[name] = [c + s for c, s in zip(counts[name], snippets)]
    out = {name: statistics.fmean(values) for name, values in groups.items()}
    out["snippets"] = snippet_prf(*counts["all"]).f1
    out["loss"] = log_loss(saved, logits)
    for fold in range(CV_FOLDS):
        out[f"snippets fold {fold}"] = snippet_prf(*counts[f"fold {fold}"]).f1
    return out, kept, per_page


COLUMNS = ("loss", "wcxb", "article", "snippets", "newspaper4k", "service", "listing", "forum", "product",
           "documentation", "collection")


def show(label: str, after: dict[str, float], before: dict[str, float] | None = None) -> str:
    if before is None:
        return f"{label}: " + " ".join(f"{c} {after[c]:.4f}" for c in COLUMNS)
    return f"{label}: " + " ".join(f"{c} {after[c]:.4f} ({after[c] - before[c]:+.4f})" for c in COLUMNS)


def per_fold(saved: Saved, after: dict[str, float], before: dict[str, float], base_pages: Sequence[float],
             pages: Sequence[float]) -> None:
    for fold in range(CV_FOLDS):
        at = [n for n, a in enumerate(saved.items) if a.page.fold == fold and a.page.dataset == "wcxb"]
        gained = sum(pages[n] > base_pages[n] + 1e-9 for n in at)
        lost = sum(pages[n] < base_pages[n] - 1e-9 for n in at)
        print(f"    fold {fold}: WCXB all {before[f'wcxb fold {fold}']:.4f} -> {after[f'wcxb fold {fold}']:.4f}, "
              f"articles {before[f'article fold {fold}']:.4f} -> {after[f'article fold {fold}']:.4f}, "
              f"snippets {before[f'snippets fold {fold}']:.4f} -> {after[f'snippets fold {fold}']:.4f}; "
              f"WCXB pages gained / lost {gained} / {lost}")
    n4k = [n for n, a in enumerate(saved.items) if a.page.dataset == "newspaper4k"]
    print(f"    newspaper4k pages gained / lost {sum(pages[n] > base_pages[n] + 1e-9 for n in n4k)} / "
          f"{sum(pages[n] < base_pages[n] - 1e-9 for n in n4k)}", flush=True)


DROP_GRID = (-3.0, -2.0, -1.5, -1.0, -0.5)  # general margins scored by `--grid` (declared before the run)
ADD_GRID = (0.5, 1.0, 1.5, 2.0, 3.0)


def grid(saved: Saved, kept_logits: dict[tuple[str, str, str], list[np.ndarray]]) -> int:
    """Each saved second pass and its triple's first pass over the margins grid: is any margin pair a gain?"""
    done = set()
    for (triple, source, variant), logits in kept_logits.items():
        runs = [("first pass", saved.logits[triple])] if triple not in done else []
        done.add(triple)
        for label, lg in [*runs, (f"{variant}, {source} logits", logits)]:
            for drop in DROP_GRID:
                for add in ADD_GRID:
                    scored, _, _ = measure(saved, lg, (drop, add))
                    print(show(f"seeds {triple}, {label}, margins {drop:+.1f} / {add:+.1f}", scored), flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_stack", description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, required=True, help="`story_empty --save`'s CV")
    parser.add_argument("--variants", default="stack,both",
                        help="stack (its own inputs), both (+ first pass's); -res: a correction of the first logit; "
                        "-page: every page weighs alike in the loss")
    parser.add_argument("--hidden", type=int, default=STACK_HIDDEN[0])
    parser.add_argument("--epochs", type=int, default=STACK_EPOCHS)
    parser.add_argument("--save-logits", type=Path, default=None, help="keep every variant's CV logits here")
    parser.add_argument("--grid", type=Path, default=None,
                        help="score saved logits (and the first pass) over `DROP_GRID` x `ADD_GRID`")
    parser.add_argument("--triples", default="", help="only these saved seed triples (e.g. 14,15,16;16,17,18)")
    parser.add_argument("--near", type=float, default=None,
                        help="also score each second pass used only where |first logit| is under this")
    parser.add_argument("--without", default="", help="stack columns left out, by name (comma-separated)")
    parser.add_argument("--nested", action="append", default=[], help="a triple to train on nested logits")
    parser.add_argument("--nested-cache", type=Path, default=None, help="where nested logits are kept")
    args = parser.parse_args(argv)
    saved = load(args.load)
    if args.grid:
        return grid(saved, pickle.loads(args.grid.read_bytes()))
    without = [STACK_FEATURES.index(name) for name in filter(None, args.without.split(","))]
    variants = args.variants.split(",")
    rows = rows_of(saved.items, saved.types) if any(v.startswith("both") for v in variants) or args.nested else None
    folds = np.asarray([a.page.fold for a in saved.items])
    nested_all: dict[str, dict[int, list[np.ndarray]]] = {}
    kept_logits: dict[tuple[str, str, str], list[np.ndarray]] = {}
    if args.nested_cache and args.nested_cache.exists():
        nested_all = pickle.loads(args.nested_cache.read_bytes())
    for triple, first in saved.logits.items():
        if args.triples and triple not in args.triples.split(";"):
            continue
        seeds = [int(s) for s in triple.split(",")]
        before, _, base_pages = measure(saved, first)
        print(show(f"seeds {triple}, first pass", before), flush=True)
        outer = {k: [lg if folds[i] != k else np.zeros(0) for i, lg in enumerate(first)] for k in range(CV_FOLDS)}
        sources = {"outer": outer}
        if triple in args.nested:
            if triple not in nested_all:
                assert rows is not None
                nested_all[triple] = nested_logits(saved, rows, seeds)
                if args.nested_cache:
                    args.nested_cache.write_bytes(pickle.dumps(nested_all))
            sources["nested"] = nested_all[triple]
        for source, train_logits in sources.items():
            for variant in variants:
                logits = second_pass(saved, first, train_logits, rows if variant.startswith("both") else None,
                                     seeds, (args.hidden,), args.epochs, "-res" in variant, without,
                                     "-page" in variant)
                after, _, pages = measure(saved, logits)
                kept_logits[triple, source, variant] = logits
                if args.save_logits:
                    args.save_logits.write_bytes(pickle.dumps(kept_logits))
                print(show(f"  {variant}, {source} logits", after, before), flush=True)
                per_fold(saved, after, before, base_pages, pages)
                if args.near is not None:
                    near = [np.where(np.abs(f) < args.near, lg, f) for f, lg in zip(first, logits)]
                    after, _, pages = measure(saved, near)
                    print(show(f"  {variant}, {source} logits, only where |first| < {args.near:g}", after, before),
                          flush=True)
                    per_fold(saved, after, before, base_pages, pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
