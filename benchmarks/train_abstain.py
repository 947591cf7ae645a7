"""Calibrated abstention for the publication day and the authors, measured (not shipped: RESULTS.md,
"abstaining where a guess scores worse").

    python -m benchmarks.train_abstain                    # ~20 s: site-grouped CV, per field, set and fold
    python -m benchmarks.train_abstain --holdout          # trained on tune, judged on holdout (once, at the end)

For each page where `read_metadata` finds a publication day or authors (features: `abstain_features`), two
plain-numpy logistic models are trained (full-batch gradient descent from zero on standardised features:
deterministic): P(the value is right), on WCXB-dev articles and on trafilatura-eval pages whose
reference gives the field; and P(the page has no such value), on WCXB-dev articles only (trafilatura-eval leaves
a field out when it is unknown, not when the page has none). A value is withheld when P(right) < P(none).
Site-grouped CV: trained on four folds of sites (`Page.fold`), each page of the fifth judged; newspaper4k (no
folds: too few sites) is judged by the models trained on every fold. Also printed: what abstaining whenever
P(right) < τ would cost in accuracy and save in wrong values.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

import numpy as np
from selectolax.lexbor import LexborHTMLParser

from benchmarks.abstain_features import page_evidence
from benchmarks.datasets import CV_FOLDS, newspaper4k_pages
from benchmarks.metadata_eval import pages_of, scored
from benchmarks.scores import author_match, date_match
from copydesk.html import decode_html

FIELDS = ("date", "author")
SETS = ("wcxb", "trafilatura", "newspaper4k")
STEPS, RATE, L2 = 3000, 0.5, 1e-2  # full-batch gradient descent on standardised features; L2 against few pages
TAUS = (0.3, 0.4, 0.5, 0.6, 0.7)  # stricter honesty thresholds reported: withhold when P(right) < τ


@dataclass(frozen=True, slots=True)
class Row:
    dataset: str
    key: str
    split: str  # "tune" or "holdout"
    fold: int
    field: str
    x: list[float] | None  # features of the value found, None when the readers found none
    right: bool  # the value found (or none) matches the reference
    has_reference: bool
    scored: bool  # counted in the set's accuracy for this field


def _reference(page_meta: dict[str, object], dataset: str, field: str) -> str | None:
    if dataset == "newspaper4k" and field == "author":
        return "; ".join(page_meta.get("authors") or []) or None  # type: ignore[arg-type]
    return page_meta.get(field)  # type: ignore[return-value]


def rows() -> list[Row]:
    out = []
    pages = [*pages_of("wcxb", ""), *pages_of("trafilatura", ""), *newspaper4k_pages()]
    for page in pages:
        meta, evidence = page_evidence(LexborHTMLParser(decode_html(page.html)[0]), page.url)
        for field in FIELDS:
            ref = _reference(page.meta, page.dataset, field)
            value = meta.published if field == "date" else meta.authors
            right = date_match(meta.published, ref) if field == "date" else author_match(meta.authors, ref)
            counted = scored(page, field) if page.dataset != "newspaper4k" else bool(ref)
            fold = page.fold if page.dataset != "newspaper4k" else -1
            out.append(Row(page.dataset, page.key, page.split, fold, field,
                           evidence.get(field) if value else None, right, bool(ref), counted))
    return out


def fit(x: np.ndarray, y: np.ndarray) -> dict[str, object]:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= RATE * (z.T @ (p - y) / len(y) + L2 * w)
        b -= RATE * float(np.mean(p - y))
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": w.tolist(), "bias": b}


def predict(model: dict[str, object], x: np.ndarray) -> np.ndarray:
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    return 1 / (1 + np.exp(-(z @ np.array(model["weights"]) + float(model["bias"]))))  # type: ignore[arg-type]


def train(data: list[Row], field: str, exclude_fold: int | None = None,
          split: str | None = None) -> dict[str, dict[str, object]]:
    """P(right) on both sets' scored values, P(none) on WCXB's values (of one `split` when given)."""
    given = [r for r in data if r.field == field and r.x is not None and r.fold != exclude_fold
             and r.dataset != "newspaper4k" and r.scored and split in (None, r.split)]
    x_right = np.array([r.x for r in given])
    none_rows = [r for r in given if r.dataset == "wcxb"]
    return {
        f"{field}_right": fit(x_right, np.array([float(r.right) for r in given])),
        f"{field}_none": fit(np.array([r.x for r in none_rows]), np.array([float(not r.has_reference)
                                                                          for r in none_rows])),
    }


def judged(data: list[Row], field: str) -> dict[int, tuple[float, float]]:
    """(P(right), P(none)) of every row holding a value, from the models not trained on its fold."""
    out: dict[int, tuple[float, float]] = {}
    for fold in [*range(CV_FOLDS), -1]:
        models = train(data, field, fold if fold >= 0 else None)
        idx = [i for i, r in enumerate(data) if r.field == field and r.x is not None and r.fold == fold]
        if not idx:
            continue
        x = np.array([data[i].x for i in idx])
        pr, pn = predict(models[f"{field}_right"], x), predict(models[f"{field}_none"], x)
        out.update({i: (float(a), float(b)) for i, a, b in zip(idx, pr, pn)})
    return out


def holdout_rows(data: list[Row], field: str) -> list[str]:
    """Accuracy on the holdout split (every set) of the models trained on the tune split only."""
    models = train(data, field, split="tune")
    lines = []
    for dataset in SETS:
        rows_ = [r for r in data if r.field == field and r.dataset == dataset and r.split == "holdout" and r.scored]
        before = after = 0
        for r in rows_:
            x = np.array([r.x]) if r.x is not None else None
            withhold = x is not None and bool(predict(models[f"{field}_right"], x)[0]
                                              < predict(models[f"{field}_none"], x)[0])
            before += outcome(r, False)[0]
            after += outcome(r, withhold)[0]
        n = max(len(rows_), 1)
        lines.append(f"| {field} | {dataset} | {len(rows_)} | {before / n:.3f} → **{after / n:.3f}** "
                     f"({after - before:+d}) |")
    return lines


def outcome(row: Row, withhold: bool) -> tuple[bool, bool, bool]:
    """(right, wrong, missing) of the page after the decision."""
    if row.x is None or withhold:
        return not row.has_reference, False, row.has_reference
    return row.right, not row.right, False


def report(data: list[Row], field: str, probs: dict[int, tuple[float, float]],
           decide: dict[str, object]) -> list[str]:
    """One table row per rule and set: each fold's accuracy after (gained / lost), the set's before → after."""
    lines = []
    for name, rule in decide.items():
        for dataset in SETS:
            folds = range(CV_FOLDS) if dataset != "newspaper4k" else [-1]
            cells, tot = [], np.zeros(7)
            for fold in folds:
                t = np.zeros(7)  # pages, right before / after, wrong before / after, missing before / after
                gained = lost = 0
                for i, r in enumerate(data):
                    if r.field != field or r.dataset != dataset or r.fold != fold or not r.scored:
                        continue
                    before = outcome(r, False)
                    after = outcome(r, i in probs and rule(*probs[i]))  # type: ignore[operator]
                    t += [1, before[0], after[0], before[1], after[1], before[2], after[2]]
                    gained += after[0] and not before[0]
                    lost += before[0] and not after[0]
                tot += t
                cells.append(f"{t[2] / max(t[0], 1):.3f} ({gained}/{lost})")
            cells += ["–"] * (CV_FOLDS - len(cells))
            n = max(tot[0], 1)
            lines.append(f"| {field} | {name} | {dataset} | " + " | ".join(cells)
                         + f" | {tot[1] / n:.3f} → **{tot[2] / n:.3f}** ({int(tot[2] - tot[1]):+d}) | "
                         f"{int(tot[3])} / {int(tot[5])} → {int(tot[4])} / {int(tot[6])} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--holdout", action="store_true",
                        help="trained on the tune split, judged on the holdout (measure once, at the end)")
    args = parser.parse_args()
    data = rows()
    if args.holdout:
        print("| field | set | holdout pages | accuracy before → after (net) |\n|---|---|---:|---|")
        print("\n".join(line for f in FIELDS for line in holdout_rows(data, f)))
        return
    print("| field | rule | set | " + " | ".join(f"fold {k}" for k in range(CV_FOLDS))
          + " | accuracy before → after (net) | wrong / missing before → after |")
    print("|---|---|---|" + "---|" * CV_FOLDS + "---|---|")
    for field in FIELDS:
        probs = judged(data, field)
        rules: dict[str, object] = {"P(right) < P(none)": lambda pr, pn: pr < pn}
        rules.update({f"P(right) < {t}": (lambda pr, pn, t=t: pr < t) for t in TAUS})
        print("\n".join(report(data, field, probs, rules)))


if __name__ == "__main__":
    main()
