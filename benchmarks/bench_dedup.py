"""Dedup quality and speed: render each evaluation page several ways, cluster
every rendering, and score the clusters against "one page = one cluster".

Renderings of one page: (a) trafilatura's extraction, (b) the full-page text
(html_text), (c) copydesk's extraction (resiliparse's main-content text for pages
where it yields no story), (d) the first 60% of (a), (e) (a) lightly edited (a few
words changed, a line dropped, a sign-off added). Pages whose (a) has fewer than
50 words are skipped. Records carry no URL, so only the body stages are measured.
Two truths are scored. Strict: a pair of renderings is a true pair only when both
come from one page; the three pages the data sets hold twice (identical visible
text under two ids) count as one page each (`saved_twice`). Story: pages the data
sets' own ground truth shows to carry one story are one page too (`same_story`:
a WCXB reference text lying for >= 90% of its word 5-grams inside another's, or a
trafilatura-eval page's ground-truth snippets lying inside another page's visible
text); the merged pages are listed in the output so a reader can check them.

    python -m benchmarks.bench_dedup [--refresh] [--workers 2]

Renderings are cached in benchmarks/out/dedup_renderings.jsonl.gz; results go
to benchmarks/out/dedup.json and a markdown table on stdout.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
import time
import tracemalloc
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from itertools import combinations
from pathlib import Path

from benchmarks.datasets import Page, shared_dir, trafilatura_pages, wcxb_pages
from copydesk.dedup import Fingerprint, assign_clusters, fingerprint
from copydesk.model import Article, Block

OUT = Path(__file__).resolve().parent / "out"
CACHE = OUT / "dedup_renderings.jsonl.gz"
RESULT = OUT / "dedup.json"
MIN_WORDS = 50  # pages with less extracted text are not stories worth clustering
TRUNCATE_AT = 0.6  # the truncated copy keeps this share of the characters
EDITED_WORDS = 3  # words replaced in the lightly edited copy
SIGN_OFF = "Reporting by the news desk; editing by the night editor."
REPLACEMENTS = ("however", "reportedly", "officials", "Monday", "several", "local")
GOALS = {"precision": 0.99, "recall": 0.97, "docs_per_second": 5000}
UNLABELLED = "trafilatura-eval (unlabelled)"  # mostly articles and blog posts
SHOW_MISSES = 12  # example false joins / splits listed in the JSON
NEAR_COPY_REFERENCE = 0.5  # two pages whose trafilatura texts share this much are near-copies themselves
#: Share of the smaller reference's word 5-grams found in the other page's text that
#: makes two pages one story (syndicated copies, one page saved twice or under two URLs).
SAME_STORY_CONTAINMENT = 0.9
#: Words a full reference text needs before it can make two pages one story: a shorter
#: one (a product blurb, a caption) is shared by chance or by a template.
MIN_STORY_WORDS = 50
#: Ground-truth snippets (of 5 words or more) a snippet-only reference needs: one
#: phrase found elsewhere could be a slogan or a quotation.
MIN_STORY_SNIPPETS = 2
#: Pages of one 5-gram beyond which it is a template phrase, not evidence of one story.
MAX_GRAM_PAGES = 50


def render_page(page: Page) -> dict | None:
    """The renderings of one page, or None when it is too short to cluster."""
    import html_text
    import trafilatura

    base = trafilatura.extract(page.html, url=page.url) or ""
    if len(base.split()) < MIN_WORDS:
        return None
    ours, renderer = _our_text(page)
    renderings = {
        "trafilatura": base,
        "full_page": html_text.extract_text(page.html.decode("utf-8", "replace")),
        renderer: ours,
        "truncated": _truncate(base),
        "edited": _edit(base, random.Random(f"{page.dataset}/{page.key}")),
    }
    return {"dataset": page.dataset, "key": page.key, "split": page.split, "renderings": renderings}


def _our_text(page: Page) -> tuple[str, str]:
    """copydesk's extraction, or resiliparse's main content where ours has no story."""
    try:
        from copydesk import extract

        article = extract(page.html, url=page.url)
        if article.ok and article.text.strip():
            return article.text, "copydesk"
    except Exception:  # noqa: BLE001 — the extractor is under construction; fall back per page
        pass
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(page.html.decode("utf-8", "replace"), main_content=True), "resiliparse"


def _truncate(text: str) -> str:
    cut = text[: int(len(text) * TRUNCATE_AT)]
    return cut.rsplit(" ", 1)[0]


def _edit(text: str, rng: random.Random) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 2:
        del lines[rng.randrange(1, len(lines))]
    for _ in range(EDITED_WORDS):
        i = rng.randrange(len(lines))
        words = lines[i].split()
        if words:
            words[rng.randrange(len(words))] = rng.choice(REPLACEMENTS)
            lines[i] = " ".join(words)
    return "\n".join([*lines, SIGN_OFF])


def load_renderings(refresh: bool, workers: int) -> list[dict]:
    """The cached renderings, built first (in `workers` processes) when missing."""
    if CACHE.exists() and not refresh:
        with gzip.open(CACHE, "rt", encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]
    pages = [*wcxb_pages(), *trafilatura_pages()]
    with ProcessPoolExecutor(workers) as pool:
        rows = [row for row in pool.map(render_page, pages, chunksize=8) if row]
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.open(CACHE, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


Doc = tuple[str, str, str, Article]  # true page id, split, document key, article


def documents(rows: list[dict]) -> list[Doc]:
    """Every rendering as an article without URL, keyed `dataset/page#rendering`;
    its true page id is that of the first copy of its page (see `saved_twice`)."""
    first_copy = saved_twice(rows)
    out = []
    for row in rows:
        page = f"{row['dataset']}/{row['key']}"
        for name, text in sorted(row["renderings"].items()):
            blocks = tuple(Block(text=line.strip()) for line in text.splitlines() if line.strip())
            out.append((first_copy.get(page, page), row["split"], f"{page}#{name}", Article(blocks=blocks)))
    return out


def story_documents(docs: list[Doc], story_of: dict[str, str]) -> list[Doc]:
    """`docs` with each page id replaced by the id of its story (see `same_story`)."""
    return [(story_of.get(page, page), split, key, article) for page, split, key, article in docs]


def saved_twice(rows: list[dict]) -> dict[str, str]:
    """Pages the data sets hold twice under two ids (the same URL with and without
    a trailing slash, one file under two names): page id → id of its first copy.

    Only pages whose whole visible text is identical word for word count as one
    page; every other pair of ids stays two pages, however alike."""
    first: dict[str, str] = {}
    out = {}
    for row in sorted(rows, key=lambda row: (row["dataset"], row["key"])):
        page = f"{row['dataset']}/{row['key']}"
        words = " ".join(re.findall(r"\w+", row["renderings"]["full_page"].casefold()))
        copy_of = first.setdefault(hashlib.sha1(words.encode("utf-8")).hexdigest(), page)
        if copy_of != page:
            out[page] = copy_of
    return out


def references() -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """Each page's ground truth: (full reference text or None, `with` snippets)."""
    root = shared_dir() / "data"
    out: dict[str, tuple[str | None, tuple[str, ...]]] = {}
    with gzip.open(root / "wcxb-dev" / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[f"wcxb/{row['file_id']}"] = (row.get("main_content") or "", tuple(row.get("with") or ()))
    with open(root / "trafilatura-eval" / "evaldata.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[f"trafilatura/{row['file']}"] = (None, tuple(row.get("with") or ()))
    return out


def same_story(rows: list[dict], first_copy: dict[str, str]) -> tuple[dict[str, str], list[dict]]:
    """Pages that the data sets' own ground truth shows to carry one story: page id →
    id of its story's first page, and the page pairs that made it so.

    Exact word 5-grams, never our MinHash. Two pages with full reference texts (WCXB)
    are one story when >= `SAME_STORY_CONTAINMENT` of the smaller reference's 5-grams
    lie in the other reference (the smaller holding >= `MIN_STORY_WORDS` words). A page
    whose reference is only snippets (trafilatura-eval) is one story with another page
    when that share of its snippets' 5-grams (>= `MIN_STORY_SNIPPETS` snippets) lies in
    the other page's visible text (its full-page rendering): the snippets are sample
    sentences of the story, and two pages' samples rarely overlap."""
    truth = references()
    pages = sorted(f"{row['dataset']}/{row['key']}" for row in rows)
    visible = {f"{row['dataset']}/{row['key']}": _five_grams(row["renderings"]["full_page"]) for row in rows}
    full, sampled = {}, {}
    for page in pages:
        text, snippets = truth.get(page, (None, ()))
        if text is not None and len(text.split()) >= MIN_STORY_WORDS:
            full[page] = _five_grams(text)
        elif text is None and sum(1 for snippet in snippets if len(snippet.split()) >= 5) >= MIN_STORY_SNIPPETS:
            sampled[page] = set().union(*(_five_grams(snippet) for snippet in snippets))
    found = _contained_pairs(full, full) + _contained_pairs(sampled, visible)
    parent = {page: first_copy.get(page, page) for page in pages}

    def root(page: str) -> str:
        while parent[page] != page:
            page = parent[page]
        return page

    merged = []
    for share, small, other in sorted(found, key=lambda item: (item[1], item[2])):
        a, b = sorted((root(small), root(other)))
        if a != b:  # pairs already one page (saved twice, or merged the other way round) are not listed again
            parent[b] = a
            merged.append({"pages": sorted((small, other)), "containment": round(share, 3)})
    return {page: root(page) for page in pages if root(page) != page}, merged


def _contained_pairs(inner: dict[str, set], outer: dict[str, set]) -> list[tuple[float, str, str]]:
    """(share, page, other) where >= `SAME_STORY_CONTAINMENT` of `inner[page]` lies in
    `outer[other]`; with two full references, only the smaller one's share counts."""
    holders: dict[tuple, list[str]] = {}
    for page, grams in outer.items():
        for gram in grams:
            holders.setdefault(gram, []).append(page)
    out = []
    for page, grams in inner.items():
        counts: Counter = Counter()
        for gram in grams:
            found = holders.get(gram, ())
            if len(found) <= MAX_GRAM_PAGES:
                counts.update(other for other in found if other != page)
        for other, shared in counts.items():
            smaller = inner is outer and len(grams) > len(outer[other])
            tie = inner is outer and len(grams) == len(outer[other]) and page > other
            share = shared / len(grams)
            if share >= SAME_STORY_CONTAINMENT and not smaller and not tie:
                out.append((share, page, other))
    return out


def _fingerprint_chunk(chunk: list[tuple[str, Article]]) -> list[Fingerprint]:
    return [fingerprint(key, article) for key, article in chunk]


_worker_items: list[tuple[str, Article]] = []  # this worker's copy of the documents, loaded before timing


def _load_worker_items() -> None:
    _worker_items[:] = [(key, article) for _, _, key, article in documents(load_renderings(False, 1))]


def _fingerprint_range(bounds: tuple[int, int]) -> list[Fingerprint]:
    return _fingerprint_chunk(_worker_items[bounds[0] : bounds[1]])


def time_dedup(docs: list[Doc], workers: int) -> dict:
    """Fingerprint + cluster timings, in one process and in `workers` processes.

    Each worker reads the documents itself before the clock starts, as a corpus
    run's workers fingerprint the articles they extracted; only fingerprints travel."""
    items = [(key, article) for _, _, key, article in docs]
    start, cpu_start = time.perf_counter(), time.process_time()
    prints = _fingerprint_chunk(items)
    assign_clusters(prints)
    cpu_one = time.process_time() - cpu_start  # CPU time: what other load on the machine does not change
    start = time.perf_counter()
    prints = _fingerprint_chunk(items)
    fingerprint_one = time.perf_counter() - start
    ranges = [(i, min(i + 256, len(items))) for i in range(0, len(items), 256)]
    with ProcessPoolExecutor(workers, initializer=_load_worker_items) as pool:
        list(pool.map(_fingerprint_range, [(0, 1)] * workers))  # wait until every worker has loaded
        start = time.perf_counter()
        pooled = [fp for part in pool.map(_fingerprint_range, ranges) for fp in part]
        fingerprint_pool = time.perf_counter() - start
    assert pooled == prints, "fingerprints differ between processes"
    start = time.perf_counter()
    assignments = assign_clusters(prints)
    cluster_seconds = time.perf_counter() - start
    tracemalloc.start()
    assign_clusters(prints)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(prints)
    return {
        "documents": n,
        "fingerprint_seconds_1_process": round(fingerprint_one, 3),
        f"fingerprint_seconds_{workers}_processes": round(fingerprint_pool, 3),
        "cluster_seconds": round(cluster_seconds, 3),
        "docs_per_second_1_process": round(n / (fingerprint_one + cluster_seconds)),
        "docs_per_second": round(n / (fingerprint_pool + cluster_seconds)),
        "docs_per_cpu_second": round(n / cpu_one),
        "fingerprint_bytes_per_doc": round(sum(fingerprint_bytes(fp) for fp in prints) / n),
        "cluster_peak_bytes_per_doc": round(peak / n),
        "assignments": assignments,
    }


def fingerprint_bytes(fp: Fingerprint) -> int:
    """Memory one fingerprint holds: the object, its strings, bytes and rank tuple."""
    parts = [fp, fp.key, fp.url_key, fp.body_hash, fp.signature, fp.rank, *fp.rank]
    return sum(sys.getsizeof(part) for part in parts if part is not None)


def pairwise(docs: list[Doc], assignments: dict, split: str | None) -> dict:
    """Pairwise precision and recall of the predicted clusters against true pages."""
    chosen = [(page, key) for page, page_split, key, _ in docs if split in (None, page_split)]
    by_pred: dict[str, list[tuple[str, str]]] = {}
    for page, key in chosen:
        by_pred.setdefault(assignments[key].cluster, []).append((page, key))
    true_pairs = sum(n * (n - 1) // 2 for n in Counter(page for page, _ in chosen).values())
    predicted = correct = 0
    false_joins = []
    for members in by_pred.values():
        predicted += len(members) * (len(members) - 1) // 2
        correct += sum(n * (n - 1) // 2 for n in Counter(page for page, _ in members).values())
        false_joins += [(a[1], b[1]) for a, b in combinations(members, 2) if a[0] != b[0]][:2]
    return {
        "documents": len(chosen),
        "precision": round(correct / predicted, 4) if predicted else 1.0,
        "recall": round(correct / true_pairs, 4) if true_pairs else 1.0,
        "false_joins": false_joins[:SHOW_MISSES],
    }


def false_page_pairs(docs: list[Doc], assignments: dict, rows: list[dict], story_of: dict[str, str]) -> list[dict]:
    """Every pair of different pages whose renderings share a cluster: how many
    rendering pairs it costs, and how much of the smaller of the two pages'
    trafilatura texts lies in the larger (word 5-grams). Where that is high, the
    pages' own texts are near-copies (a site banner taken for the content, product
    variants, one story on two sites) and no dedup of text can part them."""
    reference = {f"{row['dataset']}/{row['key']}": _five_grams(row["renderings"]["trafilatura"]) for row in rows}
    by_cluster: dict[str, Counter] = {}
    for page, _, key, _ in docs:
        by_cluster.setdefault(assignments[key].cluster, Counter())[page] += 1
    out = []
    for pages in by_cluster.values():
        for (a, n), (b, m) in combinations(sorted(pages.items()), 2):
            small, large = sorted((reference[a], reference[b]), key=len)
            shared = len(small & large) / len(small) if small else 0.0
            one_story = story_of.get(a, a) == story_of.get(b, b)
            out.append({"pages": [a, b], "pairs": n * m, "reference_containment": round(shared, 2),
                        "same_story": one_story})
    return sorted(out, key=lambda row: -row["pairs"])


def _five_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return set(zip(*(words[i:] for i in range(5))))


def missed_renderings(docs: list[Doc], assignments: dict) -> dict[str, int]:
    """How often each rendering is left outside its page's largest cluster."""
    clusters: dict[str, Counter] = {}
    for page, _, key, _ in docs:
        clusters.setdefault(page, Counter())[assignments[key].cluster] += 1
    missed: Counter = Counter()
    for page, _, key, _ in docs:
        main, _ = clusters[page].most_common(1)[0]
        if assignments[key].cluster != main:
            missed[key.rsplit("#", 1)[1]] += 1
    return dict(missed)


def page_kinds() -> dict[str, str]:
    """WCXB's page type of each page id (`wcxb/NNNN`); trafilatura-eval pages are unlabelled."""
    kinds: dict[str, str] = {}
    root = shared_dir() / "data" / "wcxb-dev"
    with gzip.open(root / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            kinds[f"wcxb/{row['file_id']}"] = row.get("page_type") or UNLABELLED
    return kinds


def quality_table(docs: list[Doc], assignments: dict, kinds: dict[str, str]) -> dict[str, dict]:
    """Pairwise scores by split, on all pages, and by page type."""
    quality = {split: pairwise(docs, assignments, split) for split in ("tune", "holdout")}
    quality["all"] = pairwise(docs, assignments, None)
    for kind in sorted({kinds.get(doc[2].split("#")[0], UNLABELLED) for doc in docs}):
        chosen = [doc for doc in docs if kinds.get(doc[2].split("#")[0], UNLABELLED) == kind]
        quality[f"all, {kind} pages"] = pairwise(chosen, assignments, None)
    return quality


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refresh", action="store_true", help="rebuild the cached renderings")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    rows = load_renderings(args.refresh, args.workers)
    docs = documents(rows)
    timing = time_dedup(docs, args.workers)
    assignments = timing.pop("assignments")
    story_of, story_pairs = same_story(rows, saved_twice(rows))
    kinds = page_kinds()
    result = {
        "pages": len(rows),
        "renderers": dict(Counter(name for row in rows for name in row["renderings"])),
        "pages_saved_twice": saved_twice(rows),
        "same_story_pairs": story_pairs,
        "quality": quality_table(docs, assignments, kinds),
        "quality_story": quality_table(story_documents(docs, story_of), assignments, kinds),
        "missed_renderings": missed_renderings(docs, assignments),
        "false_page_pairs": false_page_pairs(docs, assignments, rows, story_of),
        "speed": timing,
        "goals": GOALS,
        "command": "python -m benchmarks.bench_dedup",
    }
    OUT.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(markdown(result, args.workers))
    return 0


def markdown(result: dict, workers: int) -> str:
    """The headline numbers as a markdown table."""
    speed = result["speed"]
    lines = [
        f"Dedup over {result['pages']} pages, {speed['documents']} renderings ({result['renderers']})",
        "",
        "Strict truth: one page = one cluster (pages saved twice word for word count once). Story truth: also"
        f" pages whose ground truth shares >= {SAME_STORY_CONTAINMENT:.0%} of the smaller reference's word 5-grams"
        f" (WCXB references of >= {MIN_STORY_WORDS} words, or >= {MIN_STORY_SNIPPETS} trafilatura-eval snippets"
        " inside the other page's visible text) count as one story.",
        "",
        "| split | docs | precision (strict) | recall (strict) | precision (story) | recall (story) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for split, q in result["quality"].items():
        story = result["quality_story"][split]
        lines.append(f"| {split} | {q['documents']} | {q['precision']:.4f} | {q['recall']:.4f}"
                     f" | {story['precision']:.4f} | {story['recall']:.4f} |")
    lines += [
        "",
        "| speed | value |",
        "| --- | ---: |",
        f"| docs/s, fingerprint in {workers} processes + cluster | {speed['docs_per_second']:,} |",
        f"| docs/s, all in 1 process | {speed['docs_per_second_1_process']:,} |",
        f"| docs per CPU-second (fingerprint + cluster, 1 process) | {speed['docs_per_cpu_second']:,} |",
        f"| cluster seconds ({speed['documents']} docs) | {speed['cluster_seconds']} |",
        f"| fingerprint bytes/doc held | {speed['fingerprint_bytes_per_doc']} |",
        f"| clustering peak bytes/doc | {speed['cluster_peak_bytes_per_doc']} |",
        "",
        f"Renderings left out of their page's cluster: {result['missed_renderings']}",
        _false_pairs_line(result["false_page_pairs"]),
        f"Page pairs the story truth merges ({len(result['same_story_pairs'])}):",
        *(f"- {' + '.join(row['pages'])} (containment {row['containment']})" for row in result["same_story_pairs"]),
    ]
    return "\n".join(lines)


def _false_pairs_line(rows: list[dict]) -> str:
    near = sum(row["pairs"] for row in rows if row["reference_containment"] >= NEAR_COPY_REFERENCE)
    story = sum(row["pairs"] for row in rows if row["same_story"])
    return (
        f"False pairs under the strict truth (all pages): {sum(row['pairs'] for row in rows)}, of which {near} join"
        f" pages whose own trafilatura texts share >= {NEAR_COPY_REFERENCE:.0%} of the smaller and {story} join"
        " pages the story truth calls one story (listed in the JSON)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
