"""The h1 or the declared title? A trained choice from the h1's own features, by site-grouped CV.

    python -m benchmarks.title_h1            # ~40 s: the rules beside the trained choice, per set
    python -m benchmarks.title_h1 --sweep    # and pages gained / lost at other weight decays and margins

`title_ranker` ranked every candidate from which sources give it and could not tell when the h1 is right.
Here the choice is the one the rules get wrong: on each page, H is the h1 the rules chose (or, when they chose a
declared title, the page's first h1 that does not name the site) and D the declared title the rules give
without any h1 (`choose_title([], …)`). Where the two differ, a logistic model reads features of the h1 *element*
and of the pair and says which to keep:

- where the h1 stands: an ancestor `<nav>`, `<aside>`, `<footer>` or a `<header>` outside `<article>`/`<main>`
  (the page's chrome); class/id words of its close ancestors and of itself, as evidence (logo, brand,
  site-title, breadcrumb, widget, sidebar, menu… against entry-title, headline, article, post, story…);
  inside `<article>`/`<main>`;
- whether the story follows it: its place in the page's text, how far below it the first line of prose
  (≥ 100 chars) comes and how much prose stands above it;
- how many h1s and h2s the page prints;
- the pair: word overlap of H and D, one opening the other, their lengths, each one's overlap with the
  URL's last path segment (the slug), H in capitals, H holding the site's name, which one the rules chose.

Trained on four site-grouped folds (`Page.fold`) of WCXB-dev articles, trafilatura-eval and newspaper4k pages
with a reference title (the pages where exactly one of H and D is right), tested on the fifth. Plain numpy
gradient steps from zero: deterministic. It would ship only if it beats the rules on both sets.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import CV_FOLDS, Page, newspaper4k_pages, trafilatura_pages, wcxb_pages
from benchmarks.scores import norm_meta, title_match
from copydesk.extract.metadata import read_metadata
from copydesk.extract.metadata.jsonld import read_jsonld, text_of
from copydesk.extract.metadata.page_title import META_TITLE
from copydesk.extract.metadata.sources import MAX_H1, MAX_TEXT, first_meta, read_sources
from copydesk.extract.metadata.title import (
    MAX_HEADLINE_WORDS,
    choose_title,
    is_site_part,
    site_keys,
    squash,
    unmangle,
    without_dangling_signs,
    without_labels,
)
from copydesk.html import decode_html
from copydesk.urls import host_of

WORD = re.compile(r"[^\W_]+")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
CHROME_TAGS = frozenset({"nav", "aside", "footer"})
STORY_TAGS = frozenset({"article", "main"})
CHROME_WORDS = ("logo", "brand", "site-title", "sitetitle", "site-name", "sitename", "breadcrumb", "widget",
                "sidebar", "menu", "nav", "masthead", "footer", "screen-reader", "sr-only", "modal", "cart")
TITLE_WORDS = ("entry-title", "post-title", "article-title", "headline", "page-title", "hero", "title")
STORY_WORDS = ("article", "post", "entry", "content", "story", "main")
MAX_ANCESTORS = 12  # far enough to reach the page's header, nav or article element
NAMED_ANCESTORS = 6  # class/id words of the closest ancestors only: the outer ones wrap everything
PROSE_LINE = 100  # a line this long is the story's prose, not a kicker, byline or menu
AFTER = 3000  # how far below the h1 the story's first prose may start
FEATURES = ("chrome", "chrome words around", "story words around", "in article/main", "chrome words on it",
            "title words on it", "place in the text", "prose below (distance)", "prose below", "prose above",
            "h1s", "h2s", "one h1", "H/D word overlap", "D opens with H", "H opens with D", "H words", "D words",
            "H/slug overlap", "D/slug overlap", "H in capitals", "H holds the site's name", "rules chose H")
ELEMENT_FEATURES = 13  # the first FEATURES are the h1 element's, the rest the pair's
STEPS, RATE, L2 = 3000, 0.5, 1e-2  # gradient steps, step size, weight decay


@dataclass
class Row:
    page: Page
    rule_ok: bool
    h_ok: bool = False
    d_ok: bool = False
    x: np.ndarray | None = None  # None where H and D are one title (or one is missing): the rules stand
    h: str = ""
    d: str = ""


def finished(text: str) -> str:
    return without_dangling_signs(without_labels(" ".join(unmangle(text).split())))


def words(text: str) -> set[str]:
    return set(WORD.findall(norm_meta(text)))


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def slug(url: str) -> set[str]:
    """Words of the URL's last path segment ("/2024/05/how-we-built-it.html" → how, we, built, it)."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url or "", flags=re.I).split("?")[0].rstrip("/")
    return words(re.sub(r"\.(html?|php|aspx?)$", "", path.rsplit("/", 1)[-1]))


def names(node: Any) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()


def element_features(node: Any, text: str, body: str, h1s: int, h2s: int) -> list[float]:
    """Where the h1 stands in the page and whether the story follows it."""
    tags, around = [], []
    parent = node.parent
    while parent is not None and parent.tag not in ("html", "body", "-document") and len(tags) < MAX_ANCESTORS:
        tags.append(parent.tag)
        around.append(names(parent))
        parent = parent.parent
    header = any(t == "header" and not STORY_TAGS & set(tags[i:]) for i, t in enumerate(tags))
    own = names(node)
    at = body.find(text)
    below = body[at + len(text):at + len(text) + AFTER] if at >= 0 else ""
    prose = [line for line in below.split("\n") if len(line.strip()) >= PROSE_LINE]
    above = sum(len(line) for line in body[:max(at, 0)].split("\n") if len(line.strip()) >= PROSE_LINE)
    return [float(header or bool(CHROME_TAGS & set(tags))),
            float(any(w in n for n in around[:NAMED_ANCESTORS] for w in CHROME_WORDS)),
            float(any(w in n for n in around[:NAMED_ANCESTORS] for w in STORY_WORDS)),
            float(bool(STORY_TAGS & set(tags))),
            float(any(w in own for w in CHROME_WORDS)), float(any(w in own for w in TITLE_WORDS)),
            at / max(1, len(body)) if at >= 0 else 1.0,
            (below.find(prose[0]) if prose else AFTER) / AFTER, float(bool(prose)), math.log1p(above) / 10,
            math.log1p(h1s) / 2, math.log1p(h2s) / 3, float(h1s == 1)]


def pair_features(h: str, d: str, url: str, keys: set[str], rule_chose_h: bool) -> list[float]:
    hw, dw, sw = words(h), words(d), slug(url)
    return [overlap(hw, dw), float(norm_meta(d).startswith(norm_meta(h))), float(norm_meta(h).startswith(norm_meta(d))),
            math.log1p(len(h.split())) / 3, math.log1p(len(d.split())) / 3, overlap(hw, sw), overlap(dw, sw),
            float(h.isupper()), float(any(k in squash(h) for k in keys)), float(rule_chose_h)]


def row_of(page: Page) -> Row:
    tree = LexborHTMLParser(decode_html(page.html)[0])
    meta = read_metadata(tree, page.url)
    ref = page.meta["title"]
    row = Row(page, title_match(meta.title, ref))
    src = read_sources(tree)
    ld = read_jsonld(src.jsonld)
    art = ld.article or {}
    keys = site_keys((first_meta(src, ("og:site_name",)), ld.publisher, ld.site_name), host_of(page.url))
    declared = [(t, s) for t, s in ((text_of(art.get("headline")), "jsonld"), (first_meta(src, META_TITLE), "meta"),
                                    (src.microdata.get("headline", [None])[0], "microdata"),
                                    (text_of(art.get("name")), "jsonld"), (src.title_tag, "title_tag")) if t]
    alone = choose_title([], declared, keys)
    nodes = [(n, " ".join((n.text() or "").split())) for n in tree.css("h1")]
    nodes = [(n, t) for n, t in nodes if t and len(t) <= MAX_TEXT][:MAX_H1]
    rule_chose_h = meta.provenance.get("title") == "h1"
    if rule_chose_h and meta.title:
        h = meta.title
        index = max(range(len(nodes)), key=lambda i: overlap(words(nodes[i][1]), words(h)), default=None)
    else:
        index = next((i for i, (_, t) in enumerate(nodes)
                      if not is_site_part(t, keys) and len(t.split()) <= MAX_HEADLINE_WORDS), None)
        h = finished(nodes[index][1]) if index is not None else ""
    d = finished(alone[0]) if alone else ""
    if index is None or not h or not d or norm_meta(h) == norm_meta(d):
        return row
    node, text = nodes[index]
    row.h_ok, row.d_ok, row.h, row.d = title_match(h, ref), title_match(d, ref), h, d
    row.x = np.array(element_features(node, text, src.body_text, len(nodes), len(tree.css("h2")))
                     + pair_features(h, d, page.url, keys, rule_chose_h) + [1.0])
    return row


def _has(r: Row, name: str) -> bool:
    return r.x is not None and bool(r.x[FEATURES.index(name)])


#: Rules the feature means suggest, each switching the rules' choice to the other title where it applies.
RULES = {
    "the rules' h1 has no prose below it: take D": lambda r: _has(r, "rules chose H") and not _has(r, "prose below"),
    "the rules' h1 is in the chrome, no prose below: take D": lambda r: (
        _has(r, "rules chose H") and _has(r, "chrome") and not _has(r, "prose below")),
    "D holds a year H lacks: take D": lambda r: (
        _has(r, "rules chose H") and bool(YEAR.search(r.d)) and not YEAR.search(r.h)),
    "one h1, inside article/main, prose below, not chrome: take H": lambda r: (
        not _has(r, "rules chose H") and _has(r, "one h1") and _has(r, "in article/main")
        and _has(r, "prose below") and not _has(r, "chrome")),
}


def pages() -> Iterator[Page]:
    yield from (p for p in wcxb_pages() if p.page_type == "article")
    yield from (p for p in trafilatura_pages() if p.meta.get("title"))
    yield from (p for p in newspaper4k_pages() if p.meta.get("title"))


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= RATE * (x.T @ (p - y) / len(y) + l2 * w)
    return w


def cross_validated(rows: list[Row], split: list[Row], l2: float = L2, margin: float = 0.0,
                    columns: list[int] | None = None) -> dict[str, list[int]]:
    """Per set: pages, right by the rules, right by the trained choice, gained, lost (each fold trained on
    the other four, on `columns` of the features (all by default); H kept where its score passes `margin`)."""
    cols = columns if columns is not None else list(range(len(FEATURES) + 1))
    totals: dict[str, list[int]] = {}
    for fold in range(CV_FOLDS):
        train = [r for r in split if r.page.fold != fold]
        w = fit(np.vstack([r.x[cols] for r in train if r.x is not None]), np.array([float(r.h_ok) for r in train]),
                l2)
        for r in rows:
            if r.page.fold != fold:
                continue
            ok = r.rule_ok if r.x is None else (r.h_ok if float(r.x[cols] @ w) > margin else r.d_ok)
            t = totals.setdefault(r.page.dataset, [0, 0, 0, 0, 0])
            t[0] += 1
            t[1] += r.rule_ok
            t[2] += ok
            t[3] += ok and not r.rule_ok
            t[4] += r.rule_ok and not ok
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="also gained / lost at other decays and margins")
    args = parser.parse_args()
    rows = [row_of(page) for page in pages()]
    split = [r for r in rows if r.x is not None and r.h_ok != r.d_ok]
    print("pages where H and D differ and one is right:")
    print("| set | rules chose | H right | D right |\n|---|---|---:|---:|")
    for ds in ("wcxb", "trafilatura", "newspaper4k"):
        for chose in (1.0, 0.0):
            mine = [r for r in split if r.page.dataset == ds and r.x is not None and r.x[-2] == chose]
            print(f"| {ds} | {'H' if chose else 'D'} | {sum(r.h_ok for r in mine)} | {sum(r.d_ok for r in mine)} |")
    totals = cross_validated(rows, split)
    print("\n| set | pages | rules | trained choice (CV) | gained | lost |\n|---|---:|---:|---:|---:|---:|")
    for ds, (n, ruled, chosen, gained, lost) in totals.items():
        print(f"| {ds} | {n} | {ruled / n:.3f} | {chosen / n:.3f} | {gained} | {lost} |")
    print("\nfeature means where the rules chose H: H right / D right (wcxb; trafilatura)")
    for i, name in enumerate(FEATURES):
        means = []
        for ds in ("wcxb", "trafilatura"):
            for good in (True, False):
                xs = [r.x[i] for r in split if r.x is not None and r.page.dataset == ds and r.x[-2] == 1.0
                      and r.h_ok == good]
                means.append(f"{np.mean(xs):.2f}" if xs else "-")
        print(f"| {name} | {means[0]} / {means[1]} | {means[2]} / {means[3]} |")
    if args.sweep:
        print("\n| weight decay | margin | wcxb gained / lost | trafilatura gained / lost |\n|---:|---:|---|---|")
        for l2 in (1e-3, 3e-3, 1e-2, 3e-2, 1e-1):
            for margin in (-0.5, 0.0, 0.5):
                t = cross_validated(rows, split, l2, margin)
                print(f"| {l2:g} | {margin:g} | {t['wcxb'][3]} / {t['wcxb'][4]} | "
                      f"{t['trafilatura'][3]} / {t['trafilatura'][4]} |")
        print("\n| rule read off the features | wcxb gained / lost | trafilatura gained / lost |\n|---|---|---|")
        for name, rule in RULES.items():
            counts = {ds: [0, 0] for ds in ("wcxb", "trafilatura")}
            for r in split:
                if r.x is not None and r.page.dataset in counts and rule(r):
                    right = r.d_ok if r.x[FEATURES.index("rules chose H")] else r.h_ok  # the other one
                    counts[r.page.dataset][0 if right else 1] += 1
            print(f"| {name} | {counts['wcxb'][0]} / {counts['wcxb'][1]} | "
                  f"{counts['trafilatura'][0]} / {counts['trafilatura'][1]} |")
        element = list(range(ELEMENT_FEATURES))
        last = len(FEATURES)  # the bias column
        subsets = {"the element's features and the rules' choice": [*element, last - 1, last],
                   "the pair's features only": list(range(ELEMENT_FEATURES, last + 1))}
        print("\n| features | weight decay | wcxb gained / lost | trafilatura gained / lost |\n|---|---:|---|---|")
        for name, columns in subsets.items():
            for l2 in (3e-3, 1e-2, 3e-2):
                t = cross_validated(rows, split, l2, columns=columns)
                print(f"| {name} | {l2:g} | {t['wcxb'][3]} / {t['wcxb'][4]} | "
                      f"{t['trafilatura'][3]} / {t['trafilatura'][4]} |")


if __name__ == "__main__":
    main()
