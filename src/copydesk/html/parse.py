"""Text → one lexbor tree, refusing input that would blow the limits in `ExtractOptions`.

lexbor's parser is quadratic in nesting depth for block elements (100k nested
`<div>`s take ~20 s), so a cheap tag scan bounds the depth *before* parsing when a
page has enough tags to be dangerous. Node count and exact depth are checked again
by the one walk over the tree (`copydesk.extract.blocks`).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from copydesk.html.sniff import magic_type, text_type
from copydesk.model import Status
from copydesk.options import ExtractOptions

SAFE_TAG_COUNT = 20_000  # below this many tags even worst-case nesting parses in < 0.2 s
BINARY_SAMPLE_CHARS = 8192  # enough of the start to tell a binary file from a page
BINARY_CONTROL_SHARE = 0.05  # real pages have almost no control characters; binaries have many
# Pages read in a wrong charset still decode their ASCII markup; this much U+FFFD is no page (real ones: ~0).
MAX_REPLACEMENT_SHARE = 0.25
# Elements lexbor keeps open (and scope-checks) when nested; inline formatting is capped by the parser itself.
NESTING_TAG = re.compile(r"<(/?)(?:div|section|article|main|aside|nav|header|footer|ul|ol|dl|blockquote|"
                         r"table|form|fieldset|figure|details|center)\b", re.I)
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])  # never in text; common in binaries
NOT_BLANK = re.compile(rb"[^\s\xef\xbb\xbf]")  # a byte that is neither whitespace nor part of a UTF-8 BOM
NOT_BLANK_TEXT = re.compile(r"[^\s\ufeff]")


class PageRejected(Exception):
    """Raised inside extraction when a page breaks a limit; becomes `Article(status, reason)`."""

    def __init__(self, status: Status, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(slots=True)
class Clock:
    """The time budget of one extraction, checked at stage boundaries and in long loops."""

    budget: float
    started: float = field(default_factory=time.perf_counter)

    def check(self, stage: str) -> None:
        """Raise `PageRejected(TIMEOUT)` when the budget is spent."""
        if time.perf_counter() - self.started > self.budget:
            raise PageRejected(Status.TIMEOUT, f"time budget of {self.budget:g} s spent during {stage}")


def check_input(data: bytes | str, options: ExtractOptions) -> None:
    """Refuse empty, oversized, binary or other non-HTML input (PDF, images, archives, JSON,
    plain text: `error` naming the type) before spending time decoding it."""
    size = len(data)
    if size > options.max_bytes:
        raise PageRejected(Status.TOO_LARGE, f"{size} bytes over the limit of {options.max_bytes}")
    blank = NOT_BLANK_TEXT.search(data) is None if isinstance(data, str) else NOT_BLANK.search(data) is None
    if blank:  # searched in place: no copy of the page
        raise PageRejected(Status.EMPTY, "empty input")
    if media_type := magic_type(data):
        raise PageRejected(Status.ERROR, f"not an HTML page: {media_type}")
    head = data[:BINARY_SAMPLE_CHARS]
    sample = head.encode("utf-8", "replace") if isinstance(head, str) else head
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))  # counted in one C pass
    if controls > BINARY_CONTROL_SHARE * len(sample):
        raise PageRejected(Status.ERROR, "binary input, not an HTML page")
    if media_type := text_type(data):
        raise PageRejected(Status.ERROR, f"not an HTML page: {media_type}")


def parse_html(text: str, options: ExtractOptions, clock: Clock, utf8: bytes | None = None) -> LexborHTMLParser:
    """The parsed tree of `text` (already through `check_input`), or `PageRejected` when too deep.

    `utf8` is the same page as the UTF-8 bytes it was decoded from, when it was: lexbor reads
    UTF-8 natively, so parsing those skips encoding the text back (a fifth of the parse time).
    """
    replaced = text.count("\ufffd")
    if replaced > MAX_REPLACEMENT_SHARE * len(text):
        raise PageRejected(Status.ERROR, f"undecodable: {replaced} of {len(text)} characters are U+FFFD "
                                         "(bytes that are not text in the page's charset)")
    tags = text.count("<")
    if tags > SAFE_TAG_COUNT:
        depth = _max_nesting(text)
        if depth > options.max_depth:
            raise PageRejected(Status.TOO_LARGE, f"nesting depth over {options.max_depth}")
    clock.check("pre-parse checks")
    tree = LexborHTMLParser(utf8 if utf8 is not None else text)
    clock.check("parsing")
    if tree.body is None and tree.head is None:
        raise PageRejected(Status.EMPTY, "no document in input")
    return tree


def _max_nesting(text: str) -> int:
    """An upper bound on block nesting from open/close tags, without parsing."""
    depth = deepest = 0
    for match in NESTING_TAG.finditer(text):
        if match.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest
