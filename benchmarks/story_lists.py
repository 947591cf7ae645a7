"""A page type's loss under CV, by cause: what each class of wrong block decisions costs (any WCXB type).

    python -m benchmarks.story_lists --load /tmp/types2/cv.pkl [--types listing,collection] [--show 15]
    python -m benchmarks.story_lists --load /tmp/types2/cv.pkl --types forum,product,service
    python -m benchmarks.story_lists --load /tmp/types2/cv.pkl --nested forum,product,service [--guard]
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
`--variants` scores types4's declared variants of the pages of items (`LIST_VARIANTS`) against main's.
`--nested` scores a type's own margins honestly: on pages (not pages of items) whose probability of the type
reaches a share, an add / drop pair; for each site fold the (share, add, drop) is chosen on the other four folds'
WCXB pages only and applied to the held-out fold (types2's `--margins` chose on all folds). `--guard` admits only
pairs under which the other folds' articles, newspaper4k and snippets do not fall.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.datasets import CV_FOLDS
from benchmarks.label_blocks import Analysed
from benchmarks.scores import snippet_counts, snippet_prf, tokens, word_prf
from benchmarks.story_empty import Saved, load
from benchmarks.storyoffer import _runs
from benchmarks.train_story import (
    ADD_LOGIT,
    DROP_LOGIT,
    _decide,
    margins_of,
    page_score,
    settled,
    shipped_keep,
    snippet_f1,
)
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.storymodel import (
    LIST_ADD_LOGIT,
    LIST_DROP_LOGIT,
    LIST_PAGE_SHARE,
    LIST_TYPES,
    drop_repeats,
    list_page,
)

RECALL_CAUSES = ("outside the rules' containers", "rules dropped: navigation", "rules dropped: related",
                 "rules dropped: other reason", "rules kept, model dropped", "a copy dropped", "article trim")
PRECISION_CAUSES = ("rules kept, model kept", "model added")


def causes(item: Analysed, logits: np.ndarray, probs: np.ndarray) -> tuple[np.ndarray, list[str | None]]:
    """The shipped keep and, per block, why its decision differs from its label (None: it agrees)."""
    drop, add = margins_of(list_page(probs))
    decided = _decide(logits, list(item.selection.kept), drop, add)
    story, keep = settled(item, decided, logits, probs)
    rules_kept = set(item.selection.kept)
    out: list[str | None] = []
    for i, label in enumerate(item.labels):
        if bool(keep[i]) == label:
            out.append(None)
        elif label:  # missed
            if i in rules_kept:
                out.append("rules kept, model dropped" if logits[i] <= drop else
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
            print(f"  {cause:<32} {word_count[cause]:6} {pages[cause]:5}  {statistics.fmean(gain[cause]):+.4f}")
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


def items_page_of(probs: np.ndarray, share: float, types: Sequence[str] = LIST_TYPES,
                  article_guard: bool = False) -> bool:
    """Whether a page is a page of items: the probabilities of `types` together reach `share`, and (with
    `article_guard`) article is not the likeliest type."""
    if article_guard and TRAINED_TYPES[int(np.argmax(probs))] == "article":
        return False
    return float(sum(probs[TRAINED_TYPES.index(t)] for t in types)) >= share


def kept_with(saved: Saved, triple: str, add: float, drop: float, share: float, types: Sequence[str] = LIST_TYPES,
              article_guard: bool = False) -> list[list[int]]:
    """The shipped decisions (`train_story.shipped_keep`) with `add` / `drop` as the margins of pages of items
    (`items_page_of`; a share over 1: no page, the general margins)."""
    out = []
    for item, logits, probs in zip(saved.items, saved.logits[triple], saved.types):
        if not len(logits):
            out.append([])
            continue
        margins = (drop, add) if items_page_of(probs, share, types, article_guard) else margins_of(False)
        decided = _decide(logits, list(item.selection.kept), *margins)
        out.append(np.flatnonzero(settled(item, decided, logits, probs)[1]).tolist())
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


# types4's declared test (RESULTS, "services among pages of items"): main's pages of items, A with services
# among the types, B as A but never a page most likely an article; the list margins and share as shipped.
LIST_VARIANTS = {"main": (("listing", "collection"), False), "A": (("listing", "collection", "service"), False),
                 "B": (("listing", "collection", "service"), True)}


def variants(saved: Saved) -> None:
    """`--variants`: per triple, `LIST_VARIANTS` against main's pages of items, all pages and per site fold
    (pages gained / lost), and per WCXB type."""
    folds = np.array([a.page.fold for a in saved.items])
    wcxb = np.array([a.page.dataset == "wcxb" for a in saved.items])
    everyone = list(range(len(saved.items)))
    print(" " * 34 + " ".join(f"{name[:8]:>9}" for name in COLUMNS))
    for triple in saved.logits:
        parts = {name: [parts_of(item, k) for item, k in zip(saved.items, kept_with(
                     saved, triple, LIST_ADD_LOGIT, LIST_DROP_LOGIT, LIST_PAGE_SHARE, types, guard))]
                 for name, (types, guard) in LIST_VARIANTS.items()}
        base = parts.pop("main")
        before = columns_of(saved, base, everyone)
        print(f"{triple}, main".ljust(34) + " ".join(f"{before.get(c, 0.0):9.4f}" for c in COLUMNS))
        for name, scored in parts.items():
            after = columns_of(saved, scored, everyone)
            print(f"  {name}".ljust(34) + " ".join(f"{after.get(c, 0.0) - before.get(c, 0.0):+9.4f}"
                                                   for c in COLUMNS))
            for k in range(CV_FOLDS):
                at = [n for n in everyone if folds[n] == k]
                b, a = columns_of(saved, base, at), columns_of(saved, scored, at)
                gained = sum(1 for n in at if wcxb[n] and scored[n].score > base[n].score + 1e-9)
                lost = sum(1 for n in at if wcxb[n] and scored[n].score < base[n].score - 1e-9)
                print(f"    fold {k}: WCXB all {b['wcxb all']:.4f} -> {a['wcxb all']:.4f}, articles "
                      f"{b['article']:.4f} -> {a['article']:.4f}, snippets {b['snippets']:.4f} -> "
                      f"{a['snippets']:.4f}, newspaper4k {b.get('newspaper4k', 0.0):.4f} -> "
                      f"{a.get('newspaper4k', 0.0):.4f}; gained / lost {gained} / {lost}")
            by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for n in everyone:
                if wcxb[n] and abs(scored[n].score - base[n].score) > 1e-9:
                    by_type[saved.items[n].page.page_type or ""][scored[n].score < base[n].score] += 1
            print("    WCXB gained / lost by type: " + ", ".join(f"{t} {g} / {lo}" for t, (g, lo) in
                                                                   sorted(by_type.items())), flush=True)


TYPED_ADDS = (2.0, 1.5, 1.0, 0.5, 0.0, -0.5, -1.0)
TYPED_DROPS = (-3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0)
TYPED_SHARES = (0.5, 0.6, 0.7)  # from one half up: at most one type's margins reach a page


@dataclass(frozen=True, slots=True)
class PageParts:
    """One page's part of the scores: its F1 (WCXB word-F1, newspaper4k trigram F1) and snippet counts."""

    score: float
    snippets: tuple[int, int, int]  # with found, with missed, without found


def parts_of(item: Analysed, kept: Sequence[int]) -> PageParts:
    page = item.page
    if page.dataset == "trafilatura":
        text = "\n\n".join(item.blocks.blocks[i].text for i in kept)
        tp, fn, fp, _ = snippet_counts(text, page.with_, page.without)
        return PageParts(float("nan"), (tp, fn, fp))
    return PageParts(page_score(item, kept), (0, 0, 0))


def columns_of(saved: Saved, parts: Sequence[PageParts], at: Sequence[int]) -> dict[str, float]:
    """The summary columns over the pages `at`."""
    groups: dict[str, list[float]] = defaultdict(list)
    counts = np.zeros(3, np.int64)
    for n in at:
        page = saved.items[n].page
        if page.dataset == "wcxb":
            groups["wcxb all"].append(parts[n].score)
            groups[page.page_type or ""].append(parts[n].score)
        elif page.dataset == "newspaper4k":
            groups["newspaper4k"].append(parts[n].score)
        else:
            counts += parts[n].snippets
    out = {name: statistics.fmean(values) for name, values in groups.items()}
    out["snippets"] = snippet_prf(int(counts[0]), int(counts[1]), int(counts[2])).f1
    return out


def shipped_parts(saved: Saved, triple: str) -> list[PageParts]:
    return [parts_of(item, np.flatnonzero(shipped_keep(item, logits, probs)).tolist() if len(logits) else [])
            for item, logits, probs in zip(saved.items, saved.logits[triple], saved.types)]


def typed_parts(saved: Saved, triple: str, page_type: str, share: float, adds: Sequence[float] = TYPED_ADDS,
                drops: Sequence[float] = TYPED_DROPS) -> dict[tuple[float, float], dict[int, PageParts]]:
    """On the pages (not pages of items) whose `page_type` probability reaches `share`, their parts under each
    add / drop pair of `adds` x `drops` (then copies and an article's trim, as shipped)."""
    at_type = TRAINED_TYPES.index(page_type)
    reached = [n for n, (logits, probs) in enumerate(zip(saved.logits[triple], saved.types))
               if len(logits) and probs[at_type] >= share and not list_page(probs)]
    pairs: dict[tuple[float, float], dict[int, PageParts]] = {}
    for add in adds:
        for drop in drops:
            pairs[add, drop] = {}
            for n in reached:
                item, logits, probs = saved.items[n], saved.logits[triple][n], saved.types[n]
                decided = _decide(logits, list(item.selection.kept), drop, add)
                pairs[add, drop][n] = parts_of(item, np.flatnonzero(settled(item, decided, logits, probs)[1]).tolist())
    return pairs


Grid = dict[tuple[float, float, float], dict[int, PageParts]]  # (share, add, drop) -> page -> parts


def type_grid(saved: Saved, triple: str, page_type: str, shares: Sequence[float], adds: Sequence[float],
              drops: Sequence[float]) -> Grid:
    lowest = typed_parts(saved, triple, page_type, min(shares), adds, drops)
    at_type = TRAINED_TYPES.index(page_type)
    return {(share, add, drop): {n: p for n, p in parts.items() if saved.types[n][at_type] >= share}
            for share in shares for (add, drop), parts in lowest.items()}


def harmless(saved: Saved, shipped: Sequence[PageParts], parts: dict[int, PageParts], inner: np.ndarray) -> bool:
    """Whether, on the pages `inner` marks, `parts` lose no article's or newspaper4k page's F1 in sum and no
    snippet F1."""
    lost = 0.0
    before, after = np.zeros(3, np.int64), np.zeros(3, np.int64)
    for n, p in parts.items():
        page = saved.items[n].page
        if not inner[n]:
            continue
        if page.dataset == "trafilatura":
            before += shipped[n].snippets
            after += p.snippets
        elif page.dataset == "newspaper4k" or page.page_type == "article":
            lost += p.score - shipped[n].score
    return lost >= -1e-9 and (after == before).all() or (
        lost >= -1e-9 and after[0] >= before[0] and after[2] <= before[2])


def nested(saved: Saved, page_types: Sequence[str], shares: Sequence[float], adds: Sequence[float] = TYPED_ADDS,
           drops: Sequence[float] = TYPED_DROPS, guard: bool = False) -> None:
    """`--nested`: per triple and per outer site fold, each type's (share, add, drop) chosen by WCXB all on the
    other folds' pages only (the shipped margins win ties), applied to the held-out fold; scored against the
    shipped decisions. Types are chosen independently (from a share of one half up no page is reached twice).
    With `guard`, a pair is eligible only if on the other folds articles, newspaper4k and snippets do not fall."""
    folds = np.array([a.page.fold for a in saved.items])
    wcxb = np.array([a.page.dataset == "wcxb" for a in saved.items])
    everyone = list(range(len(saved.items)))
    print(" " * 34 + " ".join(f"{name[:8]:>9}" for name in COLUMNS))
    for triple in saved.logits:
        shipped = shipped_parts(saved, triple)
        grids = {page_type: type_grid(saved, triple, page_type, shares, adds, drops) for page_type in page_types}
        base = columns_of(saved, shipped, everyone)
        print(f"{triple}, shipped".ljust(34) + " ".join(f"{base.get(c, 0.0):9.4f}" for c in COLUMNS))

        def gain(parts: dict[int, PageParts], outer: int | None, shipped: list[PageParts] = shipped) -> float:
            """The WCXB F1 summed over pages outside fold `outer` gained against the shipped decisions."""
            return sum(p.score - shipped[n].score for n, p in parts.items() if wcxb[n] and folds[n] != outer)

        for page_type, grid in grids.items():  # the grid chosen on every fold, for reference (not honest)
            key = max(grid, key=lambda key: gain(grid[key], None))
            print(f"  {page_type}: best on all folds share {key[0]:.1f} add {key[1]:+.1f} drop {key[2]:+.1f}: "
                  f"WCXB all {gain(grid[key], None) / wcxb.sum():+.4f}")
        chosen = list(shipped)
        for k in range(CV_FOLDS):
            inner = (wcxb & (folds != k)).sum()
            picks = []
            for page_type, grid in grids.items():
                best, pick = 0.0, None
                for key, parts in grid.items():
                    if guard and not harmless(saved, shipped, parts, folds != k):
                        continue
                    if gain(parts, k) > best + 1e-9:
                        best, pick = gain(parts, k), key
                if pick is None:
                    picks.append(f"{page_type} shipped")
                    continue
                for n, p in grid[pick].items():
                    if folds[n] == k:
                        chosen[n] = p
                picks.append(f"{page_type} {pick[0]:.1f} {pick[1]:+.1f}/{pick[2]:+.1f} (inner {best / inner:+.4f})")
            at = [n for n in everyone if folds[n] == k]
            before, after = columns_of(saved, shipped, at), columns_of(saved, chosen, at)
            gained = sum(1 for n in at if wcxb[n] and chosen[n].score > shipped[n].score + 1e-9)
            lost = sum(1 for n in at if wcxb[n] and chosen[n].score < shipped[n].score - 1e-9)
            print(f"  fold {k}: {'; '.join(picks)}; WCXB all {before['wcxb all']:.4f} -> {after['wcxb all']:.4f}"
                  f", gained / lost {gained} / {lost}", flush=True)
        after = columns_of(saved, chosen, everyone)
        print(f"{triple}, nested".ljust(34) + " ".join(f"{after.get(c, 0.0) - base.get(c, 0.0):+9.4f}"
                                                        for c in COLUMNS), flush=True)


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
    parser.add_argument("--nested", default=None,
                        help="types whose own margins are chosen nested by site fold (e.g. forum,product)")
    parser.add_argument("--typed-shares", default=",".join(map(str, TYPED_SHARES)),
                        help="the type's probability shares tried (--nested; from 0.5 up)")
    parser.add_argument("--typed-adds", default=",".join(map(str, TYPED_ADDS)), help="--nested: add margins")
    parser.add_argument("--typed-drops", default=",".join(map(str, TYPED_DROPS)), help="--nested: drop margins")
    parser.add_argument("--guard", action="store_true",
                        help="--nested: only pairs under which articles, newspaper4k, snippets do not fall")
    parser.add_argument("--runs", default=None, help="score runs kept over these margins on pages of items")
    parser.add_argument("--variants", action="store_true", help="score types4's pages-of-items variants")
    args = parser.parse_args(argv)
    saved = load(args.load)

    def floats(text: str) -> list[float]:
        return [float(x) for x in text.split(",")]

    if args.variants:
        variants(saved)
        return 0
    if args.nested:
        nested(saved, args.nested.split(","), floats(args.typed_shares), floats(args.typed_adds),
               floats(args.typed_drops), args.guard)
        return 0
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
