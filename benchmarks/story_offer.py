"""Do the offer and run inputs (`benchmarks.storyoffer`) help the story model? Site-grouped CV with and
without them, over seed triples, as `train_story` trains and scores.

    python -m benchmarks.story_offer                                  # seeds 14,15,16, every group
    python -m benchmarks.story_offer --seeds 14,15,16 15,16,17 16,17,18 --groups all,glyph,signs,runs

Each fold's three networks are trained on the other folds' tune pages (out-of-fold page types, kept blocks
joined, the margins of `train_story`), once on the story model's inputs ("without"), once with a group of the
offer columns appended, as `storymodel.page_rows` would append them (they are not among the shipped model's
inputs: no group was confirmed, see benchmarks/RESULTS.md). The labelled pages and their rows are built once
and cached in `out/story-offer.pkl`.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks.datasets import CV_FOLDS
from benchmarks.label_blocks import labelled_pages
from benchmarks.scores import word_prf
from benchmarks.storyoffer import FEATURES, GLYPH_FEATURES, RUN_FEATURES, offer_columns
from benchmarks.train_story import _decide, out_of_fold_types, page_score, rows_of, snippet_f1, train
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.storymodel import _anchor, _character_columns, _headline_index

CACHE = Path(__file__).resolve().parent / "out" / "story-offer.pkl"
# The groups compared: the block's own glyphs (currency, price, rating, one short line, the page's prices) and
# the run it sits in (membership, size, share, the run's glyphs and digits, place against the largest and the
# first run after the title).
GROUPS = {"all": FEATURES, "glyph": GLYPH_FEATURES, "signs": ("currency", "price", "rating", "page_prices"),
          "runs": RUN_FEATURES}


def load(path: Path = CACHE) -> tuple[list, list[np.ndarray]]:
    if not path.exists():
        items = list(labelled_pages())
        with tempfile.TemporaryDirectory() as folds_dir:
            rows = [np.hstack([r, offer_rows(a)]) for a, r in zip(items, rows_of(items, out_of_fold_types(
                items, Path(folds_dir))))]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((items, rows), protocol=pickle.HIGHEST_PROTOCOL))
    items, rows = pickle.loads(path.read_bytes())
    return items, rows


def offer_rows(item) -> np.ndarray:
    """The offer columns of a labelled page, with the anchor and digits `storymodel.page_rows` reads."""
    blocks = item.blocks.blocks
    texts = [b.text for b in blocks]
    kept = item.selection.kept
    anchor = _anchor(_headline_index(blocks, item.title), min(kept) if kept else len(blocks), len(blocks))
    return offer_columns(item.blocks, texts, np.array([b.frame for b in blocks], np.int64),
                         np.array([b.size for b in blocks], np.float64), _character_columns(texts)[2], anchor)


def cv_kept(items: Sequence, rows: Sequence[np.ndarray], seeds: Sequence[int]) -> list[list[int]]:
    folds = [a.page.fold for a in items]
    tune = [a.page.split == "tune" for a in items]
    kept: list[list[int]] = [[] for _ in items]
    for k in range(CV_FOLDS):
        at = [i for i in range(len(items)) if folds[i] != k and tune[i]]
        network = train([items[i] for i in at], [rows[i] for i in at], seeds)
        for i in range(len(items)):
            if folds[i] == k and len(rows[i]):
                kept[i] = list(np.flatnonzero(_decide(network(rows[i]), list(items[i].selection.kept))))
    return kept


def summary(items: Sequence, kept: Sequence[list[int]], label: str) -> str:
    groups: dict[str, list[tuple[float, float, float]]] = {}
    for a, k in zip(items, kept):
        if a.page.dataset == "wcxb":
            s = word_prf("\n\n".join(a.blocks.blocks[i].text for i in k), a.page.main_content)
            for g in ("all", a.page.page_type):
                groups.setdefault(g, []).append((s.precision, s.recall, s.f1))
        elif a.page.dataset == "newspaper4k":
            groups.setdefault("newspaper4k", []).append((0.0, 0.0, page_score(a, k)))
    parts = [f"all {statistics.fmean(x[2] for x in groups['all']):.4f}"]
    for t in TRAINED_TYPES:
        g = np.asarray(groups[t])
        parts.append(f"{t} {g[:, 2].mean():.4f} (P {g[:, 0].mean():.3f} R {g[:, 1].mean():.3f})")
    parts.append(f"newspaper4k {statistics.fmean(x[2] for x in groups['newspaper4k']):.4f}")
    parts.append(f"snippets {snippet_f1(items, kept):.4f}")
    return f"{label}: " + "; ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_offer", description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", nargs="+", default=["14,15,16"], help="seed triples, each a,b,c")
    parser.add_argument("--groups", default=",".join(GROUPS), help=f"comma-separated, of {', '.join(GROUPS)}")
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    items, rows = load(args.cache)
    width = len(FEATURES)
    for triple in args.seeds:
        seeds = tuple(int(s) for s in triple.split(","))
        variants = {"without": []} | {g: [FEATURES.index(f) for f in GROUPS[g]] for g in args.groups.split(",")}
        for name, own in variants.items():
            picked = [r[:, [*range(r.shape[1] - width), *(r.shape[1] - width + c for c in own)]] for r in rows]
            print(summary(items, cv_kept(items, picked, seeds), f"{name} {triple}"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
