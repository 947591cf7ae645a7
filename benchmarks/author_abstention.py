"""Calibrated abstention for authors, measured by site-grouped cross-validation.

    python -m benchmarks.author_abstention       # ~30 s: per threshold, accuracy and wrong / missing

A wrong author is worse than none, so an answer could be withheld when it is likely wrong. Each page
where `read_metadata` names authors gets a few features (the source that named them, whether the page
prints every name, the names' shape: a given name and surname, a login name, a staff credit; how many;
the page's language), and a logistic model (plain numpy, fixed steps from zero, no randomness) trained
on four site-grouped folds (`Page.fold`) gives each page of the fifth the probability its answer is
right. Abstaining below a threshold turns answers into "missing": the table shows, per threshold, the
accuracy (WCXB-dev articles on every page, an empty reference wanting no value; trafilatura-eval where
its reference names an author) and the wrong / missing counts. Abstention would ship only at a
threshold that lowers the wrong count without lowering accuracy on either set.
"""

from __future__ import annotations

import numpy as np
from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import CV_FOLDS
from benchmarks.metadata_eval import pages_of, scored
from benchmarks.scores import author_match
from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.extract.metadata.authors import is_collective
from copydesk.extract.metadata.owner import is_personal_name
from copydesk.extract.metadata.sources import read_sources
from copydesk.html import decode_html

SOURCES = ("jsonld", "meta", "byline", "microdata", "marked", "element", "box", "site")
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
STEPS, RATE, L2 = 2000, 0.5, 1e-3  # full-batch gradient descent on standardised features


def features(meta: Metadata, body_lower: str) -> list[float]:
    names = meta.authors
    source = meta.provenance.get("authors")
    return [
        *(float(source == s) for s in SOURCES),
        float(all(n.casefold() in body_lower for n in names)),
        sum(is_personal_name(n) for n in names) / len(names),
        float(any(" " not in n for n in names)),
        float(any(is_collective(n) for n in names)),
        float(len(names) > 1),
        float((meta.language or "").split("-")[0] == "en"),
    ]


def rows() -> list[tuple[str, int, list[float] | None, bool, bool]]:
    """(dataset, fold, features or None when no author is given, right, reference has an author)."""
    out = []
    for dataset in ("wcxb", "trafilatura"):
        for page in pages_of(dataset, ""):
            if not scored(page, "author"):
                continue
            tree = LexborHTMLParser(decode_html(page.html)[0])
            meta = read_metadata(tree, page.url)
            ref = page.meta.get("author")
            x = features(meta, read_sources(tree).body_text.casefold()) if meta.authors else None
            out.append((dataset, page.fold, x, author_match(meta.authors, ref), bool(ref)))
    return out


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / std, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-z @ w))
        w -= RATE * (z.T @ (p - y) / len(y) + L2 * w)
    return w, mean, std


def main() -> None:
    data = rows()
    prob: dict[int, float] = {}
    for fold in range(CV_FOLDS):
        train = [(r[2], r[3]) for r in data if r[2] is not None and r[1] != fold]
        w, mean, std = fit(np.array([x for x, _ in train]), np.array([float(y) for _, y in train]))
        for i, r in enumerate(data):
            if r[2] is not None and r[1] == fold:
                z = np.append((np.array(r[2]) - mean) / std, 1.0)
                prob[i] = float(1 / (1 + np.exp(-z @ w)))
    print("| threshold | wcxb accuracy | wcxb wrong / missing | trafilatura accuracy | trafilatura wrong / missing |")
    print("|---:|---:|---|---:|---|")
    for t in THRESHOLDS:
        cells = [f"{t:.1f}"]
        for dataset in ("wcxb", "trafilatura"):
            hits = wrong = missing = pages = 0
            for i, (d, _, x, ok, has_ref) in enumerate(data):
                if d != dataset:
                    continue
                pages += 1
                answered = x is not None and prob[i] >= t
                right = ok if answered else not has_ref
                hits += right
                wrong += answered and not ok
                missing += not answered and has_ref
            cells += [f"{hits / pages:.3f}", f"{wrong} / {missing}"]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
