"""The ceiling the candidate blocks set: every block decided perfectly, per set and WCXB page type.

    python -m benchmarks.story_oracle [--model benchmarks/out/cv-folds.json] [--limit N] [--save PATH | --items PATH]

For every page of ../shared/data, through `label_blocks` (copydesk's own steps up to the story choice):
- *oracle*: the text of exactly the blocks `label_blocks` labels story, joined, scored as `bench_cv` scores
  (WCXB word-F1, trafilatura-eval snippets, newspaper4k char-trigram F1);
- *best*: the block subset a greedy search finds best for the page's word-F1 (blocks by their share of
  reference words, each kept when it raises the F1), so a low *oracle* beside a high *best* is the labeller;
- *recall ceiling*: the recall of every candidate block joined (reference words found in no block at all);
- *mixed*: the oracle's non-reference words (newspaper4k: character trigrams, throughout) that sit in
  mixed blocks (`MIXED_REF_WORDS` reference words and `MIXED_EXTRA_SHARE` of the block not in the
  reference: a block merging story and boilerplate), and the precision the oracle would have if those
  were its only extra words (its precision ceiling);
- *model*: main's real output, per page, read from `bench_cv --fold-models --out` (site-grouped CV).
Deterministic: pages in file order, no randomness.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.label_blocks import Analysed, best_blocks, labelled_pages
from benchmarks.scores import char_trigrams, snippet_counts, snippet_prf, tokens, trigram_prf, word_prf

MIXED_REF_WORDS = 3  # a block with fewer reference words is boilerplate that shares a word or two
MIXED_EXTRA_SHARE = 0.3  # a story block spells a word or two otherwise; a third foreign is another text inside


@dataclass(frozen=True, slots=True)
class Ceiling:
    """One page's ceilings (WCXB and newspaper4k: F1s; trafilatura-eval: snippet counts in `snippets`)."""

    dataset: str
    key: str
    page_type: str
    oracle_p: float
    oracle_r: float
    oracle_f1: float
    best_f1: float
    ceiling_r: float  # recall of every block joined
    missing: int  # reference words in no block
    unlabelled: int  # reference words the oracle lacks that blocks labelled boilerplate hold
    extra: int  # the oracle's non-reference words
    mixed_extra: int  # …of them in mixed blocks
    mixed_p: float  # the oracle's precision with only the mixed blocks' extra words
    snippets: tuple[int, int, int, int] = (0, 0, 0, 0)


def best_subset(blocks: Sequence[Counter[str]], reference: Counter[str]) -> float:
    """Greedy best word-F1 of a block subset (`label_blocks.best_blocks`)."""
    return best_blocks(blocks, reference)[0]


def page_ceiling(a: Analysed) -> Ceiling:
    page = a.page
    texts = [b.text for b in a.blocks.blocks]
    story = "\n\n".join(t for t, label in zip(texts, a.labels) if label)
    kind = page.page_type or ("news" if page.dataset == "newspaper4k" else "-")
    if page.dataset == "trafilatura":
        counts = snippet_counts(story, page.with_, page.without)
        everything = snippet_counts("\n\n".join(texts), page.with_, page.without)
        ceiling = everything[0] / max(1, everything[0] + everything[1])
        return Ceiling(page.dataset, page.key, kind, 0, 0, 0, 0, ceiling, everything[1], 0, 0, 0, 0, counts)
    if page.dataset == "newspaper4k":
        units, reference, scorer = char_trigrams, char_trigrams(page.reference_text), trigram_prf
        score, every = scorer(story, page.reference_text), scorer("\n\n".join(texts), page.reference_text)
    else:
        units, reference, scorer = tokens, tokens(page.main_content), word_prf
        score, every = scorer(story, page.main_content), scorer("\n\n".join(texts), page.main_content)
    counts = [units(t) for t in texts]
    chosen = sum((c for c, label in zip(counts, a.labels) if label), Counter())
    overlap = sum((chosen & reference).values())
    extra = sum(chosen.values()) - overlap
    mixed = 0
    for c, label in zip(counts, a.labels):
        held = sum((c & reference).values())
        foreign = sum(c.values()) - held
        if label and held >= MIXED_REF_WORDS and foreign >= MIXED_EXTRA_SHARE * sum(c.values()):
            mixed += foreign
    mixed_p = overlap / (overlap + mixed) if overlap else score.precision
    everything = sum(counts, Counter())
    missing = sum((reference - everything).values())
    unlabelled = sum(((everything - chosen) & (reference - chosen)).values())
    return Ceiling(page.dataset, page.key, kind, score.precision, score.recall, score.f1,
                   best_subset(counts, reference), every.recall, missing, unlabelled, extra, mixed, mixed_p)


def model_scores(path: Path | None) -> dict[tuple[str, str], dict]:
    """Per page, copydesk's CV scores from a `bench_cv --out` file."""
    if path is None:
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(p["dataset"], p["key"]): p["by"]["copydesk"] for p in data["pages"]}


def table(ceilings: Sequence[Ceiling], model: dict[tuple[str, str], dict]) -> list[str]:
    head = ("| set / WCXB type | pages | model F1 | oracle P | oracle R | **oracle F1** | best subset F1 | "
            "recall ceiling | words in no block | in boilerplate-labelled blocks | oracle's extra words | "
            "in mixed blocks | P ceiling (mixed) |")
    lines = [head, "|" + "---|" * 13]
    groups: dict[str, list[Ceiling]] = {}
    for c in ceilings:
        if c.dataset == "wcxb":
            groups.setdefault("WCXB all", []).append(c)
            groups.setdefault(f"WCXB {c.page_type}", []).append(c)
        elif c.dataset == "newspaper4k":
            groups.setdefault("newspaper4k (char trigrams)", []).append(c)
    for name in sorted(groups, key=lambda g: (g != "WCXB all", g)):
        cs = groups[name]
        scored = [model[c.dataset, c.key]["f1"] for c in cs if (c.dataset, c.key) in model]
        model_f1 = f"{statistics.fmean(scored):.3f}" if scored else "–"
        mean = {f: statistics.fmean(getattr(c, f) for c in cs)
                for f in ("oracle_p", "oracle_r", "oracle_f1", "best_f1", "ceiling_r", "mixed_p")}
        extra, mixed = sum(c.extra for c in cs), sum(c.mixed_extra for c in cs)
        lines.append(f"| {name} | {len(cs)} | {model_f1} | {mean['oracle_p']:.3f} | {mean['oracle_r']:.3f} | "
                     f"**{mean['oracle_f1']:.3f}** | {mean['best_f1']:.3f} | {mean['ceiling_r']:.3f} | "
                     f"{sum(c.missing for c in cs):,} | {sum(c.unlabelled for c in cs):,} | {extra:,} | "
                     f"{mixed:,} | {mean['mixed_p']:.3f} |")
    snips = [c for c in ceilings if c.dataset == "trafilatura"]
    if snips:
        tp, fn, fp, _ = (sum(c.snippets[i] for c in snips) for i in range(4))
        oracle = snippet_prf(tp, fn, fp)
        found = [model[c.dataset, c.key]["snippets"] for c in snips if (c.dataset, c.key) in model]
        got = snippet_prf(*(sum(s[i] for s in found) for i in range(3))).f1 if found else None
        lines.append(f"| trafilatura-eval (snippets) | {len(snips)} | {'–' if got is None else f'{got:.3f}'} | "
                     f"{oracle.precision:.3f} | {oracle.recall:.3f} | **{oracle.f1:.3f}** | – | "
                     f"{statistics.fmean(c.ceiling_r for c in snips):.3f} | {sum(c.missing for c in snips)} "
                     "`with` snippets | – | – | – | – |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_oracle", description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="a `bench_cv --out` file: main's per-page scores")
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument("--save", type=Path, default=None, help="pickle the labelled pages here for studies")
    parser.add_argument("--items", type=Path, default=None, help="read the labelled pages from a `--save` pickle")
    args = parser.parse_args(argv)
    items = pickle.loads(args.items.read_bytes()) if args.items else list(labelled_pages(args.limit))
    if args.save:
        args.save.write_bytes(pickle.dumps(items))
    print("\n".join(table([page_ceiling(a) for a in items], model_scores(args.model))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
