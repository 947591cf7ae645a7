"""What an input is when it is not an HTML page, from its first bytes, as browsers sniff
(WHATWG MIME Sniffing, "identifying an unknown MIME type"), plus JSON and plain text.

`sniff_type` names the type of a PDF, image, font, audio/video file, archive, JSON
document or markup-free text; None means the input may be a page.
"""

from __future__ import annotations

import re

import orjson

GZIP_MAGIC = b"\x1f\x8b"  # the first bytes of any gzip stream, whatever its name says

# Signatures at offset 0 (the sniffing standard's tables, and the archives a crawl meets).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"%!PS-Adobe-", "application/postscript"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
    (b"\x00\x00\x02\x00", "image/x-icon"),
    (b"wOFF", "font/woff"),
    (b"wOF2", "font/woff2"),
    (b"OTTO", "font/otf"),
    (b"\x00\x01\x00\x00", "font/ttf"),
    (b"OggS\x00", "application/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (GZIP_MAGIC + b"\x08", "application/gzip"),
    (b"PK\x03\x04", "application/zip"),
    (b"Rar!\x1a\x07", "application/x-rar-compressed"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"BZh", "application/x-bzip2"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"\x28\xb5\x2f\xfd", "application/zstd"),
)
RIFF_TYPES = {b"WEBP": "image/webp", b"WAVE": "audio/wave", b"AVI ": "video/avi"}
MP4_BRAND = re.compile(rb"^....ftyp", re.S)  # ISO media: a size, then the `ftyp` box
ANY_TAG = re.compile(r"<[A-Za-z!?/]")  # anything an HTML tokenizer opens a tag or comment on
ANY_TAG_BYTES = re.compile(rb"<[A-Za-z!?/]")
JSON_START = re.compile(rb"^\s*[\[{]")
JSON_START_TEXT = re.compile(r"^\s*[\[{]")


def sniff_type(data: bytes | str) -> str | None:
    """The media type of `data` when it is plainly not an HTML page, else None."""
    return magic_type(data) or text_type(data)


def magic_type(data: bytes | str) -> str | None:
    """The media type a file signature at the start of `data` names, or None."""
    head = data[:16].encode("utf-8", "replace") if isinstance(data, str) else data[:16]
    for magic, media_type in MAGIC:
        if head.startswith(magic):
            return media_type
    if head.startswith(b"RIFF") and head[8:12] in RIFF_TYPES:
        return RIFF_TYPES[head[8:12]]
    if MP4_BRAND.match(head):
        return "video/mp4"
    return None


def text_type(data: bytes | str) -> str | None:
    """`text/plain` for text without a single tag, `application/json` for a JSON document, else None."""
    if isinstance(data, str):
        if ANY_TAG.search(data) is None:
            return "text/plain"
        starts_like_json = JSON_START_TEXT.match(data) is not None
    else:
        if ANY_TAG_BYTES.search(data) is None:
            return "text/plain"
        starts_like_json = JSON_START.match(data) is not None
    if starts_like_json and _is_json(data):
        return "application/json"
    return None


def _is_json(data: bytes | str) -> bool:
    try:
        orjson.loads(data)
    except orjson.JSONDecodeError:
        return False
    return True
