"""Products' precision: which kept blocks of WCXB product pages the reference lacks, by what and where they are.

    python -m benchmarks.story_products --load /tmp/story-w/cv.pkl [--type product] [--show 20]
    python -m benchmarks.story_products --load /tmp/story-w/cv.pkl --trim product --margins=-1,0 --shares 0.5
    python -m benchmarks.story_products --load /tmp/story-w/cv.pkl --weigh product=2 | --runs | --marks

Reads the CV saved by `benchmarks.story_empty --save` (the shipped decisions of `train_story`'s CV, one seed
triple). For every page of the type, each block is counted by its label (`label_blocks`: story or not) against
the decision (kept or not): the words of kept blocks labelled boilerplate are the precision loss, the words of
dropped blocks labelled story the recall loss. Both are broken down by the block's category (`Analysed.
categories`: the rules' drop reason, its container's class / id hint, else `boilerplate`), its place against
the page's labelled story (before its first story block, inside its span, after its last), its size, kind and
link density, and whether the rules kept it. The trials, on every saved seed triple: `--trim`, the articles'
trim on pages of other likeliest types (no retraining); `--weigh`, `--runs`, `--marks`, the CV retrained with
some types weighing more, with the run inputs of `benchmarks.storyoffer`, with footnote marks (none shipped).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks import train_story
from benchmarks.label_blocks import Analysed
from benchmarks.scores import word_prf
from benchmarks.story_empty import Saved, against_shipped, decisions, load
from benchmarks.story_offer import offer_rows
from benchmarks.story_precision import scores
from benchmarks.storyoffer import FEATURES, RUN_FEATURES
from benchmarks.train_story import rows_of
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.storymodel import trim_article

SIZES = (40, 100, 300)  # block sizes (Latin-character equivalents): a line, a sentence, a paragraph, longer


def size_class(size: float) -> str:
    for i, limit in enumerate(SIZES):
        if size < limit:
            return f"<{limit}" if i == 0 else f"{SIZES[i - 1]}-{limit}"
    return f">={SIZES[-1]}"


def place(index: int, story: Sequence[int]) -> str:
    if not story:
        return "no story"
    return "before" if index < story[0] else "after" if index > story[-1] else "inside"


def trimmed(saved: Saved, triple: str, keeps: Sequence[np.ndarray], types: Sequence[str], margin: float,
            share: float) -> list[list[int]]:
    """The shipped decisions, then on pages whose likeliest out-of-fold type is one of `types` the kept blocks
    the model doubts (logit not over `margin`) dropped, as `storymodel.trim_article` does an article's."""
    out = []
    for item, logits, keep, probs in zip(saved.items, saved.logits[triple], keeps, saved.types):
        if len(logits) and TRAINED_TYPES[int(np.argmax(probs))] in types:
            sizes = np.array([b.size for b in item.blocks.blocks], np.float64)
            keep = trim_article(logits, keep, sizes, margin, share)
        out.append(np.flatnonzero(keep).tolist())
    return out


def trims(saved: Saved, types: Sequence[str], margins: Sequence[float], shares: Sequence[float]) -> None:
    """`--trim`: the CV with the articles' trim extended to `types`, per saved seed triple."""
    for triple in saved.logits:
        keeps = decisions(saved, triple)
        print(f"seeds {triple}, shipped: {scores(saved.items, [np.flatnonzero(k).tolist() for k in keeps])}")
        for margin in margins:
            for share in shares:
                kept = trimmed(saved, triple, keeps, types, margin, share)
                print(f"  {'/'.join(types)} trimmed at {margin:+.1f}, up to {share:.1f}: {scores(saved.items, kept)}",
                      flush=True)


# Footnote and fine-print marks a block may open with, in any script: asterisks (ASCII, full-width, the
# reference mark), daggers, the section sign and superscript digits. A maker's fine print opens with them.
FOOTNOTE_MARKS = frozenset("*＊※†‡§¹²³⁴⁵⁶⁷⁸⁹⁰")


def mark_columns(item: Analysed) -> np.ndarray:
    """`--marks`: whether each block opens with a footnote mark, and the share of the page's blocks that do."""
    opens = np.array([b.text.lstrip()[:1] in FOOTNOTE_MARKS for b in item.blocks.blocks], np.float64)
    return np.column_stack([opens, np.full(len(opens), opens.mean() if len(opens) else 0.0)])


def retrained(saved: Saved, scale: dict[str, float], runs: bool, marks: bool = False) -> None:
    """`--weigh`, `--runs`: the CV retrained with the WCXB pages of some types weighing `scale[type]` times as
    much in training (every other page as `train_story` weighs it), and with the run inputs of
    `benchmarks.storyoffer` appended, against the saved shipped decisions."""
    rows = rows_of(saved.items, saved.types)
    if runs:
        wanted = [FEATURES.index(name) for name in RUN_FEATURES]
        rows = [np.hstack([r, offer_rows(a)[:, wanted]]) if len(r) else r for a, r in zip(saved.items, rows)]
    if marks:
        rows = [np.hstack([r, mark_columns(a)]) if len(r) else r for a, r in zip(saved.items, rows)]
    plain = train_story._weights

    def scaled(item: Analysed) -> np.ndarray:
        page = item.page
        return plain(item) * (scale.get(page.page_type or "", 1.0) if page.dataset == "wcxb" else 1.0)

    train_story._weights = scaled  # `train` reads it by name: the trial only, restored below
    try:
        against_shipped(saved, rows, f"weighed {scale}{', run inputs' if runs else ''}"
                                     f"{', footnote marks' if marks else ''}")
    finally:
        train_story._weights = plain


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_products",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, required=True)
    parser.add_argument("--seeds", default=None, help="the seed triple to read (default: the first saved)")
    parser.add_argument("--type", default="product")
    parser.add_argument("--show", type=int, default=15, help="the longest kept boilerplate blocks to print")
    parser.add_argument("--trim", default=None, help="score the articles' trim on these likeliest types instead "
                        "(comma-separated), at --margins and --shares")
    parser.add_argument("--margins", default="-1,-0.5,0")
    parser.add_argument("--shares", default="0.5")
    parser.add_argument("--runs", action="store_true", help="retrain with the run inputs appended")
    parser.add_argument("--marks", action="store_true", help="retrain with the footnote-mark inputs appended")
    parser.add_argument("--weigh", default="", help="retrain with these WCXB types weighing more, as "
                        "type=factor,… (e.g. product=2)")
    args = parser.parse_args(argv)
    saved = load(args.load)
    if args.weigh or args.runs or args.marks:
        retrained(saved, {t: float(f) for t, f in (pair.split("=") for pair in args.weigh.split(",") if pair)},
                  args.runs, args.marks)
        return 0
    if args.trim:
        trims(saved, args.trim.split(","), [float(m) for m in args.margins.split(",")],
              [float(s) for s in args.shares.split(",")])
        return 0
    triple = args.seeds or next(iter(saved.logits))
    keeps = decisions(saved, triple)
    extra: dict[str, Counter[str]] = defaultdict(Counter)
    missed: dict[str, Counter[str]] = defaultdict(Counter)
    pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    shown = []
    precision, recall, f1 = [], [], []
    kept_words = story_kept = 0
    for item, logits, keep in zip(saved.items, saved.logits[triple], keeps):
        page = item.page
        if page.dataset != "wcxb" or page.page_type != args.type or not len(logits):
            continue
        blocks = item.blocks.blocks
        text = "\n\n".join(blocks[i].text for i in np.flatnonzero(keep))
        prf = word_prf(text, page.main_content)
        precision.append(prf.precision)
        recall.append(prf.recall)
        f1.append(prf.f1)
        story = [i for i, label in enumerate(item.labels) if label]
        for i, block in enumerate(blocks):
            words = len(block.text.split()) or 1
            if keep[i]:
                kept_words += words
                story_kept += words if item.labels[i] else 0
            if bool(keep[i]) == bool(item.labels[i]):
                continue
            where = extra if keep[i] else missed
            keys = {"category": item.categories[i] if keep[i] else item.selection.dropped.get(i) or "model",
                    "place": place(i, story), "size": size_class(block.size), "kind": block.kind,
                    "linked": "linked" if block.link_density > LINK_HEAVY else "plain",
                    "rules": "rules kept" if i in item.selection.kept else "rules dropped"}
            for axis, value in keys.items():
                where[axis][value] += words
                pages[axis, value].add(page.key)
            if keep[i]:
                shown.append((words, page.key, keys["place"], float(logits[i]), block.text[:110]))
    print(f"WCXB {args.type}: {len(f1)} pages, seeds {triple}: F1 {statistics.fmean(f1):.4f}, "
          f"P {statistics.fmean(precision):.4f}, R {statistics.fmean(recall):.4f}; kept words {kept_words}, "
          f"of them in blocks labelled story {story_kept}")
    for name, table in (("kept, labelled boilerplate (precision)", extra),
                        ("dropped, labelled story (recall)", missed)):
        total = sum(table["place"].values())
        print(f"\n{name}: {total} words")
        for axis, counts in table.items():
            print(f"  {axis}: " + "; ".join(f"{value} {n} ({100 * n / total:.0f}%, {len(pages[axis, value])} pages)"
                                           for value, n in counts.most_common()))
    print(f"\nthe {args.show} longest kept blocks labelled boilerplate (words, page, place, logit, text):")
    for words, key, where, logit, text in sorted(shown, reverse=True)[:args.show]:
        print(f"  {words:4} {key} {where:<7} {logit:+.2f} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
