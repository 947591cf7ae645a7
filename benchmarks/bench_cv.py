"""Body accuracy by site-grouped cross-validation over every set in ../shared/data, beside the anchors.

    python -m benchmarks.bench_cv [--anchors trafilatura,resiliparse] [--limit N] [--show newspaper4k]
                                  [--out benchmarks/out/cv.json]

Every page of WCXB-dev, trafilatura-eval and newspaper4k is scored once, by the code that
would see it as an unseen site: the rules (which learn nothing) as they are, a trained story
model by the model fitted on the other folds (`Page.fold`, grouped by site), when
`--fold-models DIR` names the directory `benchmarks.train_story --cv` writes (the page type too
is then classified by the model fitted on the other folds: the story model reads it). The CV score is
the mean over all pages (each scored in its own fold); the per-fold means show the spread.

Reported per dataset and WCXB page type: body word-F1 (WCXB), snippet P / R / F1
(trafilatura-eval), char-trigram F1 and the number of pages that come back `ok` (newspaper4k).
Anchor extractors are slow and never change, so their texts are cached in
`benchmarks/out/anchor-cache/` (delete it to recompute). Speed is `bench_extract`'s job.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from benchmarks.anchors import Extractor, build_extractors
from benchmarks.datasets import CV_FOLDS, Page, newspaper4k_pages, trafilatura_pages, wcxb_pages
from benchmarks.scores import snippet_counts, snippet_prf, trigram_prf, word_prf

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_OUT = OUT / "cv.json"
CACHE = OUT / "anchor-cache"
DEFAULT_CV_ANCHORS = ("trafilatura", "resiliparse")
GOOD_PAGE_F1 = 0.9  # a page whose body scores this well counts as right in the confidence table
CONFIDENCE_BINS = 5  # reliability table: confidence in fifths


@dataclass(frozen=True, slots=True)
class Outcome:
    """One extractor's result on one page, reduced to what the scores read."""

    text: str
    status: str | None = None
    confidence: float | None = None


def iter_all(limit: int | None, shared: Path | None) -> Iterable[Page]:
    yield from islice(wcxb_pages(shared), limit)
    yield from islice(trafilatura_pages(shared), limit)
    yield from islice(newspaper4k_pages(shared), limit)


class AnchorCache:
    """Anchor texts by page, one JSON file per extractor and version."""

    def __init__(self, extractor: Extractor) -> None:
        self.path = CACHE / f"{extractor.name}-{extractor.version}.json"
        self.texts: dict[str, str] = json.loads(self.path.read_text("utf-8")) if self.path.exists() else {}
        self.dirty = False

    def get(self, extractor: Extractor, page: Page) -> Outcome:
        key = f"{page.dataset}/{page.key}"
        if key not in self.texts:
            try:
                got = extractor.run(extractor.prepare(page.html), page.url)
                self.texts[key] = got.text if got is not None else ""
            except Exception:  # an anchor's bug scores 0 on that page
                self.texts[key] = ""
            self.dirty = True
        return Outcome(self.texts[key])

    def save(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.texts, ensure_ascii=False, sort_keys=True), "utf-8")


def copydesk_runner(fold_models: Path | None) -> Any:
    """copydesk's `extract` as an unseen site sees it: with the model of the page's fold when given."""
    from copydesk import extract

    if fold_models is None:
        return lambda page: extract(page.html, url=page.url)
    from copydesk.extract.engine import extract_with_model
    from copydesk.extract.pagetype import checked_model
    from copydesk.extract.storymodel import load_model
    from copydesk.options import ExtractOptions

    if not (fold_models / "pagetype-fold0.json").exists():
        raise SystemExit(f"{fold_models} holds no page-type fold models: rerun python -m benchmarks.train_story")
    models = [load_model(fold_models / f"story-fold{k}.json") for k in range(CV_FOLDS)]
    type_models = [checked_model(json.loads((fold_models / f"pagetype-fold{k}.json").read_text("utf-8")))
                   for k in range(CV_FOLDS)]  # the story model reads the page type: both unseen
    opts = ExtractOptions.build(None)
    return lambda page: extract_with_model(page.html, page.url, models[page.fold], opts, type_models[page.fold])


def page_record(page: Page, outcomes: dict[str, Outcome]) -> dict[str, Any]:
    """Everything the tables need from one page, per extractor."""
    record: dict[str, Any] = {"dataset": page.dataset, "key": page.key, "fold": page.fold, "split": page.split,
                              "page_type": page.page_type, "site": page.site, "by": {}}
    for name, got in outcomes.items():
        row: dict[str, Any] = {"status": got.status, "confidence": got.confidence}
        if page.dataset == "wcxb":
            score = word_prf(got.text, page.main_content)
            row.update(p=score.precision, r=score.recall, f1=score.f1)
        elif page.dataset == "trafilatura":
            row["snippets"] = snippet_counts(got.text, page.with_, page.without)
        else:
            score = trigram_prf(got.text, page.reference_text)
            row.update(p=score.precision, r=score.recall, f1=score.f1)
        record["by"][name] = row
    return record


def mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def group_scores(records: Sequence[dict[str, Any]], name: str) -> dict[str, Any]:
    """One extractor's scores on one group of pages (all of one dataset, a fold, a type…)."""
    out: dict[str, Any] = {"pages": len(records)}
    rows = [r["by"][name] for r in records]
    if not rows:
        return out
    if records[0]["dataset"] == "trafilatura":
        tp, fn, fp = (sum(row["snippets"][i] for row in rows) for i in range(3))
        prf = snippet_prf(tp, fn, fp)
        out.update(p=prf.precision, r=prf.recall, f1=prf.f1)
    else:
        out.update({k: mean([row[k] for row in rows]) for k in ("p", "r", "f1")})
    statuses = [row["status"] for row in rows if row["status"] is not None]
    if statuses:
        out["ok"] = statuses.count("ok")
    return out


def groups(records: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Named page groups: per dataset (and WCXB articles / page type), each also per fold and split."""
    named: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        bases = [r["dataset"]]
        if r["dataset"] == "wcxb":
            bases.append(f"wcxb:{r['page_type']}")
        for base in bases:
            named[base].append(r)
            named[f"{base}@fold{r['fold']}"].append(r)
            named[f"{base}@{r['split']}"].append(r)
    return dict(named)


def reliability(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """copydesk's confidence against how often the page is right (WCXB F1 ≥ GOOD_PAGE_F1), in bins."""
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(CONFIDENCE_BINS)]
    for r in records:
        row = r["by"].get("copydesk", {})
        if r["dataset"] != "wcxb" or row.get("confidence") is None:
            continue
        c = row["confidence"]
        bins[min(CONFIDENCE_BINS - 1, int(c * CONFIDENCE_BINS))].append((c, row["f1"] >= GOOD_PAGE_F1))
    return [{"bin": f"{i / CONFIDENCE_BINS:.1f}-{(i + 1) / CONFIDENCE_BINS:.1f}", "pages": len(b),
             "mean_confidence": mean([c for c, _ in b]), "right": mean([float(ok) for _, ok in b])}
            for i, b in enumerate(bins)]


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def markdown(summary: dict[str, dict[str, dict[str, Any]]], names: Sequence[str],
             table: list[dict[str, Any]]) -> str:
    """The headline table (CV = every page scored in its own fold), per-fold spread, page types, reliability."""
    lines = ["| set | pages | " + " | ".join(names) + " | copydesk tune | copydesk holdout | copydesk folds |",
             "|---|---:|" + "---:|" * (len(names) + 3)]
    heads = [("wcxb", "WCXB word-F1, all"), ("wcxb:article", "WCXB word-F1, articles"),
             ("trafilatura", "trafilatura-eval snippet F1"), ("newspaper4k", "newspaper4k char-trigram F1")]
    for group, label in heads:
        if group not in summary:
            continue
        cells = [fmt(summary[group][n].get("f1")) for n in names]
        ours = summary[group]["copydesk"]
        folds = " / ".join(fmt(summary.get(f"{group}@fold{k}", {}).get("copydesk", {}).get("f1"))
                           for k in range(CV_FOLDS))
        split = [fmt(summary.get(f"{group}@{s}", {}).get("copydesk", {}).get("f1")) for s in ("tune", "holdout")]
        lines.append(f"| {label} | {ours['pages']} | " + " | ".join(cells) + f" | {split[0]} | {split[1]} | {folds} |")
    if "trafilatura" in summary:
        t = summary["trafilatura"]
        lines.append("")
        lines.append("trafilatura-eval snippet P / R: " + "; ".join(
            f"{n} {fmt(t[n].get('p'))} / {fmt(t[n].get('r'))}" for n in names))
    if "newspaper4k" in summary:
        n4k = summary["newspaper4k"]["copydesk"]
        lines.append(f"newspaper4k pages `ok`: {n4k.get('ok', 0)} of {n4k['pages']}")
    lines += ["", "| WCXB page type | pages | " + " | ".join(names) + " |", "|---|---:|" + "---:|" * len(names)]
    for group in sorted(g for g in summary if g.startswith("wcxb:") and "@" not in g):
        lines.append(f"| {group[5:]} | {summary[group]['copydesk']['pages']} | "
                     + " | ".join(fmt(summary[group][n].get("f1")) for n in names) + " |")
    if any(row["pages"] for row in table):
        lines += ["", f"Reliability (WCXB, right = page F1 ≥ {GOOD_PAGE_F1}):", "",
                  "| confidence | pages | mean confidence | share right |", "|---|---:|---:|---:|"]
        lines += [f"| {row['bin']} | {row['pages']} | {fmt(row['mean_confidence'])} | {fmt(row['right'])} |"
                  for row in table]
    return "\n".join(lines)


def show(records: Sequence[dict[str, Any]], dataset: str, names: Sequence[str]) -> str:
    """Every page of one set, worst copydesk score first."""
    rows = sorted((r for r in records if r["dataset"] == dataset), key=lambda r: r["by"]["copydesk"].get("f1", 0))
    return "\n".join(f"{r['key']:<40} {r['by']['copydesk'].get('status')!s:<12} "
                     + " ".join(f"{n} {fmt(r['by'][n].get('f1'))}" for n in names) for r in rows)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_cv", description=__doc__.splitlines()[0])
    parser.add_argument("--anchors", default=",".join(DEFAULT_CV_ANCHORS), help="comma-separated ('' for none)")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--fold-models", type=Path, default=None, help="per-fold story models (story-foldK.json)")
    parser.add_argument("--show", default=None, help="list every page of this set (wcxb, trafilatura, newspaper4k)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.getLogger().addHandler(logging.NullHandler())
    anchors, skipped = build_extractors([a for a in args.anchors.split(",") if a.strip()])
    anchors = anchors[1:]  # copydesk runs through `copydesk_runner`
    for name, reason in skipped.items():
        print(f"skipping {name}: {reason}", file=sys.stderr)
    caches = [AnchorCache(a) for a in anchors]
    run = copydesk_runner(args.fold_models)
    names = ["copydesk", *(a.name for a in anchors)]
    started = time.perf_counter()
    records = []
    for page in iter_all(args.limit, args.shared):
        article = run(page)
        outcomes = {"copydesk": Outcome(article.text, str(article.status), getattr(article, "confidence", None))}
        for anchor, cache in zip(anchors, caches):
            outcomes[anchor.name] = cache.get(anchor, page)
        records.append(page_record(page, outcomes))
    for cache in caches:
        cache.save()
    summary = {g: {n: group_scores(rs, n) for n in names} for g, rs in sorted(groups(records).items())}
    table = reliability(records)
    report = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
              "command": "python -m benchmarks.bench_cv " + " ".join(sys.argv[1:] if argv is None else argv),
              "wall_seconds": round(time.perf_counter() - started, 1), "summary": summary, "reliability": table,
              "pages": records}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False), "utf-8")
    print(markdown(summary, names, table))
    if args.show:
        print(show(records, args.show, names))
    print(f"wrote {args.out} in {report['wall_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
