"""Start-up time of the command line beside trafilatura's, measured in the same run.

    .venv/bin/python -m benchmarks.bench_startup [--runs 15] [--page 0001] [--inherit-env] [--before SRC]

Each command is run `--runs` times as a fresh process, the commands interleaved (round
robin, so a busy moment of the machine falls on all of them alike), after one warm-up
round that fills the file cache. Reported: median and fastest wall time per command, in
milliseconds, and the median CPU time of the process (user + system: on a machine shared
with other jobs it moves less than the wall time does). Extraction commands read the same
real page (WCXB dev, `--page`) on stdin.
Both tools run from compiled bytecode, as after `pip install`: the commands get a private
`PYTHONPYCACHEPREFIX` that the warm-up round fills. An editable install run with
`PYTHONDONTWRITEBYTECODE=1` (as in our sessions) would otherwise recompile copydesk's sources
on every call (~70 ms) while trafilatura's wheel comes compiled; `--inherit-env` measures that.
`--before SRC` adds copydesk's two commands run from another checkout's `src` (PYTHONPATH), in the
same rounds, to compare two versions.
Prints a JSON report; `benchmarks/RESULTS.md` quotes it.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wcxb-dev" / "html"
BIN = Path(sys.executable).parent


def commands(before: str | None = None) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Name → (command, extra environment)."""
    table = {
        "copydesk --help": ([str(BIN / "copydesk"), "--help"], {}),
        "trafilatura --help": ([str(BIN / "trafilatura"), "--help"], {}),
        "copydesk extract - (page on stdin)": ([str(BIN / "copydesk"), "extract", "-"], {}),
        "trafilatura (page on stdin)": ([str(BIN / "trafilatura")], {}),
        "python -c pass (interpreter floor)": ([sys.executable, "-c", "pass"], {}),
    }
    if before:
        table["copydesk --help (before)"] = ([str(BIN / "copydesk"), "--help"], {"PYTHONPATH": before})
        table["copydesk extract - (before)"] = ([str(BIN / "copydesk"), "extract", "-"], {"PYTHONPATH": before})
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--page", default="0001", help="WCXB dev file id")
    parser.add_argument("--inherit-env", action="store_true", help="run with this environment's bytecode settings")
    parser.add_argument("--before", help="another checkout's src folder: its copydesk commands run too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as cache:
        env = dict(os.environ) if args.inherit_env else _compiled_env(cache)
        report = _measure(commands(args.before), args.runs, args.page, env)
    print(orjson.dumps({"runs": args.runs, "page": args.page, "bytecode": "inherited" if args.inherit_env else "cached",
                        "commands": report}, option=orjson.OPT_INDENT_2).decode())


def _compiled_env(cache: str) -> dict[str, str]:
    """This environment with bytecode written to and read from `cache` (for every module alike)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _measure(table: dict[str, tuple[list[str], dict[str, str]]], runs: int, page_id: str,
             env: dict[str, str]) -> dict[str, dict[str, float]]:
    page = gzip.decompress((SHARED / f"{page_id}.html.gz").read_bytes())
    times: dict[str, list[float]] = {name: [] for name in table}
    cpu: dict[str, list[float]] = {name: [] for name in table}
    for round_ in range(runs + 1):
        for name, (command, extra) in table.items():
            used = _children_cpu()
            started = time.perf_counter()
            subprocess.run(command, input=page, capture_output=True, check=False, env={**env, **extra})
            if round_:  # round 0 warms the file cache and writes the bytecode
                times[name].append((time.perf_counter() - started) * 1000)
                cpu[name].append((_children_cpu() - used) * 1000)
    return {name: {"median_ms": round(statistics.median(ms), 1), "min_ms": round(min(ms), 1),
                   "cpu_median_ms": round(statistics.median(cpu[name]), 1), "cpu_min_ms": round(min(cpu[name]), 1)}
            for name, ms in times.items()}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
