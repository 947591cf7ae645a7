"""Where the story ends: a per-page "end" model over the line model's logits, and where the cut lands.

    python -m benchmarks.clean_end measure NAME      # kept non-story words after the labelled end, per converter
    python -m benchmarks.clean_end cv NAME           # the end model under site-grouped CV, rules replayed
    python -m benchmarks.clean_end threshold NAME    # the keep threshold chosen per site fold on the others

`threshold` re-chooses `decide.THRESHOLD` for a dump whose line model was trained otherwise (a loss that
weighs some lines more moves its logits): for each site fold, the grid value with the best all-types
word-F1 (WCXB, the three converters' mean) on the other folds' pages, applied to that fold's pages.

NAME is a dump of `benchmarks.clean_replay` (out-of-fold logits of the site-fold line models). After the
cleaner's rules, each kept line but the first is a candidate cut; the end model gives the probability that
the story has ended before it (`cut_rows` reads its features). The cut is the first
candidate past a threshold; kept lines from there on go unless the line model is very sure of them.
The end model of an outer site fold is trained on the other folds' pages (WCXB, labelled by
`train_clean.label_lines`), its threshold chosen by an inner CV over those folds; the scores are
`clean_replay`'s. Deterministic: fixed seeds, one thread.
"""

from __future__ import annotations

import argparse
import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from benchmarks.clean_replay import ScoredPage, current_rules, load, output_of, score
from benchmarks.datasets import CV_FOLDS, fold_of
from benchmarks.scores import WORD, multiset_prf, snippet_counts, snippet_prf, word_prf
from benchmarks.train_clean import fit, label_lines
from copydesk.clean import decide
from copydesk.clean.context import CLIP
from copydesk.clean.lines import ENDS_CLAUSE, Line, count_words, ends_sentence, sample_of

END_SLACK = 0.02  # the story has ended before a line when at most this share of its kept words lies from it on
SEED = 20261207
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)  # the cut probabilities the inner CV chooses from
HIDDEN = (16,)  # one small hidden layer: interactions of sureness and position
SURE_LOGIT = 4.0  # a kept line past the cut stays when the line model is this sure of it (e^4: 55 to 1)
NEAR = 3  # kept lines read on each side of a candidate: the end of a section, the start of the next
TITLE_MAX_WORDS = 15  # a heading or teaser title: a short line without a clause end
PROSE_WORDS = 10  # a line of running text: a sentence end and at least this many words

CUT_NAMES = (
    "share_above", "words_above", "words_below", "mean_above", "mean_below", "near_above", "near_below",
    "min_near_below", "own", "previous", "gap_lines", "gap_words", "gap_mean", "own_words", "title_like",
    "prose", "prose_below", "next_prose", "max_above", "max_below",
)


def cut_rows(lines: Sequence[Line], keep: Sequence[bool], logits: Sequence[float],
             words: Sequence[int]) -> tuple[list[int], list[list[float]]]:
    """The candidate cuts (line indices: every kept line but the first) and one row of `CUT_NAMES` each,
    given each line's keep flag, story logit and word count."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return [], []
    z = [max(-CLIP, min(CLIP, logits[i])) for i in kept]
    weight = [words[i] + 1 for i in kept]
    mass = [zi * wi for zi, wi in zip(z, weight)]
    prose = [int(is_prose(lines[i].text, words[i])) for i in kept]
    total_words = sum(weight)
    total_mass, total_prose = sum(mass), sum(prose)
    rows = []
    above_w = weight[0]
    above_m = mass[0]
    above_prose = prose[0]
    best_above = z[0]
    best_below = _suffix_max(z)
    for n in range(1, len(kept)):
        i, before = kept[n], kept[n - 1]
        below_w, below_m = total_words - above_w, total_mass - above_m
        near_a = slice(max(0, n - NEAR), n)
        near_b = slice(n, n + NEAR)
        gap = range(before + 1, i)
        gap_z = [max(-CLIP, min(CLIP, logits[j])) for j in gap if logits[j] > -math.inf]
        rows.append([
            above_w / total_words,
            math.log1p(above_w),
            math.log1p(below_w),
            above_m / above_w,
            below_m / below_w,
            _mean(mass[near_a], weight[near_a]),
            _mean(mass[near_b], weight[near_b]),
            min(z[near_b]),
            z[n],
            z[n - 1],
            math.log1p(len(gap)),
            math.log1p(sum(words[j] for j in gap)),
            sum(gap_z) / len(gap_z) if gap_z else CLIP,
            math.log1p(words[i]),
            float(words[i] <= TITLE_MAX_WORDS and not ENDS_CLAUSE.search(sample_of(lines[i].text))),
            float(prose[n]),
            (total_prose - above_prose) / (total_prose or 1),
            float(prose[n + 1]) if n + 1 < len(kept) else 0.0,
            best_above,
            best_below[n],
        ])
        above_w += weight[n]
        above_m += mass[n]
        above_prose += prose[n]
        best_above = max(best_above, z[n])
    return kept[1:], rows


def is_prose(text: str, words: int) -> bool:
    """Whether a line of `words` words is running text."""
    return words >= PROSE_WORDS and ends_sentence(sample_of(text))


def _mean(mass: Sequence[float], weight: Sequence[int]) -> float:
    return sum(mass) / sum(weight)


def _suffix_max(z: Sequence[float]) -> list[float]:
    out = list(z)
    for n in range(len(out) - 2, -1, -1):
        out[n] = max(out[n], out[n + 1])
    return out


@dataclass(slots=True)
class PageCut:
    """One page's kept lines, candidate rows and what a cut at each candidate does to its score."""

    page: ScoredPage
    keep: list[bool]
    candidates: list[int]  # line indices of the candidate cuts
    rows: np.ndarray
    ends: np.ndarray  # 1 when the story has ended before the candidate (WCXB only)
    line_tokens: list[Counter[str]]


def prepare(pages: Sequence[ScoredPage]) -> list[PageCut]:
    """Every page the rules split into lines, with its keep flags under the rules now and its candidate cuts."""
    out = []
    for page in pages:
        if page.fixed is not None:
            continue
        keep = current_rules(page)
        words = [count_words(line.text) for line in page.lines]
        candidates, rows = cut_rows(page.lines, keep, page.logits, words)
        ends = np.zeros(len(candidates))
        if page.dataset == "wcxb" and candidates:
            labels = label_lines(page.lines, page.reference or "")
            story = [w if (k and lab) else 0 for w, k, lab in zip(words, keep, labels)]
            total = sum(story) or 1
            after = np.cumsum(story[::-1])[::-1]
            ends = np.array([after[c] <= END_SLACK * total for c in candidates], dtype=float)
        tokens = [Counter(WORD.findall(line.text.lower())) for line in page.lines]
        table = np.asarray(rows, dtype=float).reshape(len(candidates), len(CUT_NAMES))
        out.append(PageCut(page, keep, candidates, table, ends, tokens))
    return out


def train(cuts: Sequence[PageCut], seed: int = SEED):
    """The end model on the WCXB pages of `cuts`, each page weighing the same."""
    rows = [c for c in cuts if c.page.dataset == "wcxb" and c.candidates]
    x = np.vstack([c.rows for c in rows])
    y = np.concatenate([c.ends for c in rows])
    w = np.concatenate([np.full(len(c.candidates), 1.0 / len(c.candidates)) for c in rows])
    return fit(x, y, w, seed=seed, hidden=HIDDEN)


def cut_keep(cut: PageCut, probs: np.ndarray, threshold: float, sure: float) -> list[bool]:
    """The keep flags once the first candidate past `threshold` cuts (lines with a logit ≥ `sure` stay)."""
    keep = list(cut.keep)
    past = np.flatnonzero(probs >= threshold)
    if len(past):
        start = cut.candidates[past[0]]
        for i in range(start, len(keep)):
            if keep[i] and cut.page.logits[i] < sure:
                keep[i] = False
    return keep


def page_f1(cut: PageCut, keep: list[bool]) -> float:
    pred: Counter[str] = Counter()
    for t, k in zip(cut.line_tokens, keep):
        if k:
            pred.update(t)
    return multiset_prf(pred, Counter(WORD.findall((cut.page.reference or "").lower()))).f1


def predict(model, cut: PageCut) -> np.ndarray:
    if not cut.candidates:
        return np.zeros(0)
    return 1 / (1 + np.exp(-model(cut.rows)))


def choose_threshold(cuts: list[PageCut], sure: float) -> float:
    """Inner CV over the folds of `cuts`: the threshold with the best mean WCXB word-F1 (all types)."""
    folds = sorted({fold_of(c.page.site) for c in cuts})
    probs: dict[int, np.ndarray] = {}
    for k in folds:
        model = train([c for c in cuts if fold_of(c.page.site) != k])
        for n, c in enumerate(cuts):
            if fold_of(c.page.site) == k:
                probs[n] = predict(model, c)
    wcxb = [n for n, c in enumerate(cuts) if c.page.dataset == "wcxb"]
    best = max(THRESHOLDS, key=lambda t: statistics.fmean(page_f1(cuts[n], cut_keep(cuts[n], probs[n], t, sure))
                                                          for n in wcxb))
    return best


def cv(name: str, sure: float) -> None:
    pages = load(name)
    cuts = prepare(pages)
    by_page: dict[int, list[bool]] = {}
    for k in range(CV_FOLDS):
        inner = [c for c in cuts if fold_of(c.page.site) != k]
        threshold = choose_threshold(inner, sure)
        model = train(inner)
        print(f"fold {k}: threshold {threshold}", flush=True)
        for c in cuts:
            if fold_of(c.page.site) == k:
                by_page[id(c.page)] = cut_keep(c, predict(model, c), threshold, sure)
    for rules in (current_rules, lambda page: by_page.get(id(page)) or current_rules(page)):
        for converter, m in score(pages, rules).items():
            print(converter, " ".join(f"{key} {value:.4f}" for key, value in m.items()))


def measure(name: str) -> None:
    """Per converter, on WCXB articles: where the kept text ends against the labelled end (the first candidate
    cut past which at most `END_SLACK` of the kept story lies), in lines and words, how the line model scores
    the lines on each side of it, and the score of a cut exactly there."""
    pages = [p for p in load(name) if p.dataset == "wcxb" and p.page_type == "article"]
    cuts = prepare(pages)
    for converter in dict.fromkeys(p.converter for p in pages):
        mine = [c for c in cuts if c.page.converter == converter]
        f1_now, f1_oracle, lines_after, words_after, prose_words = [], [], [], [], 0
        last_story, first_after, higher = [], [], 0
        for c in mine:
            f1_now.append(page_f1(c, c.keep))
            oracle = cut_keep(c, c.ends, 0.5, float("inf"))
            f1_oracle.append(page_f1(c, oracle))
            gone = [i for i, (a, b) in enumerate(zip(c.keep, oracle)) if a != b]
            lines_after.append(len(gone))
            words_after.append(sum(sum(c.line_tokens[i].values()) for i in gone))
            prose_words += sum(sum(c.line_tokens[i].values()) for i in gone
                               if is_prose(c.page.lines[i].text, count_words(c.page.lines[i].text)))
            if gone:
                before = [i for i in range(gone[0]) if oracle[i]][-3:]
                if before:
                    last_story.append(statistics.fmean(_clip(c.page.logits[i]) for i in before))
                    first_after.append(statistics.fmean(_clip(c.page.logits[i]) for i in gone[:3]))
                    higher += first_after[-1] >= last_story[-1]
        cut = [n for n in lines_after if n]
        print(f"{converter}: {len(mine)} articles, word-F1 {statistics.fmean(f1_now):.4f}, cut at the labelled end "
              f"{statistics.fmean(f1_oracle):.4f}. Kept past the labelled end on {len(cut)} pages: "
              f"{sum(lines_after)} lines, {sum(words_after)} words ({prose_words} in prose lines); per such page "
              f"median {statistics.median(cut):.0f} lines / {statistics.median(w for w in words_after if w):.0f} "
              f"words, 90th percentile {np.percentile(cut, 90):.0f} lines / "
              f"{np.percentile([w for w in words_after if w], 90):.0f} words. Mean clipped logit of the last 3 kept "
              f"lines before the end {statistics.fmean(last_story):.2f}, of the first 3 kept after it "
              f"{statistics.fmean(first_after):.2f}; after >= before on {higher} of {len(last_story)} pages")


def _clip(logit: float) -> float:
    return max(-CLIP, min(CLIP, logit))


KEEP_THRESHOLDS = (-0.3, -0.5, -0.7, -0.9, -1.1)  # the keep thresholds `threshold` chooses from


def page_scores(pages: Sequence[ScoredPage], threshold: float) -> list[tuple[float, float, float, tuple[int, ...]]]:
    """Each page's word P / R / F1 (WCXB) or snippet counts (trafilatura-eval) under the rules at `threshold`."""
    saved = decide.THRESHOLD
    decide.THRESHOLD = threshold
    try:
        out = []
        for page in pages:
            text, _ = output_of(page, current_rules)
            if page.dataset == "wcxb":
                s = word_prf(text, page.reference)
                out.append((s.precision, s.recall, s.f1, ()))
            else:
                out.append((0.0, 0.0, 0.0, snippet_counts(text, page.with_, page.without)))
        return out
    finally:
        decide.THRESHOLD = saved


def pooled(pages: Sequence[ScoredPage], rows: Sequence[tuple[float, float, float, tuple[int, ...]]],
           chosen: Sequence[int]) -> dict[str, dict[str, float]]:
    """`clean_replay.score`'s numbers from per-page rows (`chosen`: the pages counted)."""
    result = {}
    for converter in dict.fromkeys(p.converter for p in pages):
        mine = [n for n in chosen if pages[n].converter == converter]
        art = [rows[n] for n in mine if pages[n].dataset == "wcxb" and pages[n].page_type == "article"]
        every = [rows[n][2] for n in mine if pages[n].dataset == "wcxb"]
        snip = [sum(rows[n][3][i] for n in mine if pages[n].dataset != "wcxb") for i in range(4)]
        sp = snippet_prf(snip[0], snip[1], snip[2])
        result[converter] = {"art_p": statistics.fmean(a[0] for a in art), "art_r": statistics.fmean(a[1] for a in art),
                             "art_f1": statistics.fmean(a[2] for a in art), "all_f1": statistics.fmean(every),
                             "snip_p": sp.precision, "snip_r": sp.recall, "snip_f1": sp.f1}
    return result


def choose_keep_threshold(name: str) -> None:
    pages = load(name)
    rows = {t: page_scores(pages, t) for t in KEEP_THRESHOLDS}
    everything = range(len(pages))
    for t in KEEP_THRESHOLDS:
        for converter, m in pooled(pages, rows[t], everything).items():
            print(f"threshold {t}", converter, " ".join(f"{key} {value:.4f}" for key, value in m.items()), flush=True)
    merged: list[tuple[float, float, float, tuple[int, ...]]] = [(0.0, 0.0, 0.0, ())] * len(pages)
    for k in range(CV_FOLDS):
        inner = [n for n in everything if fold_of(pages[n].site) != k]
        best = max(KEEP_THRESHOLDS, key=lambda t: statistics.fmean(
            m["all_f1"] for m in pooled(pages, rows[t], inner).values()))
        print(f"fold {k}: threshold {best}")
        for n in everything:
            if fold_of(pages[n].site) == k:
                merged[n] = rows[best][n]
    for converter, m in pooled(pages, merged, everything).items():
        print("chosen per fold", converter, " ".join(f"{key} {value:.4f}" for key, value in m.items()))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clean_end", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("measure", "cv", "threshold"))
    parser.add_argument("name")
    parser.add_argument("--sure", type=float, default=SURE_LOGIT)
    args = parser.parse_args()
    if args.command == "measure":
        measure(args.name)
    elif args.command == "threshold":
        choose_keep_threshold(args.name)
    else:
        cv(args.name, args.sure)


if __name__ == "__main__":
    main()
