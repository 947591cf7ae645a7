"""Inputs → shards → `Document`s: WARC, HTML files, text files, JSONL and Parquet.

`plan_shards` expands the command-line inputs (files, folders, globs) in a fixed
order and cuts them into shards of at most `size` records: consecutive one-record
files are grouped, multi-record files are split by record count. `ReadShards` is
the reader step: shard specs in, `Document`s (or error `Record`s) out, in order.
Nothing a reader meets raises: a missing, empty, corrupt or foreign input is an
error row whose `reason` says what was wrong.
"""

from __future__ import annotations

import glob
import gzip
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson
import pyarrow.parquet as pq

from copydesk.model import Record
from copydesk.pipeline.base import Step
from copydesk.pipeline.documents import Document, as_id, error_row, sniff_binary
from copydesk.pipeline.warc import GZIP_MAGIC, plan_warc, read_warc

# File kinds by name; a kind decides the reader.
SUFFIX_KINDS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"), (".warc", "warc"),
    (".jsonl.gz", "jsonl"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
    (".parquet", "parquet"),
    (".html.gz", "html"), (".htm.gz", "html"), (".html", "html"), (".htm", "html"),
    (".txt", "text"), (".txt.gz", "text"),
)
SINGLE_KINDS = frozenset({"html", "text", "unknown", "missing"})  # one file = one record
PARQUET_BATCH = 256  # rows decoded at a time: bounded memory for wide HTML columns


@dataclass(frozen=True, slots=True)
class ShardSpec:
    """How to read one shard: a run of one-record files, or `count` records of one file from `offset`."""

    kind: str  # "files", "warc", "jsonl" or "parquet"
    paths: tuple[str, ...]
    offset: int = 0  # byte offset (warc, jsonl) or first row (parquet)
    first: int = 0  # ordinal of the first record in its file (jsonl line numbers)
    count: int | None = None  # records to read; None: to the end of the file


def kind_of(path: str) -> str:
    name = path.lower()
    return next((kind for suffix, kind in SUFFIX_KINDS if name.endswith(suffix)), "unknown")


def expand_inputs(inputs: Iterable[str | Path]) -> list[tuple[str, str]]:
    """`(path, kind)` for every input file: folders walked and globs expanded, each sorted."""
    out: list[tuple[str, str]] = []
    for item in inputs:
        name = str(item)
        path = Path(name)
        if path.is_dir():
            files = sorted(str(p) for p in path.rglob("*") if p.is_file() and kind_of(str(p)) != "unknown")
            out.extend((f, kind_of(f)) for f in files)
        elif path.exists():
            out.append((name, kind_of(name)))
        elif glob.has_magic(name):
            out.extend((f, kind_of(f)) for f in sorted(glob.glob(name, recursive=True)) if Path(f).is_file())
        else:
            out.append((name, "missing"))
    return out


def plan_shards(inputs: Iterable[str | Path], size: int) -> list[ShardSpec]:
    """The shards of a run, in output order (input order, then record order)."""
    specs: list[ShardSpec] = []
    singles: list[str] = []
    for path, kind in expand_inputs(inputs):
        if kind in SINGLE_KINDS:
            singles.append(path)
            if len(singles) == size:
                specs.append(ShardSpec("files", tuple(singles)))
                singles = []
            continue
        if singles:
            specs.append(ShardSpec("files", tuple(singles)))
            singles = []
        specs.extend(_plan_file(path, kind, size))
    if singles:
        specs.append(ShardSpec("files", tuple(singles)))
    return specs


def _plan_file(path: str, kind: str, size: int) -> list[ShardSpec]:
    if kind == "warc":
        return [ShardSpec("warc", (path,), offset, 0, count) for offset, count in plan_warc(Path(path), size)]
    if kind == "jsonl":
        return [ShardSpec("jsonl", (path,), offset, first, count) for offset, first, count in _plan_jsonl(path, size)]
    return [ShardSpec("parquet", (path,), start, start, count) for start, count in _plan_parquet(path, size)]


def _plan_jsonl(path: str, size: int) -> list[tuple[int, int, int | None]]:
    starts = [(0, 0)]
    try:
        with _open_maybe_gzip(path) as fh:
            line, pos = 0, 0
            for raw in fh:
                line += 1
                pos += len(raw)
                if line % size == 0:
                    starts.append((pos, line))
    except (OSError, EOFError, zlib.error):
        pass  # the last shard meets the damage and reports it
    return [(offset, first, size if i < len(starts) - 1 else None) for i, (offset, first) in enumerate(starts)]


def _plan_parquet(path: str, size: int) -> list[tuple[int, int | None]]:
    try:
        rows = pq.ParquetFile(path).metadata.num_rows
    except (OSError, ValueError):  # pyarrow raises ArrowInvalid (a ValueError) on non-Parquet bytes
        return [(0, None)]  # one shard, whose reader reports the damage
    starts = list(range(0, rows, size)) or [0]
    return [(start, size if i < len(starts) - 1 else None) for i, start in enumerate(starts)]


def _open_maybe_gzip(path: str):
    with open(path, "rb") as probe:
        magic = probe.read(2)
    return gzip.open(path, "rb") if magic == GZIP_MAGIC else open(path, "rb")


class ReadShards(Step):
    """Reader step: `ShardSpec`s in, `Document`s and error `Record`s out."""

    def run(self, items: Iterable[ShardSpec]) -> Iterator[Document | Record]:
        for spec in items:
            yield from read_shard(spec)


def read_shard(spec: ShardSpec) -> Iterator[Document | Record]:
    if spec.kind == "files":
        for path in spec.paths:
            yield read_file(path)
    elif spec.kind == "warc":
        yield from read_warc(spec.paths[0], spec.offset, spec.count)
    elif spec.kind == "jsonl":
        yield from read_jsonl(spec.paths[0], spec.offset, spec.first, spec.count)
    else:
        yield from read_parquet(spec.paths[0], spec.offset, spec.count)


def read_file(path: str) -> Document | Record:
    """One `.html[.gz]` or `.txt[.gz]` file as a document, or an error row."""
    kind = kind_of(path)
    if kind == "missing" or not Path(path).exists():
        return error_row(path, "no such file")
    if kind not in ("html", "text"):
        return error_row(path, "unknown input kind (expected .warc[.gz], .html[.gz], .txt, .jsonl or .parquet)")
    try:
        data = Path(path).read_bytes()
        if data.startswith(GZIP_MAGIC):
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        reason = f"corrupt gzip: {exc}" if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)) else str(exc)
        return error_row(path, reason)
    if not data.strip():
        return error_row(path, "empty file")
    binary = sniff_binary(data)
    if binary:
        return error_row(path, f"not html: {binary}" if kind == "html" else f"not text: {binary}")
    if kind == "html":
        return Document(source=path, html=data)
    return Document(source=path, text=data.decode("utf-8", errors="replace"))


def read_jsonl(path: str, offset: int, first: int, count: int | None) -> Iterator[Document | Record]:
    """Lines `first + 1 …` of a JSONL file: objects with `html` or `text`, `url` and optional `id`."""
    line_no = first
    try:
        with _open_maybe_gzip(path) as fh:
            fh.seek(offset)
            for raw in fh:
                if count is not None and line_no - first >= count:
                    return
                line_no += 1
                if raw.strip():
                    yield _jsonl_row(f"{path}:{line_no}", raw, line_no)
    except (OSError, EOFError, zlib.error) as exc:
        yield error_row(f"{path}:{line_no + 1}", f"unreadable after line {line_no}: {exc}")
        return
    if line_no == 0 and count is None:
        yield error_row(path, "empty file")


def _jsonl_row(source: str, raw: bytes, line_no: int) -> Document | Record:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return error_row(source, f"line {line_no}: invalid JSON: {exc}")
    if not isinstance(data, dict):
        return error_row(source, f"line {line_no}: not a JSON object")
    return document_from_fields(source, data, f"line {line_no}")


def document_from_fields(source: str, data: dict, where: str) -> Document | Record:
    """A row with `html` or `text` (plus `url`, `id`) as a document; an error row without either."""
    url = data.get("url") if isinstance(data.get("url"), str) else None
    row_id = as_id(data.get("id"))
    html, text = data.get("html"), data.get("text")
    if isinstance(html, (str, bytes)) and html:
        return Document(source=source, id=row_id, url=url, html=html.encode("utf-8") if isinstance(html, str) else html)
    if isinstance(text, str) and text:
        return Document(source=source, id=row_id, url=url, text=text)
    return error_row(source, f"{where}: no html or text field", url=url, id=row_id)


def read_parquet(path: str, start: int, count: int | None) -> Iterator[Document | Record]:
    """Rows `start …` of a Parquet file with `html` or `text` plus `url` (and optional `id`) columns."""
    try:
        table = pq.ParquetFile(path)
        names = [n for n in ("html", "text", "url", "id") if n in table.schema_arrow.names]
        if "html" not in names and "text" not in names:
            yield error_row(path, "no html or text column")
            return
        row = 0
        for batch in table.iter_batches(batch_size=PARQUET_BATCH, columns=names):
            for data in _rows_in_range(batch.to_pylist(), row, start, count):
                yield document_from_fields(f"{path}#{data[0]}", data[1], f"row {data[0]}")
            row += batch.num_rows
            if count is not None and row >= start + count:
                return
    except (OSError, ValueError) as exc:
        yield error_row(f"{path}#{start}", f"unreadable Parquet: {exc}")


def _rows_in_range(rows: Sequence[dict], row: int, start: int, count: int | None) -> Iterator[tuple[int, dict]]:
    for i, data in enumerate(rows, row):
        if i >= start and (count is None or i < start + count):
            yield i, data
