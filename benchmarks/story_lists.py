"""Listings' and collections' loss under CV, by cause: what each class of wrong block decisions costs.

    python -m benchmarks.story_lists --load /tmp/types2/cv.pkl [--types listing,collection] [--show 15]
    python -m benchmarks.story_lists --load /tmp/types2/cv.pkl --margins --adds 0.5,0,-0.5 --drops=-1.5,-3 --shares 0.5
    python -m benchmarks.story_lists --load /tmp/types2/cv.pkl --runs=-0.5,-1,-2,-4

Reads the CV saved by `benchmarks.story_empty --save` (the shipped decisions of `train_story`'s CV, per seed
triple). For every WCXB page of the types, each block is counted by its label (`label_blocks`: story or not)
against the shipped decision. A missed story block (recall) is put down to who dropped it: outside the rules'
containers (the wrong container), dropped by the rules for a reason (`Selection.dropped`: navigation, related,
a container hint...) and not added back by the model, kept by the rules but dropped by the model's margin, a copy
(`drop_repeats`), or the articles' trim on a page typed article. A kept boilerplate block (precision) is put down
to the rules keeping it (the model not dropping it) or the model adding it. Each cause is measured in words and
pages, and in F1: the type's mean page F1 with that cause's blocks decided as labelled, all else shipped (the
gain a perfect fix of that cause alone would give; the oracle fixes every cause at once). The pages are also
split by their out-of-fold page type (a page typed article gets the articles' trim).

`--margins` scores, on every saved triple, the shipped decisions against the general margins everywhere
(`DROP_LOGIT` / `ADD_LOGIT`, no list margins) and against other list margins: add / drop logits on pages whose
listing and collection probabilities together reach a share (the shipped rule is `storymodel.list_page`).
`--runs` scores, after the shipped decisions, a wider container on pages of items (not shipped): every block of a
run of like siblings (`benchmarks.storyoffer`'s runs) that holds a kept block, kept when its logit is over each
of the given margins.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks.label_blocks import Analysed
from benchmarks.scores import tokens, word_prf
from benchmarks.story_empty import Saved, load
from benchmarks.storyoffer import _runs
from benchmarks.train_story import ADD_LOGIT, DROP_LOGIT, _decide, page_score, shipped_keep, snippet_f1
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.storymodel import (
    LIST_ADD_LOGIT,
    LIST_DROP_LOGIT,
    LIST_PAGE_SHARE,
    LIST_TYPES,
    drop_repeats,
    list_page,
    settle,
    trim_article,
)

RECALL_CAUSES = ("outside the rules' containers", "rules dropped: navigation", "rules dropped: related",
                 "rules dropped: other reason", "rules kept, model dropped", "a copy dropped", "article trim")
PRECISION_CAUSES = ("rules kept, model kept", "model added")


def causes(item: Analysed, logits: np.ndarray, probs: np.ndarray) -> tuple[np.ndarray, list[str | None]]:
    """The shipped keep and, per block, why its decision differs from its label (None: it agrees)."""
    blocks = item.blocks.blocks
    sizes = np.array([b.size for b in blocks], np.float64)
    items_page = list_page(probs)
    decided = _decide(logits, list(item.selection.kept), items_page)
    story = drop_repeats(item.blocks, decided)
    article = TRAINED_TYPES[int(np.argmax(probs))] == "article"
    keep = trim_article(logits, story, sizes) if article else story
    rules_kept = set(item.selection.kept)
    out: list[str | None] = []
    for i, label in enumerate(item.labels):
        if bool(keep[i]) == label:
            out.append(None)
        elif label:  # missed
            if i in rules_kept:
                margin = LIST_DROP_LOGIT if items_page else DROP_LOGIT
                out.append("rules kept, model dropped" if logits[i] <= margin else
                           "a copy dropped" if not story[i] else "article trim")
            elif decided[i]:
                out.append("a copy dropped" if not story[i] else "article trim")
            elif i in item.selection.dropped:
                reason = item.selection.dropped[i]
                out.append(f"rules dropped: {reason}" if reason in ("navigation", "related")
                           else "rules dropped: other reason")
            else:
                out.append("outside the rules' containers")
        else:
            out.append("rules kept, model kept" if i in rules_kept else "model added")
    return keep, out


def f1_of(item: Analysed, keep: np.ndarray) -> tuple[float, float, float]:
    text = "\n\n".join(item.blocks.blocks[i].text for i in np.flatnonzero(keep).tolist())
    prf = word_prf(text, item.page.main_content or "")
    return prf.precision, prf.recall, prf.f1


def words(text: str) -> int:
    return sum(tokens(text).values())


def study(saved: Saved, triple: str, types: Sequence[str], show: int) -> None:
    for page_type in types:
        at = [n for n, a in enumerate(saved.items) if a.page.dataset == "wcxb" and a.page.page_type == page_type]
        base, oracle = [], []
        gain: dict[str, list[float]] = defaultdict(list)
        word_count: Counter[str] = Counter()
        pages: Counter[str] = Counter()
        sub: Counter[tuple[str, str]] = Counter()
        by_type: dict[str, list[tuple[float, float]]] = defaultdict(list)
        worst: list[tuple[float, str, str]] = []
        for n in at:
            item, logits, probs = saved.items[n], saved.logits[triple][n], saved.types[n]
            if not len(logits):
                continue
            keep, why = causes(item, logits, probs)
            labels = np.asarray(item.labels, bool)
            p, r, f = f1_of(item, keep)
            base.append((p, r, f))
            oracle.append(f1_of(item, labels)[2])
            by_type[TRAINED_TYPES[int(np.argmax(probs))]].append((f, oracle[-1]))
            page_words: Counter[str] = Counter()
            for i, cause in enumerate(why):
                if cause is None:
                    continue
                block = item.blocks.blocks[i]
                w = words(block.text)
                page_words[cause] += w
                linked = "linked" if block.link_density > LINK_HEAVY else "plain"
                sub[cause, f"{block.kind}, {linked}"] += w
            for cause in (*RECALL_CAUSES, *PRECISION_CAUSES):
                fixed = keep.copy()
                mask = np.array([c == cause for c in why], bool)
                fixed[mask] = labels[mask]
                gain[cause].append(f1_of(item, fixed)[2] - f if mask.any() else 0.0)
                word_count[cause] += page_words[cause]
                pages[cause] += bool(page_words[cause])
            top = max(page_words, key=page_words.__getitem__) if page_words else "-"
            worst.append((oracle[-1] - f, item.page.key, f"F1 {f:.2f} (P {p:.2f} R {r:.2f}) oracle "
                          f"{oracle[-1]:.2f}, typed {TRAINED_TYPES[int(np.argmax(probs))]}, most words: {top} "
                          f"({page_words[top] if page_words else 0}) {item.page.url[:70]}"))
        mean = [statistics.fmean(x[k] for x in base) for k in range(3)]
        print(f"\n== {page_type}, seeds {triple}: {len(base)} pages, F1 {mean[2]:.4f} (P {mean[0]:.3f}, "
              f"R {mean[1]:.3f}), oracle {statistics.fmean(oracle):.4f}")
        print("cause                              words  pages  F1 if fixed alone")
        for cause in (*RECALL_CAUSES, *PRECISION_CAUSES):
            print(f"  {cause:<32} {word_count[cause]:6} {pages[cause]:5}  +{statistics.fmean(gain[cause]):.4f}")
        print("by the words' block kind (kind, linked), per cause:")
        for (cause, what), w in sorted(sub.items(), key=lambda kv: -kv[1])[:16]:
            print(f"  {cause:<32} {what:<22} {w:6}")
        print("by out-of-fold page type: pages, mean F1, mean oracle")
        for name, values in sorted(by_type.items(), key=lambda kv: -len(kv[1])):
            print(f"  {name:<14} {len(values):4}  {statistics.fmean(v[0] for v in values):.3f}  "
                  f"{statistics.fmean(v[1] for v in values):.3f}")
        for lost, key, text in sorted(worst, reverse=True)[:show]:
            print(f"  {key} lost {lost:.2f}: {text}")


COLUMNS = ("wcxb all", "article", "listing", "collection", "product", "service", "documentation", "forum",
           "newspaper4k", "snippets")


def kept_with(saved: Saved, triple: str, add: float, drop: float, share: float) -> list[list[int]]:
    """The shipped decisions (`train_story.shipped_keep`) with `add` / `drop` as the margins of pages whose
    listing and collection probabilities together reach `share` (over 1: no page, the general margins)."""
    at = [TRAINED_TYPES.index(t) for t in LIST_TYPES]
    out = []
    for item, logits, probs in zip(saved.items, saved.logits[triple], saved.types):
        if not len(logits):
            out.append([])
            continue
        items_page = float(sum(probs[i] for i in at)) >= share
        rules = np.zeros(len(logits), bool)
        rules[list(item.selection.kept)] = True
        decided = np.where(rules, logits > (drop if items_page else DROP_LOGIT),
                           logits > (add if items_page else ADD_LOGIT))
        sizes = np.array([b.size for b in item.blocks.blocks], np.float64)
        article = TRAINED_TYPES[int(np.argmax(probs))] == "article"
        out.append(np.flatnonzero(settle(item.blocks, decided, logits, sizes, article)[1]).tolist())
    return out


def summary(saved: Saved, kept: Sequence[Sequence[int]]) -> dict[str, float]:
    groups: dict[str, list[float]] = defaultdict(list)
    for item, k in zip(saved.items, kept):
        page = item.page
        if page.dataset == "wcxb":
            score = page_score(item, k)
            groups["wcxb all"].append(score)
            groups[page.page_type or ""].append(score)
        elif page.dataset == "newspaper4k":
            groups["newspaper4k"].append(page_score(item, k))
    out = {name: statistics.fmean(values) for name, values in groups.items()}
    out["snippets"] = snippet_f1(saved.items, kept)
    return out


def margins(saved: Saved, adds: Sequence[float], drops: Sequence[float], shares: Sequence[float]) -> None:
    """`--margins`: per triple, the general margins everywhere, then each list-margin variant as deltas."""
    print(" " * 34 + " ".join(f"{name[:8]:>9}" for name in COLUMNS))
    for triple in saved.logits:
        general = summary(saved, kept_with(saved, triple, ADD_LOGIT, DROP_LOGIT, 2.0))
        print(f"{triple}, general margins".ljust(34) + " ".join(f"{general[c]:9.4f}" for c in COLUMNS))
        for share in shares:
            for add in adds:
                for drop in drops:
                    scored = summary(saved, kept_with(saved, triple, add, drop, share))
                    shipped = (add, drop, share) == (LIST_ADD_LOGIT, LIST_DROP_LOGIT, LIST_PAGE_SHARE)
                    label = f"  share {share:.2f} add {add:+.1f} drop {drop:+.1f}{' *' if shipped else ''}"
                    print(label.ljust(34) + " ".join(f"{scored[c] - general[c]:+9.4f}" for c in COLUMNS),
                          flush=True)


def widened(saved: Saved, triple: str, margin: float) -> list[list[int]]:
    """`--runs`: the shipped decisions, and on a page of items every block over `margin` in a run that holds
    a kept block (copies dropped again)."""
    out = []
    for item, logits, probs in zip(saved.items, saved.logits[triple], saved.types):
        if not len(logits):
            out.append([])
            continue
        keep = shipped_keep(item, logits, probs)
        if list_page(probs) and keep.any():
            run = _runs(item.blocks, np.array([b.frame for b in item.blocks.blocks], np.int64))[0]
            touched = np.isin(run, run[keep & (run >= 0)]) & (run >= 0)
            keep = drop_repeats(item.blocks, keep | (touched & (logits > margin)))
        out.append(np.flatnonzero(keep).tolist())
    return out


def runs(saved: Saved, levels: Sequence[float]) -> None:
    print(" " * 34 + " ".join(f"{name[:8]:>9}" for name in COLUMNS))
    for triple in saved.logits:
        shipped = summary(saved, [np.flatnonzero(shipped_keep(a, lg, p)).tolist() if len(lg) else []
                                  for a, lg, p in zip(saved.items, saved.logits[triple], saved.types)])
        print(f"{triple}, shipped".ljust(34) + " ".join(f"{shipped[c]:9.4f}" for c in COLUMNS))
        for margin in levels:
            scored = summary(saved, widened(saved, triple, margin))
            print(f"  runs kept over {margin:+.1f}".ljust(34)
                  + " ".join(f"{scored[c] - shipped[c]:+9.4f}" for c in COLUMNS), flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_lists", description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, required=True, help="the CV saved by story_empty --save")
    parser.add_argument("--types", default="listing,collection")
    parser.add_argument("--triple", default=None, help="one saved seed triple (default: every one)")
    parser.add_argument("--show", type=int, default=15, help="pages listed, by their loss to the oracle")
    parser.add_argument("--margins", action="store_true", help="score list margins against the general ones")
    parser.add_argument("--adds", default=str(LIST_ADD_LOGIT), help="list add margins (--margins)")
    parser.add_argument("--drops", default=str(LIST_DROP_LOGIT), help="list drop margins (--margins)")
    parser.add_argument("--shares", default=str(LIST_PAGE_SHARE), help="listing + collection shares (--margins)")
    parser.add_argument("--runs", default=None, help="score runs kept over these margins on pages of items")
    args = parser.parse_args(argv)
    saved = load(args.load)

    def floats(text: str) -> list[float]:
        return [float(x) for x in text.split(",")]

    if args.runs:
        runs(saved, floats(args.runs))
        return 0
    if args.margins:
        margins(saved, floats(args.adds), floats(args.drops), floats(args.shares))
        return 0
    for triple in [args.triple] if args.triple else list(saved.logits):
        study(saved, triple, args.types.split(","), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
