"""Inputs → shards → `Document`s: WARC, HTML files, text files, JSONL and Parquet.

`plan_shards` expands the command-line inputs (files, folders, globs) in a fixed
order and cuts them into shards of at most `size` records: consecutive one-record
files are grouped, multi-record files are split by record count. `ReadShards` is
the reader step: shard specs in, `Document`s (or error `Record`s) out, in order.
Nothing a reader meets raises: a missing, empty, corrupt or foreign input is an
error row whose `reason` says what was wrong. Only a run that names nothing to
read (a missing path, a glob matching nothing, a folder without inputs) is an
`InputError` before any work starts.

Input kinds are one registry, `INPUT_KINDS`: a kind's file suffixes and either a
planner and a shard reader (files of many records) or a document builder (files
of one record each). A new input format is its functions plus one line there.
"""

from __future__ import annotations

import glob
import gzip
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from copydesk.errors import InputError
from copydesk.html.sniff import GZIP_MAGIC
from copydesk.model import Record
from copydesk.pipeline.base import Step
from copydesk.pipeline.documents import Document, as_id, error_row, sniff_binary

if TYPE_CHECKING:
    from pyarrow.parquet import ParquetFile

PARQUET_BATCH = 256  # rows decoded at a time: bounded memory for wide HTML columns
FILES = "files"  # the shard kind of a run of one-record files


@dataclass(frozen=True, slots=True)
class ShardSpec:
    """How to read one shard: a run of one-record files, or `count` records of one file from `offset`."""

    kind: str  # FILES, or the input kind of a many-record file ("warc", "jsonl", "parquet")
    paths: tuple[str, ...]
    offset: int = 0  # byte offset (warc, jsonl) or first row (parquet)
    first: int = 0  # ordinal of the first record in its file (jsonl line numbers)
    count: int | None = None  # records to read; None: to the end of the file
    pages: int = 1  # records the shard holds as planned, for progress counted in pages


@dataclass(frozen=True, slots=True)
class InputKind:
    """One input format: its file suffixes, and how its files become shards and documents."""

    suffixes: tuple[str, ...]
    # A file of many records: its shards of at most `size` records, and one shard's rows.
    plan: Callable[[str, int], list[ShardSpec]] | None = None
    read: Callable[[ShardSpec], Iterator[Document | Record]] | None = None
    # A file of one record: its (gunzipped, non-empty, non-binary) bytes as a document.
    document: Callable[[str, bytes], Document] | None = None
    text: bool = False  # may hold scraped text (what `--profiles auto` learns from)

    def __post_init__(self) -> None:
        if (self.document is None) == (self.plan is None or self.read is None):
            raise TypeError("an input kind has either `document`, or `plan` and `read`")


@dataclass(slots=True)
class Expanded:
    """The input files of a run, `(path, kind)` in order, and the files folder scans skipped."""

    files: list[tuple[str, str | None]] = field(default_factory=list)  # kind None: not a known input
    skipped: Counter[str] = field(default_factory=Counter)  # by suffix ("(none)" for none)


def kind_of(path: str) -> str | None:
    """The input kind of a file by its name, or None."""
    name = path.lower()
    return next((kind for suffix, kind in _SUFFIXES if name.endswith(suffix)), None)


def expand_inputs(inputs: Iterable[str | Path]) -> Expanded:
    """Every input file: folders walked and globs expanded, each sorted. `InputError` for a path
    that does not exist, a glob matching no file, or a folder holding no input file."""
    out = Expanded()
    for item in inputs:
        name = str(item)
        path = Path(name)
        if path.is_dir():
            found = 0
            for child in sorted(str(p) for p in path.rglob("*") if p.is_file()):
                kind = kind_of(child)
                if kind is None:
                    out.skipped[Path(child).suffix.lower() or "(none)"] += 1
                else:
                    out.files.append((child, kind))
                    found += 1
            if not found:
                raise InputError(f"{name}: no input files in this folder{_skipped_note(out.skipped)}")
        elif path.exists():
            out.files.append((name, kind_of(name)))
        elif glob.has_magic(name):
            matches = [f for f in sorted(glob.glob(name, recursive=True)) if Path(f).is_file()]
            if not matches:
                raise InputError(f"{name}: no file matches")
            out.files.extend((f, kind_of(f)) for f in matches)
        else:
            raise InputError(f"{name}: no such file or folder")
    return out


def _skipped_note(skipped: Counter[str]) -> str:
    return f" (skipped {describe_skipped(skipped)})" if skipped else ""


def describe_skipped(skipped: Counter[str] | dict[str, int]) -> str:
    """`3 files: 2 .png, 1 .css`, most frequent suffix first."""
    counts = Counter(skipped)
    parts = ", ".join(f"{n} {suffix}" for suffix, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    total = sum(counts.values())
    return f"{total} file{'s' if total != 1 else ''}: {parts}"


def plan_shards(inputs: Iterable[str | Path] | Expanded, size: int) -> list[ShardSpec]:
    """The shards of a run, in output order (input order, then record order)."""
    expanded = inputs if isinstance(inputs, Expanded) else expand_inputs(inputs)
    specs: list[ShardSpec] = []
    singles: list[str] = []
    for path, kind in expanded.files:
        plan = INPUT_KINDS[kind].plan if kind is not None else None
        if plan is None:  # one record: a known single-record kind, or an error row for an unknown one
            singles.append(path)
            if len(singles) == size:
                specs.append(_files_shard(singles))
                singles = []
            continue
        if singles:
            specs.append(_files_shard(singles))
            singles = []
        specs.extend(plan(path, size))
    if singles:
        specs.append(_files_shard(singles))
    return specs


def may_hold_text(spec: ShardSpec) -> bool:
    """Whether a shard may hold scraped text: a run of one-record files, or a text-bearing kind."""
    return spec.kind == FILES or INPUT_KINDS[spec.kind].text


def _files_shard(paths: list[str]) -> ShardSpec:
    return ShardSpec(FILES, tuple(paths), pages=len(paths))


def _plan_warc(path: str, size: int) -> list[ShardSpec]:
    from copydesk.pipeline.warc import plan_warc  # FastWARC loads for runs that read WARC only

    chunks = plan_warc(Path(path), size)
    return [ShardSpec("warc", (path,), offset, 0, count, pages=count if count is not None else _warc_tail(path, offset))
            for offset, count in chunks]


def _warc_tail(path: str, offset: int) -> int:
    """Input records from `offset` to the end (the last chunk's size, for progress)."""
    from fastwarc.warc import ArchiveIterator

    from copydesk.pipeline.warc import INPUT_RECORDS

    seen = 0
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            for _ in ArchiveIterator(fh, record_types=INPUT_RECORDS, parse_http=False):
                seen += 1
    except OSError:
        pass
    return max(seen, 1)


def _plan_jsonl_file(path: str, size: int) -> list[ShardSpec]:
    chunks = _plan_jsonl(path, size)
    return [ShardSpec("jsonl", (path,), offset, first, count, pages=pages) for offset, first, count, pages in chunks]


def _plan_parquet_file(path: str, size: int) -> list[ShardSpec]:
    return [ShardSpec("parquet", (path,), start, start, count, pages=pages)
            for start, count, pages in _plan_parquet(path, size)]


def _read_warc(spec: ShardSpec) -> Iterator[Document | Record]:
    from copydesk.pipeline.warc import read_warc

    return read_warc(spec.paths[0], spec.offset, spec.count)


def _plan_jsonl(path: str, size: int) -> list[tuple[int, int, int | None, int]]:
    starts = [(0, 0)]
    line = 0
    try:
        with _open_maybe_gzip(path) as fh:
            pos = 0
            for raw in fh:
                line += 1
                pos += len(raw)
                if line % size == 0:
                    starts.append((pos, line))
    except (OSError, EOFError, zlib.error):
        pass  # the last shard meets the damage and reports it
    last = len(starts) - 1
    return [(offset, first, size if i < last else None, size if i < last else max(line - first, 1))
            for i, (offset, first) in enumerate(starts)]


def _plan_parquet(path: str, size: int) -> list[tuple[int, int | None, int]]:
    try:
        rows = _parquet_file(path).metadata.num_rows
    except (OSError, ValueError):  # pyarrow raises ArrowInvalid (a ValueError) on non-Parquet bytes
        return [(0, None, 1)]  # one shard, whose reader reports the damage
    starts = list(range(0, rows, size)) or [0]
    last = len(starts) - 1
    return [(start, size if i < last else None, size if i < last else max(rows - start, 1))
            for i, start in enumerate(starts)]


def _parquet_file(path: str) -> ParquetFile:
    import pyarrow.parquet as pq  # loaded by runs that read Parquet, not by every worker

    return pq.ParquetFile(path)


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
    """The shard's documents and error rows. A reader that fails in a way it did not foresee ends
    its shard with one error row saying where it stopped, so the run goes on (as a step's
    unexpected exception is its record's error row)."""
    if spec.kind == FILES:
        for path in spec.paths:
            try:
                yield read_file(path)
            except Exception as exc:  # an unforeseen failure is this file's row, never the run's end
                yield error_row(path, f"internal error reading the file ({type(exc).__name__}: {exc})")
        return
    read = INPUT_KINDS[spec.kind].read
    assert read is not None, f"{spec.kind} files are planned one record a file"
    records = 0
    try:
        for item in read(spec):
            records += 1
            yield item
    except Exception as exc:  # the rest of the shard cannot be read: one row says what was lost, and why
        where = f"{spec.paths[0]}@{spec.offset}"
        yield error_row(where, f"reading stopped after {records} records of this shard "
                               f"({type(exc).__name__}: {exc}); the records after it are not read")


def read_file(path: str) -> Document | Record:
    """One file of a one-record kind (`.html[.gz]`, `.txt[.gz]`) as a document, or an error row."""
    kind = kind_of(path)
    document = INPUT_KINDS[kind].document if kind is not None else None
    if document is None:
        return error_row(path, f"unknown input kind (expected {', '.join(_SUFFIX_NAMES)})")
    if not Path(path).exists():
        return error_row(path, "no such file")
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
        return error_row(path, f"not {kind}: {binary}")
    return document(path, data)


def _html_document(path: str, data: bytes) -> Document:
    return Document(source=path, html=data)


def _text_document(path: str, data: bytes) -> Document:
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
        table = _parquet_file(path)
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


# The input kinds, by name. Suffixes are matched longest first, so `.warc.gz` is not `.gz`.
INPUT_KINDS: dict[str, InputKind] = {
    "warc": InputKind((".warc.gz", ".warc"), plan=_plan_warc, read=_read_warc),
    "jsonl": InputKind((".jsonl.gz", ".jsonl", ".ndjson"), plan=_plan_jsonl_file, text=True,
                       read=lambda spec: read_jsonl(spec.paths[0], spec.offset, spec.first, spec.count)),
    "parquet": InputKind((".parquet",), plan=_plan_parquet_file, text=True,
                         read=lambda spec: read_parquet(spec.paths[0], spec.offset, spec.count)),
    "html": InputKind((".html.gz", ".htm.gz", ".html", ".htm"), document=_html_document),
    "text": InputKind((".txt.gz", ".txt"), document=_text_document, text=True),
}
_SUFFIXES = sorted(((suffix, kind) for kind, spec in INPUT_KINDS.items() for suffix in spec.suffixes),
                   key=lambda pair: -len(pair[0]))
_SUFFIX_NAMES = [suffix for spec in INPUT_KINDS.values() for suffix in spec.suffixes]
