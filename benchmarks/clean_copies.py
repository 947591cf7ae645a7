"""Copies in cleaned text: kept lines that repeat an earlier kept line, and rules that drop them, replayed.

    python -m benchmarks.clean_copies NAME     # on the dump of `clean_replay dump NAME` (site-grouped CV logits)
    python -m benchmarks.clean_copies NAME --sizes --no-measure --floor 10 20 30   # the repeats rule's floor

A copy is a kept line whose words, normalised as the scores normalise them (lower-case `\\w+`), equal an earlier
kept line's, counted by the line's size in Latin-character equivalents (`textunits.text_size`, so every script
counts alike). `decide.repeated_lines` already drops a kept line whose text, ignoring case, was kept above (from
`decide.REPEAT_MIN_SIZE`); this measures what is left (copies differing in punctuation or spacing, copies inside a
longer line) and replays wider rules: a kept line whose normalised words repeat an earlier kept line's at a size of
at least N is dropped, optionally not when it is a refrain (its words met `--refrain` times or more in the text).
`--floor` replays the shipped rule with other values of `decide.REPEAT_MIN_SIZE`.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Sequence

from benchmarks.clean_replay import ScoredPage, current_rules, load, score, table
from benchmarks.scores import tokens
from copydesk.clean import decide
from copydesk.textunits import text_size

_WORD = re.compile(r"\w+", re.U)
SIZES = (0, 20, 40, 80)


def key_of(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def copies(page: ScoredPage, keep: Sequence[bool], min_size: float, refrain: int = 0) -> list[int]:
    """Kept lines whose normalised words equal an earlier kept line's, of size ≥ `min_size`; with `refrain`,
    not those whose words are met `refrain` times or more in the whole text."""
    counts = Counter(key_of(line.text) for line in page.lines) if refrain else Counter()
    seen: set[str] = set()
    out = []
    for i, line in enumerate(page.lines):
        if not keep[i]:
            continue
        key = key_of(line.text)
        if key and key in seen and text_size(line.text) >= min_size and not (refrain and counts[key] >= refrain):
            out.append(i)
        seen.add(key)
    return out


def rule(min_size: float, refrain: int = 0, inside: bool = False):  # noqa: ANN201 - a Rules callable
    def rules(page: ScoredPage) -> list[bool]:
        keep = current_rules(page)
        for i in contained(page, keep, min_size) if inside else copies(page, keep, min_size, refrain):
            keep[i] = False
        return keep
    return rules


def contained(page: ScoredPage, keep: Sequence[bool], min_size: float) -> list[int]:
    """Kept lines of size ≥ `min_size` whose normalised words stand inside a longer kept line's (a preview of
    a paragraph, a post quoted in a reply): only the words differ from an equal copy's."""
    keys = {i: f" {key_of(page.lines[i].text)} " for i in range(len(keep)) if keep[i]}
    return [i for i, key in keys.items() if key.strip() and text_size(page.lines[i].text) >= min_size
            and any(j != i and len(other) > len(key) and key in other for j, other in keys.items())]


def without_repeats(page: ScoredPage) -> list[bool]:
    """The shipped rules without `decide.repeated_lines`: what the rule that drops equal copies is worth."""
    real = decide.repeated_lines
    decide.repeated_lines = lambda lines, keep: []  # type: ignore[assignment]
    try:
        return current_rules(page)
    finally:
        decide.repeated_lines = real


def repeats_from(min_size: float):  # noqa: ANN201 - a Rules callable
    """The shipped rules with `decide.repeated_lines` dropping copies of `min_size` or more (shipped:
    `decide.REPEAT_MIN_SIZE`; 0 is the rule before it had a floor)."""
    def rules(page: ScoredPage) -> list[bool]:
        shipped = decide.REPEAT_MIN_SIZE
        decide.REPEAT_MIN_SIZE = min_size  # type: ignore[misc]
        try:
            return current_rules(page)
        finally:
            decide.REPEAT_MIN_SIZE = shipped  # type: ignore[misc]
    return rules


def measure(pages: Sequence[ScoredPage], find=copies) -> None:  # noqa: ANN001
    """Per converter, WCXB articles: copies left in the output and their words, by size; words in the reference."""
    print("| rendering | size ≥ | copy lines | pages with one | copy words | of them beyond the reference's count |")
    print("|---|---:|---:|---:|---:|---:|")
    for converter in dict.fromkeys(p.converter for p in pages):
        for size in SIZES:
            lines = pages_with = words = extra = 0
            for page in pages:
                if page.converter != converter or page.dataset != "wcxb" or page.page_type != "article" \
                        or page.fixed is not None:
                    continue
                keep = current_rules(page)
                found = find(page, keep, size)
                if not found:
                    continue
                lines += len(found)
                pages_with += 1
                kept = tokens("\n".join(page.lines[i].text for i in range(len(keep)) if keep[i]))
                ref = tokens(page.reference)
                copy = tokens("\n".join(page.lines[i].text for i in found))
                words += sum(copy.values())
                extra += sum(min(n, max(0, kept[w] - ref[w])) for w, n in copy.items())
            print(f"| {converter} | {size} | {lines} | {pages_with} | {words} | {extra} |")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clean_copies", description=__doc__.split("\n\n")[0])
    parser.add_argument("name", help="a dump of `clean_replay dump NAME`")
    parser.add_argument("--sizes", type=float, nargs="*", default=[20, 40, 80])
    parser.add_argument("--contained", type=float, nargs="*", default=[],
                        help="also replay dropping copies inside a longer kept line at these sizes")
    parser.add_argument("--floor", type=float, nargs="*", default=[],
                        help="also replay the repeats rule with these floors (0: none)")
    parser.add_argument("--no-measure", action="store_true", help="skip the counts")
    parser.add_argument("--refrain", type=int, nargs="*", default=[], help="also replay with these refrain guards")
    args = parser.parse_args()
    pages = load(args.name)
    if not args.no_measure:
        print("equal copies left by the shipped rules (WCXB articles)")
        measure(pages)
        print("\ncopies inside a longer kept line (WCXB articles)")
        measure(pages, contained)
        print("\nshipped rules\n" + table(score(pages)))
        print("\nwithout decide.repeated_lines\n" + table(score(pages, without_repeats)))
    unfloored = score(pages, repeats_from(0)) if args.floor else {}
    for size in args.floor:
        floored = score(pages, repeats_from(size))
        print(f"\nrepeats rule dropping copies of size ≥ {size:g}\n" + table(floored))
        for converter, m in floored.items():
            print(f"{converter}, against no floor: " + " ".join(
                f"{k} {m[k] - unfloored[converter][k]:+.5f}" for k in m))
    for size in args.sizes:
        print(f"\ncopies of size ≥ {size:g} dropped\n" + table(score(pages, rule(size))))
        for refrain in args.refrain:
            print(f"\n… not refrains met ≥ {refrain} times\n" + table(score(pages, rule(size, refrain))))
    for size in args.contained:
        print(f"\ncopies inside a longer kept line, size ≥ {size:g}, dropped\n"
              + table(score(pages, rule(size, inside=True))))


if __name__ == "__main__":
    main()
