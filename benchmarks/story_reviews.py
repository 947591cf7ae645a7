"""Review and comment runs, recognised by their shape: inputs of the story model measured under the CV.

    python -m benchmarks.story_reviews --load /tmp/story-w/cv.pkl --study        # where such runs are (seconds)
    OPENBLAS_NUM_THREADS=1 nice -n 10 python -m benchmarks.story_reviews --load /tmp/story-w/cv.pkl   # retrained
        [--dates-only] [--item-share 0.1] [--without after_headed,page_headed]     # the variants measured

A product's customer reviews, an article's reader comments and a forum's replies share one shape: a run of like
siblings (`benchmarks.storyoffer`'s runs) whose items each open with a header, a short line holding a date or a
time, or a short name line above the item's longer text. These inputs read that shape from digits, separators,
sizes and the tree alone, never from words of a language, so every script counts:

- `run_dated`, `run_named`: the share of the block's run's items holding a short dated line, opening with a
  short name line;
- `headed_items`: the size of the block's run when it is headed (`HEADED_SHARE` of its items carry a header);
- `page_headed`: the share of the page's text in headed runs;
- `item_header`: the block is its item's header;
- `in_headed`, `after_headed`: the block sits in a headed run, at or after the first headed run after the
  anchor (the headline, else the first block the rules kept).

What the shape means is the page type's to say (replies are a forum's content, reviews a product's chrome): the
model reads the out-of-fold page-type probabilities beside them. `--study` counts, under the saved shipped
decisions, the words in headed runs by page type, label and decision; the default retrains the CV with the
columns appended, once per saved seed triple, against the saved shipped decisions (RESULTS, "Second round
(helper "story2"): review and comment runs").
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks.label_blocks import Analysed
from benchmarks.story_empty import Saved, against_shipped, decisions, load
from benchmarks.storyoffer import RUN_SCALE, _runs
from benchmarks.train_story import rows_of
from copydesk.extract.storymodel import _anchor, _headline_index

REVIEW_FEATURES = ("run_dated", "run_named", "headed_items", "page_headed", "item_header", "in_headed",
                   "after_headed")
# A date or a time by digits and separators alone (any script's decimal digits): 2021-03-04, 4.3.2021, 03/04/21,
# 14:05, or a year of this or the last century standing alone ("March 4, 2021", "2021年3月4日").
DATE = re.compile(r"(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)|(?<!\d)\d{1,2}:\d{2}(?!\d)"
                  r"|(?<![\d.,])(?:19|20)\d\d(?![\d.,])")
HEADER_SIZE = 80  # Latin-character equivalents: a name, a date, "name · date · rating"; a sentence of text runs longer
NAME_SIZE = 40  # a name line: shorter than a sentence
ITEM_SHARE = 0.25  # no item of a reviews' or comments' run holds a quarter of the page: a story's container does
HEADED_SHARE = 0.5  # a run is headed when at least half its items carry a header: the rest may be replies or ads


def review_columns(item: Analysed, names: bool = True, item_share: float = ITEM_SHARE) -> np.ndarray:
    """One row of `REVIEW_FEATURES` per block of a labelled page (`names=False`: a run is headed by its dates
    alone, `run_named` reads 0; `item_share`: the largest item a headed run may have). The runs are
    `storyoffer`'s; an item holds every block inside its frame, at any depth (a review's text often sits deeper
    than its run is found)."""
    blocks = item.blocks.blocks
    n = len(blocks)
    out = np.zeros((n, len(REVIEW_FEATURES)))
    if not n:
        return out
    frames = np.array([b.frame for b in blocks], np.int64)
    run, _, _, owner = _runs(item.blocks, frames)
    end = item.blocks.end
    sizes = np.array([b.size for b in blocks], np.float64)
    dated = np.array([b.size < HEADER_SIZE and DATE.search(b.text) is not None for b in blocks])
    items: dict[int, list[np.ndarray]] = defaultdict(list)  # run -> its items' blocks, in page order
    for r, frame in dict.fromkeys(zip(run.tolist(), owner.tolist())):
        if r >= 0:
            items[r].append(np.flatnonzero((frames >= frame) & (frames <= end[frame])))
    total = float(sizes.sum()) or 1.0
    header = np.zeros(n, bool)
    in_headed = np.zeros(n, bool)
    share = np.zeros((n, 2))
    for members in items.values():
        with_date = with_name = 0
        heads = []
        for at in members:
            first_dated = at[dated[at]][:1].tolist()
            with_date += bool(first_dated)
            name = names and (len(at) > 1 and blocks[at[0]].kind != "heading" and sizes[at[0]] < NAME_SIZE
                    and sizes[at[1:]].max() > sizes[at[0]])  # a section's heading over its text is no name line
            with_name += name
            heads += first_dated + ([int(at[0])] if name else [])
        inside = np.concatenate(members)
        share[inside] = np.maximum(share[inside], [with_date / len(members), with_name / len(members)])
        largest = max(float(sizes[at].sum()) for at in members)
        if max(with_date, with_name) >= HEADED_SHARE * len(members) and largest <= item_share * total:
            header[heads] = True
            in_headed[inside] = True
            out[inside, 2] = np.maximum(out[inside, 2], np.log1p(len(members)) / RUN_SCALE)
    out[:, :2] = share
    out[:, 3] = sizes[in_headed].sum() / total
    out[:, 4] = header
    out[:, 5] = in_headed
    kept = item.selection.kept
    anchor = _anchor(_headline_index(blocks, item.title), min(kept) if kept else n, n)
    later = np.flatnonzero(in_headed & (np.arange(n) > (-1 if anchor is None else anchor)))
    if len(later):
        out[later[0]:, 6] = 1.0
    return out


def study(saved: Saved, triple: str, names: bool, item_share: float) -> None:
    """`--study`: words in headed runs (and after the first one) by page type, label and shipped decision."""
    words: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item, keep in zip(saved.items, decisions(saved, triple)):
        if not len(keep):
            continue
        page = item.page
        kind = page.page_type if page.dataset == "wcxb" else page.dataset
        columns = review_columns(item, names, item_share)
        for i, block in enumerate(item.blocks.blocks):
            where = "in headed run" if columns[i, 5] else "after one" if columns[i, 6] else "elsewhere"
            cell = f"{'story' if item.labels[i] else 'boiler'}/{'kept' if keep[i] else 'dropped'}"
            words[kind, where][cell] += len(block.text.split()) or 1
            if where != "elsewhere":
                pages[kind, where].add(page.key)
    print(f"seeds {triple}: words by page type and place (labelled story or boilerplate / kept or dropped)")
    for (kind, where), cells in sorted(words.items()):
        print(f"  {kind:<14} {where:<14} {len(pages[kind, where]):4} pages  " +
              "  ".join(f"{c} {cells[c]}" for c in ("story/kept", "story/dropped", "boiler/kept", "boiler/dropped")))


def retrained(saved: Saved, names: bool, item_share: float, without: Sequence[str] = ()) -> None:
    """The CV retrained with `REVIEW_FEATURES` appended, per saved seed triple, against the shipped decisions."""
    wanted = [i for i, name in enumerate(REVIEW_FEATURES) if name not in without]
    rows = [np.hstack([r, review_columns(a, names, item_share)[:, wanted]]) if len(r) else r
            for a, r in zip(saved.items, rows_of(saved.items, saved.types))]
    against_shipped(saved, rows, "review runs")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_reviews", description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, required=True, help="the CV saved by `benchmarks.story_empty --save`")
    parser.add_argument("--study", action="store_true", help="count the words in headed runs, no retraining")
    parser.add_argument("--dates-only", action="store_true", help="runs headed by their dates alone")
    parser.add_argument("--item-share", type=float, default=ITEM_SHARE, help="a headed run's largest item")
    parser.add_argument("--without", default="", help="columns left out of the retrained rows (comma-separated)")
    parser.add_argument("--seeds", default=None, help="the seed triple --study reads (default: the first saved)")
    args = parser.parse_args(argv)
    saved = load(args.load)
    if args.study:
        study(saved, args.seeds or next(iter(saved.logits)), not args.dates_only, args.item_share)
    else:
        retrained(saved, not args.dates_only, args.item_share, [n for n in args.without.split(",") if n])
    return 0


if __name__ == "__main__":
    sys.exit(main())
