"""Story / boilerplate labels for every candidate block of every page in ../shared/data.

    python -m benchmarks.label_blocks [--limit N]      # prints label counts per set and split

Each page goes through copydesk's own steps up to the story choice (`analyse`), so a
label belongs to exactly the blocks the story model will see. Alignment:

- WCXB-dev: a block is story when its words are a run of the reference body (`main_content`),
  or when most of its word trigrams are (`STORY_TRIGRAMS`) — word order matters, so a widget
  made of common words is not story; a block of one or two words is story only when the
  reference holds it as a line of its own.
- trafilatura-eval: a block holding a `with` snippet is story, one holding a `without` snippet
  is boilerplate; the others carry no label (weight 0).
- newspaper4k: as WCXB, on character trigrams (its scripts may have no spaces).

Five labellings (`LABELLINGS`, `train_story --labels`): *overlap* (the above, per block); *subset* (WCXB and
newspaper4k: the blocks of the greedy best subset for the page's score, `best_blocks`: word-F1 on WCXB,
character-trigram F1 on newspaper4k, as their benchmarks score them); *union* (overlap's story blocks plus the
subset's: only blocks the score wants that overlap calls boilerplate are added); *union_long* (the union, but
only the subset's blocks of `SHORT_WORDS` units or more added: a 1-2-word block the reference holds is as often
a chance match as an item's name or price); *union_article* (the union on WCXB pages of type article, overlap
elsewhere). trafilatura-eval's snippet labels are the same in all five.

A boilerplate block's category is the one the rules gave it when they dropped it
(`Selection.dropped`, its container's class / id hint, or `boilerplate`). Deterministic:
no randomness, pages in file order.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from benchmarks.datasets import REFERENCE_DAY, Page, newspaper4k_pages, trafilatura_pages, wcxb_pages
from benchmarks.scores import char_trigrams, tokens
from copydesk.extract.blocks import Page as Blocks
from copydesk.extract.blocks import collect_blocks
from copydesk.extract.engine import _story, latest_day
from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.extract.pagetype import load_model as load_type_model
from copydesk.extract.pagetype import page_features
from copydesk.extract.scoring import Selection
from copydesk.extract.status import replies_are_content
from copydesk.extract.storyself import page_site_keys
from copydesk.html import Clock, PageRejected, check_input, decode_html, parse_html
from copydesk.options import ExtractOptions

_WORD = re.compile(r"\w+")
STORY_TRIGRAMS = 0.5  # share of a block's word (or char) trigrams found in the reference to call it story
SHORT_WORDS = 3  # a block with fewer words is story only as a whole line of the reference
# overlap first: every model so far was trained on it
LABELLINGS = ("overlap", "subset", "union", "union_long", "union_article")


@dataclass(frozen=True, slots=True)
class Analysed:
    """A page as the story model sees it, with its labels."""

    page: Page
    blocks: Blocks
    selection: Selection
    title: str | None
    article_body: str | None
    labels: tuple[bool, ...]
    weights: tuple[float, ...]  # 0 for an unlabelled block
    categories: tuple[str, ...]  # "story" or the boilerplate category
    type_features: tuple[float, ...]  # the page-type classifier's row (`pagetype.page_features`)
    site_keys: frozenset[str] = frozenset()  # the site's names (`storyself.page_site_keys`)


def analyse(page: Page) -> tuple[Blocks, Selection, Metadata, tuple[float, ...]] | None:
    """copydesk's steps up to the story choice, as `engine.story_of` takes them, with the metadata and the
    page-type row kept (the training scripts classify it by out-of-fold models); None when the page is
    refused before."""
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    try:
        check_input(page.html, opts)
        text, encoding = decode_html(page.html, opts.http_charset)
        tree = parse_html(text, opts, clock)
        meta = read_metadata(tree, page.url, now=latest_day(REFERENCE_DAY))
        first = collect_blocks(tree, opts, clock)
        features = page_features(first, meta, page.url, text)
        discussion = replies_are_content(load_type_model().classify(features), page.url)
        blocks, selection = _story(tree, first, opts, clock, discussion)
    except PageRejected:
        return None
    return blocks, selection, meta, tuple(features)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_labels(texts: Sequence[str], reference: str) -> list[bool]:
    ref = _words(reference)
    joined = " " + " ".join(ref) + " "
    lines = {" ".join(_words(line)) for line in reference.splitlines()}
    trigrams = set(zip(ref, ref[1:], ref[2:]))
    out = []
    for text in texts:
        words = _words(text)
        key = " ".join(words)
        if not words:
            out.append(False)
        elif len(words) < SHORT_WORDS:
            out.append(key in lines)
        elif f" {key} " in joined:
            out.append(True)
        else:
            grams = list(zip(words, words[1:], words[2:]))
            out.append(sum(g in trigrams for g in grams) >= STORY_TRIGRAMS * len(grams))
    return out


def char_labels(texts: Sequence[str], reference: str) -> list[bool]:
    ref = "".join(reference.lower().split())
    trigrams = {ref[i:i + 3] for i in range(len(ref) - 2)}
    out = []
    for text in texts:
        joined = "".join(text.lower().split())
        grams = [joined[i:i + 3] for i in range(len(joined) - 2)]
        out.append(bool(grams) and sum(g in trigrams for g in grams) >= STORY_TRIGRAMS * len(grams))
    return out


def best_blocks(blocks: Sequence[Counter[str]], reference: Counter[str]) -> tuple[float, list[int]]:
    """Greedy best F1 of a block subset, and its blocks: blocks by their share of reference units, each kept
    when it raises the F1 (a copy adds nothing the first did not, so it stays out)."""
    total_ref = sum(reference.values())
    if not total_ref:
        return 1.0, []
    shares = [sum((c & reference).values()) / max(1, sum(c.values())) for c in blocks]
    order = sorted((i for i in range(len(blocks)) if shares[i] > 0), key=lambda i: -shares[i])
    left = Counter(reference)
    overlap = size = 0
    best = 0.0
    chosen = []
    for i in order:
        gain = sum((blocks[i] & left).values())
        n = sum(blocks[i].values())
        f1 = 2 * (overlap + gain) / (size + n + total_ref)
        if f1 > best:
            best, overlap, size = f1, overlap + gain, size + n
            left -= blocks[i]
            chosen.append(i)
    return best, sorted(chosen)


def subset_labels(texts: Sequence[str], reference: str, units: Callable[[str], Counter[str]]) -> list[bool]:
    """The blocks of the best subset for the page's score on `units` (words, or character trigrams)."""
    chosen = set(best_blocks([units(t) for t in texts], units(reference))[1])
    return [i in chosen for i in range(len(texts))]


def block_labels(page: Page, texts: Sequence[str], labelling: str = "overlap") -> tuple[list[bool], list[float]]:
    """Each block's label (story or not) and weight (0: unlabelled) on its set's reference, by `labelling`
    (one of `LABELLINGS`)."""
    if page.dataset == "trafilatura":
        labels = [any(s in t for s in page.with_) for t in texts]
        return labels, [1.0 if story or any(s in t for s in page.without) else 0.0 for t, story in zip(texts, labels)]
    if page.dataset == "wcxb":
        reference, overlap, units = page.main_content or "", word_labels, tokens
    else:
        reference, overlap, units = page.reference_text or "", char_labels, char_trigrams
    if labelling == "overlap" or (labelling == "union_article" and page.page_type != "article"):
        return overlap(texts, reference), [1.0] * len(texts)
    subset = subset_labels(texts, reference, units)
    if labelling == "union_long":
        subset = [story and sum(units(t).values()) >= SHORT_WORDS for t, story in zip(texts, subset)]
    if labelling != "subset":
        subset = [a or b for a, b in zip(overlap(texts, reference), subset)]
    return subset, [1.0] * len(texts)


def label_page(page: Page, labelling: str = "overlap") -> Analysed | None:
    found = analyse(page)
    if found is None:
        return None
    blocks, selection, meta, type_features = found
    labels, weights = block_labels(page, [b.text for b in blocks.blocks], labelling)
    categories = tuple("story" if story else selection.dropped.get(b.index) or b.hint or "boilerplate"
                       for b, story in zip(blocks.blocks, labels))
    return Analysed(page, blocks, selection, meta.title, meta.article_body, tuple(labels), tuple(weights), categories,
                    type_features, page_site_keys(meta.site_name, page.url))


def labelled_pages(limit: int | None = None, split: str | None = None,
                   labelling: str = "overlap") -> Iterator[Analysed]:
    """Every page of the three sets (or one split), labelled by `labelling`, in file order."""
    for source in (wcxb_pages, trafilatura_pages, newspaper4k_pages):
        for n, page in enumerate(source(split=split)):
            if limit is not None and n >= limit:
                break
            analysed = label_page(page, labelling)
            if analysed is not None:
                yield analysed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.label_blocks", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--labels", choices=LABELLINGS, default=LABELLINGS[0])
    args = parser.parse_args(argv)
    counts: Counter[tuple[str, str, str]] = Counter()
    for item in labelled_pages(args.limit, labelling=args.labels):
        for category, weight in zip(item.categories, item.weights):
            if weight:
                counts[item.page.dataset, item.page.split, category] += 1
    for (dataset, split, category), n in sorted(counts.items()):
        print(f"{dataset:<12} {split:<8} {category:<12} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
