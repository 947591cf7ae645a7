"""WARC and WARC.gz input via FastWARC: response records with HTML become `Document`s.

The failure records `copydesk fetch`/`crawl` write (a `metadata` record per URL
that got no answer) become error rows with their status and reason, so a crawl's
WARC gives one row per URL; other metadata records are not inputs and are skipped.

A big WARC is read in chunks of records: planning notes the byte offset of every
chunk's first response record, and a chunk's reader seeks there (each record of a
WARC.gz is its own gzip member, so a member boundary is a valid place to start).
The chunk that reads to the end also checks the file's tail, because FastWARC ends
a truncated file silently: a cut-off last record becomes an error row, not a short page.
A damaged record in the middle (a corrupt gzip member, garbage between records) becomes one
error row saying how many bytes were skipped, and reading resumes at the next gzip member
that opens a WARC record (or, uncompressed, the next `WARC/1.x` header line).
"""

from __future__ import annotations

import re
import uuid
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson
from fastwarc.stream_io import GzipWriter
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from copydesk.fetch.warc import FAILURE_CONTENT_TYPE
from copydesk.html.sniff import GZIP_MAGIC
from copydesk.model import Record, Status, failed
from copydesk.pipeline.documents import Document, error_row

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
READ_CHUNK = 1 << 20  # tail checks stream the file in 1 MiB reads
MAX_HEADER_BYTES = 64 * 1024  # a WARC header block is a few hundred bytes; more is not a header
GZIP_MEMBER = GZIP_MAGIC + b"\x08"  # a gzip member with deflate, as every WARC.gz writer makes
RESYNC_MARK = re.compile(re.escape(GZIP_MEMBER) + rb"|\r\nWARC/1\.[01]\r\n")
RESYNC_OVERLAP = 16  # bytes a window shares with the next, so no mark is cut in two
INPUT_RECORDS = WarcRecordType.response | WarcRecordType.metadata  # planning and reading count the same records


def plan_warc(path: Path, chunk: int) -> list[tuple[int, int | None]]:
    """`(offset, count)` for each chunk of `chunk` input records; the last counts to the end (None)."""
    starts = [0]
    seen = 0
    try:
        for record in ArchiveIterator(str(path), record_types=INPUT_RECORDS, parse_http=False):
            if seen and seen % chunk == 0:
                starts.append(record.stream_pos)
            seen += 1
    except OSError:
        pass  # the chunk reading to the end meets the damage and reports it as an error row
    counts: list[int | None] = [chunk] * (len(starts) - 1) + [None]
    return list(zip(starts, counts))


def read_warc(path: str, offset: int, count: int | None) -> Iterator[Document | Record]:
    """The rows of one chunk's input records (`count` records from `offset`, or all to the end)."""
    held: Document | Record | None = None  # one record behind, so a cut-off last record can be replaced
    held_pos = offset
    read = 0
    start = offset
    damaged: tuple[int, str] | None = None  # where a damaged span began and why, until a record reads again
    with open(path, "rb") as fh:
        while True:
            fh.seek(start)
            try:
                for record in ArchiveIterator(fh, record_types=INPUT_RECORDS, parse_http=True):
                    if count is not None and read >= count:
                        break
                    read += 1
                    if damaged is not None:
                        yield _skipped(path, *damaged, record.stream_pos)
                        damaged = None
                    row = _read_record(path, record)
                    if row is None:
                        continue
                    if held is not None:
                        yield held
                    held, held_pos = row, record.stream_pos
                break
            except OSError as exc:
                if damaged is None:
                    damaged = (_record_end(fh, held_pos) if held is not None else start, str(exc))
                if held is not None:
                    yield held
                    held = None
                resume = _next_record(fh, max(damaged[0], start) + 1)
                if resume is None:
                    yield error_row(f"{path}@{damaged[0]}", f"corrupt WARC after offset {damaged[0]}: {damaged[1]}")
                    return
                start = held_pos = resume
    if damaged is not None:
        yield _skipped(path, *damaged, start)
    if count is not None:
        if held is not None:
            yield held
        return
    yield from _finish(path, held, held_pos, offset)


def _skipped(path: str, start: int, why: str, resume: int) -> Record:
    return error_row(f"{path}@{start}", f"corrupt WARC: {resume - start} bytes skipped from offset {start} "
                                        f"to the next record at {resume} ({why})")


def _record_end(fh: BinaryIO, pos: int) -> int:
    """Where the record read at `pos` ends: the end of its gzip member or of its content block."""
    fh.seek(pos)
    if fh.read(2) != GZIP_MAGIC:
        fh.seek(pos)
        head = fh.read(MAX_HEADER_BYTES)
        end = head.find(b"\r\n\r\n")
        length = _content_length(head[:end]) if end >= 0 else None
        return pos + end + 4 + length + 4 if length is not None else pos
    fh.seek(pos)
    inflater, consumed = zlib.decompressobj(31), pos
    try:
        while chunk := fh.read(READ_CHUNK):
            inflater.decompress(chunk)
            if inflater.eof:
                return consumed + len(chunk) - len(inflater.unused_data)
            consumed += len(chunk)
    except zlib.error:
        pass
    return pos


def _next_record(fh: BinaryIO, pos: int) -> int | None:
    """The offset of the first WARC record after `pos`: a gzip member that inflates to a WARC
    header, or an uncompressed `WARC/1.` header line; None when there is none."""
    while True:
        fh.seek(pos)
        window = fh.read(READ_CHUNK + RESYNC_OVERLAP)
        if not window:
            return None
        for candidate in RESYNC_MARK.finditer(window):
            start = pos + candidate.start() + (2 if candidate.group().startswith(b"\r\n") else 0)
            if candidate.group() == GZIP_MEMBER and _opens_warc_member(fh, start):
                return start
            if candidate.group() != GZIP_MEMBER:
                return start
        if len(window) <= RESYNC_OVERLAP:
            return None
        pos += READ_CHUNK


def _opens_warc_member(fh: BinaryIO, pos: int) -> bool:
    fh.seek(pos)
    try:
        head = zlib.decompressobj(31).decompress(fh.read(MAX_HEADER_BYTES), len(b"WARC/1."))
    except zlib.error:
        return False
    return head == b"WARC/1."


def _finish(path: str, held: Document | Record | None, held_pos: int, offset: int) -> Iterator[Document | Record]:
    problem = _tail_problem(path, held_pos if held is not None else offset)
    if problem is None:
        if held is not None:
            yield held
        return
    where, reason = problem
    if held is not None and where != held_pos:
        yield held
    yield error_row(f"{path}@{where}", reason)


def _read_record(path: str, record: WarcRecord) -> Document | Record | None:
    url = record.headers.get("WARC-Target-URI")
    record_id = record.record_id
    source = f"{path}@{record.stream_pos} {record_id}"
    if record.record_type == WarcRecordType.metadata:
        return _fetch_failure(record, source, url)
    status = record.http_headers.status_code if record.http_headers is not None else None
    if status is not None and not 200 <= status < 300:
        return error_row(source, f"http status {status}", url=url, id=record_id)
    media_type = (record.http_content_type or "").lower()
    if media_type and media_type not in HTML_TYPES:
        return error_row(source, f"not html: {media_type}", url=url, id=record_id)
    body = record.reader.read()
    fetched = record.headers.get("WARC-Date")
    return Document(source=source, id=record_id, url=url, html=body, http_charset=record.http_charset,
                    fetched=fetched[:10] if fetched else None)


def _fetch_failure(record: WarcRecord, source: str, url: str | None) -> Record | None:
    """The row of a URL that `copydesk fetch` could not get, or None for any other metadata record."""
    if record.headers.get("Content-Type") != FAILURE_CONTENT_TYPE:
        return None
    try:
        failure = orjson.loads(record.reader.read())
        status = Status(failure["status"])
        reason = str(failure["reason"])
    except (orjson.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
        status, reason = Status.ERROR, f"unreadable fetch-failure record: {exc}"
    return Record(article=failed(status, reason, url=url), id=record.record_id, source=source)


def _tail_problem(path: str, pos: int) -> tuple[int, str] | None:
    """Where and why the file is cut off or damaged from `pos` on (the last record read), or None."""
    with open(path, "rb") as fh:
        fh.seek(pos)
        head = fh.read(2)
        fh.seek(pos)
        if not head:
            return (pos, "empty file") if pos == 0 else None
        if head == GZIP_MAGIC:
            return _gzip_tail(fh, pos)
        return _plain_tail(fh, pos)


def _gzip_tail(fh, pos: int) -> tuple[int, str] | None:
    """Every gzip member from `pos` to the end must be complete."""
    member_start, consumed = pos, pos
    inflater, fed = zlib.decompressobj(31), False
    try:
        while chunk := fh.read(READ_CHUNK):
            data = chunk
            while data:
                inflater.decompress(data)
                fed = True
                if not inflater.eof:
                    consumed += len(data)
                    break
                used = len(data) - len(inflater.unused_data)
                consumed += used
                member_start, data = consumed, inflater.unused_data
                inflater, fed = zlib.decompressobj(31), False
    except zlib.error as exc:
        return member_start, f"corrupt gzip at offset {member_start}: {exc}"
    if fed and not inflater.eof:
        return member_start, f"truncated WARC: record at offset {member_start} is cut off"
    return None


def _plain_tail(fh, pos: int) -> tuple[int, str] | None:
    """The uncompressed record at `pos` must hold as many bytes as its Content-Length says."""
    head = fh.read(MAX_HEADER_BYTES)
    end = head.find(b"\r\n\r\n")
    if not head.startswith(b"WARC/") or end < 0:
        return pos, f"not a WARC record at offset {pos}"
    length = _content_length(head[:end]) or 0
    fh.seek(0, 2)
    if fh.tell() < pos + end + 4 + length:
        return pos, f"truncated WARC: record at offset {pos} is cut off"
    return None


def _content_length(header: bytes) -> int | None:
    for line in header.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            return int(value.strip())
    return None


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTTP response to store in a WARC: what `write_warc` takes."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    record_id: str | None = None  # a `urn:uuid:…`; derived from the url and position when None


def write_warc(path: Path, pages: Iterable[WarcPage]) -> int:
    """Write `pages` as WARC response records (gzip per record when `path` ends in .gz); returns the count."""
    count = 0
    with open(path, "wb") as fh:
        stream = GzipWriter(fh) if str(path).endswith(".gz") else fh
        for count, page in enumerate(pages, 1):
            _response(page, count).write(stream)
            if isinstance(stream, GzipWriter):
                stream.finish()  # one gzip member per record, so readers can seek to any record
        if isinstance(stream, GzipWriter):
            stream.close()
    return count


def _response(page: WarcPage, number: int) -> WarcRecord:
    urn = page.record_id or f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{number}:{page.url}')}"
    record = WarcRecord()
    record.init_headers(WarcRecordType.response, record_urn=urn.removeprefix("urn:").encode("ascii"))
    record.headers.append("WARC-Target-URI", page.url)
    record.headers.append("Content-Type", "application/http; msgtype=response")
    head = f"HTTP/1.1 {page.status}\r\nContent-Type: {page.content_type}\r\n\r\n".encode("latin-1")
    record.set_bytes_content(head + page.body)
    return record
