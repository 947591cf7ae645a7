"""Content-Encoding decoders that stop at a size cap, so a decompression bomb
costs at most the cap in memory and time."""

from __future__ import annotations

import zlib

import brotli

from copydesk.errors import FetchError
from copydesk.model import Status

ACCEPT_ENCODING = "gzip, deflate, br"  # exactly the codings decoded below
GZIP_OR_ZLIB_WBITS = 47  # zlib picks gzip or zlib framing from the header
RAW_DEFLATE_WBITS = -15  # some servers send bare deflate under "deflate"


class _Identity:
    def decode(self, data: bytes, room: int) -> bytes:
        return data


class _Zlib:
    """gzip and deflate; `max_length` bounds the output of every call."""

    def __init__(self, wbits: int) -> None:
        self._inflater = zlib.decompressobj(wbits)

    def decode(self, data: bytes, room: int) -> bytes:
        return self._inflater.decompress(data, room + 1)


class _Deflate(_Zlib):
    """`deflate` is zlib-wrapped by the spec but often raw in practice: try both."""

    def __init__(self) -> None:
        super().__init__(zlib.MAX_WBITS)
        self._started = False

    def decode(self, data: bytes, room: int) -> bytes:
        if not self._started:
            self._started = True
            try:
                return super().decode(data, room)
            except zlib.error:
                self._inflater = zlib.decompressobj(RAW_DEFLATE_WBITS)
        return super().decode(data, room)


class _Brotli:
    def __init__(self) -> None:
        self._decompressor = brotli.Decompressor()

    def decode(self, data: bytes, room: int) -> bytes:
        return self._decompressor.process(data, output_buffer_limit=room + 1)


def _decoder_for(coding: str) -> _Identity | _Zlib | _Brotli:
    if coding in ("", "identity"):
        return _Identity()
    if coding in ("gzip", "x-gzip"):
        return _Zlib(GZIP_OR_ZLIB_WBITS)
    if coding == "deflate":
        return _Deflate()
    if coding == "br":
        return _Brotli()
    raise FetchError(Status.ERROR, f"unsupported content-encoding: {coding}")


class BodyDecoder:
    """Decodes a body chunk by chunk under one `Content-Encoding` (stacked codings
    decode last-applied first). Past `limit` bytes it raises `FetchError(too_large)`,
    or, with `truncate`, cuts the body there and sets `full`."""

    def __init__(self, content_encoding: str | None, limit: int, *, truncate: bool = False) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        self._stages = [_decoder_for(c) for c in reversed(codings)]
        self._limit = limit
        self._truncate = truncate
        self.size = 0
        self.full = False

    def feed(self, data: bytes) -> bytes:
        """The decoded bytes of `data`, counted against the limit."""
        room = self._limit - self.size
        try:
            for stage in self._stages:
                data = stage.decode(data, room)
        except (zlib.error, brotli.error) as exc:
            raise FetchError(Status.ERROR, f"bad content-encoding: {exc}") from exc
        if len(data) > room:
            if not self._truncate:
                raise FetchError(Status.TOO_LARGE, f"decompressed body over {self._limit} bytes")
            data, self.full = data[:room], True
        self.size += len(data)
        return data
