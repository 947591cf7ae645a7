"""Text → one lexbor tree, refusing input that would blow the limits in `ExtractOptions`.

lexbor's parse cannot be interrupted and is super-linear on hostile markup (100k nested
elements of any kind, stray end tags, piled-up formatting elements), so a page with enough
tags to be dangerous is replayed first by a linear-time model of the tree builder
(`copydesk.html.prescan`) and refused when its predicted cost, depth or size is over the
limits. Node count and exact depth are checked again by the one walk over the tree
(`copydesk.extract.blocks`).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser

from copydesk.html.prescan import count_tags, markup_codes, needs_replay, parse_work
from copydesk.html.sniff import magic_type, text_type
from copydesk.model import Status
from copydesk.options import ExtractOptions

# Predicted parse work (steps of lexbor's stack scans) above which a page is refused: lexbor
# does 1.5-6e7 such steps a second on this machine, so about 1 s; the real pages' maximum is 1.1e7.
MAX_PARSE_WORK = 25_000_000
# Every element is a start tag and most have an end tag; more `<` than this per allowed node is no page
# (and would cost the replay seconds): real pages have fewer than 20,000.
MAX_TAGS_PER_NODE = 2
BINARY_SAMPLE_CHARS = 8192  # enough of the start to tell a binary file from a page
BINARY_CONTROL_SHARE = 0.05  # real pages have almost no control characters; binaries have many
# Pages read in a wrong charset still decode their ASCII markup; this much U+FFFD is no page (real ones: ~0).
MAX_REPLACEMENT_SHARE = 0.25
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])  # never in text; common in binaries
NOT_BLANK = re.compile(rb"[^\s\xef\xbb\xbf]")  # a byte that is neither whitespace nor part of a UTF-8 BOM
NOT_BLANK_TEXT = re.compile(r"[^\s\ufeff]")
# The tree as the markup is written: lexbor's mutation events only mirror what a browser renders (an
# <option>'s content cloned into <selectedcontent>), and building the tree without them is ~13% faster.
TREE_OPTIONS = LexborDocumentOptions.WO_EVENTS


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
    if (NOT_BLANK_TEXT.search(data) if isinstance(data, str) else NOT_BLANK.search(data)) is None:  # no copy
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
    replaced = text.count("\ufffd") if "\ufffd" in text else 0  # `in` skips ahead in C; `count` reads every character
    if replaced > MAX_REPLACEMENT_SHARE * len(text):
        raise PageRejected(Status.ERROR, f"undecodable: {replaced} of {len(text)} characters are U+FFFD "
                                         "(bytes that are not text in the page's charset)")
    codes = markup_codes(utf8)  # the pre-scans read the bytes where the page came as UTF-8 (faster)
    tags = count_tags(text, codes)
    if tags > MAX_TAGS_PER_NODE * options.max_nodes:
        raise PageRejected(Status.TOO_LARGE, f"{tags} tags: more than {options.max_nodes} nodes")
    if needs_replay(text, tags, codes):
        _refuse_costly(text, options, clock)
    clock.check("pre-parse checks")
    tree = LexborHTMLParser(utf8 if utf8 is not None else text, options=TREE_OPTIONS)
    clock.check("parsing")
    if tree.body is None and tree.head is None:
        raise PageRejected(Status.EMPTY, "no document in input")
    return tree


def _refuse_costly(text: str, options: ExtractOptions, clock: Clock) -> None:
    """`PageRejected(too_large)` naming the limit when the replay predicts a parse over it."""
    work, deepest, elements = parse_work(text, MAX_PARSE_WORK, options.max_nodes, lambda: clock.check("pre-scan"))
    if elements > options.max_nodes:
        raise PageRejected(Status.TOO_LARGE, f"more than {options.max_nodes} nodes (predicted before parsing)")
    if work > MAX_PARSE_WORK:
        cause = f"nesting depth over {options.max_depth}" if deepest > options.max_depth else "markup"
        raise PageRejected(Status.TOO_LARGE, f"{cause}: predicted parse work over the limit of {MAX_PARSE_WORK:,} "
                                             "steps (stray end tags, deep nesting, piled-up formatting or attributes)")
