"""Bytes → text in the HTML5 order: BOM, HTTP charset, `<meta>` charset, then detection.

Only labels of the WHATWG Encoding Standard count (`copydesk.html.charsets`): any other
(`utf-32`, `cp500`, `hex`…) is ignored and detection decides, as in a browser; a `<meta>`
UTF-16 label means UTF-8, as the standard says. A declaration is trusted unless the bytes
contradict it: a page that says UTF-8 but is not valid UTF-8 (usually cp1252) falls back to
detection, and a page that says a single-byte charset but is valid multi-byte UTF-8 is read
as UTF-8. The "replacement" encodings (ISO-2022-KR, HZ…) read as one U+FFFD, which
`parse_html` refuses like any text that is mostly replacement characters.
"""

from __future__ import annotations

import codecs
import re

from copydesk.html.charsets import REPLACEMENT, codec_for_label, known_codecs

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
UTF16 = ("utf-16-le", "utf-16-be")
NON_ASCII = re.compile(rb"[\x80-\xff]")
MARKUP = re.compile(rb"<[^>]{0,2000}>")  # tags skew detection towards ASCII charsets


def decode_html(data: bytes | str, http_charset: str | None = None) -> tuple[str, str]:
    """The page as text and the encoding used to read it."""
    if isinstance(data, str):
        return data, "unicode"
    for bom, name in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), name
    declared = codec_for_label(http_charset) or _meta_charset(data[:PRESCAN_BYTES])
    if declared == REPLACEMENT:
        return "\ufffd", REPLACEMENT
    if declared and declared != "utf-8" and declared not in UTF16:  # UTF-16 without a BOM: detection decides
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
    codec = codec_for_label(match.group(1).decode("ascii", "ignore")) if match else None
    return "utf-8" if codec in UTF16 else codec  # a page that can state it in ASCII is not UTF-16


def _detected_codec(name: str | None) -> str | None:
    """The codec of a name charset-normalizer gives, if a browser could read a page in it."""
    try:
        codec = codecs.lookup(name).name if name else None
    except LookupError:
        return None
    return codec if codec in known_codecs() else None


def _detect(data: bytes) -> str:
    """The most likely encoding of bytes that are not UTF-8 (markup stripped from the sample)."""
    import charset_normalizer  # only undeclared pages that are not UTF-8 need it: ~25 ms of start-up

    sample = MARKUP.sub(b" ", data[:DETECT_SAMPLE_BYTES])
    results = charset_normalizer.from_bytes(sample)
    best = results.best()
    if best is not None and any(match.encoding == FALLBACK_ENCODING and match.chaos <= best.chaos
                                and match.coherence >= best.coherence for match in results):
        return FALLBACK_ENCODING  # a tie (cp1250 reads French as well as cp1252 does): take the web's default
    name = _detected_codec(best.encoding) if best is not None else None
    return name if name and name != "utf-8" else FALLBACK_ENCODING
