"""Bytes → text in the HTML5 order: BOM, HTTP charset, `<meta>` charset, then detection.

A declaration is trusted unless the bytes contradict it: a page that says UTF-8 but
is not valid UTF-8 (usually cp1252) falls back to detection, and a page that says a
single-byte charset but is valid multi-byte UTF-8 is read as UTF-8.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

PRESCAN_BYTES = 4096  # where pages declare their charset; HTML5 scans 1 KB, real heads run longer
DETECT_SAMPLE_BYTES = 64 * 1024  # enough text for charset-normalizer to be sure, bounded in time
FALLBACK_ENCODING = "cp1252"  # what browsers assume for undeclared Western pages; never fails to decode

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
# WHATWG maps these labels to windows-1252, which is a superset of what pages mean by them.
LABEL_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
                 "us-ascii": "cp1252", "iso8859-1": "cp1252", "x-user-defined": "cp1252"}
NON_ASCII = re.compile(rb"[\x80-\xff]")
MARKUP = re.compile(rb"<[^>]{0,2000}>")  # tags skew detection towards ASCII charsets


def decode_html(data: bytes | str, http_charset: str | None = None) -> tuple[str, str]:
    """The page as text and the encoding used to read it."""
    if isinstance(data, str):
        return data, "unicode"
    for bom, name in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), name
    declared = _codec(http_charset) or _meta_charset(data[:PRESCAN_BYTES])
    if declared and declared not in ("utf-8", "utf-16-le", "utf-16-be", "utf-16"):
        utf8 = _strict_utf8(data) if NON_ASCII.search(data[:DETECT_SAMPLE_BYTES]) else None
        if utf8 is not None:  # a single-byte label on multi-byte UTF-8 text is a lie
            return utf8, "utf-8"
        return data.decode(declared, errors="replace"), declared
    utf8 = _strict_utf8(data)
    if utf8 is not None:
        return utf8, "utf-8"
    detected = _detect(data)
    return data.decode(detected, errors="replace"), detected


def _strict_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _meta_charset(head: bytes) -> str | None:
    match = META_CHARSET.search(head)
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _detect(data: bytes) -> str:
    """The most likely encoding of bytes that are not UTF-8 (markup stripped from the sample)."""
    sample = MARKUP.sub(b" ", data[:DETECT_SAMPLE_BYTES])
    results = charset_normalizer.from_bytes(sample)
    best = results.best()
    if best is not None and any(match.encoding == FALLBACK_ENCODING and match.chaos <= best.chaos
                                and match.coherence >= best.coherence for match in results):
        return FALLBACK_ENCODING  # a tie (cp1250 reads French as well as cp1252 does): take the web's default
    name = _codec(best.encoding) if best is not None else None
    return name if name and name != "utf-8" else FALLBACK_ENCODING
