"""Writing fetches to WARC/1.1 with FastWARC: a `request` and a `response` record per
exchange, and a `metadata` record for a URL that got no answer worth keeping.

A crawl writes two files. The main WARC holds one outcome per URL asked for (the
final answer, or the failure record), so `copydesk run` on it yields one row per
URL. Everything else fetched on the way (robots.txt, feeds, sitemaps, redirect
answers, answers that were retried) goes to the auxiliary WARC beside it.
"""

from __future__ import annotations

import base64
import hashlib
import threading
import uuid
from pathlib import Path
from typing import BinaryIO

import orjson
from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

from copydesk.errors import FetchError
from copydesk.fetch.result import Exchange

FAILURE_CONTENT_TYPE = "application/vnd.copydesk.fetch-error+json"
# Hop-by-hop and coding headers no longer true of the decoded body we store.
DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length", "connection", "keep-alive"})
SOFTWARE = "copydesk fetch"


def aux_path(path: str | Path) -> Path:
    """`news.aux.warc.gz` beside `news.warc.gz`: where the hops of a crawl go."""
    path = Path(path)
    name = path.name
    for suffix in (".warc.gz", ".warc"):
        if name.endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".aux" + suffix)
    return path.with_name(name + ".aux.warc.gz")


class WarcSink:
    """Appends records to a `.warc.gz` (one gzip member per record) or plain `.warc` file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._gzip = self.path.name.endswith(".gz")
        self._stream: GzipWriter | BinaryIO = GzipWriter(str(self.path)) if self._gzip else open(self.path, "wb")
        self._lock = threading.Lock()
        self._write(_warcinfo(self.path.name))

    def __enter__(self) -> WarcSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stream.close()

    def write_exchange(self, exchange: Exchange) -> None:
        """A request record and its response record, linked by `WARC-Concurrent-To`."""
        request, response = _request_record(exchange), _response_record(exchange)
        request.headers["WARC-Concurrent-To"] = response.headers["WARC-Record-ID"]
        with self._lock:
            self._write(request)
            self._write(response)

    def write_failure(self, url: str, error: FetchError, *, date: str | None = None) -> None:
        """A `metadata` record for a URL that yielded no answer: its status and reason as JSON."""
        body = orjson.dumps({"url": url, "status": str(error.status), "reason": error.reason})
        record = _record(WarcRecordType.metadata, url, FAILURE_CONTENT_TYPE, body, date)
        with self._lock:
            self._write(record)

    def _write(self, record: WarcRecord) -> None:
        record.write(self._stream, checksum_data=True)
        if isinstance(self._stream, GzipWriter):
            self._stream.finish()  # each record its own gzip member, so readers can seek to it


def _record(kind: WarcRecordType, url: str | None, content_type: str, block: bytes, date: str | None) -> WarcRecord:
    record = WarcRecord()
    record.init_headers(record_type=kind, record_urn=f"uuid:{uuid.uuid4()}".encode("ascii"))
    if date:
        record.headers["WARC-Date"] = date
    if url:
        record.headers["WARC-Target-URI"] = url
    record.headers["Content-Type"] = content_type
    record.set_bytes_content(block)
    return record


def _warcinfo(filename: str) -> WarcRecord:
    record = _record(WarcRecordType.warcinfo, None, "application/warc-fields",
                     f"software: {SOFTWARE}\r\nformat: WARC File Format 1.1\r\n".encode(), None)
    record.headers["WARC-Filename"] = filename
    return record


def _request_record(exchange: Exchange) -> WarcRecord:
    parts = exchange.url.split("/", 3)
    target = "/" + (parts[3] if len(parts) > 3 else "")
    # httpx sends HTTP/1.1 (an HTTP/1.0 server still answers in 1.0) or HTTP/2, written as 1.1.
    head = f"GET {target} HTTP/1.1\r\n" + _header_lines(exchange.request_headers) + "\r\n"
    return _record(WarcRecordType.request, exchange.url, "application/http; msgtype=request",
                   head.encode("latin-1", errors="replace"), exchange.date)


def _response_record(exchange: Exchange) -> WarcRecord:
    headers = [(k, v) for k, v in exchange.headers if k.lower() not in DROPPED_HEADERS]
    headers.append(("Content-Length", str(len(exchange.body))))
    status = f"{_version(exchange)} {exchange.status_code} {exchange.reason}".rstrip()
    head = (status + "\r\n" + _header_lines(tuple(headers)) + "\r\n").encode("latin-1", errors="replace")
    record = _record(WarcRecordType.response, exchange.url, "application/http; msgtype=response",
                     head + exchange.body, exchange.date)
    digest = base64.b32encode(hashlib.sha1(exchange.body).digest()).decode()
    record.headers["WARC-Payload-Digest"] = f"sha1:{digest}"
    if exchange.truncated:
        record.headers["WARC-Truncated"] = "length"
    return record


def _version(exchange: Exchange) -> str:
    # WARC readers parse HTTP/1.x framing; an HTTP/2 exchange is written in that framing.
    return "HTTP/1.1" if exchange.http_version.upper().startswith("HTTP/2") else exchange.http_version


def _header_lines(headers: tuple[tuple[str, str], ...]) -> str:
    return "".join(f"{name}: {value}\r\n" for name, value in headers)
