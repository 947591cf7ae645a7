"""Time and memory of `clean_text`: the pathological inputs of issue 16, and per-document time of this tree
against an older revision in one run.

    python -m benchmarks.clean_budget pathological [--baseline REV]   # fresh process per input: seconds, RSS, status
    python -m benchmarks.clean_budget speed --baseline REV [--rounds 2] [--limit N]

`pathological` generates its inputs (nothing stored): one line of 8 million characters of words, the same
of prose, and fuzzed texts of random words, stamps, labels and letter runs (`fuzzed_text`), and runs each in
a fresh interpreter so the peak resident memory is that input's. `speed` exports REV's `src/` with
`git archive` into a temporary folder and times both trees' `clean_text` over the same corpus pages
(html-text), alternating rounds in fresh processes so a busy machine slows both alike; it also
reports how many pages' outputs differ between the two.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EIGHT_MILLION = 8_000_000


def fuzzed_text(lines: int, seed: int) -> str:
    """Lines of random words, stamps, bullets, widget labels and runs of one letter (which are slow for the
    widget vocabulary's patterns): the shape of the fuzzed inputs that took 4-8 s before the time budget.
    The tests of `clean_text`'s budget read the same inputs."""
    rng = random.Random(seed)
    pieces = ["the", "A", "Reply", "•", "2024", "12:30", "Share", "»", "©", "Kommentar", "é", "中文"]
    return "\n".join(
        " ".join(rng.choice(pieces) if rng.random() < 0.7 else "x" * rng.randint(1, 30)
                 for _ in range(rng.randint(1, 40)))
        for _ in range(lines)
    )


def pathological_input(name: str) -> str:
    if name == "line-of-words":
        return ("word " * (EIGHT_MILLION // 5))[:EIGHT_MILLION]
    if name == "line-of-prose":
        sentence = "The council met again on Tuesday and the vote was postponed. "
        return (sentence * (EIGHT_MILLION // len(sentence))).strip()
    lines, seed = {"fuzz-5k": (5_000, 1), "fuzz-20k": (20_000, 2), "fuzz-45k": (45_000, 3)}[name]
    return fuzzed_text(lines, seed)


PATHOLOGICAL = ("line-of-words", "line-of-prose", "fuzz-5k", "fuzz-20k", "fuzz-45k")

_CHILD_PATHOLOGICAL = """
import json, resource, sys, time
from benchmarks.clean_budget import pathological_input
from copydesk import clean_text
clean_text("warm up: load the model")
text = pathological_input(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
article = clean_text(text)
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"input": sys.argv[1], "chars": len(text), "seconds": round(seconds, 2),
                  "peak_rss_mb": round(after / 1024), "rss_growth_mb": round((after - before) / 1024),
                  "status": article.status.value, "reason": article.reason}))
"""

_CHILD_SPEED = """
import hashlib, json, sys, time
from benchmarks.clean_corpus import text_pages
from copydesk import clean_text
clean_text("warm up: load the model")
limit = int(sys.argv[1])
pages = text_pages(dataset="wcxb")[:limit] + text_pages(dataset="trafilatura")[:limit]
times, digests = [], {}
for page in pages:
    start = time.perf_counter()
    article = clean_text(page.text)
    times.append(time.perf_counter() - start)
    digests[page.key] = article.status.value + " " + hashlib.sha1(article.text.encode()).hexdigest()
print(json.dumps({"times": times, "digests": digests}))
"""


def run_child(code: str, args: list[str], src: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{ROOT}", "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def export_src(rev: str, into: Path) -> Path:
    data = subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def pathological(baseline: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"this tree": ROOT / "src"}
        if baseline:
            trees["baseline " + baseline] = export_src(baseline, Path(tmp))
        for name in PATHOLOGICAL:
            for tree, src in trees.items():
                print(json.dumps({"tree": tree} | run_child(_CHILD_PATHOLOGICAL, [name], src)), flush=True)


def speed(baseline: str, rounds: int, limit: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"baseline " + baseline: export_src(baseline, Path(tmp)), "this tree": ROOT / "src"}
        means: dict[str, list[float]] = {name: [] for name in trees}
        digests: dict[str, dict[str, str]] = {}
        for _round in range(rounds):
            for name, src in trees.items():
                result = run_child(_CHILD_SPEED, [str(limit)], src)
                means[name].append(statistics.fmean(result["times"]) * 1000)
                digests[name] = result["digests"]
                median = statistics.median(result["times"]) * 1000
                print(f"{name}: mean {means[name][-1]:.1f} ms, median {median:.1f} ms over {len(result['times'])} "
                      f"documents", flush=True)
    old, new = digests.values()
    changed = [key for key in old if old[key] != new[key]]
    ratio = statistics.fmean(means["this tree"]) / statistics.fmean(means["baseline " + baseline])
    print(f"this tree / baseline mean time: {ratio:.2f}; outputs that differ: {len(changed)} of {len(old)}")
    for key in changed:
        print(f"  {key}: {old[key]} → {new[key]}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clean_budget", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    bad = sub.add_parser("pathological")
    bad.add_argument("--baseline", help="git revision to run the same inputs on (e.g. main)")
    fast = sub.add_parser("speed")
    fast.add_argument("--baseline", required=True, help="git revision to compare with (e.g. main)")
    fast.add_argument("--rounds", type=int, default=2)
    fast.add_argument("--limit", type=int, default=400, help="pages of each set")
    args = parser.parse_args()
    if args.mode == "pathological":
        pathological(args.baseline)
    else:
        speed(args.baseline, args.rounds, args.limit)


if __name__ == "__main__":
    main()
