"""Scraped text as lines: the unit `clean_text` classifies.

A naive scraper writes one block per line and often a blank line between blocks;
both shapes are read the same way, with the blank lines kept as a feature. A line's
words are read from its `sample`, so one multi-megabyte line costs what a long paragraph does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copydesk.html import Clock
from copydesk.textunits import FULL_STOPS, SENTENCE_MARKS, dense_word_excess, spaced_sentences, word_pattern

# Spaces other than " ": each becomes one " ", then runs of " " are halved until single. Plain string
# replacement is ~10× faster than one regex over every run, which counts on a multi-megabyte line.
_OTHER_SPACES = re.compile(r"[\t\u00a0\u2000-\u200b\u3000]")
WORD = word_pattern()  # a word with the combining marks of its script (`textunits.word_pattern`)
# Words are read from at most this many characters of a line: the longest line of the 7,400 benchmark scrapes has
# 25k; a longer one (a page flattened into one, a data blob) is described as well by its head and tail.
SAMPLE_CHARS = 50_000
_CLOSERS = "\"'’”»)\\]」』"  # closing quotes and brackets may follow the mark
# A line ending on a sentence mark of any script (or "…"), then closers: it ends like running text…
ENDS_SENTENCE = re.compile(f"[…{re.escape(''.join(sorted(FULL_STOPS)))}][{_CLOSERS}]*$")
# …or on any mark that ends or splits a sentence (a clause cut short, a list item's comma).
ENDS_CLAUSE = re.compile(f"[…{re.escape(''.join(sorted(SENTENCE_MARKS)))}][{_CLOSERS}]*$")
# Thai and Lao write no full stop: a sentence ends with a space, and a paragraph on the script's last letter.
_ENDS_UNMARKED = re.compile(f"[\u0e00-\u0eff][{_CLOSERS}]*$")
CLOCK_LINES = 64  # lines between two looks at a caller's time budget (at most ~0.1 s of the slowest per-line work)


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the input, whitespace collapsed."""

    text: str
    gap_before: bool  # a blank line separates it from the previous line
    gap_after: bool

    @property
    def sample(self) -> str:
        """The text itself, or for a line past `SAMPLE_CHARS` its head and tail (the sentence end stays)."""
        return sample_of(self.text)


def sample_of(text: str) -> str:
    """`text`, or its first and last `SAMPLE_CHARS` / 2 characters joined by a space."""
    if len(text) <= SAMPLE_CHARS:
        return text
    half = SAMPLE_CHARS // 2
    return text[:half] + " " + text[-half:]


def ends_sentence(text: str) -> bool:
    """Whether `text` ends like running text: on a sentence mark of any script, or (Thai, Lao) on a letter
    of a script that marks no sentence end, after a spaced sentence break."""
    return ENDS_SENTENCE.search(text) is not None or (
        _ENDS_UNMARKED.search(text) is not None and spaced_sentences(text))


def count_words(text: str) -> int:
    """The number of words of `text` (word equivalents where a script writes none between its words),
    counted on its sample and scaled to its length past `SAMPLE_CHARS`."""
    sample = sample_of(text)
    words = round(len(WORD.findall(sample)) + dense_word_excess(sample))
    return words if sample is text else round(words * len(text) / len(sample))


def split_lines(text: str, clock: Clock | None = None) -> list[Line]:
    """The non-blank lines of `text`, in order, with where the blank lines were; `clock` is the caller's
    time budget (`PageRejected` when it is spent)."""
    raw = text.splitlines()
    stripped = []
    for n, line in enumerate(raw):
        if clock is not None and n % CLOCK_LINES == 0:
            clock.check("splitting lines")
        stripped.append(_collapse_spaces(line))
    kept = [i for i, line in enumerate(stripped) if line]
    lines = []
    for n, i in enumerate(kept):
        before = n > 0 and kept[n - 1] < i - 1
        after = n + 1 < len(kept) and kept[n + 1] > i + 1
        lines.append(Line(text=stripped[i], gap_before=before, gap_after=after))
    return lines


def _collapse_spaces(line: str) -> str:
    """`line` with every run of spaces and tabs as one space, stripped."""
    line = _OTHER_SPACES.sub(" ", line)
    while "  " in line:
        line = line.replace("  ", " ")
    return line.strip()
