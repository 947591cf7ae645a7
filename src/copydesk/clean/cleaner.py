"""Already-scraped text → `Article`: the recipe of `clean_text`.

check the input → read a seed-layout header and footer when there is one → split
into lines → drop the site's template (`SiteProfile`) → score every line with the
line model → apply the vocabulary of widgets and appeal boxes → type the kept
lines as blocks and name the category of every dropped one → judge the status.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from copydesk.clean.decide import STORY_MIN_PROSE, Decision, decide_lines, running_text_size
from copydesk.clean.lines import Line, split_text
from copydesk.clean.profile import SiteProfile
from copydesk.extract.metadata import detect_language
from copydesk.formats.layout import looks_like_layout, read_layout
from copydesk.html import Clock, PageRejected
from copydesk.model import Article, Block, FrozenMap, Link, Removed, Status, failed
from copydesk.options import ExtractOptions

# Limits: a text past these is not one story; it gets a status instead of minutes of work.
MAX_LINES = 50_000  # the longest real pages scrape to ~5,000 lines
# Binary data decoded as text is full of control characters; text has almost none. A page decoded
# with the wrong charset has some replacement characters but is still text, so those get more room.
MAX_CONTROL_SHARE = 0.01
MAX_REPLACEMENT_SHARE = 0.2
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # C0 controls other than whitespace, and DEL
SNIFF_CHARS = 65_536  # enough of the text to tell binary from prose


def clean_text(text: str | bytes, url: str | None = None, profile: SiteProfile | None = None, *,
               options: ExtractOptions | None = None, **overrides: Any) -> Article:
    """Already-scraped text (one block a line) as an `Article`; never raises on bad text.

    Kept lines become typed blocks; dropped lines go to `removed` with their
    category (`appeal`, `button`, `navigation`, `related`, …). A seed-layout header
    and `Original url:` footer fill `title`, `authors`, `published`, `image` and
    `url`. `profile` (learned with `SiteProfile.learn`) removes that site's
    template first. Bytes are read as UTF-8. Binary, empty and oversized input
    comes back as an `error`, `empty` or `too_large` record with a reason, and a
    text that takes longer than `clean_time_budget` seconds (an option, as are the
    keyword `overrides`; an unknown one raises `ConfigError`) as `timeout`.
    """
    opts = ExtractOptions.build(options, **overrides)
    clock = Clock(opts.clean_time_budget)
    try:
        return _clean(text, url, profile, opts, clock)
    except PageRejected as rejected:
        return failed(rejected.status, rejected.reason, url=url)
    except (MemoryError, RecursionError, ValueError) as error:  # never crash on a text
        return failed(Status.ERROR, f"unreadable text ({type(error).__name__}: {error})", url=url)


def _clean(text: object, url: str | None, profile: SiteProfile | None, opts: ExtractOptions, clock: Clock) -> Article:
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        return failed(Status.ERROR, f"not text: {type(text).__name__}", url=url)
    refused = _refuse(text, opts)
    if refused:
        return failed(*refused, url=url)
    header = Article()
    if looks_like_layout(text):
        header = read_layout(_layout_form(text))
        text = "\n\n".join(block.text for block in header.blocks)
        clock.check("the record layout")
    if text.count("\n") > MAX_LINES and (count := _count_lines(text)) > MAX_LINES:
        return failed(Status.TOO_LARGE, f"{count} lines: more than one page (limit {MAX_LINES})", url=url)
    lines, broken = split_text(text, clock)
    decisions = decide_lines(lines, profile, clock, broken)
    clock.check("keeping lines")
    return _assemble(header, lines, decisions, url)


def _refuse(text: str, opts: ExtractOptions) -> tuple[Status, str] | None:
    if len(text) > opts.max_text_chars:
        return Status.TOO_LARGE, f"{len(text)} characters: more than one story (limit {opts.max_text_chars})"
    if not text.strip():
        return Status.EMPTY, "no text"
    sample = text[:SNIFF_CHARS]
    control = len(_CONTROL.findall(sample))
    replaced = sample.count("\ufffd")
    if control > MAX_CONTROL_SHARE * len(sample) or replaced > MAX_REPLACEMENT_SHARE * len(sample):
        return Status.ERROR, (f"binary data, not text ({control} control and {replaced} undecodable characters "
                              f"in the first {len(sample)})")
    return None


def _count_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line and not line.isspace())


def _layout_form(text: str) -> str:
    """The seed layout puts a blank line between slots; a scrape with one slot a line reads the same."""
    if "\n\n" in text.strip():
        return text
    return "\n\n".join(line for line in text.splitlines() if line.strip())


def _assemble(header: Article, lines: Sequence[Line], decisions: Sequence[Decision], url: str | None) -> Article:
    blocks: list[Block] = []
    removed: list[Removed] = list(header.removed)
    related: list[Link] = list(header.related)
    for line, decision in zip(lines, decisions, strict=True):
        if decision.keep:
            blocks.append(Block(kind=decision.kind, text=line.text))  # type: ignore[arg-type]
            continue
        removed.append(Removed(category=decision.category, text=line.text))
        if decision.category == "related" and (link := decision.link_title):
            related.append(Link(title=link))
    status, reason = _judge(blocks)
    language = detect_language("\n".join(block.text for block in blocks))  # a text declares none: read it
    provenance = FrozenMap({**header.provenance, "language": "detected"}) if language else header.provenance
    return header.evolve(
        status=status, reason=reason, url=header.url or url, blocks=tuple(blocks), related=tuple(related),
        removed=tuple(removed), language=language, provenance=provenance,
    )


def _judge(blocks: Sequence[Block]) -> tuple[Status, str | None]:
    if not blocks:
        return Status.NOT_ARTICLE, "no story-like lines: every line read as boilerplate"
    prose = running_text_size(b.text for b in blocks)
    if prose < STORY_MIN_PROSE:
        return Status.NOT_ARTICLE, f"only {prose} characters of running text"
    return Status.OK, None
