"""Where the cleaner's wrong words sit: kept words that are not story, dropped words that are.

    python -m benchmarks.clean_words articles NAME   # WCXB articles: the words by where they sit against the
                                                     # story span and by the shape of their lines, with pages,
                                                     # sites and what fixing each class alone would be worth
    python -m benchmarks.clean_words types NAME      # every WCXB type: the same words by position, and each
                                                     # type's share of the loss against the all-types goal

Both read the out-of-fold logits of `clean_replay dump NAME` and replay the rules the code has now (site-grouped
CV, as `clean_replay score NAME`). A line is story when `train_clean.label_lines` matches it to the reference; the
story span runs from the first story line to the last. Each wrong line gets one shape class, the first that fits
(`shape_class`): measured from the text's shape and the shared widget vocabulary, a description, not a rule.
"""

from __future__ import annotations

import argparse
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.clean_replay import ScoredPage, current_rules, load
from benchmarks.scores import multiset_prf, tokens
from benchmarks.train_clean import label_lines
from copydesk.clean import decide
from copydesk.clean.lines import ENDS_CLAUSE, count_words, sample_of

ALL_TYPES_GOAL = 0.86
ARTICLES_GOAL = 0.945
SPAN_SLACK = 0.02  # story lines at either end holding this share of the story's words are strays, not its span
SHORT_WORDS = 10  # a line under this many words is short (a label, a subheading, a caption)
TITLE_MAX_WORDS = 20  # a headline in a list of headlines
MIN_RUN = 3  # lines in a row that make a list of headlines or a teaser run
TEASER_MAX_WORDS = 45  # a teaser's blurb is a sentence or two
WIDGET = frozenset({"share", "newsletter", "appeal", "button", "cookie", "ads"})
BIO = frozenset({"author_bio", "byline"})
CAPTION = frozenset({"caption", "credit"})
LINKS = frozenset({"related", "read_more", "navigation"})
POSITIONS = ("before", "inside", "after", "no story")
_ENDS = re.compile(r"[.!?。！？…]\W*$")


@dataclass(slots=True)
class Labelled:
    """One page with its lines' story labels, its keep flags and each line's tokens."""

    page: ScoredPage
    story: list[bool]
    keep: list[bool]
    line_tokens: list[Counter[str]]
    ref: Counter[str]


def labelled(pages: Sequence[ScoredPage]) -> list[Labelled]:
    out = []
    for page in pages:
        if page.dataset != "wcxb" or page.fixed is not None or not page.lines:
            continue
        out.append(Labelled(page, label_lines(page.lines, page.reference or ""), current_rules(page),
                            [tokens(line.text) for line in page.lines], tokens(page.reference)))
    return out


def rhythm_spans(page: ScoredPage) -> list[range]:
    """The header rhythms of the page as `decide.thread_lines` finds them, whether or not the model drops
    their headers."""
    shapes = decide.header_shapes(page.lines, [count_words(line.text) for line in page.lines])
    headers = sorted(i for found in shapes.values() if len(found) >= decide.THREAD_MIN_HEADERS for i in found)
    return decide.rhythm_spans(headers, len(page.lines))


def _titles(page: ScoredPage) -> list[bool]:
    return [0 < count_words(line.text) <= TITLE_MAX_WORDS and not _ENDS.search(line.text) for line in page.lines]


def _in_runs(flags: Sequence[bool], size: int) -> list[bool]:
    """Whether each position lies in a run of at least `size` true flags."""
    out = [False] * len(flags)
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if i - start >= size:
                out[start:i] = [True] * (i - start)
            start = None
    return out


def shape_classes(item: Labelled) -> list[str]:
    """Each line's shape class, the first that fits in this order: comment thread or header rhythm, share / follow /
    appeal, author bio / byline, captions, related / navigation words, list of headlines, teaser run, short line,
    prose, other."""
    page = item.page
    span = story_span(item)
    last = span.stop - 1 if span else -1
    thread: dict[int, str] = {}
    for rhythm in rhythm_spans(page):  # a rhythm starting at the story's last lines or past them is its thread
        kind = "comment thread" if last >= 0 and rhythm.start > last - 2 else "header rhythm"
        for i in rhythm:
            thread[i] = kind
    titles = _titles(page)
    headlines = _in_runs(titles, MIN_RUN)
    short = [0 < count_words(line.text) <= TEASER_MAX_WORDS for line in page.lines]
    teaser = _in_runs(short, MIN_RUN + 1)
    out = []
    for i, line in enumerate(page.lines):
        category = page.categories[i]
        words = count_words(line.text)
        if i in thread:
            out.append(thread[i])
        elif category in WIDGET:
            out.append("share / follow / appeal")
        elif category in BIO:
            out.append("author bio / byline")
        elif category in CAPTION:
            out.append("captions")
        elif category in LINKS:
            out.append("related / navigation words")
        elif headlines[i]:
            out.append("list of headlines")
        elif teaser[i] and _teaser_run(titles, short, i):
            out.append("teaser run")
        elif words < SHORT_WORDS:
            out.append("short line")
        elif ENDS_CLAUSE.search(sample_of(line.text)):
            out.append("prose")
        else:
            out.append("other")
    return out


def _teaser_run(titles: Sequence[bool], short: Sequence[bool], i: int) -> bool:
    """Whether the run of short lines around line `i` mixes headlines and blurbs (at least two of each)."""
    lo = i
    while lo > 0 and short[lo - 1]:
        lo -= 1
    hi = i
    while hi + 1 < len(short) and short[hi + 1]:
        hi += 1
    run = range(lo, hi + 1)
    heads = sum(titles[j] for j in run)
    return heads >= 2 and len(run) - heads >= 2


def story_span(item: Labelled) -> range | None:
    """The story's lines: from the first story line to the last, leaving out at each end story lines that hold
    at most `SPAN_SLACK` of the story's words (a stray match far from the story does not stretch it)."""
    sizes = [sum(t.values()) if s else 0 for s, t in zip(item.story, item.line_tokens, strict=True)]
    total = sum(sizes)
    if not total:
        return None
    start, seen = 0, 0
    while seen + sizes[start] <= SPAN_SLACK * total:
        seen += sizes[start]
        start += 1
    end, seen = len(sizes) - 1, 0
    while seen + sizes[end] <= SPAN_SLACK * total:
        seen += sizes[end]
        end -= 1
    return range(start, end + 1)


def position(span: range | None, i: int) -> str:
    if span is None:
        return "no story"
    return "before" if i < span.start else "after" if i >= span.stop else "inside"


def page_f1(item: Labelled, keep: Sequence[bool]) -> float:
    pred: Counter[str] = Counter()
    for k, t in zip(keep, item.line_tokens, strict=True):
        if k:
            pred.update(t)
    return multiset_prf(pred, item.ref).f1


def breakdown(items: Sequence[Labelled]) -> dict[tuple[str, str, str], tuple[int, set[str], set[str], float]]:
    """(error, position, class) → words, pages, sites, and the mean F1 gained if those lines alone were right."""
    cells: dict[tuple[str, str, str], list] = defaultdict(lambda: [0, set(), set(), 0.0])
    for item in items:
        classes = shape_classes(item)
        span = story_span(item)
        base = page_f1(item, item.keep)
        touched: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for i, (keep, story) in enumerate(zip(item.keep, item.story, strict=True)):
            if keep == story:
                continue
            key = ("kept, not story" if keep else "dropped story", position(span, i), classes[i])
            touched[key].append(i)
            cell = cells[key]
            cell[0] += sum(item.line_tokens[i].values())
            cell[1].add(item.page.key)
            cell[2].add(item.page.site)
        for key, lines in touched.items():
            fixed = list(item.keep)
            for i in lines:
                fixed[i] = item.story[i]
            cells[key][3] += page_f1(item, fixed) - base
    return {key: (c[0], c[1], c[2], c[3] / len(items)) for key, c in cells.items()}


def articles(pages: Sequence[ScoredPage]) -> None:
    for converter in dict.fromkeys(p.converter for p in pages):
        items = labelled([p for p in pages if p.converter == converter and p.page_type == "article"])
        now = statistics.fmean(page_f1(item, item.keep) for item in items)
        ceiling = statistics.fmean(page_f1(item, item.story) for item in items)
        cells = breakdown(items)
        print(f"\n### {converter}: {len(items)} articles, F1 {now:.4f} (rules replayed; lines exactly as labelled "
              f"{ceiling:.4f}; goal {ARTICLES_GOAL})\n")
        for error in ("kept, not story", "dropped story"):
            total = sum(v[0] for k, v in cells.items() if k[0] == error)
            print(f"{error}: {total:,} words\n")
            print("| position | class | words | pages | sites | F1 if right |")
            print("|---|---|---:|---:|---:|---:|")
            for pos in POSITIONS:
                rows = sorted(((k[2], v) for k, v in cells.items() if k[0] == error and k[1] == pos),
                              key=lambda kv: -kv[1][0])
                for cls, (words, pages_, sites, gain) in rows:
                    print(f"| {pos} | {cls} | {words:,} | {len(pages_)} | {len(sites)} | {gain:+.4f} |")
            print()


def types(pages: Sequence[ScoredPage]) -> None:
    for converter in dict.fromkeys(p.converter for p in pages):
        wcxb = [p for p in pages if p.converter == converter and p.dataset == "wcxb"]
        items = labelled(wcxb)
        by_type: dict[str, list[Labelled]] = defaultdict(list)
        for item in items:
            by_type[item.page.page_type or "?"].append(item)
        total = len(wcxb)  # refused texts score as bench_clean does; they count in the mean, not in the words
        print(f"\n### {converter}: {total} WCXB pages ({len(items)} split into lines); goal {ALL_TYPES_GOAL}\n")
        print("| type | pages | F1 | loss share | if at the lines as labelled | kept not-story words: before / "
              "inside / after / no story | dropped story words: before / inside / after |")
        print("|---|---:|---:|---:|---:|---|---|")
        for kind, group in sorted(by_type.items(), key=lambda kv: -sum(1 - page_f1(i, i.keep) for i in kv[1])):
            f1 = [page_f1(i, i.keep) for i in group]
            ideal = [page_f1(i, i.story) for i in group]
            kept: Counter[str] = Counter()
            dropped: Counter[str] = Counter()
            for item in group:
                span = story_span(item)
                for j, (keep, story) in enumerate(zip(item.keep, item.story, strict=True)):
                    if keep != story:
                        (kept if keep else dropped)[position(span, j)] += sum(item.line_tokens[j].values())
            print(f"| {kind} | {len(group)} | {statistics.fmean(f1):.3f} | {sum(1 - f for f in f1) / total:.4f} | "
                  f"{statistics.fmean(ideal):.3f} | " + " / ".join(f"{kept[p]:,}" for p in POSITIONS) + " | "
                  + " / ".join(f"{dropped[p]:,}" for p in POSITIONS[:3]) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clean_words", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("articles", "types"))
    parser.add_argument("name", help="a dump of `clean_replay dump NAME`")
    parser.add_argument("--converter", help="only this rendering")
    args = parser.parse_args()
    pages = [p for p in load(args.name) if args.converter is None or p.converter == args.converter]
    articles(pages) if args.command == "articles" else types(pages)


if __name__ == "__main__":
    main()
