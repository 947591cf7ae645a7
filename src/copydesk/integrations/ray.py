"""copydesk rows from batches of pages: a callable class for Ray Data, a plain function for Spark.

    import ray
    from copydesk.integrations.ray import ExtractBatch

    pages = ray.data.read_parquet("pages.parquet")  # columns html (or text), url; optional id, source
    rows = pages.map_batches(ExtractBatch, batch_format="pyarrow", concurrency=2)
    rows.write_parquet("out/")

`ExtractBatch` turns a batch of pages into a batch of output rows with the columns
and types `copydesk run` writes (`copydesk.pipeline.SCHEMA`), through the runner's own
steps: an `html` value is extracted, a `text` value cleaned (or read as the structured
record layout), a row with neither is an `error` row. `extract_rows` is the same work
on plain dicts, one partition at a time: what a Spark job calls in `mapPartitions`.

Rows are what a run without dedup writes: a story is its own canonical row, with no
cluster. Clustering copies needs every row at once; run `copydesk dedup` on the output.
Ray Data has no row numbers, so a row's `source` (the runner's `file#row`) is taken
from a `source` column when the batch has one, else from `id`, else `url`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]

from copydesk.clean import SiteProfile
from copydesk.options import ExtractOptions
from copydesk.pipeline.base import run_steps
from copydesk.pipeline.readers import document_from_fields
from copydesk.pipeline.steps import CleanTexts, ExtractArticles
from copydesk.pipeline.writers import SCHEMA, to_arrow_row

__all__ = ["SCHEMA", "ExtractBatch", "extract_rows"]


def extract_rows(rows: Iterable[Mapping[str, Any]], options: ExtractOptions | None = None,
                 profiles: Mapping[str, SiteProfile] | None = None,
                 default: SiteProfile | None = None) -> Iterator[dict[str, Any]]:
    """Output rows (shaped for `SCHEMA`) of input rows with `html` or `text`, `url`, and optional
    `id` and `source`; `profiles`/`default` are the site profiles text inputs are cleaned with."""
    documents = (document_from_fields(_source(row, number), dict(row), f"row {number} of its batch")
                 for number, row in enumerate(rows))
    for record in run_steps([ExtractArticles(options), CleanTexts(profiles, default)], documents):
        row = record.to_dict()
        # As a run without dedup writes it (copydesk.pipeline.final): a story stands for itself.
        row.update(cluster=None, canonical=row["status"] == "ok", duplicate_of=None)
        yield to_arrow_row(row)


def _source(row: Mapping[str, Any], number: int) -> str:
    for key in ("source", "id", "url"):
        value = row.get(key)
        if value is not None and value != "":
            return str(value)
    return f"row {number}"


class ExtractBatch:
    """A batch of pages (a pyarrow `Table`, or a mapping of column name → values) → a pyarrow
    `Table` of output rows with `SCHEMA`. Built once per Ray Data worker (pass the class to
    `map_batches`, options in `fn_constructor_kwargs`)."""

    def __init__(self, options: ExtractOptions | None = None, profiles: Mapping[str, SiteProfile] | None = None,
                 default: SiteProfile | None = None) -> None:
        self.options = options or ExtractOptions()
        self.profiles = dict(profiles or {})
        self.default = default

    def __call__(self, batch: pa.Table | Mapping[str, Sequence[Any]]) -> pa.Table:
        rows = extract_rows(_rows_of(batch), self.options, self.profiles, self.default)
        return pa.Table.from_pylist(list(rows), schema=SCHEMA)


def _rows_of(batch: pa.Table | Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    if isinstance(batch, pa.Table):
        return batch.to_pylist()
    columns = {name: list(values.tolist() if hasattr(values, "tolist") else values) for name, values in batch.items()}
    count = len(next(iter(columns.values()), []))
    return [{name: values[i] for name, values in columns.items()} for i in range(count)]
