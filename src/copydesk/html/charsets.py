"""Charset labels → Python codecs, as the WHATWG Encoding Standard maps them.

One table (`copydesk/data/whatwg_encodings.json`, transcribed from the standard) for every
place a label comes from: `<meta>`, the Content-Type of a fetch, a WARC record's HTTP header
and a service request. A label the standard does not know (`utf-32`, `cp500`, `hex`, `rot13`…)
names no encoding: the caller ignores it and detection decides, as a browser would.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import orjson

TABLE_FILE = "whatwg_encodings.json"
#: The standard's "replacement" encoding (ISO-2022-KR, HZ…): its decoder yields one U+FFFD for the whole input.
REPLACEMENT = "replacement"
ASCII_WHITESPACE = "\t\n\f\r "  # what the standard trims from a label


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Label → codec (read once; the file never changes, so output does not depend on history)."""
    data = orjson.loads(resources.files("copydesk").joinpath("data", TABLE_FILE).read_bytes())
    return {label: encoding["codec"] or REPLACEMENT for encoding in data["encodings"] for label in encoding["labels"]}


def codec_for_label(label: str | None) -> str | None:
    """The Python codec for a WHATWG charset label (`"latin1"` → `"cp1252"`), `REPLACEMENT`,
    or None when the standard does not know the label."""
    if not isinstance(label, str):
        return None
    return _labels().get(label.strip(ASCII_WHITESPACE).strip("\"'").lower())


def known_codecs() -> frozenset[str]:
    """Every codec some label maps to: the encodings a browser can read a page in."""
    return frozenset(_labels().values()) - {REPLACEMENT}
