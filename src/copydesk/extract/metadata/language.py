"""The story's language: the page's declared tag checked against its text.

`detect_language` runs Google's Compact Language Detector 2 (pycld2: its model is compiled into the
wheel, no file or network at run time, ~0.1 ms on a story's first 1,000 characters; chosen over
py3langid, fastText's lid.176.ftz and lingua by `benchmarks/language_candidates.py`, see RESULTS.md).
`settle_language` keeps the declared tag when the text agrees (it may be more precise: "pt-BR"),
and takes the detected language when the page declares none or one its text contradicts.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pycld2  # type: ignore[import-untyped]

from copydesk.extract.metadata.model import Metadata

DETECT_CHARS = 1000  # the story's first characters: enough for CLD2 to be sure, and its time stays ~0.1 ms
MIN_DETECT_CHARS = 30  # fewer non-space characters (a few words, a short CJK phrase) is a guess: abstain
#: CLD2's share of the text in its first language below which it has not read one language: it abstains.
MIN_SHARE = 50
#: A declared language given at least this share of the text stands: the story is mixed (code, quotes, a
#: PHP warning above it), not written in another language.
MIN_DECLARED_SHARE = 20
#: CLD2's old codes for languages BCP 47 spells otherwise.
CLD2_CODES = {"iw": "he", "in": "id", "jw": "jv", "zh-Hant": "zh-Hant"}
#: Tags naming one language twice ("nb" Bokmål is what CLD2 calls "no").
SAME_LANGUAGE = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi", "jw": "jv"}
#: C0 and C1 control characters but whitespace: CLD2 rejects them as invalid UTF-8, and mojibake leaves "\x80".
CONTROLS = dict.fromkeys(c for c in range(0xA0) if not chr(c).isprintable() and not chr(c).isspace())
# The same characters as one class, searched before `translate` (which looks every character up in the
# table: half of `_read_languages` on a story with none, which is nearly every story).
ANY_CONTROL = re.compile(f"[{re.escape(''.join(map(chr, CONTROLS)))}]")
# `MIN_DETECT_CHARS` characters other than whitespace (what `str.split` drops: `\s` is the same test),
# matched at the start instead of the sample being split and joined.
ENOUGH_TEXT = re.compile(rf"(?:\s*+\S){{{MIN_DETECT_CHARS}}}")


def detect_language(text: str) -> str | None:
    """The language `text` is written in ("en", "de", "zh-Hant", "he"), or None when the text is too
    short or mixed for CLD2 to be sure."""
    found = _read_languages(text)
    if not found:
        return None
    code, share = found[0]
    return code if share >= MIN_SHARE else None


def same_language(a: str, b: str) -> bool:
    """True when two tags name one language ("en-US" and "en", "nb" and "no")."""
    first, second = (SAME_LANGUAGE.get(p, p) for p in (a.split("-")[0].lower(), b.split("-")[0].lower()))
    return first == second


def settle_language(meta: Metadata, story: str) -> Metadata:
    """`meta` with the story's language: the declared tag when the story is written in it (a good part
    of it, for a story mixed with code or quotes) or says nothing sure, else the detected one
    (provenance "detected")."""
    found = _read_languages(story)
    if not found or found[0][1] < MIN_SHARE:
        return meta
    declared = meta.language
    if declared and any(same_language(declared, code) and share >= MIN_DECLARED_SHARE for code, share in found):
        return meta
    return replace(meta, language=found[0][0], provenance={**meta.provenance, "language": "detected"})


def _read_languages(text: str) -> list[tuple[str, int]]:
    """CLD2's languages of the text's first characters with their share in percent, first the main one;
    empty when the text is too short or CLD2 is not sure."""
    sample = text[:DETECT_CHARS]
    if ANY_CONTROL.search(sample):
        sample = sample.translate(CONTROLS)
    if not ENOUGH_TEXT.match(sample):
        return []
    try:  # a lone surrogate (text decoded with "surrogateescape") cannot be UTF-8: it is read as "?"
        reliable, _, details = pycld2.detect(sample.encode("utf-8", "replace"))
    except pycld2.error:  # bytes CLD2 still refuses: no answer
        return []
    if not reliable:
        return []
    return [(CLD2_CODES.get(code, code), share) for _, code, share, _ in details
            if share and code != "un" and not code.startswith("xx")]
