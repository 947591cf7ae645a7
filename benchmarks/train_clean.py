"""Train the line model of `copydesk.clean` on the `tune` split of WCXB.

    python -m benchmarks.train_clean   # writes src/copydesk/data/clean_lines.json

Data derivation: each WCXB tune page is scraped to full-page text
(`benchmarks.clean_corpus`), split into lines like `clean_text` does, and each line
is labelled *story* when it is a line of the reference body, or a long line whose
words are (nearly) all in the reference. Features are `copydesk.clean.features`.
The model is two logistic regressions (numpy, L2, full-batch gradient descent):
stage 1 reads the line's features; stage 2 reads stage-1 scores of the line's
neighbourhood. Weights are folded with the feature scaling and written as JSON.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from benchmarks.clean_corpus import text_pages
from copydesk.clean.context import CONTEXT_WINDOWS, context_rows
from copydesk.clean.features import feature_names, line_features
from copydesk.clean.lines import Line, split_lines
from copydesk.lexicon import match_text

OUT = Path(__file__).resolve().parents[1] / "src" / "copydesk" / "data" / "clean_lines.json"
_WORD = re.compile(r"\w+", re.U)
LONG_LINE_WORDS = 8  # long enough that matching most of its words is not chance
COVERED = 0.8  # share of a long line's words found in the reference to call it story
L2 = 1e-3
STEPS = 3000
RATE = 0.5


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def label_lines(lines: list[Line], reference: str) -> list[bool]:
    """True for lines of the reference body (see the module docstring)."""
    ref_lines = {_norm(line) for line in reference.splitlines()}
    ref_words = set(_WORD.findall(reference.lower()))
    ref_norm = _norm(reference)
    labels = []
    for line in lines:
        words = _WORD.findall(line.text.lower())
        joined = " ".join(words)
        if not words:
            labels.append(False)
        elif joined in ref_lines or (len(words) >= 5 and joined in ref_norm):
            labels.append(True)
        else:
            covered = sum(w in ref_words for w in words) / len(words)
            labels.append(len(words) >= LONG_LINE_WORDS and covered >= COVERED)
    return labels


def dataset(split: str):
    """(features, labels, weights, page ids, line words) for every line of the split."""
    xs, ys, ws, pages = [], [], [], []
    for n, page in enumerate(text_pages(split=split, dataset="wcxb")):
        lines = split_lines(page.text)
        if not lines:
            continue
        cats = [match_text(line.text) for line in lines]
        xs.extend(line_features(lines, cats))
        ys.extend(label_lines(lines, page.reference or ""))
        words = [len(_WORD.findall(line.text)) + 1 for line in lines]
        total = sum(words)
        ws.extend(w / total * len(lines) for w in words)  # each page weighs the same, each word within it too
        pages.extend([n] * len(lines))
    return np.array(xs), np.array(ys, dtype=float), np.array(ws), np.array(pages)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    """Logistic regression on standardised features; returns weights for the raw features."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    coef, bias = np.zeros(z.shape[1]), 0.0
    m1, v1, mb, vb = np.zeros_like(coef), np.zeros_like(coef), 0.0, 0.0
    wn = w / w.sum()
    for step in range(1, STEPS + 1):  # Adam
        p = 1 / (1 + np.exp(-(z @ coef + bias)))
        g = z.T @ ((p - y) * wn) + L2 * coef
        gb = float(((p - y) * wn).sum())
        m1, v1 = 0.9 * m1 + 0.1 * g, 0.999 * v1 + 0.001 * g * g
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        coef -= 0.05 * (m1 / (1 - 0.9**step)) / (np.sqrt(v1 / (1 - 0.999**step)) + 1e-8)
        bias -= 0.05 * (mb / (1 - 0.9**step)) / (np.sqrt(vb / (1 - 0.999**step)) + 1e-8)
    raw = coef / scale
    return raw, bias - float((coef * mean / scale).sum())


def stage2_inputs(logits: np.ndarray, pages: np.ndarray) -> np.ndarray:
    rows = []
    for n in np.unique(pages):
        rows.extend(context_rows(list(logits[pages == n])))
    return np.array(rows)


def main() -> None:
    x, y, w, pages = dataset("tune")
    coef1, bias1 = fit(x, y, w)
    logits = x @ coef1 + bias1
    x2 = stage2_inputs(logits, pages)
    coef2, bias2 = fit(x2, y, w)
    acc = (((x2 @ coef2 + bias2) > 0) == (y > 0.5)).mean()
    print(f"{len(y)} lines, {y.mean():.3f} story; stage-2 line accuracy {acc:.3f}")
    model = {
        "about": "copydesk.clean line model; trained by benchmarks/train_clean.py on the WCXB tune split",
        "features": list(feature_names()),
        "stage1": {"weights": [round(float(v), 6) for v in coef1], "bias": round(bias1, 6)},
        "context_windows": list(CONTEXT_WINDOWS),
        "stage2": {"weights": [round(float(v), 6) for v in coef2], "bias": round(bias2, 6)},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
