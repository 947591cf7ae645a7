"""End-to-end corpus speed and memory: a WARC.gz of the ../shared/data pages to Parquet.

Writes every evaluation page (`--copies` times, each copy under its own URL, so
copies 2… are duplicates for dedup to find) into one WARC.gz, then times, on the
same records:

- `copydesk run WARC --output DIR --format parquet --workers N` (dedup on), as a
  subprocess, wall clock from start to exit, with the peak resident memory of its
  process tree sampled from /proc;
- a plain loop in this process: FastWARC reads each response record and
  `trafilatura.extract(body, url=url)` extracts it (the anchor, one core).

    python -m benchmarks.bench_corpus [--copies 10] [--limit 200] [--workers 2] [--no-trafilatura]

Results go to benchmarks/out/corpus[-xK].json and a markdown table on stdout.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.datasets import trafilatura_pages, wcxb_pages
from copydesk.pipeline.warc import WarcPage, write_warc

OUT = Path(__file__).resolve().parent / "out"
GOAL_SPEEDUP = 4.0  # issue 4: ≥ 4× the plain trafilatura loop, dedup on
SAMPLE_SECONDS = 0.05  # /proc polling interval for the memory high-water mark
PAGE_KIB = 4  # Linux page size, for /proc/PID/statm
TICKS = os.sysconf("SC_CLK_TCK")  # /proc CPU times are in these ticks per second
NO_URL = "https://example.invalid/"  # a WARC record needs a target URI; a few evaluation pages have none


def build_warc(path: Path, copies: int, limit: int | None) -> int:
    """Every evaluation page, `copies` times (copy n > 0 under `?copy=n`), as one WARC.gz."""
    pages = itertools.islice(itertools.chain(wcxb_pages(), trafilatura_pages()), limit)
    originals = [WarcPage(url=page.url or f"{NO_URL}{page.dataset}/{page.key}", body=page.html) for page in pages]

    def records():
        for n in range(copies):
            for page in originals:
                yield page if n == 0 else WarcPage(url=_copy_url(page.url, n), body=page.body)

    return write_warc(path, records())


def _copy_url(url: str, n: int) -> str:
    return f"{url}{'&' if '?' in url else '?'}copy={n}"


def trafilatura_loop(path: Path) -> dict:
    """FastWARC + trafilatura.extract over every response record, in this process."""
    import trafilatura
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = extracted = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
            body = record.reader.read()
            text = trafilatura.extract(body, url=record.headers.get("WARC-Target-URI"))
            records += 1
            extracted += bool(text)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    return {"records": records, "extracted": extracted, "seconds": round(seconds, 2),
            "pages_per_second": round(records / seconds, 1), "cpu_ms_per_page": round(1000 * cpu / records, 2)}


@dataclass
class TreeMemory:
    """Peak resident memory of a process and its descendants, sampled from /proc."""

    root: int
    peak_total: int = 0  # bytes, whole tree at one instant
    peak_root: int = 0  # bytes, the main (final-stage) process
    peak_worker: int = 0  # bytes, the largest other process
    cpu_ticks: dict[int, int] = field(default_factory=dict)  # last user+system ticks seen per process
    stop: threading.Event = field(default_factory=threading.Event)

    def sample(self) -> None:
        while not self.stop.is_set():
            pids = _tree(self.root)
            self.cpu_ticks |= {pid: ticks for pid in pids if (ticks := _cpu_ticks(pid))}
            sizes = {pid: _rss(pid) for pid in pids}
            self.peak_total = max(self.peak_total, sum(sizes.values()))
            self.peak_root = max(self.peak_root, sizes.get(self.root, 0))
            others = [size for pid, size in sizes.items() if pid != self.root]
            self.peak_worker = max(self.peak_worker, *others, 0)
            time.sleep(SAMPLE_SECONDS)


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue  # the process ended between two looks
    return out


def _cpu_ticks(pid: int) -> int:
    """User + system clock ticks of a process so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat
    except (OSError, IndexError, ValueError):
        return 0


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KIB * 1024
    except (OSError, IndexError, ValueError):
        return 0


def copydesk_run(warc: Path, output: Path, workers: int) -> dict:
    """`copydesk run` as a subprocess: wall time, summary.json and peak memory."""
    command = [sys.executable, "-m", "copydesk", "run", str(warc), "--output", str(output),
               "--format", "parquet", "--workers", str(workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE)
    memory = TreeMemory(proc.pid)
    sampler = threading.Thread(target=memory.sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    memory.stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"copydesk run failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
    summary = json.loads((output / "summary.json").read_text())
    return {
        "command": " ".join(["copydesk", *command[3:]]),
        "records": summary["records"],
        "status": summary["status"],
        "clusters": summary["clusters"],
        "duplicates": summary["duplicates"],
        "wall_seconds": round(seconds, 2),
        "pages_per_second": round(summary["records"] / seconds, 1),
        "cpu_ms_per_page": round(1000 * sum(memory.cpu_ticks.values()) / TICKS / summary["records"], 2),
        "stage_seconds": summary["seconds"],
        "output_mib": round((output / "articles.parquet").stat().st_size / 2**20, 1),
        "peak_rss_mib": {"tree": _mib(memory.peak_total), "main": _mib(memory.peak_root),
                         "largest_worker": _mib(memory.peak_worker)},
    }


def _mib(size: int) -> float:
    return round(size / 2**20, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1, help="times each page is in the WARC (default 1)")
    parser.add_argument("--limit", type=int, default=None, help="first N evaluation pages only")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-trafilatura", dest="trafilatura", action="store_false",
                        help="skip the trafilatura loop (for memory runs)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        warc = work / "pages.warc.gz"
        count = build_warc(warc, args.copies, args.limit)
        result = {"records": count, "copies": args.copies, "warc_mib": _mib(warc.stat().st_size),
                  "copydesk": copydesk_run(warc, work / "out", args.workers)}
        if args.trafilatura:
            result["trafilatura"] = trafilatura_loop(warc)
            result["speedup"] = round(result["copydesk"]["pages_per_second"]
                                      / result["trafilatura"]["pages_per_second"], 2)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["goal_speedup"] = GOAL_SPEEDUP
    OUT.mkdir(parents=True, exist_ok=True)
    name = "corpus.json" if args.copies == 1 else f"corpus-x{args.copies}.json"
    (OUT / name).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(markdown(result, args.workers))
    return 0


def markdown(result: dict, workers: int) -> str:
    """The headline numbers as a markdown table."""
    ours = result["copydesk"]
    memory = ours["peak_rss_mib"]
    lines = [
        f"{result['records']} WARC records ({result['copies']}× the pages, {result['warc_mib']} MiB)",
        "",
        "| run | records | wall s | pages/s | CPU ms/page | peak RSS MiB (tree / main / worker) |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
        f"| copydesk run, {workers} workers, dedup, Parquet | {ours['records']} | {ours['wall_seconds']} "
        f"| {ours['pages_per_second']} | {ours['cpu_ms_per_page']} "
        f"| {memory['tree']} / {memory['main']} / {memory['largest_worker']} |",
    ]
    if "trafilatura" in result:
        anchor = result["trafilatura"]
        lines.append(f"| FastWARC + trafilatura.extract loop, 1 process | {anchor['records']} "
                     f"| {anchor['seconds']} | {anchor['pages_per_second']} | {anchor['cpu_ms_per_page']} | |")
        lines += ["", f"Speed-up: {result['speedup']}× (goal ≥ {result['goal_speedup']}×)"]
    lines += ["", f"Stages (s): {ours['stage_seconds']}; status {ours['status']}; "
                  f"{ours['clusters']} clusters, {ours['duplicates']} duplicates"]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
