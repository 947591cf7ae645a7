"""Cleaning benchmark: `copydesk.clean_text` on the full-page text of every evaluation page,
side by side with two baselines, in one process.

    python -m benchmarks.bench_clean [--split all|tune|holdout] [--limit N] [--out benchmarks/out/clean.json]

Each page of ../shared/data is turned into what a naive scraper keeps
(`benchmarks.clean_corpus`: html-text, one block a line, cached) and given to:
`copydesk` (`clean_text`), `identity` (the text as is) and `long-lines` (only lines
of at least ten words that end in punctuation). WCXB is scored by body word-F1
against `main_content` (all pages, and article pages alone); trafilatura-eval by the
with/without snippet score. Both are also split by language (a guess from function
words, since the sets do not say). Only the cleaner call is timed.
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

from benchmarks.clean_corpus import TextPage, text_pages
from benchmarks.scores import snippet_counts, snippet_prf, word_prf
from copydesk import clean_text

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "clean.json"
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
    article = clean_text(text)
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


def measure(pages: Sequence[TextPage], with_all: bool) -> dict[str, dict[str, Tally]]:
    """Every cleaner on every page; tallies per split (and `all` when asked) and cleaner."""
    names = ("copydesk", *CLEANERS)
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: {name: Tally() for name in names})
    for page in pages:
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
    return tallies


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def markdown(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    """Per split: one row per cleaner and group, P / R / F1."""
    lines = []
    for split, by_name in results.items():
        lines += [f"### {split}", "", "| cleaner | set | pages/snippets | P | R | F1 |",
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
                  f"{t.get('median_ms', 0):.1f} ms, p95 {t.get('p95_ms', 0):.1f} ms, max {t.get('max_ms', 0):.1f} ms; "
                  f"statuses {by_name['copydesk'].get('statuses')}")
        lines += ["", timing, ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_clean", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    split = None if args.split == "all" else args.split
    pages = [*islice(text_pages(split=split, dataset="wcxb"), args.limit),
             *islice(text_pages(split=split, dataset="trafilatura"), args.limit)]
    clean_text("warm up: load the line model before timing")
    started = time.perf_counter()
    tallies = measure(pages, with_all=split is None)
    results = {s: {name: t.summary() for name, t in by_name.items()} for s, by_name in sorted(tallies.items())}
    report = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
              "command": "python -m benchmarks.bench_clean " + " ".join(sys.argv[1:] if argv is None else argv),
              "wall_seconds": round(time.perf_counter() - started, 1), "results": results}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(markdown(results))


if __name__ == "__main__":
    main()
