"""Scraped text as lines: the unit `clean_text` classifies.

A naive scraper writes one block per line and often a blank line between blocks;
both shapes are read the same way, with the blank lines kept as a feature. A converter
that writes each text node on a line of its own breaks sentences at inline links; such
pieces are joined back into one line. A line's words are read from its `sample`, so one
multi-megabyte line costs what a long paragraph does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
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
# A converter that writes one text node a line (a plain `get_text()`) breaks sentences at every inline link or bold
# word: "Alex Foster (Grove" / ")", "An eco-masterpiece" / ", " / "icy intrigue". No block starts on a mark that
# continues a sentence or closes a bracket, nor after a line that opens one, nor in lower case after a comma, so such
# a line is the previous line's continuation and is joined to it (never across a blank line). In a text broken so
# (this share of its lines start mid-sentence), a lower-case line after one that ends on a letter goes on it too.
BROKEN_TEXT_SHARE = 0.01
_CONTINUES = SENTENCE_MARKS | frozenset("%")  # sentence and clause marks of every script (no "¿¡" opener), and "%"
_OPENS = frozenset("([{“‘„«‹")  # opening brackets and quotes (not "»", which opens a German quote but closes a French)
_CLAUSE_GOES_ON = frozenset(",;，、；،")  # marks after which a sentence goes on
# A `get_text()` keeps each text node's own spaces: "know about the " / "best business schools" / " in one listing"
# is one sentence cut at a link, as a block's text does not end or start on a space at a line break. So a line goes
# on the one above when a space stands at the break between them and the line above does not end a sentence (after
# one, the space may as well end a block), in a text where under this share of the lines start on a space (a
# rendering that indents, as inscriptis does every line, says nothing by its spaces).
INDENTED_TEXT_SHARE = 0.5


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
    return split_text(text, clock)[0]


def split_text(text: str, clock: Clock | None = None) -> tuple[list[Line], bool]:
    """The lines of `split_lines`, and whether the text is broken at inline elements (a converter that writes
    one text node a line: `BROKEN_TEXT_SHARE` of its lines start mid-sentence)."""
    raw = text.splitlines()
    stripped = []
    for n, line in enumerate(raw):
        if clock is not None and n % CLOCK_LINES == 0:
            clock.check("splitting lines")
        stripped.append(_collapse_spaces(line))
    kept = [i for i, line in enumerate(stripped) if line]
    joined = _also_joined(kept, [False] * len(kept), lambda i: continues(stripped[i - 1], stripped[i]))
    if sum(raw[i][:1].isspace() for i in kept) < INDENTED_TEXT_SHARE * len(kept):
        joined = _also_joined(kept, joined, lambda i: (raw[i - 1][-1:].isspace() or raw[i][:1].isspace())
                              and not ends_sentence(stripped[i - 1]))
    broken = bool(kept) and sum(joined) >= BROKEN_TEXT_SHARE * len(kept)
    if broken:
        joined = _also_joined(kept, joined, lambda i: _runs_on(stripped[i - 1], stripped[i]))
    groups: list[list[int]] = []  # the raw lines of each line, joined where a sentence runs on
    for n, i in enumerate(kept):
        if joined[n]:
            groups[-1].append(i)
        else:
            groups.append([i])
    lines = []
    for n, group in enumerate(groups):
        first, last = group[0], group[-1]
        before = n > 0 and groups[n - 1][-1] < first - 1
        after = n + 1 < len(groups) and groups[n + 1][0] > last + 1
        lines.append(Line(text=_join(raw, stripped, group), gap_before=before, gap_after=after))
    return lines, broken


def _also_joined(kept: list[int], joined: list[bool], goes_on: Callable[[int], bool]) -> list[bool]:
    """`joined` (one flag per kept line: it goes on the kept line above), and each kept line right below the
    one above it (no blank line between) whose raw index `goes_on`."""
    return [j or (n > 0 and kept[n - 1] == i - 1 and goes_on(i))
            for n, (i, j) in enumerate(zip(kept, joined, strict=True))]


def continues(previous: str, line: str) -> bool:
    """Whether `line` goes on with the sentence of the non-blank `previous` line (see `_CONTINUES`)."""
    start = line[0]
    return (start in _CONTINUES or unicodedata.category(start) == "Pe" or previous[-1] in _OPENS
            or (start.islower() and previous[-1] in _CLAUSE_GOES_ON))


def _runs_on(previous: str, line: str) -> bool:
    """Whether `line` starts in lower case after a `previous` line that ends on a letter or digit."""
    return line[0].islower() and previous[-1].isalnum()


def _join(raw: list[str], stripped: list[str], group: list[int]) -> str:
    """The stripped lines of `group` as one, with a space where the raw text had one at the break."""
    if len(group) == 1:
        return stripped[group[0]]
    parts = [stripped[group[0]]]
    for i in group[1:]:
        if raw[i][:1].isspace() or raw[i - 1][-1:].isspace():
            parts.append(" ")
        parts.append(stripped[i])
    return "".join(parts)


def _collapse_spaces(line: str) -> str:
    """`line` with every run of spaces and tabs as one space, stripped."""
    line = _OTHER_SPACES.sub(" ", line)
    while "  " in line:
        line = line.replace("  ", " ")
    return line.strip()
