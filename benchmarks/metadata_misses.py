"""Every site-grouped CV miss of `read_metadata`, bucketed by cause, to pick the biggest classes.

    python -m benchmarks.metadata_misses                      # ~90 s: counts per set, field and cause
    python -m benchmarks.metadata_misses --out misses.jsonl   # and every miss as a JSON line to study
    python -m benchmarks.metadata_misses --compare before.jsonl   # pages gained / lost per fold since then

Author misses are also counted by class (`author_class`): the reference's shape (one word: a handle or a
lone given name; a full name; several names) and, for a wrong author, whether ours names the outlet.
Title misses are counted by class (`title_class`): how ours and the reference differ in words (the site's
name or a kicker, section, subtitle or label on one side only; the same words spelt otherwise; a reference
cut mid-word), else which source ours and the reference come from (the h1 against a declared title, a
teaser's h1 on a page of many), else whether the page prints the reference at all.
Date misses by class (`date_class`): wrong or missing, the source ours came from and the sources that hold
the reference's day (JSON-LD, meta, microdata, `<time>`, printed by the headline plain or as an update,
elsewhere in the text, the URL), and the situation: a modification taken or given up, day and month
swapped, a day off (time zones), one of several days printed by the headline (a teaser's, a comment's).

Scored as `metadata_eval --folds` does (WCXB-dev articles on every field, an empty reference wanting no
value; trafilatura-eval where its reference gives the field). Causes, first that applies:

- title: *no right candidate* (no h1, declared title, `<title>`, their site-cut forms or segments reads
  as the reference: see `title_ranker.candidates`), else *right candidate lost*.
- author: *reference has none* (a value given where WCXB's reference has none), *reference names the
  outlet* and *reference absent from the page* (as `metadata_ceiling` counts them), *reference adds to
  ours* (every name given is in the reference, which also holds a role or another credit: "Jane Doe,
  Dietitian" splits into two "names"), else *missing* (none given) or *wrong* (another name given).
- date: *reference has none*, *reference absent from the page* (no spelling of its day anywhere in the
  markup), *reference is the modification* (ours is the publication, the reference the page's
  modification stamp), *a day off* (time zones), else *missing* or *wrong*.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import re
from collections import Counter
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import Page
from benchmarks.metadata_ceiling import author_case, spelled_days
from benchmarks.metadata_eval import FIELDS, MATCH, PROVENANCE_KEY, ours, pages_of, scored
from benchmarks.scores import author_set, norm_meta
from benchmarks.title_ranker import candidates
from copydesk.extract.metadata import Metadata, dates, read_metadata
from copydesk.extract.metadata.headline import dateline_lines, headline_spots
from copydesk.extract.metadata.page_dates import printed_dates
from copydesk.extract.metadata.sources import read_sources
from copydesk.extract.metadata.title import is_site_part, site_keys, squash
from copydesk.html import decode_html
from copydesk.urls import host_of

#: The h1 candidates of `title_ranker.candidates`; every other source is a declared title or a piece of one.
H1_SOURCES = frozenset({"h1_first", "h1_other"})
SEGMENTS = frozenset({"segment_first", "segment_last"})
MANY_H1S = 3  # a page printing this many h1s uses them for teasers too
#: Characters no reader sees: a title keeping them is spelt otherwise than the one printed.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def title_cause(page: Page) -> str:
    found, _, _ = candidates(page)
    ref = norm_meta(page.meta.get("title"))
    return "right candidate lost" if any(norm_meta(c.text) == ref for c in found) else "no right candidate"


def title_class(page: Page, meta: Metadata, h1s: list[str], text: str) -> str:
    """A title miss's class: how ours and the reference differ in words, else where each comes from."""
    ref, mine = norm_meta(page.meta.get("title")), norm_meta(meta.title)
    keys = site_keys((meta.site_name,), host_of(page.url))
    if not mine:
        return "none given"
    if INVISIBLE.sub("", mine) == ref:
        return "invisible characters left in"
    if squash(mine) == squash(ref):
        return "same words, other signs or case"
    if mine.startswith(ref) and mine[len(ref):len(ref) + 1].isalnum():
        return "reference cut mid-word"
    for longer, shorter, extra_kind in ((mine, ref, "ours adds"), (ref, mine, "reference adds")):
        if shorter and (longer.startswith(shorter) or longer.endswith(shorter)):
            head = longer.startswith(shorter)
            extra = longer[len(shorter):] if head else longer[:-len(shorter)]
            if is_site_part(extra.strip(" |-–—:·•»«/~"), keys):
                return f"{extra_kind} the site's name"
            return f"{extra_kind} {'a subtitle or label after' if head else 'a kicker or section before'}"
    if is_site_part(meta.title or "", keys):
        return "ours names the site or no story"
    found, _, _ = candidates(page)
    right = next((c for c in found if norm_meta(c.text) == ref), None)
    chosen_h1 = meta.provenance.get("title") == "h1"
    if chosen_h1 and len(h1s) >= MANY_H1S:
        return "a teaser's h1 chosen (page of many h1s)"
    if right is None:
        return "reference printed on the page" if ref and ref in text else "reference printed nowhere"
    if right.sources & H1_SOURCES:
        return "declared title chosen, reference the h1"
    if right.sources <= SEGMENTS:
        return f"reference one segment of a declared title (ours from {'the h1' if chosen_h1 else 'metadata'})"
    return "h1 chosen, reference a declared title" if chosen_h1 else "one declared title chosen, reference another"


def page_text(markup: str) -> str:
    """The page's text without scripts and styles, normalized as the metric does, to find a reference there."""
    tree = LexborHTMLParser(markup)
    tree.strip_tags(["script", "style", "noscript", "template"])
    return norm_meta(tree.body.text(separator=" ") if tree.body else "")


def author_cause(page: Page, meta: Metadata, markup: str, tree: object) -> str:
    ref = page.meta.get("author")
    if not ref:
        return "reference has none"
    if not isinstance(ref, str):  # trafilatura-eval lists several names
        page = dataclasses.replace(page, meta={**page.meta, "author": ", ".join(ref)})
    kind, _ = author_case(page, markup, tree)
    if kind == "outlet":
        return "reference names the outlet"
    if kind == "absent":
        return "reference absent from the page"
    given, wanted = author_set(meta.authors), author_set(ref)
    if given and given < wanted:
        return "reference adds to ours"
    return "wrong" if given else "missing"


def author_class(page: Page, meta: Metadata, cause: str) -> str:
    """A missing or wrong author's class: the reference's shape, and whether ours names the outlet."""
    if cause not in ("missing", "wrong"):
        return cause
    ref = page.meta.get("author")
    names = author_set(ref if isinstance(ref, str) else ", ".join(ref))
    shape = ("several names" if len(names) > 1 else "one word" if names and " " not in next(iter(names))
             else "a full name")
    keys = {k for k in site_keys((meta.site_name,), host_of(page.url)) if len(k) >= 4}
    if cause == "wrong" and any(key in squash(name) for name in meta.authors for key in keys):
        return f"wrong, ours names the outlet (reference {shape})"
    return f"{cause}, reference {shape}"


def compare(before_path: str, after: set[tuple[str, str, str]], folds: dict[tuple[str, str], int]) -> list[str]:
    """Pages gained (a miss before, none now) and lost per set, field and fold, against an earlier `--out`."""
    before: set[tuple[str, str, str]] = set()
    with open(before_path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            before.add((row["set"], row["page"], row["field"]))
            folds[row["set"], row["page"]] = row["fold"]
    tally: Counter[tuple[str, str, int, str]] = Counter()
    for key in before ^ after:
        tally[key[0], key[2], folds[key[0], key[1]], "gained" if key in before else "lost"] += 1
    rows = ["| set | field | fold | gained | lost |", "|---|---|---:|---:|---:|"]
    for dataset, field, fold in sorted({k[:3] for k in tally}):
        rows.append(f"| {dataset} | {field} | {fold} | {tally[dataset, field, fold, 'gained']} | "
                    f"{tally[dataset, field, fold, 'lost']} |")
    return rows


def date_cause(page: Page, meta: Metadata, markup: str) -> str:
    ref = (page.meta.get("date") or "")[:10]
    if not ref:
        return "reference has none"
    if ref not in spelled_days(html.unescape(markup)):
        return "reference absent from the page"
    ours_day = (meta.published or "")[:10]
    if not ours_day:
        return "missing"
    if meta.modified and meta.modified[:10] == ref:
        return "reference is the modification"
    try:
        off = abs((date.fromisoformat(ours_day) - date.fromisoformat(ref)).days)
    except ValueError:
        off = -1
    return "a day off" if off == 1 else "wrong"


def date_holders(page: Page, meta: Metadata, tree: object, ref: str) -> list[str]:
    """The sources that hold the reference's day `ref`: structured (JSON-LD, meta, microdata, `<time>`), printed
    by the headline (plain, or labelled as an update), elsewhere in the page's text, the URL."""
    src = read_sources(tree)
    spots = next((found for anchor in (meta.title, *src.h1s) if anchor
                  and (found := headline_spots(src.body_text, anchor))), [])
    plain, updates = printed_dates(dateline_lines(src.body_text, spots), dates.day_first(meta.language))
    def day(value: str) -> str:
        return (dates.parse_any(value) or "")[:10]

    held = {
        "JSON-LD": ref in spelled_days(" ".join(src.jsonld)),
        "meta": any(day(v) == ref or ref in spelled_days(v) for values in src.meta.values() for v in values),
        "microdata": any(day(v) == ref for values in src.microdata.values() for v in values),
        "<time>": any(day(v) == ref for v, _ in src.times),
        "headline": ref in plain,
        "headline update": ref in updates,
        "text": ref in spelled_days(src.body_text),
        "URL": dates.date_from_url(page.url) == ref,
    }
    return [name for name in HOLDER_ORDER if held[name]]


#: The order in which a miss names the source holding the right day: the one a rule would most likely read.
HOLDER_ORDER = ("headline", "headline update", "JSON-LD", "meta", "microdata", "<time>", "URL", "text")


def date_class(page: Page, meta: Metadata, tree: object, cause: str) -> tuple[str, str]:
    """A date miss's class: (the situation, "ours from X, right day in Y"), Y the first of `HOLDER_ORDER`."""
    ref = (page.meta.get("date") or "")[:10]
    source = meta.provenance.get("published") or "none"
    if cause in ("reference has none", "reference absent from the page"):
        return cause, f"ours from {source}"
    holders = date_holders(page, meta, tree, ref)
    route = f"ours from {source}, right day in {next(iter(holders), 'the markup only')}"
    ours_day = (meta.published or "")[:10]
    if not ours_day:
        return "missing", route
    if ours_day[:4] == ref[:4] and ours_day[5:7] == ref[8:10] and ours_day[8:10] == ref[5:7]:
        situation = "wrong: day and month swapped"
    elif cause == "reference is the modification":
        situation = ("reference is an update printed by the headline, ours the structured publication"
                     if "headline update" in holders else "reference is the modification stamp, not shown")
    elif meta.modified and meta.modified[:10] == ours_day:
        situation = ("ours is the modification printed by the headline" if source == "text"
                     else "ours is the modification stamp")
    elif cause == "a day off":
        situation = "wrong: a day off"
    elif source == "text" and "headline" in holders:
        situation = "wrong: another day printed by the headline (a teaser's, a comment's)"
    else:
        situation = "wrong: other"
    return situation, route


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", help="write every miss as a JSON line here")
    parser.add_argument("--compare", help="an earlier --out file: pages gained and lost per fold since then")
    args = parser.parse_args()
    counts: Counter[tuple[str, str, str]] = Counter()
    classes: Counter[tuple[str, str]] = Counter()
    title_classes: Counter[tuple[str, str]] = Counter()
    date_classes: Counter[tuple[str, str]] = Counter()
    date_routes: Counter[tuple[str, str]] = Counter()
    missed: set[tuple[str, str, str]] = set()
    folds: dict[tuple[str, str], int] = {}
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    try:
        for dataset in ("wcxb", "trafilatura"):
            for page in pages_of(dataset, ""):
                markup = decode_html(page.html)[0]
                tree = LexborHTMLParser(markup)
                meta = read_metadata(tree, page.url)
                for field in FIELDS:
                    if not scored(page, field) or MATCH[field](ours(meta, field), page.meta.get(field)):
                        continue
                    cause = (title_cause(page) if field == "title" else author_cause(page, meta, markup, tree)
                             if field == "author" else date_cause(page, meta, markup))
                    counts[dataset, field, cause] += 1
                    missed.add((dataset, page.key, field))
                    folds[dataset, page.key] = page.fold
                    if field == "author":
                        classes[dataset, author_class(page, meta, cause)] += 1
                    kind = None
                    if field == "title":
                        kind = title_class(page, meta, [h.text() for h in tree.css("h1")], page_text(markup))
                        title_classes[dataset, kind] += 1
                    if field == "date":
                        kind, route = date_class(page, meta, tree, cause)
                        date_classes[dataset, kind] += 1
                        date_routes[dataset, route] += 1
                    if out:
                        row = {"set": dataset, "page": page.key, "fold": page.fold, "site": page.site,
                               "field": field, "cause": cause, "class": kind, "ours": ours(meta, field),
                               "source": meta.provenance.get(PROVENANCE_KEY[field]),
                               "reference": page.meta.get(field), "url": page.url}
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
    print("| set | field | cause | misses |\n|---|---|---|---:|")
    for (dataset, field, cause), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1])):
        print(f"| {dataset} | {field} | {cause} | {n} |")
    print("\n| set | author miss class | misses |\n|---|---|---:|")
    for (dataset, kind), n in sorted(classes.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"| {dataset} | {kind} | {n} |")
    print("\n| set | title miss class | misses |\n|---|---|---:|")
    for (dataset, kind), n in sorted(title_classes.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"| {dataset} | {kind} | {n} |")
    for title, tally in (("date miss class", date_classes),
                         ("date miss: where ours and the right day are", date_routes)):
        print(f"\n| set | {title} | misses |\n|---|---|---:|")
        for (dataset, kind), n in sorted(tally.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
            print(f"| {dataset} | {kind} | {n} |")
    if args.compare:
        print("\n" + "\n".join(compare(args.compare, missed, folds)))


if __name__ == "__main__":
    main()
