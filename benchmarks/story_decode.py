"""The story model's block decisions replayed: each page's out-of-fold logits computed once, then decision
rules scored in seconds, as `bench_cv` scores real output.

    python -m benchmarks.story_decode --compute            # ~2.5 min: benchmarks/out/story-decode.pkl (232 MB)
    python -m benchmarks.story_decode [--variants a,b,c]   # every variant on every triple, then their means

`--compute` runs `extract`'s steps up to the story model on every page of ../shared/data, as `bench_cv
--fold-models` does (the page-type model of the page's fold), and keeps what the decisions and the assembly
read: the blocks, the rules' selection, the metadata, the page type, the page's text, each block's label and
training weight (`label_blocks`, `train_story`), and the logits of each seed triple's fold models
(`benchmarks/out/names-B-*`, the shipped recipe). A replay decides every page's blocks by a variant, builds the
selection as `apply_model` does and the `Article` by `assemble_article`, and scores its text with `bench_cv`'s
own functions, so the variant "a" (today's decisions) reproduces `bench_cv --fold-models`.

Variants (RESULTS, "decisions by expected F1"): a today (margins, copies, an article's trim); b the kept set of
highest expected F1 (`best_f1_keep`) on sigmoid(logit), then copies; c the same on Platt-scaled logits
(a·logit + b fitted for fold k on the other folds' tune pages); d / dc b / c only on blocks inside today's
margins (outside them, today's verdict); e today's on a page typed article, dc's on the others; s6 / s2 dc's
on a page whose probability of `article` is under 0.4 / 0.2, today's elsewhere; s2a s2 adding blocks only.

Families (RESULTS, "decisions by the page's structure"), each a grid whose value inner CV chooses per fold (the
value best on the other four folds): g1 / g1c a block's logit pulled toward its group's (same tag chain and kind;
g1c within one container); g2 / g2f kept runs grown to neighbours past a lower margin (g2f within one parent
frame); g3 the margins lowered inside the smallest frame holding most of the kept story, raised outside it.
`--fixed 'g3=[0.8, 0.5]'` scores one value in every fold; `--split holdout` scores one split's pages (with a cache
of the as-shipped models, `--compute --triples names-B-141516/as-shipped,… --cache …`).
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.bench_cv import Outcome, group_scores, groups, iter_all, page_record, reliability
from benchmarks.datasets import CV_FOLDS, Page
from benchmarks.label_blocks import block_labels
from benchmarks.train_story import text_weights
from copydesk.extract.assemble import assemble_article
from copydesk.extract.blocks import Page as Blocks
from copydesk.extract.engine import latest_day, story_of
from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.extract.pagetype import PageType, checked_model
from copydesk.extract.scoring import Selection
from copydesk.extract.storymodel import (
    StoryModel,
    decided_selection,
    drop_repeats,
    feature_names,
    list_page,
    load_model,
    model_from_json,
    page_rows,
    settle,
    type_probabilities,
)
from copydesk.extract.storyself import page_site_keys
from copydesk.html import Clock, PageRejected, check_input, decode_html, parse_html
from copydesk.model import Article, failed
from copydesk.options import ExtractOptions

OUT = Path(__file__).resolve().parent / "out"
CACHE = OUT / "story-decode.pkl"
TRIPLES = ("141516", "161718", "151617")  # the shipped recipe's seed triples (RESULTS, "the site-naming input")
PLATT_STEPS = 25  # Newton steps of the two-parameter logistic fit; it converges in under ten


def best_f1_keep(probabilities: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Which items to keep so that the expected F1 of the kept text is highest, where each item (a block,
    a line) holds `sizes[i]` units of text and is story with `probabilities[i]`.

    The expected F1 of a kept set S is taken as 2·Σ_S p·w / (Σ_S w + Σ_all p·w) (expected overlap over the
    kept text plus the expected story). Its best S keeps exactly the items whose p is over half the best
    value F* (Dinkelbach: adding an item raises the ratio iff 2p > F*), so S is a prefix of the items by
    falling p, found in one sort. The cut follows the page: on a page the model is sure of it sits near
    p = 0.5; on a doubtful one it falls, because missing story costs an unsure page more than extra text.
    """
    p = np.asarray(probabilities, dtype=np.float64)
    w = np.asarray(sizes, dtype=np.float64)
    story = float((p * w).sum())
    if not len(p) or story <= 0.0:
        return np.zeros(len(p), dtype=bool)
    order = np.argsort(-p, kind="stable")
    f1 = 2.0 * np.cumsum((p * w)[order]) / (np.cumsum(w[order]) + story)
    return p > f1.max() / 2.0


@dataclass(slots=True)
class Replay:
    """One page as the story model's decisions find it; `refused` when `extract` stops before the model."""

    page: Page  # without its bytes: what the scores read
    refused: Article | None = None
    blocks: Blocks | None = None
    rules: Selection | None = None
    metadata: Metadata | None = None
    page_type: PageType | None = None
    packed_text: bytes = b""  # the decoded page, compressed (the status reads it for paywall marks)
    sizes: np.ndarray = field(default_factory=lambda: np.zeros(0))
    labels: np.ndarray = field(default_factory=lambda: np.zeros(0))
    weights: np.ndarray = field(default_factory=lambda: np.zeros(0))
    logits: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def probabilities(self) -> tuple[float, ...]:
        assert self.page_type is not None
        return type_probabilities(self.page_type)


def fold_models(triple: str, rows: bool = True) -> tuple[list[StoryModel], list[Any]]:
    """A triple's fold models: a bare triple ("141516") is the shipped recipe's, anything else a folder of `out/`.
    Without `rows` the models' logits are cached and only their margins and calibration are read, so they may
    have been trained on other inputs than today's (the control of an arm with new inputs)."""
    folder = OUT / (f"names-B-{triple}" if triple.isdigit() else triple)
    load = load_model if rows else _decisions_only
    stories = [load(folder / f"story-fold{k}.json") for k in range(CV_FOLDS)]
    types = [checked_model(json.loads((folder / f"pagetype-fold{k}.json").read_text("utf-8"))) for k in range(CV_FOLDS)]
    return stories, types


def _decisions_only(path: Path) -> StoryModel:
    """A story model read for its margins and calibration, whatever inputs it was trained on."""
    return model_from_json({**json.loads(path.read_text("utf-8")), "features": list(feature_names())})


def replay_of(page: Page, type_model: Any, triples: dict[str, list[StoryModel]]) -> Replay:
    """`extract_with_model`'s steps up to `apply_model` (the page type by its fold's model)."""
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    light = replace(page, html=b"")
    html = page.html
    try:
        check_input(html, opts)
        text, encoding = decode_html(html, opts.http_charset)
        utf8 = html if encoding == "utf-8" and not html.startswith(b"\xef\xbb\xbf") else None
        tree = parse_html(text, opts, clock, utf8)
        metadata = read_metadata(tree, page.url, now=latest_day(opts.today))
        blocks, rules, page_type, _ = story_of(tree, text, metadata, opts, clock, page.url, type_model)
    except PageRejected as rejected:
        return Replay(light, refused=failed(rejected.status, rejected.reason, url=page.url))
    rows = _rows(blocks, rules, metadata, page_type, page.url)
    sizes = np.asarray([b.size for b in blocks.blocks], dtype=np.float64)
    labels, weights = block_labels(page, [b.text for b in blocks.blocks])
    return Replay(light, None, blocks, rules, metadata, page_type, zlib.compress(text.encode("utf-8", "surrogatepass")),
                  sizes, np.asarray(labels, dtype=np.float64), text_weights(sizes, weights),
                  {name: models[page.fold].logits(rows) for name, models in triples.items()})


def _rows(blocks: Blocks, rules: Selection, metadata: Metadata, page_type: PageType, url: str) -> np.ndarray:
    return page_rows(blocks, rules, metadata.title, metadata.article_body, type_probabilities(page_type),
                     page_site_keys(metadata.site_name, url))


def more_fold_models(triples: Sequence[str]) -> dict[str, list[StoryModel]]:
    """Fold models trained since the cache, checked to share its page-type models (else the rows would differ)."""
    loaded = {t: fold_models(t) for t in triples}
    cached_types = fold_models(TRIPLES[0], rows=False)[1]
    for t, (_, types) in loaded.items():
        assert all(a.to_json() == b.to_json() for a, b in zip(types, cached_types)), t
    return {t: stories for t, (stories, _) in loaded.items()}


def add_triples(items: Sequence[Replay], models: dict[str, list[StoryModel]]) -> None:
    """The logits of more fold models, from the cached pages."""
    for item in items:
        if item.refused is not None or item.blocks is None:
            continue
        assert item.rules is not None and item.metadata is not None and item.page_type is not None
        rows = _rows(item.blocks, item.rules, item.metadata, item.page_type, item.page.url)
        item.logits.update({t: m[item.page.fold].logits(rows) for t, m in models.items()})


def compute(triples: Sequence[str]) -> list[Replay]:
    loaded = {t: fold_models(t) for t in triples}
    type_models = loaded[triples[0]][1]
    for t in triples[1:]:  # the page-type fold models are one recipe's: the same in every triple
        assert all(a.to_json() == b.to_json() for a, b in zip(type_models, loaded[t][1])), t
    stories = {t: loaded[t][0] for t in triples}
    return [replay_of(page, type_models[page.fold], stories) for page in iter_all(None, None)]


def load(path: Path = CACHE) -> list[Replay]:
    """The cache `--compute` wrote (where `Replay` may have been `__main__`'s)."""
    class _Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            return Replay if name == "Replay" else super().find_class(module, name)

    with path.open("rb") as f:
        return _Unpickler(f).load()


# --- decisions: each returns (the story before an article's trim: where the byline is read, the kept blocks) ---

Decision = Callable[[Replay, np.ndarray, StoryModel, tuple[float, float]], tuple[np.ndarray, np.ndarray, np.ndarray]]


def today(item: Replay, logits: np.ndarray, model: StoryModel,
          platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """As `apply_model`: the margins (a page of items' own), copies dropped, an article's trim."""
    return _settled(item, _today_decided(item, logits, model), logits)


def _settled(item: Replay, decided: np.ndarray,
             logits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`decided` with its copies dropped and an article's trim (`settle`), as a decision returns them."""
    assert item.blocks is not None and item.page_type is not None
    story, keep = settle(item.blocks, decided, logits, item.sizes, item.page_type.label == "article")
    return decided, story, keep


def _rules_kept(item: Replay) -> np.ndarray:
    assert item.rules is not None
    kept = np.zeros(len(item.sizes), dtype=bool)
    kept[list(item.rules.kept)] = True
    return kept


def _today_decided(item: Replay, logits: np.ndarray, model: StoryModel) -> np.ndarray:
    return model.decide(logits, _rules_kept(item), list_page(item.probabilities))


def _sure(item: Replay, logits: np.ndarray, model: StoryModel) -> np.ndarray:
    """Blocks whose logit is past today's margins on either side (the model overrules or confirms there)."""
    drop, add = model.margins(list_page(item.probabilities))
    return (logits < drop) | (logits > add)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def _copies_dropped(item: Replay, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`keep` as decided, story and kept blocks: its copies dropped, no trim."""
    assert item.blocks is not None
    story = drop_repeats(item.blocks, keep)
    return keep, story, story


def by_f1(item: Replay, logits: np.ndarray, model: StoryModel,
          platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _copies_dropped(item, best_f1_keep(_sigmoid(logits), item.sizes))


def by_f1_platt(item: Replay, logits: np.ndarray, model: StoryModel,
                platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _copies_dropped(item, best_f1_keep(_sigmoid(platt[0] * logits + platt[1]), item.sizes))


def _unsure_only(item: Replay, logits: np.ndarray, model: StoryModel, p: np.ndarray,
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    best = best_f1_keep(p, item.sizes)
    return _copies_dropped(item, np.where(_sure(item, logits, model), _today_decided(item, logits, model), best))


def unsure_f1(item: Replay, logits: np.ndarray, model: StoryModel,
              platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _unsure_only(item, logits, model, _sigmoid(logits))


def unsure_f1_platt(item: Replay, logits: np.ndarray, model: StoryModel,
                    platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _unsure_only(item, logits, model, _sigmoid(platt[0] * logits + platt[1]))


def typed(item: Replay, logits: np.ndarray, model: StoryModel,
          platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """e: today's decisions on a page typed article (where the trim acts), dc's on every other page."""
    assert item.page_type is not None
    article = item.page_type.label == "article"
    return (today if article else unsure_f1_platt)(item, logits, model, platt)


def _typed_with(rule: Decision) -> Decision:
    def decision(item: Replay, logits: np.ndarray, model: StoryModel,
                 platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        assert item.page_type is not None
        return (today if item.page_type.label == "article" else rule)(item, logits, model, platt)
    return decision


def _one_way(adds: bool) -> Decision:
    """dc's expected-F1 verdict taken only where it adds a block (`adds`) or only where it drops one; else today's."""
    def decision(item: Replay, logits: np.ndarray, model: StoryModel,
                 platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        now = _today_decided(item, logits, model)
        f1 = unsure_f1_platt(item, logits, model, platt)[0]
        return _copies_dropped(item, now | f1 if adds else now & f1)
    return decision


def _on_list_pages(item: Replay, logits: np.ndarray, model: StoryModel,
                   platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (unsure_f1_platt if list_page(item.probabilities) else today)(item, logits, model, platt)


def _where_not_article(below: float, rule: Decision) -> Decision:
    """`rule` on a page whose probability of being an article is under `below` (the classifier sure it is not
    one); today's decisions elsewhere."""
    def decision(item: Replay, logits: np.ndarray, model: StoryModel,
                 platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        assert item.page_type is not None
        return (rule if item.page_type.of("article") < below else today)(item, logits, model, platt)
    return decision


VARIANTS: dict[str, Decision] = {"a": today, "b": by_f1, "c": by_f1_platt, "d": unsure_f1, "dc": unsure_f1_platt,
                                 "e": typed}
# Read after the declared variants' numbers, never candidates of this round (RESULTS, "post hoc"): e with d's
# uncalibrated probabilities; e with dc's verdict only where it adds / only where it drops; dc on pages of items only.
POST_HOC: dict[str, Decision] = {"e-d": _typed_with(unsure_f1), "e-adds": _typed_with(_one_way(True)),
                                 "e-drops": _typed_with(_one_way(False)), "lists": _on_list_pages}
VARIANTS.update(POST_HOC)
# RESULTS, "the expected-F1 cut where the page type is sure": dc only where P(article) < 0.4 / < 0.2; s2 adding only.
VARIANTS.update({"s6": _where_not_article(0.4, unsure_f1_platt), "s2": _where_not_article(0.2, unsure_f1_platt),
                 "s2a": _where_not_article(0.2, _one_way(True))})
PLATT_VARIANTS = {"c", "dc", "e", "e-adds", "e-drops", "lists", "s6", "s2", "s2a"}


# --- RESULTS, "decisions by the page's structure": families whose parameter inner CV chooses per fold ---

CONSENSUS_MIN = 3  # a group of two is a pair, not a structure (a list's items, a forum's replies)
TAG_CHAIN = 3  # the block's frame and its two parents: an item's shape (li in ul in div)


def group_consensus(page: Blocks, logits: np.ndarray, sizes: np.ndarray, pull: float, bounded: bool) -> np.ndarray:
    """Each block's logit moved by `pull` toward its group's mean (weighted by size + 1): a group is the blocks of
    one kind whose frame tag chain (`TAG_CHAIN` frames up) is the same, and, when `bounded`, the same frame above
    that chain (one container); groups under `CONSENSUS_MIN` blocks stay as they are."""
    parents, tags = page.parent, page.tag
    members: dict[tuple[Any, ...], list[int]] = {}
    for i, block in enumerate(page.blocks):
        chain, frame = [block.kind], block.frame
        for _ in range(TAG_CHAIN):
            chain.append(tags[frame] if frame >= 0 else "")
            frame = parents[frame] if frame >= 0 else -1
        if bounded:
            chain.append(str(frame))
        members.setdefault(tuple(chain), []).append(i)
    out = logits.copy()
    weights = sizes + 1.0
    for group in members.values():
        if len(group) >= CONSENSUS_MIN:
            at = np.asarray(group)
            mean = float((logits[at] * weights[at]).sum() / weights[at].sum())
            out[at] = logits[at] + pull * (mean - logits[at])
    return out


def grown_runs(page: Blocks, decided: np.ndarray, eligible: np.ndarray, same_parent: bool) -> np.ndarray:
    """`decided` with every kept run grown to the `eligible` blocks next to it in reading order (through other
    eligible ones), and, when `same_parent`, only between blocks whose frames share their parent frame."""
    n = len(decided)
    out = decided.copy()
    inside = decided | eligible
    parents = [page.parent[b.frame] for b in page.blocks]
    start = 0
    while start < n:  # the runs of blocks kept or eligible, linked where allowed
        end = start + 1
        while end < n and inside[start] and inside[end] and (not same_parent or parents[end] == parents[end - 1]):
            end += 1
        if inside[start] and decided[start:end].any():
            out[start:end] = True
        start = end
    return out


def kept_region(page: Blocks, logits: np.ndarray, decided: np.ndarray, sizes: np.ndarray,
                share: float) -> np.ndarray | None:
    """Which blocks lie in the smallest frame holding `share` (> 0.5) of the decided blocks' expected story
    (sigmoid(logit) × size); None when nothing is kept or that frame holds every block."""
    mass = _sigmoid(logits) * sizes * decided
    total = float(mass.sum())
    if total <= 0.0:
        return None
    frames = np.fromiter((b.frame for b in page.blocks), np.int64, len(page.blocks))
    per_frame = np.zeros(len(page.parent) + 1)
    np.add.at(per_frame, frames + 1, mass)
    cumulative = np.cumsum(per_frame)  # frames inside f are f … end[f] (preorder): a subtree is a slice
    ends = np.asarray(page.end, np.int64)
    held = cumulative[ends + 1] - cumulative[np.arange(len(ends))]
    holding = (held >= share * total).nonzero()[0]
    if not len(holding):
        return None
    region = int(holding.max())  # nested, so the last in preorder is the smallest
    inside = (frames >= region) & (frames <= ends[region])
    return None if inside.all() else inside


def _consensus(pull: float, bounded: bool) -> Decision:
    def decision(item: Replay, logits: np.ndarray, model: StoryModel,
                 platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        assert item.blocks is not None
        return today(item, group_consensus(item.blocks, logits, item.sizes, pull, bounded), model, platt)
    return decision


def _hysteresis(low: float, same_parent: bool) -> Decision:
    def decision(item: Replay, logits: np.ndarray, model: StoryModel,
                 platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        assert item.blocks is not None
        drop, add = model.margins(list_page(item.probabilities))
        eligible = logits > np.where(_rules_kept(item), drop, add) - low
        return _settled(item, grown_runs(item.blocks, _today_decided(item, logits, model), eligible, same_parent),
                        logits)
    return decision


def _region(share: float, shift: float, raise_inside: bool = True, lower_outside: bool = True) -> Decision:
    def decision(item: Replay, logits: np.ndarray, model: StoryModel,
                 platt: tuple[float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        assert item.blocks is not None
        inside = kept_region(item.blocks, logits, _today_decided(item, logits, model), item.sizes, share)
        if inside is None or not shift:
            return today(item, logits, model, platt)
        return today(item, logits + np.where(inside, shift * raise_inside, -shift * lower_outside), model, platt)
    return decision


# family → its grid (the first value is no change: ties go to it) and the decision of a value
FAMILIES: dict[str, tuple[tuple[Any, ...], Callable[[Any], Decision]]] = {
    "g1": ((0.0, 0.25, 0.5, 0.75, 1.0), lambda v: _consensus(v, False)),
    "g1c": ((0.0, 0.25, 0.5, 0.75, 1.0), lambda v: _consensus(v, True)),
    "g2": ((0.0, 0.5, 1.0, 1.5, 2.0), lambda v: _hysteresis(v, False)),
    "g2f": ((0.0, 0.5, 1.0, 1.5, 2.0), lambda v: _hysteresis(v, True)),
    "g3": (((0.6, 0.0), *((s, d) for s in (0.6, 0.8) for d in (0.5, 1.0, 1.5, 2.0))), lambda v: _region(*v)),
}
# Read after the declared families' numbers, never candidates of this round (RESULTS, "post hoc"): g3's two halves,
# the margins only lowered inside the region / only raised outside it.
FAMILIES.update({"g3in": (FAMILIES["g3"][0], lambda v: _region(*v, lower_outside=False)),
                 "g3out": (FAMILIES["g3"][0], lambda v: _region(*v, raise_inside=False))})


def platt_fit(logits: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> tuple[float, float]:
    """(a, b) of the weighted logistic fit P(story) = sigmoid(a·logit + b), by Newton's method."""
    x = np.column_stack([logits, np.ones_like(logits)])
    theta = np.array([1.0, 0.0])
    for _ in range(PLATT_STEPS):
        p = _sigmoid(x @ theta)
        gradient = x.T @ (weights * (p - labels))
        hessian = (x * (weights * p * (1.0 - p))[:, None]).T @ x + 1e-9 * np.eye(2)
        theta = theta - np.linalg.solve(hessian, gradient)
    return float(theta[0]), float(theta[1])


def platt_per_fold(items: Sequence[Replay], triple: str) -> list[tuple[float, float]]:
    """For each fold k, the fit on the other folds' tune pages' out-of-fold logits (as `train_story` trains)."""
    out = []
    for k in range(CV_FOLDS):
        chosen = [i for i in items if i.refused is None and len(i.sizes) and i.page.fold != k
                  and i.page.split == "tune"]
        out.append(platt_fit(np.concatenate([i.logits[triple] for i in chosen]),
                             np.concatenate([i.labels for i in chosen]), np.concatenate([i.weights for i in chosen])))
    return out


def outcome(item: Replay, decision: Decision, triple: str, model: StoryModel,
            platt: tuple[float, float]) -> Outcome:
    """The page's `extract` output under `decision`, reduced to what `bench_cv` scores."""
    if item.refused is not None:
        return Outcome(item.refused.text, str(item.refused.status), getattr(item.refused, "confidence", None))
    assert item.blocks is not None and item.rules is not None and item.metadata is not None
    logits = item.logits[triple]
    if len(logits):
        decided, story, keep = decision(item, logits, model, platt)
    else:
        decided = story = keep = np.zeros(0, bool)
    selection = decided_selection(item.rules, decided, story, keep)
    text = zlib.decompress(item.packed_text).decode("utf-8", "surrogatepass")
    byline_from = sorted({*item.rules.kept, *story.nonzero()[0].tolist()})
    article = assemble_article(item.blocks, selection, item.metadata, text, item.page.url, item.page_type,
                               byline_from=byline_from)
    return Outcome(article.text, str(article.status), round(model.confidence(logits, keep, item.sizes), 3))


def score(items: Sequence[Replay], name: str, triple: str) -> dict[str, Any]:
    models = fold_models(triple, rows=False)[0]
    platt = platt_per_fold(items, triple) if name in PLATT_VARIANTS else [(1.0, 0.0)] * CV_FOLDS
    records = [page_record(i.page, {"copydesk": outcome(i, VARIANTS[name], triple, models[i.page.fold],
                                                        platt[i.page.fold])}) for i in items]
    return {**scored(records), "platt": platt}


def records_of(items: Sequence[Replay], decision: Decision, triple: str,
               logits: str | None = None) -> list[dict[str, Any]]:
    """Every page scored under `decision` with `triple`'s margins, on the cached logits `logits` (the triple's)."""
    models = fold_models(triple, rows=False)[0]
    return [page_record(i.page, {"copydesk": outcome(i, decision, logits or triple, models[i.page.fold], (1.0, 0.0))})
            for i in items]


def scored(records: list[dict[str, Any]]) -> dict[str, Any]:
    summary = {g: group_scores(rs, "copydesk") for g, rs in sorted(groups(records).items())}
    return {"summary": summary, "reliability": reliability(records), "pages": records}


def objective(per_triple: Sequence[list[dict[str, Any]]], folds: set[int]) -> float:
    """WCXB all word-F1 + snippet F1 over the pages of `folds`, each the mean over the triples."""
    total = 0.0
    for dataset in ("wcxb", "trafilatura"):
        total += statistics.fmean(group_scores([r for r in rs if r["dataset"] == dataset and r["fold"] in folds],
                                               "copydesk")["f1"] for rs in per_triple)
    return total


def score_family(items: Sequence[Replay], family: str, triples: Sequence[str],
                 base: dict[str, list[dict[str, Any]]]) -> tuple[dict[str, dict[str, Any]], list[Any], Any, dict]:
    """Every grid value on every triple; per fold k the value best on the other folds (`objective`), the fold's
    pages scored with it. Returns each triple's composite result, the values per fold, the value best on all
    folds and each value's objective on all folds. `base` is today's records (the grid's first value)."""
    grid, decision_of = FAMILIES[family]
    runs = {0: dict(base)}
    for v, value in enumerate(grid[1:], 1):
        runs[v] = {t: records_of(items, decision_of(value), t) for t in triples}
    everything = set(range(CV_FOLDS))
    chosen = []
    for k in range(CV_FOLDS):
        others = everything - {k}
        scores = [objective([runs[v][t] for t in triples], others) for v in range(len(grid))]
        chosen.append(int(np.argmax(scores)))  # the first of equals: no change first
    overall = [objective([runs[v][t] for t in triples], everything) for v in range(len(grid))]
    composite = {t: scored([runs[chosen[r["fold"]]][t][n] for n, r in enumerate(base[t])]) for t in triples}
    return composite, [grid[c] for c in chosen], grid[int(np.argmax(overall))], dict(zip(grid, overall))


HEADS = ("wcxb", "wcxb:article", "trafilatura", "newspaper4k")
TYPES = ("collection", "documentation", "forum", "listing", "product", "service")


def row(summary: dict[str, Any]) -> list[float]:
    return [summary[g]["f1"] for g in HEADS] + [summary[f"wcxb:{t}"]["f1"] for t in TYPES]


def table(results: dict[tuple[str, str], dict[str, Any]]) -> str:
    lines = ["| variant | triple | WCXB all | articles | snippets | newspaper4k (ok) | "
             + " | ".join(TYPES) + " |", "|---|---|" + "---:|" * (4 + len(TYPES))]
    for (name, triple), got in results.items():
        s = got["summary"]
        values = row(s)
        cells = [f"{v:.4f}" for v in values]
        cells[3] += f" ({s['newspaper4k'].get('ok', 0)})"
        lines.append(f"| {name} | {triple} | " + " | ".join(cells) + " |")
    for name, arm in arms(results):
        rows = [row(r["summary"]) for (n, t), r in results.items() if n == name and arm_of(t) == arm]
        means = [statistics.fmean(col) for col in zip(*rows)]
        spreads = [max(col) - min(col) for col in zip(*rows)]
        lines.append(f"| **{name} mean** (spread) | {arm} | " + " | ".join(
            f"{m:.4f} ({s:.4f})" if j < 4 else f"{m:.4f}" for j, (m, s) in enumerate(zip(means, spreads))) + " |")
    return "\n".join(lines)


def arm_of(triple: str) -> str:
    """The recipe a triple's fold models come from: "B" for a bare triple (the shipped recipe's), else its folder
    less the seeds."""
    return "B" if triple.isdigit() else triple.rsplit("-", 1)[0]


def arms(results: dict[tuple[str, str], dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted({(n, arm_of(t)) for n, t in results}, key=lambda na: ([*VARIANTS, *FAMILIES].index(na[0]), na[1]))


def _arm_mean(results: dict[tuple[str, str], dict[str, Any]], arm: tuple[str, str], group: str) -> float:
    return statistics.fmean(r["summary"][group]["f1"] for (n, t), r in results.items()
                            if (n, arm_of(t)) == arm)


def _page_f1s(results: dict[tuple[str, str], dict[str, Any]], arm: tuple[str, str], fold: int) -> dict[str, float]:
    """Each WCXB page of the fold, its F1 averaged over the arm's triples."""
    per_page: dict[str, list[float]] = {}
    for (n, t), r in results.items():
        if (n, arm_of(t)) == arm:
            for rec in r["pages"]:
                if rec["dataset"] == "wcxb" and rec["fold"] == fold:
                    per_page.setdefault(rec["key"], []).append(rec["by"]["copydesk"]["f1"])
    return {key: statistics.fmean(f1s) for key, f1s in per_page.items()}


def per_fold(results: dict[tuple[str, str], dict[str, Any]], arm: tuple[str, str], base: tuple[str, str]) -> str:
    """Per fold, the triples' mean of each head, base → arm; and pages gained / lost (each page's F1 averaged
    over the arm's triples, WCXB)."""
    lines = []
    for head in ("wcxb", "wcxb:article", "trafilatura", "newspaper4k"):
        cells = [f"{_arm_mean(results, base, f'{head}@fold{k}'):.4f} → {_arm_mean(results, arm, f'{head}@fold{k}'):.4f}"
                 for k in range(CV_FOLDS)]
        lines.append(f"{head}: " + " / ".join(cells))
    gained = []
    for k in range(CV_FOLDS):
        up = down = 0
        plus = minus = 0.0
        before, after = _page_f1s(results, base, k), _page_f1s(results, arm, k)
        for key, f1 in after.items():
            d = f1 - before[key]
            if d > 1e-9:
                up, plus = up + 1, plus + d
            elif d < -1e-9:
                down, minus = down + 1, minus + d
        gained.append(f"{up} / {down} (+{plus:.2f} / {minus:.2f})")
    lines.append("WCXB pages gained / lost per fold: " + "; ".join(gained))
    return "\n".join(lines)


def pooled_reliability(results: dict[tuple[str, str], dict[str, Any]], arm: tuple[str, str]) -> str:
    """Per confidence bin, the arm's triples pooled: pages, mean confidence − share right, and the share's
    sampling error (binomial, on one triple's pages: the triples read the same pages)."""
    cells = []
    bins = [r["reliability"] for (n, t), r in results.items() if (n, arm_of(t)) == arm]
    for per_triple in zip(*bins):
        pages = sum(r["pages"] for r in per_triple)
        if not pages:
            continue
        conf = sum(r["pages"] * (r["mean_confidence"] or 0) for r in per_triple) / pages
        right = sum(r["pages"] * (r["right"] or 0) for r in per_triple) / pages
        error = (right * (1 - right) / (pages / len(per_triple))) ** 0.5
        cells.append(f"{per_triple[0]['bin']} {pages} {conf:.3f}/{right:.3f} {conf - right:+.3f} ±{error:.3f}")
    return "; ".join(cells)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_decode", description=__doc__.splitlines()[0])
    parser.add_argument("--compute", action="store_true", help="compute the cache first (~2.5 min)")
    parser.add_argument("--triples", default=",".join(TRIPLES))
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--folds", action="store_true", help="per fold and pages gained / lost against a")
    parser.add_argument("--add", action="store_true", help="add the triples' logits to the cache (fold models "
                        "trained since, e.g. --triples pagewt-P-141516: folders of out/)")
    parser.add_argument("--against", default=None, help="control triples, read with the same variants: each "
                        "arm's mean, per fold and calibration pooled against them")
    parser.add_argument("--fixed", default=None, help="families at one value in every fold, e.g. "
                        "'g3=[0.8, 0.5];g2f=0.5' (the holdout's, and the shipped constant's)")
    parser.add_argument("--split", default=None, help="score the pages of this split only (tune, holdout)")
    args = parser.parse_args(argv)
    triples = args.triples.split(",")
    if args.compute:
        items = compute(triples)
        args.cache.write_bytes(pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL))
        print(f"wrote {args.cache} ({len(items)} pages)", flush=True)
    items = load(args.cache)
    if args.add:
        cached = next(i.logits for i in items if i.refused is None)
        add_triples(items, more_fold_models([t for t in triples if t not in cached]))
        args.cache.write_bytes(pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL))
    names = args.variants.split(",")
    control = args.against.split(",") if args.against else []
    results = {(n, t): score(items, n, t) for n in names if n in VARIANTS for t in [*triples, *control]}
    base = {t: results[("a", t)]["pages"] for t in triples if ("a", t) in results}
    for family in [n for n in names if n in FAMILIES]:
        base = base or {t: score(items, "a", t)["pages"] for t in triples}
        composite, per_fold_values, best, overall = score_family(items, family, triples, base)
        results.update({(family, t): got for t, got in composite.items()})
        print(family, "values per fold (inner CV):", per_fold_values, "best on all folds:", best,
              "objective on all folds:", {str(v): round(o, 5) for v, o in overall.items()}, flush=True)
    for fixed in args.fixed.split(";") if args.fixed else []:
        family, value = fixed.split("=")
        decision = FAMILIES[family][1](json.loads(value))
        results.update({(family, t): scored(records_of(items, decision, t)) for t in triples})
    if args.split:  # the pages of one split only (the holdout of the as-shipped models: what `gate check` reads)
        results = {key: scored([r for r in got["pages"] if r["split"] == args.split]) for key, got in results.items()}
    print(table(results))
    for (n, t), got in results.items():
        if n in PLATT_VARIANTS:
            print(n, t, "platt (a, b) per fold:", ", ".join(f"({a:.3f}, {b:+.3f})" for a, b in got["platt"]))
        print(n, t, "reliability:", "; ".join(f"{r['bin']} {r['pages']} {r['mean_confidence'] or 0:.3f}/"
                                              f"{r['right'] or 0:.3f}" for r in got["reliability"]))
    for arm in arms(results):
        print(*arm, "calibration pooled:", pooled_reliability(results, arm))
    if args.folds:
        for arm in arms(results):
            base = ("a", arm_of(control[0])) if control else ("a", arm[1])
            if arm != base:
                print(f"\n{' '.join(arm)} against {' '.join(base)}:\n" + per_fold(results, arm, base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
