"""Where the cleaner loses on pages that are not articles, and on trafilatura-eval's snippets.

    python -m benchmarks.clean_types types NAME      # WCXB all-types F1 by page type: P / R / F1, the share of the
                                                     # all-types loss each type holds, empty outputs, no-story pages
    python -m benchmarks.clean_types snippets NAME   # trafilatura-eval: where the missed and the wrongly kept
                                                     # snippets sit (not in the text, dropped line, across lines…)

Both read the out-of-fold logits of `clean_replay dump NAME` and replay the rules the code has now, so they
measure what `clean_replay score NAME` scores (site-grouped CV).
"""

from __future__ import annotations

import argparse
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence

from benchmarks.clean_replay import ScoredPage, current_rules, load, output_of
from benchmarks.scores import snippet_counts, word_prf
from copydesk.clean import decide


def no_story(page: ScoredPage) -> bool:
    """Whether the rules found no story of running prose on the page (its keep bar came down)."""
    if page.fixed is not None:
        return False
    words = [decide.count_words(line.text) for line in page.lines]
    keep, _ = decide._apply_rules(page.lines, page.categories, page.logits, words, len(page.lines) == 1)
    kept = (line.text for line, k in zip(page.lines, keep, strict=True) if k)
    return decide.running_text_size(kept) < decide.STORY_MIN_PROSE


def types(pages: Sequence[ScoredPage]) -> None:
    for converter in dict.fromkeys(p.converter for p in pages):
        wcxb = [p for p in pages if p.converter == converter and p.dataset == "wcxb"]
        rows: dict[str, list[tuple[float, float, float, bool, bool]]] = defaultdict(list)
        for page in wcxb:
            text, _ = output_of(page, current_rules)
            s = word_prf(text, page.reference)
            rows[page.page_type or "?"].append((s.precision, s.recall, s.f1, not text.strip(), no_story(page)))
        total = len(wcxb)
        mean_all = statistics.fmean(r[2] for rs in rows.values() for r in rs)
        print(f"\n### {converter}: all types F1 {mean_all:.4f} over {total} pages\n")
        print("| type | pages | P | R | F1 | loss share of all types (1 − F1, summed / pages) | empty | no story |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for kind, rs in sorted(rows.items(), key=lambda kv: -sum(1 - r[2] for r in kv[1])):
            loss = sum(1 - r[2] for r in rs) / total
            print(f"| {kind} | {len(rs)} | {statistics.fmean(r[0] for r in rs):.3f} | "
                  f"{statistics.fmean(r[1] for r in rs):.3f} | {statistics.fmean(r[2] for r in rs):.3f} | "
                  f"{loss:.4f} | {sum(r[3] for r in rs)} | {sum(r[4] for r in rs)} |")


def _where(snippet: str, page: ScoredPage, keep: Sequence[bool]) -> str:
    """Where a snippet sits in the page's lines: not in the text, within one kept / dropped line, across lines."""
    inside = [i for i, line in enumerate(page.lines) if snippet in line.text]
    if inside:
        return "in a kept line" if any(keep[i] for i in inside) else "in a dropped line"
    if snippet in " ".join(line.text for line in page.lines):
        return "across lines"
    return "not in the lines"


def snippets(pages: Sequence[ScoredPage]) -> None:
    for converter in dict.fromkeys(p.converter for p in pages):
        traf = [p for p in pages if p.converter == converter and p.dataset == "trafilatura"]
        counts = [0, 0, 0, 0]
        missed: Counter[str] = Counter()
        wrong: Counter[str] = Counter()
        for page in traf:
            text, _ = output_of(page, current_rules)
            for i, v in enumerate(snippet_counts(text, page.with_, page.without)):
                counts[i] += v
            if page.fixed is not None:
                missed["refused or a layout"] += sum(s not in text for s in page.with_)
                wrong["refused or a layout"] += sum(s in text for s in page.without)
                continue
            keep = current_rules(page)
            for s in page.with_:
                if s not in text:
                    missed[_where(s, page, keep)] += 1
            for s in page.without:
                if s in text:
                    wrong[_where(s, page, keep)] += 1
        tp, fn, fp, tn = counts
        print(f"\n### {converter}: {len(traf)} pages, tp {tp} fn {fn} fp {fp} tn {tn}\n")
        print("missed `with` snippets:", dict(missed.most_common()))
        print("kept `without` snippets:", dict(wrong.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clean_types", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("types", "snippets"))
    parser.add_argument("name", help="a dump of `clean_replay dump NAME`")
    args = parser.parse_args()
    pages = load(args.name)
    types(pages) if args.command == "types" else snippets(pages)


if __name__ == "__main__":
    main()
