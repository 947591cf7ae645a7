"""`Article.language` from `extract` on every shared page whose language is known, and the detector's time.

    python -m benchmarks.language_eval            # ~70 s (every page extracted); --show lists the misses

Known language: newspaper4k's `language` (its file name where the field is empty: "burmese_article");
on WCXB-dev and trafilatura-eval the human reference (WCXB's main content, trafilatura-eval's `with`
snippets; at least `MIN_REFERENCE_CHARS`) read by `detect_language`: the page's declared tag when the
reference agrees with it, else what the reference is written in. The reference is another text than the
story copydesk extracts and scores, but the same detector reads both: `language_candidates` confirms the
labels with the majority of four identifiers instead. Pages whose reference is too short or mixed are left
out. Reported: the declared tag alone (before this detector) and `Article.language` (declared, checked).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import Page, all_pages
from benchmarks.language_texts import known_language
from copydesk import extract
from copydesk.extract.metadata import detect_language, read_metadata
from copydesk.extract.metadata.language import same_language
from copydesk.html import decode_html

MIN_REFERENCE_CHARS = 100  # a reference shorter than this says too little to label a page


def truth(page: Page, declared: str | None) -> str | None:
    if page.dataset == "newspaper4k":
        return known_language(page)
    reference = page.main_content or "\n".join(page.with_)
    if len(reference) < MIN_REFERENCE_CHARS:
        return None
    found = detect_language(reference)
    if declared and found and same_language(declared, found):
        return declared
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print the pages where Article.language is wrong")
    args = parser.parse_args()
    right: Counter[str] = Counter()
    declared_right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    times = []
    for page in all_pages():
        declared = read_metadata(LexborHTMLParser(decode_html(page.html)[0]), page.url).language
        known = truth(page, declared)
        if not known:
            continue
        article = extract(page.html, page.url)
        story = "\n".join(block.text for block in article.blocks)
        start = time.perf_counter()
        detect_language(story)
        times.append((time.perf_counter() - start) * 1000)
        total[page.dataset] += 1
        ok = bool(article.language) and same_language(article.language or "", known)
        right[page.dataset] += ok
        declared_right[page.dataset] += bool(declared) and same_language(declared or "", known)
        sources[article.provenance.get("language", "none")] += 1
        if args.show and not ok:
            print(f"  {page.dataset}/{page.key} known={known} declared={declared} got={article.language} "
                  f"({article.provenance.get('language')}) {story[:60]!r}")
    print("| set | pages with a known language | declared tag alone | Article.language |")
    print("|---|---:|---:|---:|")
    for dataset in (*total, "all"):
        n = sum(total.values()) if dataset == "all" else total[dataset]
        hit = sum(right.values()) if dataset == "all" else right[dataset]
        dec = sum(declared_right.values()) if dataset == "all" else declared_right[dataset]
        print(f"| {dataset} | {n} | {dec / n:.4f} | {hit / n:.4f} |")
    print(f"\nprovenance of Article.language: {dict(sources)}")
    print(f"detect_language on the story: {statistics.median(times):.3f} ms median, "
          f"{statistics.quantiles(times, n=10)[-1]:.3f} ms p90, {statistics.mean(times):.3f} ms mean")


if __name__ == "__main__":
    main()
