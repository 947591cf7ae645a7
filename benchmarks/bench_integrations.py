"""Speed inside other engines (issue 19): datatrove and Ray Data, on the same pages.

Takes every `--step`-th page of ../shared/data (all three sets, so every script and
many sites), up to `--limit`, and times on those records:

- datatrove, `LocalPipelineExecutor(tasks=1)`: `WarcReader` → `CopydeskExtractor` and
  `WarcReader` → datatrove's own `Trafilatura` extractor (trafilatura from the `bench`
  extra), both with datatrove's sandbox and its default 1 s per-document timeout, on
  one WARC.gz; no writer, so the numbers are reading plus extraction;
- a Parquet of the same pages (`html`, `url`, `id`) to rows without dedup:
  `copydesk run --workers 1` and `--workers 2` (the local executor), the Ray executor
  with 2 workers, and a Ray Data job `read_parquet → map_batches(ExtractBatch,
  concurrency=2) → write_parquet`, on one local Ray cluster of 2 CPUs (bound to
  127.0.0.1; its start-up is timed apart and not counted).

Pages per second = input pages / wall-clock seconds. Run it alone on a quiet machine:

    python -m benchmarks.bench_integrations [--limit 500] [--step 5]

Results go to benchmarks/out/integrations.json and a markdown table on stdout.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from benchmarks.datasets import all_pages
from copydesk.pipeline import run_corpus
from copydesk.pipeline.warc import WarcPage, write_warc

OUT = Path(__file__).resolve().parent / "out"
WORKERS = 2  # the 2-core machine CI and developers have
TIMEOUT_S = 1.0  # datatrove's default per-document timeout, for both extractors
PARQUET_ROWS = 64  # row groups, so Ray Data has blocks for both workers
RAY_DATA_WORKER_CPUS = 0.5  # with whole CPUs the two workers hold the cluster's 2 and reading waits for ever


def build_inputs(folder: Path, limit: int, step: int) -> int:
    """`crawl/pages.warc.gz` and `pages.parquet` holding the same pages; returns the page count."""
    pages = list(itertools.islice(itertools.islice(all_pages(), 0, None, step), limit))
    (folder / "crawl").mkdir()
    # A page known by no URL gets a made-up one: datatrove's WarcReader needs a target URI.
    urls = [p.url or f"https://example.org/{p.dataset}/{p.key}" for p in pages]
    write_warc(folder / "crawl" / "pages.warc.gz", [WarcPage(url, p.html) for url, p in zip(urls, pages)])
    rows = [{"html": p.html, "url": url, "id": f"{p.dataset}/{p.key}"} for url, p in zip(urls, pages)]
    pq.write_table(pa.Table.from_pylist(rows), folder / "pages.parquet", row_group_size=PARQUET_ROWS)
    return len(pages)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def datatrove_run(folder: Path, name: str, extractor: Any) -> dict[str, Any]:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader

    logs = folder / f"logs-{name}"
    executor = LocalPipelineExecutor([WarcReader(str(folder / "crawl")), extractor], tasks=1, logging_dir=str(logs))
    seconds, _ = timed(executor.run)
    stats = json.loads((logs / "stats.json").read_text())[1]["stats"]
    counts = {k: v for k, v in stats.items() if isinstance(v, int)}
    return {"seconds": round(seconds, 2), "pages": counts.get("total", 0), "counts": counts}


def local_run(folder: Path, name: str, workers: int, executor: Any = None) -> dict[str, Any]:
    seconds, summary = timed(lambda: run_corpus([folder / "pages.parquet"], folder / name, dedup=False,
                                                workers=workers, executor=executor))
    return {"seconds": round(seconds, 2), "pages": summary.records, "counts": summary.status}


def ray_data_run(folder: Path) -> dict[str, Any]:
    import ray

    from copydesk.integrations.ray import ExtractBatch

    dataset = ray.data.read_parquet(str(folder / "pages.parquet")).map_batches(
        ExtractBatch, batch_format="pyarrow", concurrency=WORKERS, num_cpus=RAY_DATA_WORKER_CPUS)
    seconds, _ = timed(lambda: dataset.write_parquet(str(folder / "ray-data")))
    table = pq.read_table(sorted((folder / "ray-data").glob("*.parquet")), columns=["status"])
    statuses = table.column("status").to_pylist()
    return {"seconds": round(seconds, 2), "pages": len(statuses),
            "counts": {s: statuses.count(s) for s in sorted(set(statuses))}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--step", type=int, default=5)
    args = parser.parse_args(argv)
    from copydesk.executors.ray import LOCAL_RAY_ENV, RayExecutor
    from copydesk.integrations.datatrove import CopydeskExtractor

    results: dict[str, Any] = {"load_average": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="bench-integrations-") as tmp:
        folder = Path(tmp)
        results["pages"] = build_inputs(folder, args.limit, args.step)
        from datatrove.pipeline.extractors import Trafilatura

        results["datatrove copydesk"] = datatrove_run(folder, "copydesk", CopydeskExtractor(timeout=TIMEOUT_S))
        results["datatrove trafilatura"] = datatrove_run(folder, "trafilatura", Trafilatura(timeout=TIMEOUT_S))
        results["run, local executor, 1 worker"] = local_run(folder, "local-1", 1)
        results["run, local executor, 2 workers"] = local_run(folder, "local-2", WORKERS)
        for name, value in LOCAL_RAY_ENV.items():
            os.environ.setdefault(name, value)
        import ray

        results["ray start-up s"] = round(timed(lambda: ray.init(num_cpus=WORKERS, include_dashboard=False,
                                                                 log_to_driver=False))[0], 2)
        try:
            results["run, Ray executor, 2 workers"] = local_run(folder, "ray-run", WORKERS, RayExecutor())
            results["Ray Data, ExtractBatch, 2 workers"] = ray_data_run(folder)
        finally:
            ray.shutdown()
    results["load_average_after"] = os.getloadavg()
    OUT.mkdir(exist_ok=True)
    (OUT / "integrations.json").write_text(json.dumps(results, indent=2))
    print(markdown(results))
    return 0


def markdown(results: dict[str, Any]) -> str:
    lines = [f"{results['pages']} pages; load average before {results['load_average'][0]:.1f}, "
             f"after {results['load_average_after'][0]:.1f}; Ray start-up {results['ray start-up s']} s (not counted)",
             "", "| engine | seconds | pages/s | counts |", "| --- | ---: | ---: | --- |"]
    for name, row in results.items():
        if isinstance(row, dict) and "seconds" in row:
            rate = row["pages"] / row["seconds"] if row["seconds"] else 0.0
            counts = ", ".join(f"{k} {v}" for k, v in row["counts"].items())
            lines.append(f"| {name} | {row['seconds']} | {rate:.1f} | {counts} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
