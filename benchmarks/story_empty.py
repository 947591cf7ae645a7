"""Pages with no story: what copydesk keeps on pages whose reference is empty, and page-level rules scored by CV.

    python -m benchmarks.story_empty --save /tmp/story-w/cv.pkl --seeds 14,15,16 --seeds 16,17,18 --seeds 15,16,17
    python -m benchmarks.story_empty --load /tmp/story-w/cv.pkl                  # the study, from the saved CV

The same CV as `train_story` (out-of-fold page types, each fold's networks trained on the other folds' tune
pages, the shipped decisions: margins, copies, an article's trim), once per seed triple; the logits are saved
with the pages (their HTML dropped) so the study reruns in seconds. The study lists the WCXB pages whose
reference is (nearly) empty, what the CV keeps on them and what the page holds, then scores each candidate
page-level rule ("this page has no story": keep nothing) on every triple, with the pages it empties whose
reference is not empty.
"""

from __future__ import annotations

import argparse
import pickle
import re
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from benchmarks.label_blocks import Analysed, labelled_pages
from benchmarks.scores import snippet_counts, snippet_prf, tokens
from benchmarks.story_precision import cv_logits, scores
from benchmarks.train_story import out_of_fold_types, page_score, rows_of, shipped_keep
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.storymodel import PROSE_CHARS, page_evidence
from copydesk.textunits import has_sentence_end

_SCRIPT = re.compile(rb"<script\b[^>]*>(.*?)</script\s*>", re.I | re.S)
_NOSCRIPT = re.compile(rb"<noscript\b[^>]*>(.*?)</noscript\s*>", re.I | re.S)
_TAG = re.compile(rb"<[^>]*>")
NEAR_EMPTY_WORDS = 20  # a reference this short is a caption or a button, no story


@dataclass(frozen=True, slots=True)
class Saved:
    """The CV of every page, as the study reads it."""

    items: list[Analysed]  # the pages' HTML dropped
    types: np.ndarray  # out-of-fold page-type probabilities
    logits: dict[str, list[np.ndarray]]  # per seed triple ("14,15,16"), per page
    html_facts: list[dict[str, float]]  # per page: bytes, script bytes, noscript text characters


def html_facts(html: bytes) -> dict[str, float]:
    """What a page's raw HTML holds besides its blocks: script bytes (a page rendered by script) and the
    text a `<noscript>` shows (an app shell's "enable JavaScript")."""
    script = sum(len(m.group(1)) for m in _SCRIPT.finditer(html))
    noscript = b" ".join(m.group(1) for m in _NOSCRIPT.finditer(html))
    return {"bytes": float(len(html)), "script": float(script),
            "noscript_chars": float(len(b" ".join(_TAG.sub(b" ", noscript).split())))}


def compute(seed_triples: Sequence[str]) -> Saved:
    items = list(labelled_pages())
    with tempfile.TemporaryDirectory() as folds_dir:
        types = out_of_fold_types(items, Path(folds_dir))
    rows = rows_of(items, types)
    logits = {}
    for triple in seed_triples:
        logits[triple] = cv_logits(items, rows, [int(s) for s in triple.split(",")])
        print(f"seeds {triple}: done", flush=True)
    facts = [html_facts(a.page.html) for a in items]
    light = [replace(a, page=replace(a.page, html=b"")) for a in items]
    return Saved(light, types, logits, facts)


def load(path: Path) -> Saved:
    """The saved CV (written by `--save`, where `Saved` was `__main__`'s)."""
    class Reader(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> object:
            return Saved if name == "Saved" else super().find_class(module, name)

    with path.open("rb") as fh:
        return Reader(fh).load()


def decisions(saved: Saved, triple: str) -> list[np.ndarray]:
    return [shipped_keep(a, lg, p) if len(lg) else np.zeros(0, bool)
            for a, lg, p in zip(saved.items, saved.logits[triple], saved.types)]


def against_shipped(saved: Saved, rows: Sequence[np.ndarray], label: str) -> None:
    """Per saved seed triple: the shipped decisions' scores, then those of a CV retrained on `rows`."""
    for triple in saved.logits:
        keeps = decisions(saved, triple)
        print(f"seeds {triple}, shipped: {scores(saved.items, [np.flatnonzero(k).tolist() for k in keeps])}")
        logits = cv_logits(saved.items, rows, [int(s) for s in triple.split(",")])
        kept = [np.flatnonzero(shipped_keep(a, lg, p)).tolist() if len(lg) else []
                for a, lg, p in zip(saved.items, logits, saved.types)]
        print(f"  {label}: {scores(saved.items, kept)}", flush=True)


def page_facts(item: Analysed, logits: np.ndarray, keep: np.ndarray) -> dict[str, float]:
    """Page-level evidence of a page's decided story: the kept text's size (Latin-character equivalents, every
    script alike), whether any of it is running prose, the model's belief in it (the largest and the
    size-weighted mean logit of the kept blocks), and the share of the page's text kept."""
    blocks = item.blocks.blocks
    sizes = np.array([b.size for b in blocks], np.float64)
    kept = np.flatnonzero(keep)
    prose = any(blocks[i].size >= PROSE_CHARS and blocks[i].link_density <= LINK_HEAVY
                and has_sentence_end(blocks[i].text) for i in kept.tolist())
    size = float(sizes[kept].sum())
    return {"kept_size": size, "prose": float(prose), "blocks": float(len(blocks)),
            "max_logit": float(logits[kept].max()) if len(kept) else -99.0,
            "mean_logit": float((logits[kept] * sizes[kept]).sum() / size) if size else -99.0,
            "share": size / max(float(sizes.sum()), 1.0), "max_block": float(sizes[kept].max()) if size else 0.0,
            "evidence": page_evidence(logits, keep, sizes)}


def words_of(item: Analysed, kept: Sequence[int]) -> int:
    return sum(tokens("\n\n".join(item.blocks.blocks[i].text for i in kept)).values())


def empty_pages(saved: Saved, triple: str) -> None:
    """The WCXB pages whose reference is (nearly) empty: what the CV keeps on them and what the page holds."""
    keeps = decisions(saved, triple)
    print(f"WCXB pages whose reference has at most {NEAR_EMPTY_WORDS} words (seeds {triple}):")
    print("key  type        site                   ref  kept words  F1    kept size prose max/mean logit  "
          "share  p(article) likeliest   html kB script% noscript chars")
    for item, lg, keep, probs, facts in zip(saved.items, saved.logits[triple], keeps, saved.types,
                                           saved.html_facts):
        page = item.page
        if page.dataset != "wcxb" or sum(tokens(page.main_content).values()) > NEAR_EMPTY_WORDS:
            continue
        kept = np.flatnonzero(keep).tolist()
        f = page_facts(item, lg, keep) if len(lg) else {}
        print(f"{page.key} {page.page_type:<11} {page.site[:22]:<22} {sum(tokens(page.main_content).values()):4} "
              f"{words_of(item, kept):10} {page_score(item, kept):.2f} {f.get('kept_size', 0):9.0f} "
              f"{f.get('prose', 0):5.0f} {f.get('max_logit', -99):+6.2f} / {f.get('mean_logit', -99):+6.2f}  "
              f"{f.get('share', 0):.2f}  {probs[TRAINED_TYPES.index('article')]:.2f}       "
              f"{TRAINED_TYPES[int(np.argmax(probs))]:<11} {facts['bytes'] / 1000:7.0f} "
              f"{100 * facts['script'] / max(facts['bytes'], 1):6.0f} {facts['noscript_chars']:8.0f}")


@dataclass(frozen=True, slots=True)
class Rule:
    """No story when the kept text is under `size`, the model's largest kept logit under `logit`, no kept block
    reaches `block` (a page of short lines) and the page's evidence (`storymodel.page_evidence`) is under
    `evidence`."""

    size: float
    logit: float = 99.0
    block: float = 1e9
    evidence: float = 99.0

    def empties(self, facts: dict[str, float]) -> bool:
        return (facts["kept_size"] < self.size and facts["max_logit"] < self.logit
                and facts["max_block"] < self.block and facts["evidence"] < self.evidence)

    def __str__(self) -> str:
        parts = [f"kept < {self.size:.0f}"]
        parts += [f"max logit < {self.logit:+.1f}"] if self.logit < 99 else []
        parts += [f"largest block < {self.block:.0f}"] if self.block < 1e9 else []
        parts += [f"evidence < {self.evidence:+.1f}"] if self.evidence < 99 else []
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Baseline:
    """One triple's shipped decisions, each page's facts and scores, so a rule is scored by its changes."""

    kept: list[list[int]]
    facts: list[dict[str, float]]
    score: list[float]  # WCXB word-F1, newspaper4k trigram F1, nan for trafilatura-eval
    snippets: list[tuple[int, int, int]]  # tp, fn, fp per page (zeros off trafilatura-eval)


def baseline(saved: Saved, triple: str) -> Baseline:
    kept, facts, score, snippets = [], [], [], []
    for item, lg, keep in zip(saved.items, saved.logits[triple], decisions(saved, triple)):
        k = np.flatnonzero(keep).tolist()
        kept.append(k)
        facts.append(page_facts(item, lg, keep) if k else {})
        score.append(page_score(item, k))
        snippets.append(snippets_of(item, k))
    return Baseline(kept, facts, score, snippets)


def snippets_of(item: Analysed, kept: Sequence[int]) -> tuple[int, int, int]:
    """A page's snippet counts (tp, fn, fp) for its kept blocks; zeros off trafilatura-eval."""
    if item.page.dataset != "trafilatura":
        return (0, 0, 0)
    text = "\n\n".join(item.blocks.blocks[i].text for i in kept)
    return snippet_counts(text, item.page.with_, item.page.without)[:3]


def score_rule(saved: Saved, base: Baseline, rule: Rule | None) -> dict[str, float]:
    """The CV means with `rule` applied after the shipped decisions, and what it empties."""
    groups: dict[str, list[float]] = {}
    tp = fn = fp = 0
    out = {"empty_ref": 0.0, "others": 0.0, "lost": 0.0, "traf": 0.0, "with_lost": 0.0, "n4k": 0.0}
    for n, item in enumerate(saved.items):
        score, counts = base.score[n], base.snippets[n]
        if rule is not None and base.kept[n] and rule.empties(base.facts[n]):
            empty = page_score(item, [])
            if item.page.dataset == "wcxb":
                ref = bool(tokens(item.page.main_content))
                out["others" if ref else "empty_ref"] += 1
                out["lost"] += score - empty if ref else 0.0
            elif item.page.dataset == "newspaper4k":
                out["n4k"] += 1
            else:
                out["traf"] += 1
                out["with_lost"] += counts[0]
            score, counts = empty, snippets_of(item, [])
        tp, fn, fp = tp + counts[0], fn + counts[1], fp + counts[2]
        page = item.page
        if page.dataset == "wcxb":
            groups.setdefault("wcxb", []).append(score)
            groups.setdefault(page.page_type or "", []).append(score)
        elif page.dataset == "newspaper4k":
            groups.setdefault("newspaper4k", []).append(score)
    out.update({name: statistics.fmean(values) for name, values in groups.items()})
    out["snippets"] = snippet_prf(tp, fn, fp).f1
    return out


COLUMNS = ("wcxb", "article", "product", "collection", "listing", "service", "forum", "snippets", "newspaper4k")


def line(scored: dict[str, float], before: dict[str, float] | None = None) -> str:
    if before is None:
        return " ".join(f"{name} {scored[name]:.4f}" for name in COLUMNS)
    deltas = " ".join(f"{name} {scored[name] - before[name]:+.4f}" for name in COLUMNS)
    return (f"{deltas}; emptied WCXB {scored['empty_ref']:.0f} empty-reference + {scored['others']:.0f} others "
            f"(F1 lost {scored['lost']:.2f}), trafilatura-eval {scored['traf']:.0f} ({scored['with_lost']:.0f} "
            f"`with` lost), newspaper4k {scored['n4k']:.0f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_empty", description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", action="append", default=None, help="a seed triple (repeatable)")
    parser.add_argument("--save", type=Path, default=None, help="compute the CV and save it here")
    parser.add_argument("--load", type=Path, default=None, help="read the saved CV and study it")
    parser.add_argument("--sizes", default="200,800", help="kept-size limits of the rules scored")
    parser.add_argument("--logits", default="2,99", help="largest-kept-logit limits of the rules scored")
    parser.add_argument("--blocks", default="200,1e9", help="largest-kept-block limits of the rules scored")
    parser.add_argument("--evidence", default="1,1.5,99", help="page-evidence limits of the rules scored")
    args = parser.parse_args(argv)
    if not (args.save or args.load):
        parser.error("--save or --load")
    if args.save:
        saved = compute(args.seeds or ["14,15,16"])
        args.save.parent.mkdir(parents=True, exist_ok=True)
        with args.save.open("wb") as fh:
            pickle.dump(saved, fh, protocol=pickle.HIGHEST_PROTOCOL)
        print(f"saved {args.save}")
    if args.load:
        saved = load(args.load)
    triples = list(saved.logits)
    empty_pages(saved, triples[0])
    rules = [Rule(float(size), float(logit), float(block), float(evidence)) for size in args.sizes.split(",")
             for logit in args.logits.split(",") for block in args.blocks.split(",")
             for evidence in args.evidence.split(",")]
    for triple in triples:
        base = baseline(saved, triple)
        before = score_rule(saved, base, None)
        print(f"\nseeds {triple}, shipped: {line(before)}")
        for rule in rules:
            print(f"  {rule}: {line(score_rule(saved, base, rule), before)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
