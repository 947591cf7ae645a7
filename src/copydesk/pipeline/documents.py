"""What readers yield: a `Document` to extract or clean, or an error `Record` for input
that could not be read. Both carry the row's `source`, which is unique in a run."""

from __future__ import annotations

from dataclasses import dataclass

from copydesk.model import Record, Status, failed

# Leading bytes of binary formats often saved under an .html name or served as a page.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"RIFF", "image/webp"),
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
    (b"wOFF", "font/woff"),
    (b"wOF2", "font/woff2"),
)


@dataclass(frozen=True, slots=True)
class Document:
    """One input record: an HTML page (`html`) or scraped text (`text`), never both."""

    source: str
    id: str | None = None
    url: str | None = None
    html: bytes | None = None
    text: str | None = None
    http_charset: str | None = None
    fetched: str | None = None  # when it was fetched (a WARC record's date): no story is dated later


def error_row(source: str, reason: str, *, url: str | None = None, id: str | None = None) -> Record:
    """The output row of an input that could not be read."""
    return Record(article=failed(Status.ERROR, reason, url=url), id=id, source=source)


def sniff_binary(data: bytes) -> str | None:
    """The media type of a binary file by its magic bytes, or None when it may be text."""
    for magic, media_type in BINARY_MAGIC:
        if data.startswith(magic):
            return media_type
    return None


def as_id(value: object) -> str | None:
    """An input's own id as text (`7` → `"7"`); the output column is a string."""
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)
