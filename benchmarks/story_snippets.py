"""The story model's decisions on trafilatura-eval's snippets and WCXB articles' words, read block by block.

    python -m benchmarks.story_snippets --load /tmp/snip/cv.pkl [--triple 14,15,16] [--show 20]

Reads `story_empty`'s saved CV (out-of-fold page types, each fold's networks trained on the other folds' tune
pages) and the shipped decisions (`train_story.shipped_keep`: margins, copies, an article's trim). Every miss is
put on a block:
- trafilatura-eval: every `with` snippet the kept text lacks, on the first block holding it (or "across
  blocks" / "in no block" when no single block does), and every `without` snippet it holds, on the first kept
  block holding it;
- WCXB articles: the reference words the kept text lacks (multisets), on the dropped blocks labelled story
  first, then the other dropped blocks, in page order (the rest: in no block); and the kept words the
  reference lacks, on the kept blocks in page order (as `story_precision.breakdown`).
Each is counted by what its block is and what was decided of it (the decision, its logit, where it sits
against the labelled story, container hint, link density, lexicon category, teaser shape, copy, the page's
likeliest type), in snippets or words, pages and sites.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from benchmarks.label_blocks import Analysed
from benchmarks.scores import take_words
from benchmarks.story_empty import Saved, load
from benchmarks.story_products import place, size_class
from benchmarks.train_story import _decide, margins_of, rows_of, settled
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.storymodel import feature_names, list_page

_WORD = re.compile(r"\w+")
LOGIT_EDGES = (-3.0, -1.5, 0.0, 1.0, 3.0)  # the shipped margins (-1.5, 0 for an article's trim, +1) and two far ones


@dataclass
class Tally:
    """Snippets or words per class, with the pages and sites they fall on."""

    amount: Counter[tuple[str, str]] = field(default_factory=Counter)
    pages: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    sites: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def add(self, classes: Sequence[tuple[str, str]], amount: int, item: Analysed) -> None:
        for key in classes:
            self.amount[key] += amount
            self.pages.setdefault(key, set()).add(item.page.key)
            self.sites.setdefault(key, set()).add(item.page.site)

    def print(self, title: str, unit: str, least: float = 0.01) -> None:
        total = sum(v for (k, _), v in self.amount.items() if k == "decision")
        pages = set().union(*(p for (k, _), p in self.pages.items() if k == "decision")) if total else set()
        sites = set().union(*(s for (k, _), s in self.sites.items() if k == "decision")) if total else set()
        print(f"\n{title}: {total} {unit}, {len(pages)} pages, {len(sites)} sites")
        for key, value in sorted(self.amount.items(), key=lambda kv: (kv[0][0], -kv[1])):
            if value >= least * total:
                print(f"  {key[0]:<12} {key[1]:<58} {value:7d} ({value / max(total, 1):.3f})  "
                      f"{len(self.pages[key]):4d} pages {len(self.sites[key]):4d} sites")


def logit_class(logit: float) -> str:
    edges = LOGIT_EDGES
    if logit <= edges[0]:
        return f"<= {edges[0]:+g}"
    for low, high in zip(edges, edges[1:]):
        if logit <= high:
            return f"{low:+g} .. {high:+g}"
    return f"> {edges[-1]:+g}"


def decision_of(i: int, rules: np.ndarray, decided: np.ndarray, story: np.ndarray, keep: np.ndarray) -> str:
    """Why block `i` is in or out of the shipped story."""
    if keep[i]:
        return "kept: rules kept, model agreed" if rules[i] else "kept: model added"
    if not decided[i]:
        return "out: rules kept, model dropped" if rules[i] else "out: rules dropped, model agreed"
    return "out: copy of an earlier block" if not story[i] else "out: article's trim"


@dataclass(frozen=True, slots=True)
class Decided:
    """One page's shipped decisions and what the breakdown reads of each block."""

    item: Analysed
    logits: np.ndarray
    rules: np.ndarray
    decided: np.ndarray
    story: np.ndarray  # after the copies, before the trim
    keep: np.ndarray
    row: np.ndarray
    likeliest: str
    items_page: bool

    def classes(self, i: int, labelled: Sequence[int]) -> list[tuple[str, str]]:
        names = _NAMES
        block = self.item.blocks.blocks[i]
        r = self.row[i]
        texts = [name for name in names if name.startswith("text:")]
        category = max(texts, key=lambda t: r[names[t]])
        earlier = any(b.text == block.text for b in self.item.blocks.blocks[:i])
        decision = decision_of(i, self.rules, self.decided, self.story, self.keep)
        where = place(i, labelled)
        return [("decision", decision), ("place", where), ("decision×place", f"{decision} / {where}"),
                ("logit", logit_class(float(self.logits[i]))), ("hint", block.hint or "none"),
                ("links", "none" if block.link_density == 0 else "linked" if block.link_density > LINK_HEAVY
                 else "some"),
                ("lexicon", category[5:] if r[names[category]] > 0 else "none"),
                ("teaser", "teaser member" if r[names["teaser_member"]] > 0 else "not"),
                ("copy", "text said earlier" if earlier else "first"),
                ("kind", block.kind), ("size", size_class(block.size)),
                ("main frame", "in" if r[names["ends:in_main"]] > 0 else "out"),
                ("page type", self.likeliest + (" (items' margins)" if self.items_page else ""))]


_NAMES = {name: i for i, name in enumerate(feature_names())}


def decided_pages(saved: Saved, triple: str, rows: Sequence[np.ndarray]) -> Iterator[Decided]:
    for item, logits, probs, row in zip(saved.items, saved.logits[triple], saved.types, rows):
        if not len(logits):
            continue
        rules = np.zeros(len(logits), bool)
        rules[list(item.selection.kept)] = True
        items_page = list_page(probs)
        decided = _decide(logits, list(item.selection.kept), *margins_of(items_page))
        story, keep = settled(item, decided, logits, probs)
        yield Decided(item, logits, rules, decided, story, keep, row, TRAINED_TYPES[int(np.argmax(probs))],
                      items_page)


def snippet_misses(page: Decided, lost: Tally, kept: Tally) -> None:
    """A trafilatura-eval page's `with` snippets missed and `without` snippets kept, on their blocks."""
    item = page.item
    blocks = item.blocks.blocks
    text = "\n\n".join(blocks[i].text for i in np.flatnonzero(page.keep))
    every = "\n\n".join(b.text for b in blocks)
    labelled = [i for i, story in enumerate(item.labels) if story]
    for snippet in item.page.with_:
        if snippet in text:
            continue
        holding = [i for i, b in enumerate(blocks) if snippet in b.text]
        if not holding:
            where = "across blocks" if snippet in every else "in no block"
            lost.add([("decision", where), ("page type", page.likeliest)], 1, item)
            continue
        others = [i for i in labelled if i not in holding]
        lost.add(page.classes(holding[0], others), 1, item)
    for snippet in item.page.without:
        if snippet not in text:
            continue
        holding = [i for i in np.flatnonzero(page.keep) if snippet in blocks[i].text]
        if not holding:
            kept.add([("decision", "across kept blocks"), ("page type", page.likeliest)], 1, item)
            continue
        kept.add(page.classes(int(holding[0]), labelled), 1, item)


def article_words(page: Decided, lost: Tally, extra: Tally) -> None:
    """A WCXB article's reference words lost and kept words the reference lacks, on their blocks."""
    item = page.item
    blocks = item.blocks.blocks
    reference = Counter(w.lower() for w in _WORD.findall(item.page.main_content or ""))
    labelled = [i for i, story in enumerate(item.labels) if story]
    missing = reference.copy()
    for i in np.flatnonzero(page.keep).tolist():
        words = _WORD.findall(blocks[i].text.lower())
        n = len(words) - take_words(words, missing)
        if n:
            extra.add(page.classes(i, labelled), n, item)
    dropped = [i for i in range(len(blocks)) if not page.keep[i]]
    for i in sorted(dropped, key=lambda i: (not item.labels[i], i)):
        n = take_words(_WORD.findall(blocks[i].text.lower()), missing)
        if n:
            lost.add(page.classes(i, labelled), n, item)
    left = sum(v for v in missing.values() if v > 0)
    if left:
        lost.add([("decision", "in no block"), ("page type", page.likeliest)], left, item)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_snippets", description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, required=True, help="`story_empty --save`'s CV")
    parser.add_argument("--triple", default=None, help="the seed triple read (the first saved by default)")
    parser.add_argument("--least", type=float, default=0.01, help="print the classes of at least this share")
    args = parser.parse_args(argv)
    saved = load(args.load)
    triple = args.triple or next(iter(saved.logits))
    rows = rows_of(saved.items, saved.types)
    with_lost, without_kept, words_lost, words_extra = Tally(), Tally(), Tally(), Tally()
    for page in decided_pages(saved, triple, rows):
        if page.item.page.dataset == "trafilatura":
            snippet_misses(page, with_lost, without_kept)
        elif page.item.page.dataset == "wcxb" and page.item.page.page_type == "article":
            article_words(page, words_lost, words_extra)
    print(f"seeds {triple}")
    with_lost.print("trafilatura-eval `with` snippets missed", "snippets", args.least)
    without_kept.print("trafilatura-eval `without` snippets kept", "snippets", args.least)
    words_lost.print("WCXB articles' reference words lost", "words", args.least)
    words_extra.print("WCXB articles' kept words the reference lacks", "words", args.least)
    return 0


if __name__ == "__main__":
    sys.exit(main())
