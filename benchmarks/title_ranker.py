"""Title candidates and a trained choice among them, measured by site-grouped cross-validation.

    python -m benchmarks.title_ranker            # ~60 s: today's rules beside the ranker, per fold

Every source proposes titles (today's rule choice, each h1, JSON-LD headline and name, og:title, microdata,
`<title>`, each with the site's name cut, and the first and last segment of the declared titles); equal
candidates merge, so a candidate's features say which sources give it (agreement), plus its shape and how it
relates to the rule's choice (word overlap, one inside the other, the rule's choice an h1 no declared title
confirms). A linear scorer trained listwise (a softmax over each page's candidates towards its right ones;
plain numpy, fixed steps from zero, no randomness) picks one. Trained on four site-grouped folds
(`Page.fold`), tested on the fifth, over WCXB-dev articles, trafilatura-eval and newspaper4k pages with a
reference title. The rules are scored on the same pages; the ranker would ship only if it beats them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import CV_FOLDS, Page, newspaper4k_pages, trafilatura_pages, wcxb_pages
from benchmarks.scores import norm_meta, title_match
from copydesk.extract.metadata import read_metadata
from copydesk.extract.metadata.jsonld import read_jsonld, text_of
from copydesk.extract.metadata.page_title import META_TITLE
from copydesk.extract.metadata.sources import first_meta, read_sources
from copydesk.extract.metadata.title import (
    SEPARATOR,
    site_keys,
    squash,
    strip_site,
    unmangle,
    without_dangling_signs,
    without_labels,
)
from copydesk.html import decode_html
from copydesk.urls import host_of

SOURCES = ("rule", "h1_first", "h1_other", "jsonld_headline", "og", "microdata", "jsonld_name", "title_tag",
           "jsonld_headline_cut", "og_cut", "title_tag_cut", "segment_first", "segment_last")
STEPS, RATE, L2 = 1500, 1.0, 1e-4  # gradient steps, step size, weight decay


@dataclass
class Candidate:
    text: str
    sources: set[str]


def finished(text: str) -> str:
    return without_dangling_signs(without_labels(" ".join(unmangle(text).split())))


def candidates(page: Page) -> tuple[list[Candidate], str | None, set[str]]:
    tree = LexborHTMLParser(decode_html(page.html)[0])
    rule = read_metadata(tree, page.url).title
    src = read_sources(tree)
    ld = read_jsonld(src.jsonld)
    art = ld.article or {}
    keys = site_keys((first_meta(src, ("og:site_name",)), ld.publisher, ld.site_name), host_of(page.url))
    found: dict[str, Candidate] = {}

    def add(text: str | None, source: str) -> None:
        if not text or len(text.strip()) < 3:
            return
        text = finished(text)
        key = norm_meta(text)
        if key:
            found.setdefault(key, Candidate(text, set())).sources.add(source)

    add(rule, "rule")
    for i, h1 in enumerate(src.h1s[:3]):
        add(h1, "h1_first" if i == 0 else "h1_other")
    declared = {"jsonld_headline": text_of(art.get("headline")), "og": first_meta(src, META_TITLE),
                "microdata": src.microdata.get("headline", [None])[0], "jsonld_name": text_of(art.get("name")),
                "title_tag": src.title_tag}
    for source, text in declared.items():
        add(text, source)
        if text and source in ("jsonld_headline", "og", "title_tag"):
            add(strip_site(text, keys), source + "_cut")
    for text in (declared["og"], declared["title_tag"]):
        parts = [p for p in SEPARATOR.split(text or "") if p.strip()]
        if len(parts) > 1:
            add(parts[0], "segment_first")
            add(parts[-1], "segment_last")
    return list(found.values()), rule, keys


def tokens(text: str) -> set[str]:
    return set(norm_meta(text).split())


def features(cand: Candidate, keys: set[str], og: str | None, rule: Candidate | None = None) -> list[float]:
    words = len(cand.text.split())
    mine, theirs = tokens(cand.text), tokens(rule.text) if rule else set()
    jaccard = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
    relation = [jaccard, 1.0 if theirs and theirs < mine else 0.0, 1.0 if theirs and mine < theirs else 0.0,
                math.log1p(len(theirs)) / 3, 1.0 if rule and rule.sources <= {"rule", "h1_first", "h1_other"} else 0.0]
    row = [1.0 if s in cand.sources else 0.0 for s in SOURCES]
    row += [a * b for i, a in enumerate(row) for b in row[i + 1:]]  # which sources agree on it, pairwise
    row += [len(cand.sources) / 5, math.log1p(words) / 3, 1.0 if words <= 2 else 0.0,
            1.0 if any(k and k in squash(cand.text) for k in keys) else 0.0,
            1.0 if SEPARATOR.search(cand.text) else 0.0,
            1.0 if og and norm_meta(og).startswith(norm_meta(cand.text)) else 0.0, 1.0]
    unconfirmed = relation[-1]
    return row + relation + [unconfirmed * v for v in row[:len(SOURCES)]] + [jaccard * v for v in row[:len(SOURCES)]]


def pages() -> Iterator[Page]:
    yield from (p for p in wcxb_pages() if p.page_type == "article")
    yield from (p for p in trafilatura_pages() if p.meta.get("title"))
    yield from (p for p in newspaper4k_pages() if p.meta.get("title"))


def fit(pages_x: list[np.ndarray], pages_y: list[np.ndarray]) -> np.ndarray:
    """Listwise: a softmax over each page's candidates, trained towards its right ones (plain gradient steps)."""
    x = np.vstack(pages_x)
    target = np.concatenate([y / y.sum() for y in pages_y])
    bounds = np.cumsum([0] + [len(y) for y in pages_y])
    owner = np.repeat(np.arange(len(pages_y)), np.diff(bounds))
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        z = x @ w
        z = np.exp(z - np.maximum.reduceat(z, bounds[:-1])[owner])
        p = z / np.add.reduceat(z, bounds[:-1])[owner]
        w -= RATE * (x.T @ (p - target) / len(pages_y) + L2 * w)
    return w


def main() -> None:
    rows = []  # (page, fold, dataset, cands, X, y, rule_ok)
    oracle = 0
    for page in pages():
        cands, rule, keys = candidates(page)
        ref = page.meta["title"]
        y = np.array([1.0 if title_match(c.text, ref) else 0.0 for c in cands])
        og = next((c.text for c in cands if "og" in c.sources), None)
        rule_cand = next((c for c in cands if "rule" in c.sources), None)
        width = len(features(Candidate('x', set()), set(), None))
        x = np.array([features(c, keys, og, rule_cand) for c in cands]) if cands else np.zeros((0, width))
        rows.append((page, page.fold, page.dataset, cands, x, y, title_match(rule, ref)))
        oracle += bool(y.sum())
    print(f"pages {len(rows)}; a right candidate exists on {oracle / len(rows):.3f}; "
          f"rules right on {sum(r[6] for r in rows) / len(rows):.3f}")
    totals: dict[str, list[int]] = {}
    for fold in range(CV_FOLDS):
        train = [r for r in rows if r[1] != fold and r[5].sum()]
        w = fit([r[4] for r in train], [r[5] for r in train])
        for r in rows:
            if r[1] != fold:
                continue
            pick = int(np.argmax(r[4] @ w)) if len(r[5]) else -1
            ok = pick >= 0 and bool(r[5][pick])
            t = totals.setdefault(r[2], [0, 0, 0])
            t[0] += ok
            t[1] += r[6]
            t[2] += 1
    print("| set | pages | rules | ranker (CV) |\n|---|---:|---:|---:|")
    for name, (ranked, ruled, n) in totals.items():
        print(f"| {name} | {n} | {ruled / n:.3f} | {ranked / n:.3f} |")


if __name__ == "__main__":
    main()
