"""Writer steps for the final rows of a run, and reading those rows back.

A row is `copydesk.model.Record.to_dict()`: the `Article` fields plus `id`,
`source`, `cluster`, `canonical` and `duplicate_of`. Writers pass rows through
after writing them and publish the file under its final name only when complete.

Parquet schema (stable: columns are only ever added, at the end; `SCHEMA` below is the
code form, and a test checks written files against it):

    status        string not null   ok | not_article | empty | paywalled | too_large | timeout | error
    reason        string            why the status is not ok
    url           string
    canonical_url string
    title         string
    authors       list<string> not null
    agency        string
    published     string            ISO 8601 date or date-time
    modified      string
    site_name     string
    language      string
    description   string
    image         struct<url: string, caption: string, credit: string>
    tags          list<string> not null
    section       string
    text          string not null   the body blocks joined by blank lines
    blocks        list<struct<kind: string, text: string, level: int8>> not null
    related       list<struct<title: string, url: string>> not null
    removed       list<struct<category: string, text: string>> not null
    provenance    map<string, string> not null   metadata field → where it came from
    extras        string not null   JSON object of free-form fields
    id            string            the input's own id, as text
    source        string not null   file (@offset and WARC record id | :line | #row)
    cluster       string            shared by a record and its copies; null when not clustered
    canonical     bool not null     the record standing for its cluster
    duplicate_of  string            the canonical record's `source` when this row is a copy
    page_type     string            article | listing | forum | product | collection | documentation | service | other
    confidence    double            0-1: the story model's calibrated belief that `blocks` are the story
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from copydesk.formats import render
from copydesk.model import Article
from copydesk.pipeline.base import Step, commit

_TEXT = pa.string()
SCHEMA = pa.schema([
    pa.field("status", _TEXT, nullable=False),
    pa.field("reason", _TEXT),
    pa.field("url", _TEXT),
    pa.field("canonical_url", _TEXT),
    pa.field("title", _TEXT),
    pa.field("authors", pa.list_(_TEXT), nullable=False),
    pa.field("agency", _TEXT),
    pa.field("published", _TEXT),
    pa.field("modified", _TEXT),
    pa.field("site_name", _TEXT),
    pa.field("language", _TEXT),
    pa.field("description", _TEXT),
    pa.field("image", pa.struct([("url", _TEXT), ("caption", _TEXT), ("credit", _TEXT)])),
    pa.field("tags", pa.list_(_TEXT), nullable=False),
    pa.field("section", _TEXT),
    pa.field("text", _TEXT, nullable=False),
    pa.field("blocks", pa.list_(pa.struct([("kind", _TEXT), ("text", _TEXT), ("level", pa.int8())])), nullable=False),
    pa.field("related", pa.list_(pa.struct([("title", _TEXT), ("url", _TEXT)])), nullable=False),
    pa.field("removed", pa.list_(pa.struct([("category", _TEXT), ("text", _TEXT)])), nullable=False),
    pa.field("provenance", pa.map_(_TEXT, _TEXT), nullable=False),
    pa.field("extras", _TEXT, nullable=False),
    pa.field("id", _TEXT),
    pa.field("source", _TEXT, nullable=False),
    pa.field("cluster", _TEXT),
    pa.field("canonical", pa.bool_(), nullable=False),
    pa.field("duplicate_of", _TEXT),
    pa.field("page_type", _TEXT),
    pa.field("confidence", pa.float64()),
])
ROW_GROUP_ROWS = 256  # fixed, so the bytes never depend on how work was split; bounds the buffered rows
TEXT_INDEX = "index.jsonl"  # beside the .txt files: each file's source, url, id and cluster


def _temporary(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")


class WriteJsonl(Step):
    """Rows → one JSON object a line (orjson, keys in record order)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def run(self, items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        tmp = _temporary(self.path)
        with open(tmp, "wb") as fh:
            for row in items:
                fh.write(orjson.dumps(row) + b"\n")
                yield row
        commit(tmp, self.path)


class WriteParquet(Step):
    """Rows → a Parquet file with `SCHEMA`, in row groups of `ROW_GROUP_ROWS`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def run(self, items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        tmp = _temporary(self.path)
        with pq.ParquetWriter(tmp, SCHEMA, compression="zstd") as writer:
            batch: list[dict[str, Any]] = []
            for row in items:
                batch.append(to_arrow_row(row))
                yield row
                if len(batch) == ROW_GROUP_ROWS:
                    writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                    batch = []
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
        commit(tmp, self.path)


class WriteText(Step):
    """Canonical stories → one seed-layout `.txt` file each in a folder, named by row number,
    and `index.jsonl` there: per file, the row's `file`, `source`, `url`, `id` and `cluster`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def run(self, items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        self.folder.mkdir(parents=True, exist_ok=True)
        index_path = self.folder / TEXT_INDEX
        index_tmp = _temporary(index_path)
        with open(index_tmp, "wb") as index:
            for number, row in enumerate(items, 1):
                if row["canonical"] and row["status"] == "ok":
                    path = self.folder / f"{number:07d}.txt"
                    tmp = _temporary(path)
                    tmp.write_text(render(Article.from_dict(row), "text"), encoding="utf-8")
                    commit(tmp, path)
                    entry = {"file": path.name, "source": row["source"], "url": row["url"], "id": row["id"],
                             "cluster": row["cluster"]}
                    index.write(orjson.dumps(entry) + b"\n")
                yield row
        commit(index_tmp, index_path)


def to_arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    """A record row shaped for `SCHEMA`: provenance as pairs, extras as JSON text."""
    out = dict(row)
    out["provenance"] = [(str(k), str(v)) for k, v in (row.get("provenance") or {}).items()]
    out["extras"] = orjson.dumps(row.get("extras") or {}).decode("utf-8")
    return out


def from_arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    """Undo `to_arrow_row` on a row read from Parquet."""
    out = dict(row)
    out["provenance"] = dict(row.get("provenance") or ())
    extras = row.get("extras")
    out["extras"] = orjson.loads(extras) if isinstance(extras, str) and extras else {}
    return out


def read_parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a file written by `WriteParquet`."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=ROW_GROUP_ROWS):
        for row in batch.to_pylist():
            yield from_arrow_row(row)


def read_jsonl_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a file written by `WriteJsonl`."""
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                yield orjson.loads(line)
