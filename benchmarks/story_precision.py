"""Where articles' extra words sit, and what the articles' drop margin does: `train_story`'s CV, read by block.

    python -m benchmarks.story_precision                         # shipped inputs and margins, seeds 14-16 (~5 min)
    python -m benchmarks.story_precision --seeds 16,17,18 --margins -1.5,-1,-0.5,0
    python -m benchmarks.story_precision --seeds 16,17,18 --margins -1.5 --inset all   # the inset inputs' CV
    python -m benchmarks.story_precision --lost 0 --margins -1.5,0 --trim-shares 0.3,0.4,0.5,0.6,0.7

The same CV as `train_story` (out-of-fold page types, each fold's networks trained on the other folds' tune
pages, kept blocks joined). For every WCXB article, the words of its kept blocks that the reference lacks
(matched as multisets, in page order) are counted by where the block sits against the labelled story (before its
first story block, inside its span, after its last) and by what the block is. Then the CV scores with the drop
margin on pages most likely articles set to each of `--margins` (other pages keep `DROP_LOGIT`), and with
`--trim-shares` as `storymodel.trim_article` does it (no trim past that share of the page's kept text);
`--lost M` lists the pages whose labelled story margin M cuts most instead of the breakdowns.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks.datasets import CV_FOLDS
from benchmarks.label_blocks import Analysed, labelled_pages
from benchmarks.scores import word_prf
from benchmarks.train_story import (
    ADD_LOGIT,
    DROP_LOGIT,
    out_of_fold_types,
    page_score,
    rows_of,
    snippet_f1,
    train,
)
from copydesk.extract.blocks import Page
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.storymodel import PROSE_CHARS, _prose, feature_names, trim_article

_WORD = re.compile(r"\w+")
SHORT, LONG = 100, 300  # block sizes (characters) read as short, mid, long
DEPTH_SCALE = 3.0  # `--inset`: element levels / this, clipped to ±2 (an inset sits a wrapper or two deeper)


def cv_logits(items: Sequence[Analysed], rows: Sequence[np.ndarray], seeds: Sequence[int]) -> list[np.ndarray]:
    logits: list[np.ndarray] = [np.zeros(0)] * len(items)
    for k in range(CV_FOLDS):
        at = [i for i, a in enumerate(items) if a.page.fold != k and a.page.split == "tune"]
        network = train([items[i] for i in at], [rows[i] for i in at], seeds)
        for i, a in enumerate(items):
            if a.page.fold == k and len(rows[i]):
                logits[i] = network(rows[i])
    return logits


def kept_blocks(items: Sequence[Analysed], logits: Sequence[np.ndarray], types: np.ndarray,
                article_drop: float | None, trim_share: float | None = None) -> list[list[int]]:
    """The blocks kept: `DROP_LOGIT` / `ADD_LOGIT`, then on pages most likely articles the `article_drop`
    margin; with a `trim_share`, as `storymodel.trim_article` (no trim past that share of the kept text)."""
    out = []
    for a, lg, p in zip(items, logits, types):
        kept = np.zeros(len(lg), bool)
        kept[list(a.selection.kept)] = True
        likeliest = TRAINED_TYPES[int(np.argmax(p))]
        if trim_share is not None and article_drop is not None:
            keep = np.where(kept, lg > DROP_LOGIT, lg > ADD_LOGIT)
            if likeliest == "article" and len(lg):
                sizes = np.array([b.size for b in a.blocks.blocks], np.float64)
                keep = trim_article(lg, keep, sizes, article_drop, trim_share)
            out.append([int(i) for i in np.flatnonzero(keep)])
            continue
        drop = article_drop if article_drop is not None and likeliest == "article" else DROP_LOGIT
        out.append([int(i) for i in np.flatnonzero(np.where(kept, lg > drop, lg > ADD_LOGIT))])
    return out


def lost_stories(items: Sequence[Analysed], rows: Sequence[np.ndarray], logits: Sequence[np.ndarray],
                 types: np.ndarray, margin: float) -> None:
    """`--lost`: the pages most likely articles whose labelled story the articles' `margin` (no share) cuts
    most, against the shipped margins: what share of the kept text and of the story's text goes, the kept
    blocks' median logit, their share in the main prose frame and of prose, the page's article probability."""
    names = {name: i for i, name in enumerate(feature_names())}
    base, cut = kept_blocks(items, logits, types, None), kept_blocks(items, logits, types, margin)
    found = []
    for n, a in enumerate(items):
        if TRAINED_TYPES[int(np.argmax(types[n]))] != "article" or not base[n]:
            continue
        sizes = np.array([b.size for b in a.blocks.blocks], np.float64)
        before, after = set(base[n]), set(cut[n])
        story = [i for i, c in enumerate(a.categories) if c == "story" and i in before]
        kept_lost = sizes[sorted(before - after)].sum() / max(sizes[base[n]].sum(), 1.0)
        story_size = sizes[story].sum()
        story_lost = sizes[[i for i in story if i not in after]].sum() / story_size if story_size else 0.0
        found.append((story_lost, kept_lost, n))
    print(f"articles' margin {margin:+.1f} on {len(found)} pages most likely articles: over half the story "
          f"cut on {sum(s > 0.5 for s, _, _ in found)}, over a quarter on {sum(s > 0.25 for s, _, _ in found)}; "
          f"over half the kept text cut on {sum(k > 0.5 for _, k, _ in found)}")
    for story_lost, kept_lost, n in sorted(found, reverse=True)[:20]:
        a, r, k = items[n], rows[n], np.array(base[n])
        prose = (r[k, names["sentence_end"]] > 0) & (np.array([a.blocks.blocks[i].size for i in k]) >= PROSE_CHARS)
        score = (f"F1 {page_score(a, base[n]):.3f} -> {page_score(a, cut[n]):.3f}" if a.page.dataset != "trafilatura"
                 else "")
        print(f"  {a.page.dataset:<11} {a.page.page_type or '-':<13} {a.page.site[:26]:<26} kept {len(k):4} "
              f"story cut {story_lost:.2f} kept cut {kept_lost:.2f} median logit {np.median(logits[n][k]):+.2f} "
              f"in main {r[k, names['ends:in_main']].mean():.2f} prose {prose.mean():.2f} "
              f"p(article) {types[n][TRAINED_TYPES.index('article')]:.2f} {score}")


def scores(items: Sequence[Analysed], kept: Sequence[Sequence[int]]) -> str:
    groups: dict[str, list[float]] = {}
    precision, recall = [], []
    for a, k in zip(items, kept):
        page = a.page
        if page.dataset == "wcxb":
            score = page_score(a, k)
            groups.setdefault("wcxb all", []).append(score)
            groups.setdefault(page.page_type, []).append(score)
            if page.page_type == "article":
                prf = word_prf("\n\n".join(a.blocks.blocks[i].text for i in k), page.main_content)
                precision.append(prf.precision)
                recall.append(prf.recall)
        elif page.dataset == "newspaper4k":
            groups.setdefault("newspaper4k", []).append(page_score(a, k))
    parts = [f"{name} {statistics.fmean(values):.4f}" for name, values in groups.items()]
    parts.insert(2, f"articles P {statistics.fmean(precision):.4f} R {statistics.fmean(recall):.4f}")
    return "; ".join([*parts, f"snippets {snippet_f1(items, kept):.4f}"])


def breakdown(items: Sequence[Analysed], rows: Sequence[np.ndarray], kept: Sequence[Sequence[int]]) -> None:
    """The extra words of WCXB articles by class, the classes of at least 1% of them."""
    names = {name: i for i, name in enumerate(feature_names())}
    words: Counter[tuple[str, ...]] = Counter()
    pages: dict[tuple[str, ...], set[int]] = {}
    for n, (a, k, r) in enumerate(zip(items, kept, rows)):
        if a.page.dataset != "wcxb" or a.page.page_type != "article" or not k:
            continue
        reference = Counter(w.lower() for w in _WORD.findall(a.page.main_content))
        story = [i for i, c in enumerate(a.categories) if c == "story"]
        first, last = (min(story), max(story)) if story else (len(a.categories), -1)
        for i in k:
            extra = 0
            for word in _WORD.findall(a.blocks.blocks[i].text.lower()):
                if reference[word] > 0:
                    reference[word] -= 1
                else:
                    extra += 1
            if not extra:
                continue
            block = a.blocks.blocks[i]
            where = "before" if i < first else "after" if i > last else "inside"
            size = "short" if block.size < SHORT else "mid" if block.size < LONG else "long"
            distance = i - last
            classes = [(where,), (where, a.categories[i]), (where, block.kind, "linked" if block.link_density > 0.3
                                                              else "unlinked"),
                       (where, size), (where, "title's container only the page"
                                       if r[i, names["title:common_share"]] >= 0.9 else "narrower container"),
                       (where, "rules kept" if i in a.selection.kept else "model added")]
            if where == "after":
                classes.append(("after", "1-2 blocks" if distance <= 2 else "3-10 blocks" if distance <= 10
                                else "over 10 blocks"))
            for key in classes:
                words[key] += extra
                pages.setdefault(key, set()).add(n)
    total = sum(v for key, v in words.items() if len(key) == 1)
    print(f"extra words in WCXB articles: {total}")
    for key, value in sorted(words.items(), key=lambda kv: (len(kv[0]), kv[0][0], -kv[1])):
        if value >= 0.01 * total:
            print(f"  {' / '.join(key):<55} {value:7d} words ({value / total:.3f}), {len(pages[key])} pages")


def _depth(parent: Sequence[int], frame: int) -> int:
    depth = 0
    while frame >= 0:
        frame, depth = parent[frame], depth + 1
    return depth


def inside_breakdown(items: Sequence[Analysed], rows: Sequence[np.ndarray], logits: Sequence[np.ndarray],
                     kept: Sequence[Sequence[int]]) -> None:
    """The extra words of WCXB articles' kept blocks labelled boilerplate inside the story's span, by what the
    block is: its label, hint, strongest text category, kind and frame tag, links, size, digits, its run of
    boilerplate between the story's blocks (and, over 10, how the story's words lie around it), its frame
    against the story block before it, and its logit."""
    names = {name: i for i, name in enumerate(feature_names())}
    texts = [name for name in names if name.startswith("text:")]
    words: Counter[tuple[str, str]] = Counter()
    pages: dict[tuple[str, str], set[int]] = {}
    total, total_pages = 0, set()
    for n, (a, k, r, lg) in enumerate(zip(items, kept, rows, logits)):
        if a.page.dataset != "wcxb" or a.page.page_type != "article" or not k:
            continue
        reference = Counter(w.lower() for w in _WORD.findall(a.page.main_content))
        story = [i for i, c in enumerate(a.categories) if c == "story"]
        if not story:
            continue
        tree = a.blocks
        for i in k:
            extra = 0
            for word in _WORD.findall(tree.blocks[i].text.lower()):
                if reference[word] > 0:
                    reference[word] -= 1
                else:
                    extra += 1
            if not extra or not story[0] < i < story[-1] or a.categories[i] == "story":
                continue
            block = tree.blocks[i]
            before = max(s for s in story if s < i)
            after = min(s for s in story if s > i)
            run = after - before - 1
            lexicon = max(texts, key=lambda t: r[i, names[t]])
            frame, prior = block.frame, tree.blocks[before].frame
            if frame == prior or (frame >= 0 and prior >= 0 and tree.parent[frame] == tree.parent[prior]):
                against = "same frame or sibling of the story block before"
            elif frame >= 0 and prior >= 0 and _depth(tree.parent, frame) > _depth(tree.parent, prior):
                against = "deeper than the story block before"
            else:
                against = "shallower / elsewhere"
            size = "short" if block.size < SHORT else "mid" if block.size < LONG else "long"
            if run > 10:  # where the story's words lie against a long run: a span stretched by a late match?
                above = sum(len(_WORD.findall(tree.blocks[s].text)) for s in story if s < i)
                below = sum(len(_WORD.findall(tree.blocks[s].text)) for s in story if s > i)
                side = ("one story block after it" if sum(s > i for s in story) <= 1
                        else "under 15% of the story after it" if below < 0.15 * (above + below)
                        else "under 15% of the story before it" if above < 0.15 * (above + below)
                        else "story on both sides")
            else:
                side = f"run of 1-10, {size}"
            classes = [("label", a.categories[i]), ("hint", block.hint or "none"),
                       ("text category", lexicon if r[i, names[lexicon]] > 0 else "none"),
                       ("kind / tag", f"{block.kind} in <{tree.tag[frame] if frame >= 0 else '-'}>"),
                       ("links", "linked" if block.link_density > 0.3 else "unlinked"),
                       ("size", size), ("caption", str(block.caption)),
                       ("digits", "digits" if r[i, names["digits"]] > 0.1 else "few digits"),
                       ("sentence end", str(bool(r[i, names["sentence_end"]]))),
                       ("run between story blocks", "1" if run == 1 else "2-3" if run <= 3 else "4-10" if run <= 10
                        else "over 10"),
                       ("run's sides", side),
                       ("frame", against), ("in main frame", str(bool(r[i, names["ends:in_main"]]))),
                       ("logit", "-1.5..0" if lg[i] < 0 else "0..2" if lg[i] < 2 else "over 2"),
                       ("kept by", "rules" if i in a.selection.kept else "model")]
            for key in classes:
                words[key] += extra
                pages.setdefault(key, set()).add(n)
            total += extra
            total_pages.add(n)
    print(f"boilerplate inside the story's span: {total} extra words, {len(total_pages)} pages")
    for key, value in sorted(words.items(), key=lambda kv: (kv[0][0], -kv[1])):
        if value >= 0.01 * total:
            print(f"  {' / '.join(key):<70} {value:7d} words ({value / total:.3f}), {len(pages[key])} pages")


def _depths(parent: np.ndarray) -> np.ndarray:
    """Each frame's number of ancestors, by pointer doubling."""
    jump, count = parent.copy(), (parent >= 0).astype(np.int64)
    while (jump >= 0).any():
        up = jump >= 0
        count = count + np.where(up, count[np.maximum(jump, 0)], 0)
        jump = np.where(up, jump[np.maximum(jump, 0)], -1)
    return count


def inset_columns(page: Page, row: np.ndarray) -> np.ndarray:
    """`--inset`, the candidate inputs of this round (not shipped): a block's element depth less the shallower
    of the prose blocks before and after it (/ `DEPTH_SCALE`, clipped to ±2), and whether it shares either's
    parent element: an inset inside the story (a call to action, a box of specs) sits deeper, apart."""
    n = len(page.blocks)
    out = np.zeros((n, 2))
    frames = np.array([b.frame for b in page.blocks], np.int64)
    sizes = np.array([b.size for b in page.blocks], np.float64)
    densities = np.array([b.link_density for b in page.blocks], np.float64)
    prose = _prose(row[:, feature_names().index("sentence_end")] > 0, sizes, densities)
    if not prose.any() or not page.parent:
        return out
    index = np.arange(n)
    before = np.maximum.accumulate(np.where(prose, index, -1))
    after = np.minimum.accumulate(np.where(prose, index, n)[::-1])[::-1]
    has_before, has_after = before >= 0, after < n
    before, after = np.maximum(before, 0), np.minimum(after, n - 1)
    depth = _depths(np.asarray(page.parent, np.int64))
    own = np.where(frames >= 0, depth[np.maximum(frames, 0)], 0)
    parent = np.concatenate([np.asarray(page.parent, np.int64), [-1]])
    up = np.where(frames >= 0, parent[np.maximum(frames, 0)], -2)
    far = np.iinfo(np.int64).max
    near = np.minimum(np.where(has_before, own[before], far), np.where(has_after, own[after], far))
    out[:, 0] = np.clip((own - near) / DEPTH_SCALE, -2.0, 2.0)
    out[:, 1] = (has_before & (up == up[before])) | (has_after & (up == up[after]))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_precision", description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="14,15,16")
    parser.add_argument("--margins", default=f"{DROP_LOGIT},-1,-0.5,0", help="articles' drop margins to score")
    parser.add_argument("--trim-shares", default="", help="also score each margin with `trim_article`'s cap at "
                        "these shares of the kept text (comma-separated)")
    parser.add_argument("--lost", type=float, default=None, help="list the pages whose story this articles' "
                        "margin cuts most, and skip the breakdowns")
    parser.add_argument("--inset", choices=("all", "articles"), default=None,
                        help="add `inset_columns` to the inputs (not shipped); articles: times the page's "
                             "out-of-fold article probability")
    args = parser.parse_args(argv)
    items = list(labelled_pages())
    with tempfile.TemporaryDirectory() as folds_dir:
        types = out_of_fold_types(items, Path(folds_dir))
    rows = rows_of(items, types)
    if args.inset:
        article = feature_names().index("type:article")
        rows = [np.hstack([r, inset_columns(a.blocks, r) * (r[:, [article]] if args.inset == "articles" else 1.0)])
                if len(r) else r for a, r in zip(items, rows)]
    logits = cv_logits(items, rows, [int(s) for s in args.seeds.split(",")])
    if args.lost is not None:
        lost_stories(items, rows, logits, types, args.lost)
    else:
        print(f"shipped margins ({DROP_LOGIT} / +{ADD_LOGIT}):")
        shipped = kept_blocks(items, logits, types, None)
        breakdown(items, rows, shipped)
        inside_breakdown(items, rows, logits, shipped)
    for margin in (float(m) for m in args.margins.split(",")):
        print(f"articles' drop margin {margin:+.1f}: {scores(items, kept_blocks(items, logits, types, margin))}")
        for share in (float(s) for s in args.trim_shares.split(",") if s):
            print(f"  trimmed up to {share:.1f} of the kept text: "
                  f"{scores(items, kept_blocks(items, logits, types, margin, share))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
