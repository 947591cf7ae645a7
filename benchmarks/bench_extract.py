"""Extraction benchmark: copydesk and the anchor extractors side by side, in one process.

    python -m benchmarks.bench_extract [--split all|tune|holdout] [--anchors trafilatura,resiliparse,…]
                                       [--limit N] [--out benchmarks/out/extract.json] [--cpu]

Every page of WCXB-dev and trafilatura-eval goes to each extractor in turn, so
caches and CPU state are shared fairly; only the extractor call is timed. An
extractor that raises or returns nothing scores 0 on that page and is counted as
a failure; the run never aborts. Pages are streamed: no HTML is kept. Calls are timed
in wall time, or with `--cpu` in the process's CPU time, which other jobs on a shared
machine disturb far less (every extractor here runs on the calling thread).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from benchmarks.anchors import DEFAULT_ANCHORS, Extraction, Extractor, build_extractors
from benchmarks.datasets import Page, trafilatura_pages, wcxb_pages
from benchmarks.scores import author_match, date_match, snippet_counts, snippet_prf, title_match, word_prf

SPLITS = ("tune", "holdout")
DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "extract.json"
OUTLIER_MS = 1000.0  # a page slower than this is listed by name: it says more than the p95 does
MAX_LISTED = 10  # failures / outliers listed per extractor and split in the JSON
METADATA_CHECKS = {"title": title_match, "author": author_match, "date": date_match}
EMPTY = Extraction("")


@dataclass(slots=True)
class Tally:
    """Running sums for one extractor on one split."""

    offers: frozenset[str]
    prf: dict[str, list[float]] = field(default_factory=lambda: defaultdict(lambda: [0.0, 0.0, 0.0, 0]))
    meta: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    snippets: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # tp, fn, fp, tn
    snippet_pages: int = 0
    times_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    outliers: list[tuple[str, float]] = field(default_factory=list)

    def add_body(self, group: str, prediction: str, reference: str) -> None:
        score = word_prf(prediction, reference)
        sums = self.prf[group]
        sums[0] += score.precision
        sums[1] += score.recall
        sums[2] += score.f1
        sums[3] += 1

    def add_metadata(self, got: Extraction, reference: dict[str, Any]) -> None:
        """Accuracy over the pages whose reference has the field."""
        for name in self.offers:
            wanted = reference.get(name)
            if not wanted:
                continue
            predicted = {"title": got.title, "author": got.authors, "date": got.date}[name]
            counts = self.meta[name]
            counts[0] += bool(predicted) and METADATA_CHECKS[name](predicted, wanted)
            counts[1] += 1

    def add_snippets(self, output: str, page: Page) -> None:
        self.snippet_pages += 1
        for i, n in enumerate(snippet_counts(output, page.with_, page.without)):
            self.snippets[i] += n

    def add_time(self, key: str, ms: float) -> None:
        self.times_ms.append(ms)
        if ms > OUTLIER_MS:
            self.outliers.append((key, round(ms, 1)))

    def summary(self) -> dict[str, Any]:
        """The flat metric names the tables and the gate's floors use."""
        out: dict[str, Any] = {}
        for group in ("all", "article"):
            p, r, f1, n = self.prf.get(group, (0.0, 0.0, 0.0, 0))
            out[f"wcxb.{group}.pages"] = n
            for name, total in (("precision", p), ("recall", r), ("f1", f1)):
                out[f"wcxb.{group}.{name}"] = total / n if n else None
        for name in ("title", "author", "date"):
            hits, n = self.meta.get(name, (0, 0))
            out[f"wcxb.article.{name}"] = hits / n if name in self.offers and n else None
        tp, fn, fp, _tn = self.snippets
        snippet = snippet_prf(tp, fn, fp)
        out["traf.pages"] = self.snippet_pages
        out.update({"traf.snippet.precision": snippet.precision, "traf.snippet.recall": snippet.recall,
                    "traf.snippet.f1": snippet.f1})
        out["time.median_ms"] = statistics.median(self.times_ms) if self.times_ms else None
        out["time.p95_ms"] = percentile(self.times_ms, 0.95)
        out["failures"] = len(self.failures)
        return out


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def call_extractor(extractor: Extractor, page: Page, clock: Callable[[], float] = time.perf_counter,
                   ) -> tuple[Extraction, float, str | None]:
    """(extraction, milliseconds, error) — a raise or a `None` becomes an empty extraction."""
    try:
        prepared = extractor.prepare(page.html)
        start = clock()
        got = extractor.run(prepared, page.url)
        elapsed = (clock() - start) * 1000
    except Exception as error:  # an anchor's bug scores 0 on that page, never stops the run
        return EMPTY, float("nan"), f"{page.dataset}/{page.key}: {type(error).__name__}: {error}"[:200]
    if got is None:
        return EMPTY, elapsed, f"{page.dataset}/{page.key}: returned None"
    return got, elapsed, None


def score_page(tally: Tally, page: Page, got: Extraction) -> None:
    if page.dataset == "wcxb":
        tally.add_body("all", got.text, page.main_content or "")
        if page.page_type == "article":
            tally.add_body("article", got.text, page.main_content or "")
            tally.add_metadata(got, page.meta)
    else:
        tally.add_snippets(got.text, page)


def iter_pages(split: str, limit: int | None, shared: Path | None = None) -> Iterator[Page]:
    """Both sets, streamed; `limit` caps each set."""
    wanted = None if split == "all" else split
    yield from islice(wcxb_pages(shared, split=wanted), limit)
    yield from islice(trafilatura_pages(shared, split=wanted), limit)


@dataclass(slots=True)
class Run:
    """Everything measured in one pass: tallies per split and extractor, copydesk statuses."""

    tallies: dict[str, dict[str, Tally]]
    statuses: dict[str, dict[str, Counter[str]]]


def measure(extractors: Sequence[Extractor], pages: Iterable[Page], split: str,
            clock: Callable[[], float] = time.perf_counter) -> Run:
    """Run every extractor on every page, in turn, and score the results (calls timed by `clock`)."""
    splits = SPLITS + ("all",) if split == "all" else (split,)
    tallies = {s: {e.name: Tally(e.offers) for e in extractors} for s in splits}
    statuses: dict[str, dict[str, Counter[str]]] = {s: defaultdict(Counter) for s in splits}
    for page in pages:
        targets = [s for s in (page.split, "all") if s in tallies]
        for extractor in extractors:
            got, ms, error = call_extractor(extractor, page, clock)
            for s in targets:
                tally = tallies[s][extractor.name]
                score_page(tally, page, got)
                if error:
                    tally.failures.append(error)
                else:
                    tally.add_time(f"{page.dataset}/{page.key}", ms)
                if got.status is not None:
                    statuses[s][page.page_type or "trafilatura-eval"][got.status] += 1
    return Run(tallies, statuses)


def summarize(run: Run) -> dict[str, Any]:
    """Metrics per split and extractor, our median over trafilatura's, statuses, failures."""
    results = {s: {name: t.summary() for name, t in by_name.items()} for s, by_name in run.tallies.items()}
    ratios = {}
    for s, by_name in results.items():
        ours, theirs = by_name["copydesk"]["time.median_ms"], by_name.get("trafilatura", {}).get("time.median_ms")
        ratios[s] = ours / theirs if ours and theirs else None
    listed = {s: {name: {"failures": t.failures[:MAX_LISTED],
                         "outliers_ms": sorted(t.outliers, key=lambda kv: -kv[1])[:MAX_LISTED]}
                  for name, t in by_name.items()} for s, by_name in run.tallies.items()}
    statuses = {s: {pt: dict(c) for pt, c in sorted(by_type.items())} for s, by_type in run.statuses.items()}
    return {"results": results, "median_ratio_vs_trafilatura": ratios, "statuses": statuses, "listed": listed}


def fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


TABLE_COLUMNS = (
    ("WCXB F1 all", "wcxb.all.f1", 3), ("F1 article", "wcxb.article.f1", 3),
    ("P all", "wcxb.all.precision", 3), ("R all", "wcxb.all.recall", 3),
    ("traf P", "traf.snippet.precision", 3), ("traf R", "traf.snippet.recall", 3),
    ("traf F1", "traf.snippet.f1", 3), ("title", "wcxb.article.title", 3),
    ("author", "wcxb.article.author", 3), ("date", "wcxb.article.date", 3),
    ("median ms", "time.median_ms", 1), ("p95 ms", "time.p95_ms", 1), ("failures", "failures", 0),
)


def markdown(summary: dict[str, Any]) -> str:
    """One table per split, then copydesk's statuses per page type."""
    lines: list[str] = []
    for s, by_name in summary["results"].items():
        first = next(iter(by_name.values()))
        lines.append(f"### {s} (WCXB {first['wcxb.all.pages']} pages, {first['wcxb.article.pages']} articles;"
                     f" trafilatura-eval {first['traf.pages']} pages)")
        lines.append("")
        lines.append("| extractor | " + " | ".join(c[0] for c in TABLE_COLUMNS) + " |")
        lines.append("|---|" + "---:|" * len(TABLE_COLUMNS))
        for name, metrics in by_name.items():
            cells = [fmt(metrics[key], digits) if digits else str(metrics[key]) for _, key, digits in TABLE_COLUMNS]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("")
        lines.append(f"copydesk median / trafilatura median: {fmt(summary['median_ratio_vs_trafilatura'][s])}")
        lines.append("")
    lines.extend(status_table(summary["statuses"]))
    return "\n".join(lines)


def status_table(statuses: dict[str, dict[str, dict[str, int]]]) -> list[str]:
    names = sorted({st for by_type in statuses.values() for c in by_type.values() for st in c})
    lines = ["### copydesk status per page type", "", "| split | page type | " + " | ".join(names) + " |",
             "|---|---|" + "---:|" * len(names)]
    for s, by_type in statuses.items():
        for page_type, counts in by_type.items():
            lines.append(f"| {s} | {page_type} | " + " | ".join(str(counts.get(n, 0)) for n in names) + " |")
    return lines + [""]


def machine() -> dict[str, Any]:
    model = ""
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8")
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cpus": os.cpu_count(), "cpu": model, "python": platform.python_version(), "os": platform.platform()}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_extract", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    parser.add_argument("--anchors", default=",".join(DEFAULT_ANCHORS),
                        help="comma-separated anchors to run beside copydesk ('' for none)")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--shared", type=Path, default=None, help="the shared folder (default ../shared)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cpu", action="store_true", help="time calls in CPU time, not wall time")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.getLogger().addHandler(logging.NullHandler())  # anchors log every page they give up on
    extractors, skipped = build_extractors([a for a in args.anchors.split(",") if a.strip()])
    for name, reason in skipped.items():
        print(f"skipping {name}: {reason}", file=sys.stderr)
    started = time.perf_counter()
    clock = time.process_time if args.cpu else time.perf_counter
    run = measure(extractors, iter_pages(args.split, args.limit, args.shared), args.split, clock)
    summary = summarize(run)
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": "python -m benchmarks.bench_extract " + " ".join(sys.argv[1:] if argv is None else argv),
        "wall_seconds": round(time.perf_counter() - started, 1),
        "clock": "cpu" if args.cpu else "wall",  # what the per-page times measure
        "machine": machine(),
        "versions": {e.name: e.version for e in extractors},
        "skipped": skipped,
        **summary,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(markdown(summary))
    print(f"wrote {args.out} in {report['wall_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
