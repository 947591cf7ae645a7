"""`ExtractBatch` in a real Ray Data job on the session's local Ray cluster: the rows `copydesk run` writes."""

from __future__ import annotations

import gzip
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from copydesk.integrations.ray import SCHEMA, ExtractBatch, extract_rows
from copydesk.pipeline import run_corpus
from copydesk.pipeline.outputs import OUTPUT_FORMATS

PAGES = 10
JOB_LIMIT_S = 300  # a Ray Data job that stalls fails the test instead of hanging the suite
FIXTURES = Path(__file__).resolve().parents[1] / "extract" / "fixtures"


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"the Ray Data job took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def pages(tmp_path: Path, shared_dir: Path, seed_scrape: str) -> Path:
    """A Parquet of pages as a crawl keeps them: html, url, id; one row of scraped text, one page
    that is no story; `source` names each row as `copydesk run` does (`file#row`)."""
    path = tmp_path / "pages.parquet"
    files = sorted((shared_dir / "data" / "trafilatura-eval" / "html").glob("*.html.gz"))[:PAGES]
    rows = [{"html": gzip.decompress(f.read_bytes()).decode("utf-8", "replace"), "text": None,
             "url": f"https://example.org/{f.name}", "id": f.stem} for f in files]
    rows.append({"html": None, "text": seed_scrape, "url": "https://example.org/seed", "id": "seed"})
    rows.append({"html": (FIXTURES / "listing_home.html").read_text(encoding="utf-8"), "text": None,
                 "url": "https://example.org/", "id": "home"})
    for number, row in enumerate(rows):
        row["source"] = f"{path}#{number}"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=4)
    return path


def test_a_ray_data_job_gives_the_rows_copydesk_run_writes(tmp_path: Path, pages: Path, ray_cluster: str) -> None:
    import ray

    run_corpus([pages], tmp_path / "run", format="parquet", dedup=False)
    expected = pq.read_table(tmp_path / "run" / OUTPUT_FORMATS["parquet"].path)

    out = tmp_path / "ray"
    # Two workers of half a CPU each: the cluster's other CPU reads and writes (with a whole CPU
    # each, the workers hold both and the read tasks wait for ever).
    dataset = ray.data.read_parquet(str(pages), override_num_blocks=3).map_batches(
        ExtractBatch, batch_format="pyarrow", batch_size=4, concurrency=2, num_cpus=0.5)
    with time_limit(JOB_LIMIT_S):
        dataset.write_parquet(str(out))
    got = pq.read_table(sorted(out.glob("*.parquet"))).sort_by("source")

    assert got.schema.equals(SCHEMA) and expected.schema.equals(SCHEMA)
    assert got.num_rows == expected.num_rows == PAGES + 2
    assert got.to_pylist() == expected.sort_by("source").to_pylist()
    assert {"ok", "not_article"} <= set(got.column("status").to_pylist())


def test_a_batch_of_columns_and_rows_without_html_or_text() -> None:
    batch = {"url": ["https://example.org/a", "https://example.org/news/b"], "html": [None, "<p>Too short.</p>"]}
    table = ExtractBatch()(batch)  # Ray Data's default batch format: a mapping of columns
    assert table.schema.equals(SCHEMA)
    first, second = table.to_pylist()
    assert first["status"] == "error" and "no html or text" in first["reason"]
    assert first["source"] == "https://example.org/a" and not first["canonical"]
    assert second["status"] != "ok" and second["source"] == "https://example.org/news/b"
    assert ExtractBatch()(pa.table({"html": pa.array([], pa.string())})).num_rows == 0
    assert next(extract_rows([{"id": 7, "text": "One line of text."}]))["source"] == "7"
