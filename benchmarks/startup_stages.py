"""Where `copydesk extract FILE`'s start-up CPU goes: each import stage, then the first and a second extract.

    .venv/bin/python -m benchmarks.startup_stages [--page 0001] [--runs 5]

Each run is a fresh process that runs as the command does (no cyclic collector, one OpenBLAS thread;
see `copydesk.cli.ONE_PAGE_COMMANDS`), importing the package stage by stage in the order the command
first needs them, so each line also counts what it pulls in first. Run it with bytecode cached (not
under `PYTHONDONTWRITEBYTECODE=1` on an editable install), as `bench_startup` does. Prints the median
CPU milliseconds of each stage over `--runs` processes.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wcxb-dev" / "html"

STAGES = (
    ("copydesk.cli", "copydesk, copydesk.cli (argparse, typing, errors)"),
    ("PARSER", "extract's parser: cli.fetch/inputs/limits (orjson, formats.render, model)"),
    ("numpy", "numpy (one BLAS thread)"),
    ("selectolax.lexbor", "selectolax.lexbor"),
    ("copydesk.extract.metadata.dates", "extract.metadata"),
    ("copydesk.extract.phrases", "lexicon, textunits, extract.phrases"),
    ("copydesk.extract.boilerplate", "extract.boilerplate"),
    ("copydesk.extract.engine", "blocks, scoring, status, page type, story model, engine"),
    ("FIRST", "first extract and text output"),
    ("SECOND", "a second extract of the same page"),
)

PROBE = """
import gc, importlib, io, contextlib, os, sys, time
gc.disable(); os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
last = time.process_time()
for step in sys.argv[2:]:
    if step == "PARSER":
        importlib.import_module("copydesk.cli").build_parser("extract")
    elif step in ("FIRST", "SECOND"):
        with contextlib.redirect_stdout(io.StringIO()):
            importlib.import_module("copydesk.cli").main(["extract", sys.argv[1]])
    else:
        importlib.import_module(step)
    now = time.process_time()
    print((now - last) * 1000)
    last = now
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", default="0001", help="WCXB dev file id")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="startup-stages-") as folder:
        page = Path(folder) / "page.html"
        page.write_bytes(gzip.decompress((SHARED / f"{args.page}.html.gz").read_bytes()))
        env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        command = [sys.executable, "-c", PROBE, str(page), *(module for module, _ in STAGES)]
        subprocess.run(command, env=env, check=True, capture_output=True)  # writes the bytecode
        runs = [[float(ms) for ms in subprocess.run(command, env=env, check=True, capture_output=True,
                                                   text=True).stdout.split()] for _ in range(args.runs)]
    for index, (_, label) in enumerate(STAGES):
        print(f"{statistics.median(run[index] for run in runs):7.1f} ms  {label}")


if __name__ == "__main__":
    main()
