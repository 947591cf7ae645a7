"""Train the line model of `copydesk.clean` on the `tune` split of WCXB and trafilatura-eval.

    python -m benchmarks.train_clean                  # writes src/copydesk/data/clean_lines.json
    python -m benchmarks.train_clean --cv NAME        # one model per site-grouped fold of tune, written to
                                                      # benchmarks/out/clean_cv/NAME/fold{0..4}.json
    … [--converters html-text,inscriptis] [--members 3]

`--cv` trains, for each of the `CV_FOLDS` site-grouped folds (`benchmarks.datasets.fold_of`), a model on
the tune pages of the other folds' sites; `python -m benchmarks.bench_clean --cv NAME` then cleans each
tune page with the model that never saw its site and scores it: the decision protocol. The holdout
split is measured once at the end, with the shipped model.

Data derivation: each tune page is scraped to full-page text by each of the training converters
(`benchmarks.clean_corpus`; all renderings of a page count as that page), split into lines like `clean_text` does, and
each WCXB line is labelled *story* when it is a line of the reference body, or a long line whose
words are (nearly) all in the reference, mostly in the reference's order; trafilatura-eval tune pages (mostly German)
add the lines that hold their `with` / `without` snippets, and their other lines labelled the same way
against copydesk's own extraction of the page (a lower weight). Features are `copydesk.clean.features`;
their word weights (`copydesk.clean.vocab`) are learnt here from the same labelled lines (of the first
converter's rendering, so a page counts once), and a training row reads the weights learnt without its own page
(four folds), as a new page will. The holdout split is never read here.

The model is two small ReLU networks (numpy, L2, full-batch Adam, fixed seed, so a
rerun writes the same file): stage 1 reads the line's features; stage 2 reads
stage-1 scores of the line's neighbourhood (`copydesk.clean.context`) beside them.
Stage 2 is trained on out-of-fold stage-1 scores, so it learns how far to trust
stage 1 on pages stage 1 has not seen. Input scaling is folded into the weights.
`MEMBERS` such pairs are trained from different seeds and shipped together; the
cleaner averages their logits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

from benchmarks.clean_corpus import CONVERTERS, TextPage, text_pages
from benchmarks.datasets import CV_FOLDS, trafilatura_pages
from copydesk.clean.context import CONTEXT_WINDOWS, context_rows
from copydesk.clean.features import feature_names, line_category, line_features
from copydesk.clean.linemodel import Dense, LineModel, Stages, line_words
from copydesk.clean.lines import Line, split_lines
from copydesk.clean.vocab import Vocabulary, word_keys
from copydesk.extract import extract

OUT = Path(__file__).resolve().parents[1] / "src" / "copydesk" / "data" / "clean_lines.json"
CV_OUT = Path(__file__).resolve().parent / "out" / "clean_cv"
# Renderings trained on by default: html-text, the shipped model's recipe (with one converter, view ids, word
# weights and features are what they were). `--converters` trains on more, for a comparison by site-grouped CV.
TRAIN_CONVERTERS = ("html-text",)
_WORD = re.compile(r"\w+", re.UNICODE)
LONG_LINE_WORDS = 8  # long enough that matching most of its words is not chance
COVERED = 0.8  # share of a long line's words found in the reference to call it story…
# …and the share of its word trigrams found there too: common words alone ("Save $50 on orders over $1,000")
# are in most references, and labelled a widget story 79k times in 145k such words of the tune pages.
COVERED_TRIGRAMS = 0.5
HIDDEN = (64,)  # one hidden layer: enough for feature interactions, small enough to ship as JSON
L2 = 1e-4
EPOCHS = 8
BATCH = 2048
RATE = 0.003
SEED = 20241017
# Pairs trained from different seeds: one pair's word-F1 on the dev split moves by ±0.003 with the seed;
# the mean of three was above each of its members' average on dev articles and all dev pages.
MEMBERS = 3
MEMBER_SEED_STEP = 100  # seeds of one member's networks are SEED + k·step + 0…FOLDS+1: no two members share one
FOLDS = 2  # stage-1 models fitted for out-of-fold scores
CROP_MARGIN = 12  # a cropped scrape keeps up to this many lines of boilerplate on each side of the story
CROP_WEIGHT = 0.5  # crops teach robustness to short texts; full pages stay the main case
# A WCXB page weighs this much in all, whatever its length: a long page of menus is not more pages.
# About half the lines of a scrape (~280), so the snippet pages below keep a fair say.
PAGE_WEIGHT = 150.0
SNIPPET_PAGE_WEIGHT = 0.3  # per line of a snippet-labelled page (mostly German)
# The lines of a snippet page that hold no snippet are labelled by copydesk's own HTML extractor on the same
# page (its body as the reference): more German pages, at a lower weight than a WCXB page, as the labels are ours.
DISTILL_PAGE_WEIGHT = 50.0
VOCAB_FOLDS = 4  # training rows get word weights learnt from the other three quarters of the pages
VOCAB_MIN_PAGES = 5  # a word seen on fewer pages has no weight: its lean would be one site's wording
VOCAB_PRIOR_PAGES = 5.0  # a word's lean is shrunk toward the average as if seen on this many average pages
# The loss on lines past the story's last line (non-story by their labels) is multiplied by this: the words the
# cleaner keeps wrongly are mostly a run after the story's end. 1.0 is the shipped recipe; `--after-story-weight`.
AFTER_STORY_WEIGHT = 1.0


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def label_lines(lines: list[Line], reference: str) -> list[bool]:
    """True for lines of the reference body (see the module docstring)."""
    ref_lines = {_norm(line) for line in reference.splitlines()}
    ref_norm = _norm(reference)
    ref_sequence = ref_norm.split()
    ref_words = set(ref_sequence)
    ref_trigrams = set(zip(ref_sequence, ref_sequence[1:], ref_sequence[2:]))
    labels = []
    for line in lines:
        words = _WORD.findall(line.text.lower())
        joined = " ".join(words)
        if not words:
            labels.append(False)
        elif joined in ref_lines or (len(words) >= 5 and joined in ref_norm):
            labels.append(True)
        elif len(words) < LONG_LINE_WORDS:
            labels.append(False)
        else:
            trigrams = list(zip(words, words[1:], words[2:]))
            covered = sum(w in ref_words for w in words) / len(words)
            in_order = sum(t in ref_trigrams for t in trigrams) / len(trigrams)
            labels.append(covered >= COVERED and in_order >= COVERED_TRIGRAMS)
    return labels


def snippet_labels(lines: list[Line], with_: tuple[str, ...],
                   without: tuple[str, ...]) -> tuple[list[bool], list[float]]:
    """trafilatura-eval has snippets, not bodies: a line holding a `with` snippet is story, one holding
    a `without` snippet is not, the rest carry no weight. The page weighs `SNIPPET_PAGE_WEIGHT` per line."""
    labels, marked = [], []
    for line in lines:
        story = any(s in line.text for s in with_)
        junk = not story and any(s in line.text for s in without)
        labels.append(story)
        marked.append(story or junk)
    count = sum(marked) or 1
    return labels, [SNIPPET_PAGE_WEIGHT * len(lines) / count if m else 0.0 for m in marked]


def distilled_bodies(keys: set[str] | None = None) -> dict[str, str]:
    """copydesk's extracted body of each trafilatura-eval *tune* page (of `keys` when given). Not cached: it
    takes seconds, and a cache would go stale when extraction changes."""
    bodies = {}
    for page in trafilatura_pages(split="tune"):
        if keys is not None and page.key not in keys:
            continue
        article = extract(page.html, page.url)
        if article.ok and article.text:
            bodies[page.key] = article.text
    return bodies


def _bucket(key: str, modulus: int) -> int:
    return int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:4], "big") % modulus


@dataclass(frozen=True, slots=True)
class View:
    """One page's lines as training sees them (the page itself, or its crop)."""

    # The page's index i among its converter's pages, or FOLDS·P + i for its crop (P pages a converter), plus
    # 2·FOLDS·P per converter before it: ids are distinct, and every rendering and crop of one page has the
    # same id modulo FOLDS, so one stage-1 fold (`train_pair` folds by id). One converter: the page's index.
    id: int
    key: str
    lines: list[Line]
    labels: list[bool]
    weights: list[float]
    crop: bool = False
    again: bool = False  # a second converter's rendering of a page already seen


def after_story(labels: list[bool], weights: list[float], factor: float) -> list[float]:
    """`weights` with those of the lines after the last story line multiplied by `factor`."""
    last = max((i for i, label in enumerate(labels) if label), default=len(labels))
    return [w * factor if i > last else w for i, w in enumerate(weights)]


def labelled_views(pages, crops: bool = False, bodies: dict[str, str] | None = None,
                   after_weight: float = AFTER_STORY_WEIGHT) -> list[View]:
    """Every page's lines with labels and weights; with `crops`, each WCXB page also once more as a scrape
    cut close around its story; `bodies` label the snippet pages' other lines (`distilled_bodies`)."""
    views = []
    bodies = bodies or {}
    first: dict[str, str] = {}
    order = {}  # page key → its index among its converter's pages (the same in every converter's corpus)
    for page in pages:
        first.setdefault(page.key, page.converter)
        order.setdefault(page.key, len(order))
    converters = list(dict.fromkeys(page.converter for page in pages))
    block = 2 * FOLDS * len(order)
    for page in pages:
        lines = split_lines(page.text)
        if not lines:
            continue
        again = first[page.key] != page.converter
        base = block * converters.index(page.converter)
        view_id, crop_id = base + order[page.key], base + FOLDS * len(order) + order[page.key]
        if page.dataset == "trafilatura":
            labels, weights = snippet_labels(lines, page.with_, page.without)
            if page.key in bodies:
                body_labels = label_lines(lines, bodies[page.key])
                words = _line_sizes(lines)
                free = sum(wc for wc, wt in zip(words, weights) if not wt) or 1
                for i, wt in enumerate(weights):
                    if not wt:  # a snippet outranks the extractor
                        labels[i] = body_labels[i]
                        weights[i] = DISTILL_PAGE_WEIGHT * words[i] / free
            views.append(View(view_id, page.key, lines, labels, after_story(labels, weights, after_weight),
                              again=again))
            continue
        labels = label_lines(lines, page.reference or "")
        views.append(View(view_id, page.key, lines, labels,
                          after_story(labels, _page_weights(lines, 1.0), after_weight), again=again))
        if crops and any(labels):
            crop_lines, crop_labels = _crop(page.key, lines, labels)
            views.append(View(crop_id, page.key, crop_lines, crop_labels,
                              after_story(crop_labels, _page_weights(crop_lines, CROP_WEIGHT), after_weight),
                              crop=True, again=again))
    return views


def _page_weights(lines: list[Line], weight: float) -> list[float]:
    """Pages weigh the same, words within them too."""
    words = _line_sizes(lines)
    total = sum(words)
    return [weight * PAGE_WEIGHT * w / total for w in words]


def learn_vocabulary(views: list[View]) -> Vocabulary:
    """Each word's story log-odds (see `copydesk.clean.vocab`) from the labelled lines of `views`' pages
    (crops and other converters' renderings are their pages again and do not count)."""
    share_sum: Counter[str] = Counter()
    pages: Counter[str] = Counter()
    for view in views:
        if view.crop or view.again:
            continue
        story: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        for line, label, weight in zip(view.lines, view.labels, view.weights):
            if weight > 0:
                for key in set(word_keys(line.text)):
                    seen[key] += 1
                    story[key] += label
        for key, count in seen.items():
            share_sum[key] += story[key] / count
            pages[key] += 1
    # fsum: exact, so the prior does not hang on the hash-seeded order in which words were first met
    prior = math.fsum(share_sum.values()) / max(1, sum(pages.values()))
    weights = {}
    for key, n in pages.items():
        if n >= VOCAB_MIN_PAGES:
            share = (share_sum[key] + VOCAB_PRIOR_PAGES * prior) / (n + VOCAB_PRIOR_PAGES)
            weights[key] = round(_logit(share) - _logit(prior), 3)
    return Vocabulary(dict(sorted(weights.items())))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def dataset(views: list[View], vocab: Vocabulary | None = None):
    """(features, labels, weights, view ids, per-page line texts) for every line of `views`. The word weights
    come from `vocab`, or (None) from the other pages' vocabulary, `VOCAB_FOLDS` folds by page key, so training
    sees word weights as they are on pages the table was not learnt from."""
    if vocab is None:
        fold_of = {view.key: _bucket(view.key + "#vocab", VOCAB_FOLDS) for view in views}
        vocabs = [learn_vocabulary([v for v in views if fold_of[v.key] != k]) for k in range(VOCAB_FOLDS)]
    xs, ys, ws, idx, texts = [], [], [], [], {}
    for view in views:
        table = vocab if vocab is not None else vocabs[fold_of[view.key]]
        xs.extend(line_features(view.lines, [line_category(line.text) for line in view.lines], table))
        ys.extend(view.labels)
        ws.extend(view.weights)
        idx.extend([view.id] * len(view.lines))
        if not view.crop:
            texts[view.id] = [line.text for line in view.lines]
    return np.array(xs), np.array(ys, dtype=float), np.array(ws), np.array(idx), texts


def _line_sizes(lines: list[Line]) -> list[int]:
    """Each line's share of its page's weight: its words, plus one so an empty line still counts."""
    return [len(_WORD.findall(line.text)) + 1 for line in lines]


def _crop(key: str, lines: list[Line], labels: list[bool]) -> tuple[list[Line], list[bool]]:
    """The story with a few lines of its surroundings, as a scraper that already cut the page gives it.
    Margins come from the page key, so the crop is the same on every run."""
    story = [i for i, label in enumerate(labels) if label]
    before, after = _bucket(key + "<", CROP_MARGIN + 1), _bucket(key + ">", CROP_MARGIN + 1)
    lo, hi = max(0, story[0] - before), min(len(lines), story[-1] + 1 + after)
    return lines[lo:hi], labels[lo:hi]


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, seed: int = SEED, epochs: int = EPOCHS,
        hidden: tuple[int, ...] = HIDDEN, offset: np.ndarray | None = None) -> Dense:
    """A ReLU network on standardised inputs, trained by minibatch Adam on weighted log-loss. With `offset` (a
    logit per row, e.g. an earlier model's) the network's output is added to it and its last layer starts at
    zero: it starts as the offset and learns only a correction."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    rng = np.random.default_rng(seed)
    sizes = [z.shape[1], *hidden, 1]
    params = []
    for a, b in pairwise(sizes):
        start = np.zeros((a, b)) if offset is not None and b == 1 else rng.normal(0, np.sqrt(2 / a), (a, b))
        params += [start, np.zeros(b)]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    wn = (w / w.mean())[:, None]
    step = 0
    for _epoch in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), BATCH):
            batch = order[start:start + BATCH]
            step += 1
            grads = _gradients(params, z[batch], y[batch, None], wn[batch] / len(batch),
                               None if offset is None else offset[batch, None])
            for k, (p, g) in enumerate(zip(params, grads)):
                m, v = moments[k]
                m[:] = 0.9 * m + 0.1 * g
                v[:] = 0.999 * v + 0.001 * g * g
                p -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    first_w, first_b = params[0], params[1]
    params[0] = first_w / scale[:, None]
    params[1] = first_b - (mean / scale) @ first_w
    return Dense(tuple((params[i], params[i + 1]) for i in range(0, len(params), 2)))


def _gradients(params: list[np.ndarray], z: np.ndarray, y: np.ndarray, wn: np.ndarray,
               offset: np.ndarray | None = None) -> list[np.ndarray]:
    acts = [z]
    for i in range(0, len(params), 2):
        out = acts[-1] @ params[i] + params[i + 1]
        acts.append(np.maximum(out, 0.0) if i + 2 < len(params) else out)
    out = acts[-1] if offset is None else acts[-1] + offset
    delta = (1 / (1 + np.exp(-out)) - y) * wn
    grads: list[np.ndarray] = [np.empty(0)] * len(params)
    for i in range(len(params) - 2, -1, -2):
        layer_in = acts[i // 2]
        grads[i] = layer_in.T @ delta + L2 * params[i]
        grads[i + 1] = delta.sum(0)
        if i:
            delta = (delta @ params[i].T) * (layer_in > 0)
    return grads


def stage2_inputs(logits: np.ndarray, idx: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Stage-2 rows: each view's context rows (views are contiguous runs of `idx`, in order) beside `x`."""
    words = line_words(x)
    bounds = [0, *(np.flatnonzero(np.diff(idx)) + 1).tolist(), len(idx)]
    rows = [context_rows(logits[lo:hi], words[lo:hi]) for lo, hi in pairwise(bounds)]
    return np.hstack([np.vstack(rows), x])


def train_pair(x: np.ndarray, y: np.ndarray, w: np.ndarray, idx: np.ndarray, seed: int) -> Stages:
    """Stage 1 on everything; stage 2 on out-of-fold stage-1 scores."""
    used = w > 0  # unlabelled lines give context only
    stage1 = fit(x[used], y[used], w[used], seed=seed)
    folds = np.array([n % FOLDS for n in idx])
    oof = np.zeros(len(y))
    for k in range(FOLDS):
        part = used & (folds != k)
        oof[folds == k] = fit(x[part], y[part], w[part], seed=seed + k + 1)(x[folds == k])
    stage2 = fit(stage2_inputs(oof, idx, x)[used], y[used], w[used], seed=seed + FOLDS + 1)
    return Stages(stage1, stage2)


def training_pages(converters: tuple[str, ...], fold: int | None = None, limit: int | None = None) -> list[TextPage]:
    """The tune pages of every converter (converter by converter), without the sites of `fold` when given;
    with `limit`, only the first that many of each set (a quick check of the pipeline, not a model)."""
    pages = []
    for converter in converters:
        for dataset_name in ("wcxb", "trafilatura"):
            pages += [p for p in text_pages(split="tune", dataset=dataset_name, converter=converter)
                      if fold is None or p.fold != fold][:limit]
    return pages


def train_on(pages: list[TextPage], bodies: dict[str, str], members: int,
             after_weight: float = AFTER_STORY_WEIGHT) -> LineModel:
    views = labelled_views(pages, crops=True, bodies=bodies, after_weight=after_weight)
    x, y, w, idx, _ = dataset(views)
    print(f"{len(y)} lines from {len(pages)} page renderings, {y.mean():.3f} story", flush=True)
    return LineModel(tuple(train_pair(x, y, w, idx, SEED + k * MEMBER_SEED_STEP) for k in range(members)),
                     learn_vocabulary(views))


def write_model(model: LineModel, path: Path) -> None:
    data = {
        "about": "copydesk.clean line model; trained by benchmarks/train_clean.py on the WCXB tune split",
        "features": list(feature_names()),
        "context_windows": list(CONTEXT_WINDOWS),
        "members": [{"stage1": m.stage1.to_json(), "stage2": m.stage2.to_json()} for m in model.members],
        "vocabulary": dict(model.vocabulary.weights),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.train_clean", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", metavar="NAME", help="train one model per site-grouped fold into clean_cv/NAME")
    parser.add_argument("--converters", default=",".join(TRAIN_CONVERTERS),
                        help=f"renderings to train on, comma-separated, of {', '.join(CONVERTERS)}")
    parser.add_argument("--folds", type=int, nargs="+", choices=range(CV_FOLDS), help="with --cv: only these folds")
    parser.add_argument("--members", type=int, default=MEMBERS, help="two-stage pairs averaged per model")
    parser.add_argument("--limit", type=int, help="first N tune pages of each set and converter (a quick check)")
    parser.add_argument("--after-story-weight", type=float, default=AFTER_STORY_WEIGHT,
                        help="loss weight of the lines after the story's last line (default: the shipped recipe's)")
    parser.add_argument("--out", type=Path, default=OUT, help="where the model goes (default: the shipped file)")
    args = parser.parse_args()
    converters = tuple(args.converters.split(","))
    unknown = set(converters) - set(CONVERTERS)
    if unknown:
        parser.error(f"unknown converter(s): {', '.join(sorted(unknown))}")
    bodies = distilled_bodies({p.key for p in training_pages(converters[:1], limit=args.limit)} if args.limit else None)
    if args.cv:
        for fold in args.folds or range(CV_FOLDS):
            model = train_on(training_pages(converters, fold, args.limit), bodies, args.members,
                             args.after_story_weight)
            write_model(model, CV_OUT / args.cv / f"fold{fold}.json")
        return
    write_model(train_on(training_pages(converters, limit=args.limit), bodies, args.members,
                         args.after_story_weight), args.out)


if __name__ == "__main__":
    main()
