"""The accuracy gate CI runs: copydesk's measured numbers must not fall below pinned floors.

    python -m benchmarks.gate check                       # exit 1 if a metric < floor - tolerance
    python -m benchmarks.gate update [--allow-lower WHY]  # raise floors to what is measured now

`floors.json` pins, per split, a floor for each metric in `GATED_METRICS` and the
SHA-256 of the evaluation corpus; numbers measured on another corpus are not
comparable, so a changed corpus fails the check until floors are re-measured.
`update` only raises floors: lowering one needs `--allow-lower "REASON"`, and the
reason, old and new values and date are kept in the file's `history`. Only
copydesk runs here (no anchors); the side-by-side numbers come from `bench_extract`.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import math
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.anchors import Copydesk
from benchmarks.bench_extract import iter_pages, measure, summarize
from benchmarks.datasets import shared_dir

FLOORS_PATH = Path(__file__).resolve().parent / "floors.json"
TOLERANCE = 0.002  # room for float noise across library versions; a real regression is larger
GATED_SPLITS = ("tune", "holdout", "all")
GATED_METRICS = (
    "wcxb.all.f1", "wcxb.article.f1", "wcxb.article.title", "wcxb.article.author", "wcxb.article.date",
    "traf.snippet.f1",
)
CORPUS_SETS = ("wcxb-dev", "trafilatura-eval")  # folders under shared/data that the scores read
HASH_CHUNK = 1 << 20

Measured = Mapping[str, Mapping[str, float | None]]  # split -> metric -> value


class FloorLowered(Exception):
    """`update` would lower a floor and no reason was given."""


def corpus_files(shared: Path | None = None) -> Iterator[tuple[str, Path]]:
    """(relative name, path) of every ground-truth and HTML file, sorted by name."""
    data = shared_dir(shared) / "data"
    files = [p for name in CORPUS_SETS for p in (data / name).rglob("*") if p.is_file()]
    for path in sorted(files, key=lambda p: p.relative_to(data).as_posix()):
        yield path.relative_to(data).as_posix(), path


def corpus_hash(shared: Path | None = None) -> str:
    """SHA-256 over the sorted file names and their bytes (as stored, compressed or not)."""
    digest = hashlib.sha256()
    for name, path in corpus_files(shared):
        digest.update(name.encode("utf-8") + b"\0")
        with open(path, "rb") as fh:
            while chunk := fh.read(HASH_CHUNK):
                digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


def measure_copydesk(shared: Path | None = None) -> dict[str, dict[str, float | None]]:
    """copydesk's gated metrics per split, on every page of both sets."""
    results = summarize(measure([Copydesk()], iter_pages("all", None, shared), "all"))["results"]
    return {s: {m: results[s]["copydesk"][m] for m in GATED_METRICS} for s in GATED_SPLITS}


def check(floors: Mapping[str, Any], measured: Measured, corpus: str) -> list[str]:
    """Every way the measured numbers fail the pinned floors; empty when the gate passes."""
    problems = []
    if floors.get("corpus_sha256") != corpus:
        problems.append(f"the evaluation corpus changed (sha256 {corpus[:12]}…, floors pinned on "
                        f"{str(floors.get('corpus_sha256'))[:12]}…): floors must be re-measured with "
                        "`python -m benchmarks.gate update`")
    tolerance = floors.get("tolerance", TOLERANCE)
    for split, pinned in floors.get("floors", {}).items():
        for metric, floor in pinned.items():
            value = measured.get(split, {}).get(metric)
            if value is None:
                problems.append(f"{split} {metric}: not measured (floor {floor})")
            elif value < floor - tolerance:
                problems.append(f"{split} {metric}: {value:.4f} < floor {floor} - {tolerance}")
    return problems


def round_down(value: float) -> float:
    """Three decimals, never above the measured value."""
    return math.floor(value * 1000 + 1e-9) / 1000


def raise_floors(floors: Mapping[str, Any], measured: Measured, corpus: str, *,
                 allow_lower: str | None = None, today: str) -> dict[str, Any]:
    """New floors: each raised to the measured value, never lowered without a reason.

    A value below its floor but within the tolerance keeps the old floor (the check
    still passes). A value further below raises `FloorLowered`, unless `allow_lower`
    gives the reason, which goes into `history` with the old and new values.
    """
    new = copy.deepcopy(dict(floors))
    new.setdefault("tolerance", TOLERANCE)
    pinned = new.setdefault("floors", {})
    lowered = []
    for split, values in measured.items():
        for metric, value in values.items():
            if value is None:
                continue
            old, candidate = pinned.get(split, {}).get(metric), round_down(value)
            if old is None or candidate >= old:
                pinned.setdefault(split, {})[metric] = candidate
            elif value < old - new["tolerance"]:
                lowered.append({"split": split, "metric": metric, "old": old, "new": candidate})
    if lowered and not allow_lower:
        listing = "; ".join(f"{c['split']} {c['metric']} {c['old']} -> {c['new']}" for c in lowered)
        raise FloorLowered(f"refusing to lower floors ({listing}); pass --allow-lower \"REASON\" if intended")
    for change in lowered:
        pinned[change["split"]][change["metric"]] = change["new"]
    history = new.setdefault("history", [])
    if lowered:
        history.append({"date": today, "reason": allow_lower, "lowered": lowered})
    if floors.get("corpus_sha256") and floors["corpus_sha256"] != corpus:
        history.append({"date": today, "corpus_changed": {"old": floors["corpus_sha256"], "new": corpus}})
    new["corpus_sha256"] = corpus
    return new


def load_floors(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def save_floors(path: Path, floors: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(floors, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def engine_commit() -> str | None:
    """The last commit that touched the extraction engine, to say what the floors were measured on."""
    repo = Path(__file__).resolve().parents[1]
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%h %cs", "--", "src/copydesk/extract"],
                             cwd=repo, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def table(floors: Mapping[str, Any], measured: Measured) -> str:
    lines = ["split     metric                 measured  floor"]
    for split in GATED_SPLITS:
        for metric in GATED_METRICS:
            value, floor = measured.get(split, {}).get(metric), floors.get("floors", {}).get(split, {}).get(metric)
            shown = "–" if value is None else f"{value:.4f}"
            lines.append(f"{split:<9} {metric:<22} {shown:>8}  {'–' if floor is None else floor}")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("check", "update"))
    parser.add_argument("--allow-lower", metavar="REASON", default=None,
                        help="let update lower floors; the reason is recorded in floors.json history")
    parser.add_argument("--floors", type=Path, default=FLOORS_PATH)
    parser.add_argument("--shared", type=Path, default=None, help="the shared folder (default ../shared)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    floors = load_floors(args.floors) if args.floors.exists() else {}
    corpus, measured = corpus_hash(args.shared), measure_copydesk(args.shared)
    if args.command == "update":
        try:
            floors = raise_floors(floors, measured, corpus, allow_lower=args.allow_lower,
                                  today=datetime.now(UTC).date().isoformat())
        except FloorLowered as error:
            print(error, file=sys.stderr)
            return 1
        floors["measured_on"] = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "engine": engine_commit()}
        save_floors(args.floors, floors)
        print(table(floors, measured))
        print(f"floors written to {args.floors}")
        return 0
    print(table(floors, measured))
    problems = check(floors, measured, corpus)
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    print("gate: " + ("FAILED" if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
