"""Site-grouped CV of the cleaner's decision rules in seconds: score every line once, replay the rules.

    python -m benchmarks.clean_replay dump NAME      # per-line out-of-fold logits of the fold models clean_cv/NAME,
                                                     # every tune page under every converter (~10 min)
    python -m benchmarks.clean_replay score NAME     # the rules of `copydesk.clean.decide` replayed on them
    python -m benchmarks.clean_replay score NAME --folds 0 1   # only the pages of these site folds (to set
                                                     # a full dump beside a dump of some folds' models)
    python -m benchmarks.clean_replay compare BASE NAME   # NAME against BASE: per site fold, per WCXB type,
                                                     # and the pages that gain or lose more than 0.01 F1

The line model is the slow part of a CV run (`bench_clean --cv NAME` runs features and networks on every
page); the rules after it (`decide.decide_scored`: threshold, widgets, threads, stray runs, boxes, repeats) are
cheap. `dump` keeps each tune page's lines, vocabulary categories and the logit of the fold model that never
saw its site (`benchmarks/out/clean_cv/NAME.logits.pkl`); `score` replays whatever rules the code has now,
so a rule change is measured on the pooled out-of-fold logits of all five site folds without retraining.
The scores are `bench_clean`'s: WCXB word P/R/F1 (articles, all types), trafilatura-eval snippet P/R/F1.
A text that `clean_text` refuses or reads as a record layout is scored as `bench_clean` would see it.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from benchmarks.bench_clean import ACCURACY_BUDGET_S, CV_DIR, fold_models
from benchmarks.clean_corpus import CONVERTERS, text_pages
from benchmarks.datasets import CV_FOLDS, fold_of
from benchmarks.scores import snippet_counts, snippet_prf, word_prf
from copydesk import clean_text
from copydesk.clean import decide
from copydesk.clean.cleaner import _judge
from copydesk.clean.features import line_category, line_features
from copydesk.clean.lines import Line, split_text
from copydesk.model import Block
from copydesk.options import ExtractOptions


@dataclass(slots=True)
class ScoredPage:
    """One tune page under one converter, scored once: what the rules need and what the score needs."""

    converter: str
    dataset: str
    key: str
    site: str
    page_type: str | None
    reference: str | None
    with_: tuple[str, ...]
    without: tuple[str, ...]
    lines: list[Line]
    categories: list[str | None]
    logits: list[float]
    fixed: str | None = None  # the output of a text the cleaner does not split into lines (refused, a layout)
    broken: bool = False  # the text is broken at inline elements (`lines.split_text`)


def dump_path(name: str) -> Path:
    return CV_DIR / f"{name}.logits.pkl"


def dump(name: str, converters: Sequence[str]) -> None:
    models = fold_models(name)
    out: list[ScoredPage] = []
    started = time.perf_counter()
    for converter in converters:
        pages = [p for ds in ("wcxb", "trafilatura") for p in text_pages(split="tune", dataset=ds, converter=converter)]
        for page in pages:
            if page.fold not in models:
                continue
            model = models[page.fold]
            scored = ScoredPage(converter, page.dataset, page.key, page.site, page.page_type, page.reference,
                                page.with_, page.without, [], [], [])
            lines, scored.broken = split_text(page.text)
            if _plain(page.text) and lines:
                scored.lines = lines
                scored.categories = [line_category(line.text) for line in lines]
                scored.logits = model.score(line_features(lines, scored.categories, model.vocabulary))
            else:  # as bench_clean scores it
                decide.load_model = lambda model=model: model  # type: ignore[assignment]
                scored.fixed = clean_text(page.text, clean_time_budget=ACCURACY_BUDGET_S).text
            out.append(scored)
        print(f"{converter}: {len(pages)} pages, {time.perf_counter() - started:.0f} s", flush=True)
    path = dump_path(name)
    # as plain dicts: the class lives in __main__ when this runs as a script
    rows = [{f.name: getattr(page, f.name) for f in fields(ScoredPage)} for page in out]
    path.write_bytes(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"wrote {path}")


def _plain(text: str) -> bool:
    """Whether `clean_text` goes straight to splitting lines (no refusal, no record layout)."""
    from copydesk.clean.cleaner import _refuse
    from copydesk.formats.layout import looks_like_layout
    return _refuse(text, ExtractOptions.build(None)) is None and not looks_like_layout(text)


def load(name: str) -> list[ScoredPage]:
    path = dump_path(name)
    if not path.exists():
        sys.exit(f"no dump {path} (python -m benchmarks.clean_replay dump {name})")
    rows = pickle.loads(path.read_bytes())  # noqa: S301 - our own file
    if rows and "broken" not in rows[0]:  # a dump made before the flag: read it from the renderings
        converters = {row["converter"] for row in rows}
        broken = {(converter, page.key): split_text(page.text)[1] for converter in converters
                  for ds in ("wcxb", "trafilatura")
                  for page in text_pages(split="tune", dataset=ds, converter=converter)}
        for row in rows:
            row["broken"] = broken[(row["converter"], row["key"])]
    return [ScoredPage(**row) for row in rows]


Rules = Callable[[ScoredPage], list[bool]]


def current_rules(page: ScoredPage) -> list[bool]:
    """The keep flag of every line under the rules the code has now."""
    decisions = decide.decide_scored(page.lines, list(page.categories), page.logits, lone=len(page.lines) == 1,
                                     broken=page.broken)
    return [d.keep for d in decisions]


def output_of(page: ScoredPage, rules: Rules) -> tuple[str, bool]:
    """The cleaned text and whether the cleaner calls it an article."""
    if page.fixed is not None:
        return page.fixed, bool(page.fixed)
    keep = rules(page)
    texts = [line.text for line, k in zip(page.lines, keep, strict=True) if k]
    status, _ = _judge([Block(kind="paragraph", text=t) for t in texts])
    return "\n\n".join(texts), status.value == "ok"


def score(pages: Sequence[ScoredPage], rules: Rules = current_rules) -> dict[str, dict[str, float]]:
    """Per converter: articles P/R/F1, all types F1, snippets P/R/F1."""
    result: dict[str, dict[str, float]] = {}
    for converter in dict.fromkeys(p.converter for p in pages):
        art: list[tuple[float, float, float]] = []
        every: list[float] = []
        snip = [0, 0, 0, 0]
        for page in pages:
            if page.converter != converter:
                continue
            text, _ = output_of(page, rules)
            if page.dataset == "wcxb":
                s = word_prf(text, page.reference)
                every.append(s.f1)
                if page.page_type == "article":
                    art.append((s.precision, s.recall, s.f1))
            else:
                for i, v in enumerate(snippet_counts(text, page.with_, page.without)):
                    snip[i] += v
        sp = snippet_prf(snip[0], snip[1], snip[2])
        result[converter] = {
            "art_p": statistics.fmean(a[0] for a in art), "art_r": statistics.fmean(a[1] for a in art),
            "art_f1": statistics.fmean(a[2] for a in art), "all_f1": statistics.fmean(every),
            "snip_p": sp.precision, "snip_r": sp.recall, "snip_f1": sp.f1,
        }
    return result


MOVED = 0.01  # a page's word-F1 change counted as a gain or a loss by `compare`


def page_f1(pages: Sequence[ScoredPage], rules: Rules = current_rules) -> dict[tuple[str, str], float]:
    """Word-F1 of every WCXB page, by (converter, page key)."""
    return {(page.converter, page.key): word_prf(output_of(page, rules)[0], page.reference).f1
            for page in pages if page.dataset == "wcxb"}


def compare(base: Sequence[ScoredPage], new: Sequence[ScoredPage]) -> None:
    """Print NAME's change against BASE fold by fold (articles / all types / snippets F1, pages gained / lost)
    and type by type, under every converter."""
    folds = sorted({fold_of(page.site) for page in new})
    before, after = page_f1(base), page_f1(new)
    types = {(page.converter, page.key): page.page_type for page in new if page.dataset == "wcxb"}
    fold_at = {(page.converter, page.key): fold_of(page.site) for page in new}
    print("| fold | " + " | ".join(dict.fromkeys(p.converter for p in new)) + " |")
    for fold in [*folds, None]:
        old = score([p for p in base if fold is None or fold_of(p.site) == fold])
        now = score([p for p in new if fold is None or fold_of(p.site) == fold])
        cells = []
        for converter, m in now.items():
            keys = [k for k in after if k[0] == converter and k in before and fold in (None, fold_at[k])]
            gained = sum(after[k] - before[k] > MOVED for k in keys)
            lost = sum(before[k] - after[k] > MOVED for k in keys)
            cells.append(" / ".join(f"{m[s] - old[converter][s]:+.4f}" for s in ("art_f1", "all_f1", "snip_f1"))
                         + f" ({gained} up, {lost} down)")
        print(f"| {'all' if fold is None else fold} | " + " | ".join(cells) + " |")
    for converter in dict.fromkeys(p.converter for p in new):
        moves = {}
        for kind in sorted({t for (c, _), t in types.items() if c == converter and t}):
            keys = [k for k, t in types.items() if k[0] == converter and t == kind and k in before]
            moves[kind] = statistics.fmean(after[k] - before[k] for k in keys)
        print(converter + ": " + ", ".join(f"{kind} {move:+.4f}" for kind, move in moves.items()))


def table(result: dict[str, dict[str, float]]) -> str:
    rows = ["| rendering | articles P / R / F1 | all types F1 | snippets P / R / F1 |", "|---|---|---:|---|"]
    for converter, m in result.items():
        rows.append(f"| {converter} | {m['art_p']:.3f} / {m['art_r']:.3f} / **{m['art_f1']:.4f}** | "
                    f"**{m['all_f1']:.4f}** | {m['snip_p']:.3f} / {m['snip_r']:.3f} / **{m['snip_f1']:.4f}** |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clean_replay", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("dump", "score", "compare"))
    parser.add_argument("name", help="the fold models' name under benchmarks/out/clean_cv (compare: the baseline)")
    parser.add_argument("other", nargs="?", help="with compare: the dump set against the baseline")
    parser.add_argument("--converter", choices=sorted(CONVERTERS), action="append",
                        help="with dump: only this rendering (repeatable; default all)")
    parser.add_argument("--folds", type=int, nargs="+", choices=range(CV_FOLDS),
                        help="with score: only the pages of these site folds")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.name, args.converter or list(CONVERTERS))
    elif args.command == "compare":
        if not args.other:
            parser.error("compare needs two dump names: BASE NAME")
        compare(load(args.name), load(args.other))
    else:
        pages = load(args.name)
        if args.folds is not None:
            pages = [page for page in pages if fold_of(page.site) in args.folds]
        print(table(score(pages)))


if __name__ == "__main__":
    main()
