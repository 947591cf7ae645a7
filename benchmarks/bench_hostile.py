"""Hostile-input benchmark: pathological pages against the extraction time budget, and the
real pages' output before and after a change.

    python -m benchmarks.bench_hostile pathological [--scale 100000] [--timeout 120]
    python -m benchmarks.bench_hostile digest --out FILE [--split all|tune|holdout]
    python -m benchmarks.bench_hostile compare BEFORE AFTER

`pathological` builds each input of issue 17 (and variants) at `--scale` repetitions and
times `copydesk.extract` on it in a fresh process (killed after `--timeout` seconds, so a
runaway shows as a time, not a hang). `digest` extracts every real page and writes one line
per page (the SHA-256 of the record's JSON, and the extract time); `compare` says how many
records differ and compares the times (median and total). Run `digest` with `PYTHONPATH`
pointing at another checkout's `src` to get the "before".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.datasets import REFERENCE_DAY, all_pages

# name → builder of the page body for n repetitions; every input stays under the 16 MB input limit.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "div + stray </section>": lambda n: "<div></section>" * n,
    "nested <address>": lambda n: "<address>" * n,
    "one element, n attributes": lambda n: "<div " + " ".join(f"a{i}" for i in range(n)) + ">x</div>",
    "nested <div>": lambda n: "<div>" * n,
    "nested <pre>": lambda n: "<pre>" * n,
    "nested <optgroup>": lambda n: "<select>" + "<optgroup>" * n,
    "nested <summary>": lambda n: "<summary>" * n,
    "nested <x-custom>": lambda n: "<x-custom>" * n,
    "mixed nesting": lambda n: "".join(f"<{t}>" for t in ["address", "dir", "hgroup", "search", "listing",
                                                          "menu", "section", "span"] * (n // 8)),
    "<b><p> repeated": lambda n: "<b><p>" * n,
    "<b id=i><p> (formatting clones)": lambda n: "".join(f"<b id={i}><p>" for i in range(n)),
    "<font size=i>x unclosed": lambda n: "".join(f"<font size={i}>x" for i in range(n)),
    "<i class=i><div>x</i> (adoption agency)": lambda n: "".join(f"<i class=c{i}><div>x</i>" for i in range(n)),
    "nested <a>": lambda n: "".join(f"<a href=/{i}>" for i in range(n)),
    "<table> in <table>": lambda n: "<table><tr><td>" * n,
    "stray </p> after deep <span>": lambda n: "<span>" * (n // 2) + "</p>" * (n // 2),
    "n elements of 1000 attributes": lambda n: ("<i " + " ".join(f"a{j}" for j in range(1000)) + ">")
    * max(1, n // 100),
}


def pathological(scale: int, timeout: float) -> list[dict]:
    rows = []
    for name, build in PATHOLOGICAL.items():
        html = "<html><body>" + build(scale)
        code = ("import sys, time, copydesk; html = sys.stdin.buffer.read(); t = time.perf_counter(); "
                "a = copydesk.extract(html); print(time.perf_counter() - t, a.status.value, a.reason)")
        started = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, "-c", code], input=html.encode(), capture_output=True,
                                  timeout=timeout, check=True)
            seconds, status, reason = done.stdout.decode().strip().split(" ", 2)
            row = {"input": name, "bytes": len(html), "seconds": round(float(seconds), 3), "status": status,
                   "reason": reason}
        except subprocess.TimeoutExpired:
            row = {"input": name, "bytes": len(html), "seconds": round(time.perf_counter() - started, 1),
                   "status": "killed", "reason": f"over {timeout:g} s"}
        print(json.dumps(row, ensure_ascii=False), flush=True)
        rows.append(row)
    return rows


def digest(out: Path, split: str | None) -> None:
    import copydesk

    options = copydesk.ExtractOptions(today=REFERENCE_DAY)
    with open(out, "w", encoding="utf-8") as fh:
        for page in all_pages(split=split):
            started = time.perf_counter()
            article = copydesk.extract(page.html, page.url, options=options)
            seconds = time.perf_counter() - started
            data = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False).encode()
            fh.write(json.dumps({"page": f"{page.dataset}/{page.key}", "sha": hashlib.sha256(data).hexdigest(),
                                 "status": article.status.value, "seconds": seconds}) + "\n")


def compare(before: Path, after: Path) -> None:
    old = [json.loads(line) for line in before.read_text().splitlines()]
    new = {row["page"]: row for row in (json.loads(line) for line in after.read_text().splitlines())}
    changed = [row["page"] for row in old if new[row["page"]]["sha"] != row["sha"]]
    print(f"pages {len(old)}, records that differ {len(changed)}")
    for page in changed:
        print(f"  {page}: {next(r['status'] for r in old if r['page'] == page)} -> {new[page]['status']}")
    for label, rows in (("before", old), ("after", list(new.values()))):
        times = [row["seconds"] * 1000 for row in rows]
        print(f"{label}: median {statistics.median(times):.2f} ms, total {sum(times) / 1000:.2f} s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    patho = commands.add_parser("pathological")
    patho.add_argument("--scale", type=int, default=100_000)
    patho.add_argument("--timeout", type=float, default=120.0)
    dig = commands.add_parser("digest")
    dig.add_argument("--out", type=Path, required=True)
    dig.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    comp = commands.add_parser("compare")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "pathological":
        pathological(args.scale, args.timeout)
    elif args.command == "digest":
        digest(args.out, None if args.split == "all" else args.split)
    else:
        compare(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
