"""Scraped text as lines: the unit `clean_text` classifies.

A naive scraper writes one block per line and often a blank line between blocks;
both shapes are read the same way, with the blank lines kept as a feature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the input, whitespace collapsed."""

    text: str
    gap_before: bool  # a blank line separates it from the previous line
    gap_after: bool


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, in order, with where the blank lines were."""
    raw = text.splitlines()
    stripped = [_SPACES.sub(" ", line).strip() for line in raw]
    kept = [i for i, line in enumerate(stripped) if line]
    lines = []
    for n, i in enumerate(kept):
        before = n > 0 and kept[n - 1] < i - 1
        after = n + 1 < len(kept) and kept[n + 1] > i + 1
        lines.append(Line(text=stripped[i], gap_before=before, gap_after=after))
    return lines
