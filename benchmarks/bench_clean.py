"""Cleaning benchmark: `copydesk.clean_text` on the full-page text of every evaluation page,
under each converter, side by side with two baselines, in one process.

    python -m benchmarks.bench_clean [--split all|tune|holdout] [--converter NAME …] [--limit N] [--out FILE]
    python -m benchmarks.bench_clean --cv NAME [--converter NAME …]   # site-grouped cross-validation

Each page of ../shared/data is turned into what a naive scraper keeps, by each converter
(`benchmarks.clean_corpus`: html-text, inscriptis and a plain selectolax `get_text()`; cached), and given to:
`copydesk` (`clean_text`), `identity` (the text as is) and `long-lines` (only lines
of at least ten words that end in punctuation). WCXB is scored by body word-F1
against `main_content` (all pages, and article pages alone); trafilatura-eval by the
with/without snippet score. Both are also split by language (a guess from function
words, since the sets do not say). Only the cleaner call is timed.

`--cv NAME` scores the tune pages only, each cleaned with the fold model of
`benchmarks/out/clean_cv/NAME/fold{k}.json` (`python -m benchmarks.train_clean --cv NAME`) whose training
never saw the page's site: site-grouped cross-validation, the protocol decisions are taken by. Without it
the shipped model is used (on holdout pages: the once-at-the-end measure).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from benchmarks.clean_corpus import CONVERTERS, TextPage, text_pages
from benchmarks.datasets import CV_FOLDS
from benchmarks.scores import snippet_counts, snippet_prf, word_prf
from copydesk import clean_text
from copydesk.clean import decide
from copydesk.clean.linemodel import LineModel, load_model, read_model

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "clean.json"
CV_DIR = Path(__file__).resolve().parent / "out" / "clean_cv"
# Accuracy must not hang on how busy the machine is: pages are cleaned with this budget, not the default 2 s
# (which `benchmarks.clean_budget` measures; a quiet machine takes at most ~0.25 s on any page here).
ACCURACY_BUDGET_S = 60.0
LONG_LINE_WORDS = 10  # the issue's baseline: long lines…
_ENDS_IN_PUNCT = re.compile(r"[.!?…:;\"'”»)]\s*$")  # …that end in punctuation
_WORD = re.compile(r"\w+", re.UNICODE)
# A few very frequent function words per language; the language with the most hits wins.
LANGUAGE_WORDS = {
    "en": {"the", "and", "of", "to", "is", "in", "that", "for", "with", "was"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "auf", "den", "sich"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "pour", "dans", "qui"},
    "es": {"el", "los", "las", "y", "que", "por", "una", "para", "con", "del"},
    "ru": {"и", "в", "не", "на", "что", "с", "по", "это", "как", "для"},
}
MIN_LANGUAGE_HITS = 20  # fewer hits than this: "other"


def identity(text: str) -> str:
    return text


def long_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines()
                     if len(line.split()) >= LONG_LINE_WORDS and _ENDS_IN_PUNCT.search(line))


def copydesk_clean(text: str) -> tuple[str, str]:
    article = clean_text(text, clean_time_budget=ACCURACY_BUDGET_S)
    return article.text, article.status.value


CLEANERS: dict[str, Callable[[str], str]] = {"identity": identity, "long-lines": long_lines}


def language_of(text: str) -> str:
    words = Counter(w.lower() for w in _WORD.findall(text[:20000]))
    hits = {lang: sum(words[w] for w in vocab) for lang, vocab in LANGUAGE_WORDS.items()}
    best = max(hits, key=lambda k: hits[k])
    return best if hits[best] >= MIN_LANGUAGE_HITS else "other"


class Tally:
    """Sums for one cleaner on one split."""

    def __init__(self) -> None:
        self.prf: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
        self.snippets: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        self.times_ms: list[float] = []
        self.statuses: Counter[str] = Counter()

    def add(self, page: TextPage, output: str, language: str) -> None:
        if page.dataset == "wcxb":
            score = word_prf(output, page.reference)
            groups = ["all", f"lang:{language}"] + (["article"] if page.page_type == "article" else [])
            for group in groups:
                sums = self.prf[group]
                for i, v in enumerate((score.precision, score.recall, score.f1, 1)):
                    sums[i] += v
        else:
            counts = snippet_counts(output, page.with_, page.without)
            for group in ("all", f"lang:{language}"):
                for i, v in enumerate(counts):
                    self.snippets[group][i] += v

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for group, (p, r, f1, n) in sorted(self.prf.items()):
            out[f"wcxb.{group}"] = {"pages": n, "precision": p / n, "recall": r / n, "f1": f1 / n}
        for group, (tp, fn, fp, _tn) in sorted(self.snippets.items()):
            s = snippet_prf(tp, fn, fp)
            out[f"traf.{group}"] = {"snippets": tp + fn + fp + _tn, "precision": s.precision, "recall": s.recall,
                                    "f1": s.f1}
        if self.times_ms:
            ordered = sorted(self.times_ms)
            out["time"] = {"mean_ms": statistics.fmean(ordered), "median_ms": statistics.median(ordered),
                           "p95_ms": ordered[int(0.95 * (len(ordered) - 1))], "max_ms": ordered[-1]}
        if self.statuses:
            out["statuses"] = dict(self.statuses)
        return out


def measure(pages: Sequence[TextPage], with_all: bool, fold_models: dict[int, LineModel] | None = None,
            ) -> dict[str, dict[str, Tally]]:
    """Every cleaner on every page; tallies per split (and `all` when asked) and cleaner. With `fold_models`,
    each page is cleaned by the model of its site's fold (`use_model`)."""
    names = ("copydesk", *CLEANERS)
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: {name: Tally() for name in names})
    for page in sorted(pages, key=lambda p: p.fold) if fold_models else pages:
        if fold_models is not None:
            if page.fold not in fold_models:
                continue
            use_model(fold_models[page.fold])
        language = language_of(page.text)
        start = time.perf_counter()
        text, status = copydesk_clean(page.text)
        ms = (time.perf_counter() - start) * 1000
        outputs = {"copydesk": text} | {name: fn(page.text) for name, fn in CLEANERS.items()}
        for split in (page.split, "all") if with_all else (page.split,):
            for name, output in outputs.items():
                tallies[split][name].add(page, output, language)
            tallies[split]["copydesk"].times_ms.append(ms)
            tallies[split]["copydesk"].statuses[status] += 1
    decide.load_model = load_model  # the shipped model again
    return tallies


def use_model(model: LineModel) -> None:
    """Make `clean_text` score lines with `model` (the benchmark's stand-in for the shipped file)."""
    decide.load_model = lambda: model  # type: ignore[assignment]


def fold_models(name: str) -> dict[int, LineModel]:
    """The fold models of clean_cv/NAME that exist (a run of some folds scores the pages of those folds)."""
    paths = {k: CV_DIR / name / f"fold{k}.json" for k in range(CV_FOLDS)}
    models = {k: read_model(p.read_bytes(), p.name) for k, p in paths.items() if p.exists()}
    if not models:
        sys.exit(f"no fold models in {CV_DIR / name} (python -m benchmarks.train_clean --cv {name})")
    return models


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def markdown(results: dict[str, dict[str, dict[str, dict[str, Any]]]]) -> str:
    """Per converter and split: one row per cleaner and group, P / R / F1."""
    lines = []
    for converter, by_split in results.items():
        for split, by_name in by_split.items():
            lines += [f"### {converter}, {split}", "", "| cleaner | set | pages/snippets | P | R | F1 |",
                      "|---|---|---:|---:|---:|---:|"]
            for name, summary in by_name.items():
                for group, m in summary.items():
                    if group in ("time", "statuses"):
                        continue
                    size = m.get("pages", m.get("snippets"))
                    lines.append(f"| {name} | {group} | {size} | {fmt(m['precision'])} | {fmt(m['recall'])} | "
                                 f"{fmt(m['f1'])} |")
            t = by_name["copydesk"].get("time", {})
            timing = (f"copydesk time per document: mean {t.get('mean_ms', 0):.1f} ms, median "
                      f"{t.get('median_ms', 0):.1f} ms, p95 {t.get('p95_ms', 0):.1f} ms, max "
                      f"{t.get('max_ms', 0):.1f} ms; statuses {by_name['copydesk'].get('statuses')}")
            lines += ["", timing, ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_clean", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    parser.add_argument("--converter", choices=sorted(CONVERTERS), action="append",
                        help="score only this rendering (repeatable; default all)")
    parser.add_argument("--cv", metavar="NAME", help="site-grouped CV on tune with the fold models clean_cv/NAME")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    split = "tune" if args.cv else None if args.split == "all" else args.split
    models = fold_models(args.cv) if args.cv else None
    clean_text("warm up: load the line model before timing")
    started = time.perf_counter()
    results: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for converter in args.converter or CONVERTERS:
        pages = [*islice(text_pages(split=split, dataset="wcxb", converter=converter), args.limit),
                 *islice(text_pages(split=split, dataset="trafilatura", converter=converter), args.limit)]
        tallies = measure(pages, with_all=split is None, fold_models=models)
        label = f"{converter} (site CV {args.cv}, folds {sorted(models)})" if models else converter
        results[label] = {s: {name: t.summary() for name, t in by_name.items()}
                          for s, by_name in sorted(tallies.items())}
    report = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
              "command": "python -m benchmarks.bench_clean " + " ".join(sys.argv[1:] if argv is None else argv),
              "wall_seconds": round(time.perf_counter() - started, 1), "results": results}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(markdown(results))


if __name__ == "__main__":
    main()
