"""Metadata accuracy (title / author / date) and speed of `read_metadata`, per split, beside trafilatura.

    python -m benchmarks.metadata_eval                       # both sets, tune and holdout, with trafilatura
    python -m benchmarks.metadata_eval --dataset wcxb --split tune --show author   # list the misses to study
    python -m benchmarks.metadata_eval --no-anchor --limit 200                     # quick, copydesk only
    python -m benchmarks.metadata_eval --folds                                     # per site-grouped fold
    python -m benchmarks.metadata_eval --timing                                    # ms a page, best of 3

WCXB-dev is scored on its articles (`page_type == "article"`), twice: over all of them
(where the reference has no author or date, predicting one is a miss) and over those whose
reference gives the field (as `bench_extract` does); trafilatura-eval where its reference
gives the field. Parsing is timed apart: the reported ms are for `read_metadata` alone.
trafilatura's metadata (from the same `bare_extraction` call the body benchmark makes) is
cached in `benchmarks/out/` by page and version, since it does not change while copydesk
is tuned; the tables print as Markdown for `benchmarks/RESULTS.md`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import CV_FOLDS, Page, all_pages, trafilatura_pages, wcxb_pages
from benchmarks.scores import author_match, date_match, title_match
from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.html import decode_html

FIELDS = ("title", "author", "date")
MATCH = {"title": title_match, "author": author_match, "date": date_match}
PROVENANCE_KEY = {"title": "title", "author": "authors", "date": "published"}
#: "all": every scored page (a WCXB article without a reference author or date wants none: a value is a miss);
#: "known": only pages whose reference gives the field (the body benchmark's definition).
SCOPES = ("all", "known")
CACHE = Path(__file__).parent / "out" / "metadata_trafilatura.json"


def pages_of(dataset: str, split: str) -> Iterator[Page]:
    if dataset == "wcxb":
        return (p for p in wcxb_pages(split=split) if p.page_type == "article")
    return trafilatura_pages(split=split)


def ours(meta: Metadata, field: str) -> object:
    return {"title": meta.title, "author": meta.authors, "date": meta.published}[field]


def scored(page: Page, field: str) -> bool:
    """WCXB articles are scored on every field (an empty reference wants no value);
    trafilatura-eval only where its reference gives the field."""
    return page.dataset == "wcxb" or bool(page.meta.get(field))


class TrafilaturaCache:
    """trafilatura's (title, author, date) per page, computed once per trafilatura version."""

    def __init__(self, path: Path = CACHE) -> None:
        from importlib.metadata import version

        self.path, self.version = path, version("trafilatura")
        data = json.loads(path.read_text()) if path.exists() else {}
        self.rows: dict[str, list] = data.get("rows", {}) if data.get("version") == self.version else {}
        self.dirty = False
        self._extractor = None

    def get(self, page: Page) -> dict[str, object]:
        key = f"{page.dataset}/{page.key}"
        if key not in self.rows:
            if self._extractor is None:
                from benchmarks.anchors import Trafilatura

                self._extractor = Trafilatura()
            found = self._extractor.run(page.html, page.url)
            self.rows[key] = [found.title, found.authors, found.date] if found else [None, None, None]
            self.dirty = True
        return dict(zip(FIELDS, self.rows[key]))

    def save(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"version": self.version, "rows": self.rows}))


class Tally:
    """Hits per field over two page sets: every scored page, and those whose reference gives the field."""

    def __init__(self) -> None:
        self.hits = {(f, scope): 0 for f in FIELDS for scope in SCOPES}
        self.pages = {(f, scope): 0 for f in FIELDS for scope in SCOPES}

    def add(self, field: str, ok: bool, known: bool) -> None:
        for scope in SCOPES if known else SCOPES[:1]:
            self.hits[field, scope] += ok
            self.pages[field, scope] += 1

    def rate(self, field: str, scope: str) -> str:
        n = self.pages[field, scope]
        return f"{self.hits[field, scope] / n:.3f}" if n else "–"


def evaluate(dataset: str, split: str, anchor: TrafilaturaCache | None, limit: int | None,
             show: str) -> str | None:
    """One table row for a dataset and split; misses of the `show` field are printed as found."""
    ours_tally, theirs_tally = Tally(), Tally()
    times: list[float] = []
    count = 0
    for page in pages_of(dataset, split):
        if limit and count >= limit:
            break
        count += 1
        tree = LexborHTMLParser(decode_html(page.html)[0])
        start = time.perf_counter()
        meta = read_metadata(tree, page.url)
        times.append((time.perf_counter() - start) * 1000)
        theirs = anchor.get(page) if anchor else {}
        for field in FIELDS:
            if not scored(page, field):
                continue
            ref = page.meta.get(field)
            ok = MATCH[field](ours(meta, field), ref)
            ours_tally.add(field, ok, bool(ref))
            if anchor:
                theirs_tally.add(field, MATCH[field](theirs[field], ref), bool(ref))
            if not ok and field == show:
                source = meta.provenance.get(PROVENANCE_KEY[field])
                print(f"  {page.key} ours={ours(meta, field)!r} ({source}) ref={ref!r} "
                      f"traf={theirs.get(field)!r} {page.url}")
    if not count:
        return None
    cells = [f"{dataset} {split}", str(count)]
    for field in FIELDS:
        cell = " / ".join(ours_tally.rate(field, scope) for scope in SCOPES)
        if anchor:
            cell += " (traf " + " / ".join(theirs_tally.rate(field, scope) for scope in SCOPES) + ")"
        cells.append(cell)
    cells.append(f"{statistics.median(times):.2f} / {statistics.quantiles(times, n=10)[-1]:.2f}")
    return "| " + " | ".join(cells) + " |"


def fold_rows() -> list[str]:
    """Accuracy per site-grouped fold (`Page.fold`, tune and holdout together; WCXB articles on every field,
    trafilatura-eval where its reference gives one): the spread across folds of sites is what unseen sites
    may see. The readers are rules, not trained on folds, so their CV score is the mean over the folds."""
    hits = {(d, f, field): 0 for d in ("wcxb", "trafilatura") for f in range(CV_FOLDS) for field in FIELDS}
    pages = dict.fromkeys(hits, 0)
    misses = {(d, field, kind): 0 for d in ("wcxb", "trafilatura") for field in FIELDS for kind in ("wrong", "missing")}
    for dataset in ("wcxb", "trafilatura"):
        for page in pages_of(dataset, ""):
            meta = read_metadata(LexborHTMLParser(decode_html(page.html)[0]), page.url)
            for field in FIELDS:
                if scored(page, field):
                    ok = MATCH[field](ours(meta, field), page.meta.get(field))
                    hits[dataset, page.fold, field] += ok
                    pages[dataset, page.fold, field] += 1
                    if not ok:  # a value where the reference has another or none is wrong; none instead, missing
                        misses[dataset, field, "wrong" if ours(meta, field) else "missing"] += 1
    rows = []
    for dataset in ("wcxb", "trafilatura"):
        for fold in range(CV_FOLDS):
            cells = [f"{hits[dataset, fold, f] / pages[dataset, fold, f]:.3f} ({pages[dataset, fold, f]})"
                     for f in FIELDS]
            rows.append(f"| {dataset} | {fold} | " + " | ".join(cells) + " |")
        means = [sum(hits[dataset, k, f] / pages[dataset, k, f] for k in range(CV_FOLDS)) / CV_FOLDS for f in FIELDS]
        pooled = [sum(hits[dataset, k, f] for k in range(CV_FOLDS)) / sum(pages[dataset, k, f] for k in range(CV_FOLDS))
                  for f in FIELDS]
        rows.append(f"| {dataset} | mean of folds (pooled) | "
                    + " | ".join(f"**{m:.3f}** ({p:.3f})" for m, p in zip(means, pooled)) + " |")
        rows.append(f"| {dataset} | misses: wrong / missing | "
                    + " | ".join(f"{misses[dataset, f, 'wrong']} / {misses[dataset, f, 'missing']}" for f in FIELDS)
                    + " |")
    return rows


def timing_row(repeats: int = 3) -> str:
    """`read_metadata`'s CPU time a page (thread time), the best of `repeats` runs of each page, over
    every shared page: on a machine other jobs share, the best run is the page's own cost."""
    trees = [(LexborHTMLParser(decode_html(page.html)[0]), page.url) for page in all_pages()]
    best = [float("inf")] * len(trees)
    for _ in range(repeats):
        for i, (tree, url) in enumerate(trees):
            start = time.thread_time()
            read_metadata(tree, url)
            best[i] = min(best[i], (time.thread_time() - start) * 1000)
    return (f"| {len(trees)} | {statistics.median(best):.2f} | {statistics.mean(best):.2f} | "
            f"{statistics.quantiles(best, n=10)[-1]:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", choices=("wcxb", "trafilatura", "all"), default="all")
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="all")
    parser.add_argument("--show", choices=FIELDS + ("",), default="", help="print the misses of this field")
    parser.add_argument("--limit", type=int, default=None,
                        help="at most this many pages per dataset and split")
    parser.add_argument("--no-anchor", action="store_true", help="skip trafilatura's side-by-side scores")
    parser.add_argument("--folds", action="store_true", help="accuracy per site-grouped fold instead")
    parser.add_argument("--timing", action="store_true", help="read_metadata's time a page (best of 3) instead")
    args = parser.parse_args()
    if args.timing:
        print("| pages | ms median | ms mean | ms p90 |\n|---:|---:|---:|---:|")
        print(timing_row())
        return
    if args.folds:
        print("| set | fold | title (pages) | author (pages) | date (pages) |\n|---|---|---|---|---|")
        print("\n".join(fold_rows()))
        return
    anchor = None if args.no_anchor else TrafilaturaCache()
    datasets = ("wcxb", "trafilatura") if args.dataset == "all" else (args.dataset,)
    splits = ("tune", "holdout") if args.split == "all" else (args.split,)
    rows = []
    try:
        for dataset in datasets:
            for split in splits:
                rows.append(evaluate(dataset, split, anchor, args.limit, args.show))
    finally:
        if anchor:
            anchor.save()
    print("| set | pages | title all / known | author all / known | date all / known | read_metadata ms median / p90 |")
    print("|---|---:|---|---|---|---|")
    print("\n".join(row for row in rows if row))


if __name__ == "__main__":
    main()
