"""Where a page prints its headline, and the short lines around it: the kicker, byline and date
that readers see by the headline (`header_lines` for authors, `dateline_lines` for dates)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copydesk.extract.metadata.page_dates import printed_lines

SHOWN_BEFORE = 400  # chars before the headline where a dateline may sit (kicker, breadcrumb, date)
SHOWN_AFTER = 1500  # chars after it: subtitle, byline, date, share bar
MAX_PADDING = 10  # a date window spans up to this many times its size of raw text when blank lines pad it
MAX_SPACED_TRIES = 50  # occurrences of a headline's first word tried by hand before one regex search takes over
MAX_HEADLINE_SPOTS = 3  # breadcrumb, headline, sticky header: the headline is among the first three
MAX_DATE_LINE = 120  # a printed line by the headline: "Oct 2024" up to "Updated … by … on …"
#: A date opening a paragraph as its dateline: "27.1.2022 -", "17. Oktober 2024:", "2024-10-17", "Oct. 17, 2024 —".
OPENING_DATE = re.compile(
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+)(?:19|20)\d\d(?!\d)"
    r"|(?:19|20)\d\d-\d\d-\d\d(?!\d)|[^\W\d_]{3,10}\.?\s+\d{1,2},\s+(?:19|20)\d\d(?!\d)")


def headline_spots(text: str, title: str | None) -> list[tuple[int, int]]:
    """(start, end) of the headline's first few occurrences in the page's text: the first is often
    a breadcrumb, the story's own comes later."""
    if not title:
        return []
    spots: list[tuple[int, int]] = []
    start = 0
    for _ in range(MAX_HEADLINE_SPOTS):
        found = _find_headline(text, title, start)
        if not found:
            break
        spots.append(found)
        start = found[1] + SHOWN_AFTER
    return spots

def header_lines(text: str, spots: list[tuple[int, int]]) -> list[str]:
    """The short lines printed just before and after the headline's `spots` in the page's text
    (kicker, byline, date), where the page shows readers who wrote it and when."""
    out: list[str] = []
    start = 0
    for anchor, end in spots:
        window = text[max(0, anchor - SHOWN_BEFORE, start):end + SHOWN_AFTER]
        out.extend(_short_lines(window.split("\n")))
        start = end + SHOWN_AFTER
    return out

def dateline_lines(text: str, spots: list[tuple[int, int]]) -> list[str]:
    """The lines where a page prints its date by the headline: those after it first (the byline's
    date follows the headline; a date above it is as often the day's date in the masthead), then
    those before it. Blank lines and indentation do not count towards the windows, so a page
    padded with empty elements still shows its date within them."""
    out: list[str] = []
    start = 0
    for anchor, end in spots:
        # The headline's own line is left out: a date in it names the story's subject ("Results, 19.5.2007").
        after = printed_lines(text, SHOWN_AFTER, start=anchor, end=end + SHOWN_AFTER * MAX_PADDING)[1:]
        before = printed_lines(text, SHOWN_BEFORE, start=max(0, anchor - SHOWN_BEFORE * MAX_PADDING, start),
                               end=anchor, from_end=True)
        out.extend(_date_lines(after + before))
        start = end + SHOWN_AFTER
    return out

def _date_lines(lines: list[str]) -> Iterator[str]:
    """The non-blank lines short enough to print a date, and of the longer ones the date they open with
    ("27.1.2022 - Bei der Erinnerung …", a press release's first paragraph: the story's dateline)."""
    for line in lines:
        if len(line) <= MAX_DATE_LINE:
            if line:
                yield line
        elif match := OPENING_DATE.match(line):
            yield match[0]

def _short_lines(lines: Iterable[str]) -> Iterator[str]:
    """The non-blank lines short enough to be a kicker, a byline or a date, stripped."""
    return (line for line in map(str.strip, lines) if line and len(line) <= MAX_DATE_LINE)

def _find_headline(text: str, title: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the headline in the text from `start`: as written, else with any
    whitespace between its words (its pieces may sit on separate lines)."""
    anchor = text.find(title, start)
    if anchor >= 0:
        return anchor, anchor + len(title)
    words = title.split()
    if len(words) < 2:
        return None
    # Every match opens with the first word: its occurrences are tried by hand first, since
    # compiling a pattern for each page's headline costs more than the search.
    for _ in range(MAX_SPACED_TRIES):
        anchor = text.find(words[0], start)
        if anchor < 0:
            return None
        end = _spaced_end(text, anchor + len(words[0]), words[1:])
        if end is not None:
            return anchor, end
        start = anchor + 1
    match = re.compile(r"\s+".join(map(re.escape, words))).search(text, start)
    return (match.start(), match.end()) if match else None

def _spaced_end(text: str, position: int, words: list[str]) -> int | None:
    """Where `words` end when they follow `position` in `text`, each after a run of whitespace."""
    for word in words:
        gap = position
        while gap < len(text) and text[gap].isspace():
            gap += 1
        if gap == position or not text.startswith(word, gap):
            return None
        position = gap + len(word)
    return position
