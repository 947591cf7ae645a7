"""Numbers that describe a line of scraped text, for the line model.

The features are shape (length, punctuation, case, digits, separators, list
markers), the share of function words (`stopwords`), the shared boilerplate
vocabulary (`copydesk.lexicon`), learnt word weights (`vocab`; the one part tied to
the training's languages, and silent on words it never saw), where the line sits in the document,
and the same measures averaged over its neighbours, because a story is a dense
contiguous run of prose and boilerplate comes in runs too. Some are also averaged
over the lines above and the lines below apart: a story ends where a "Related"
or "Comments" opener starts, so which side the widgets lie on matters. Last, the
page's repeated structure: a teaser list is a long run of title-shaped lines or
title and summary lines in turn, a review block names and comments in turn.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from copydesk import lexicon
from copydesk.clean.lines import CLOCK_LINES, WORD, Line, count_words, ends_sentence
from copydesk.clean.stopwords import STOPWORDS
from copydesk.clean.vocab import Vocabulary
from copydesk.html import Clock
from copydesk.model import categories
from copydesk.textunits import dense_word_excess

_URL_LIKE = re.compile(r"https?://|www\.|\S@\S+\.\w|\.(com|org|net|de|ru|html?)\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"[|•·»›/›▸►]")
_LIST_MARK = re.compile(r"^(?:[-–—•*·▪►‣◦]|\(?\d{1,3}[.)]|[a-z][.)])\s", re.IGNORECASE)
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_DIGIT = re.compile(r"\d")
# The bullet a text converter writes before a list item ("* ", "+ ", "o " by nesting level: inscriptis, Markdown):
# markup, not the item's words. A menu is a list as much as a story's list is, so the model reads the item without it.
_CONVERTER_BULLET = re.compile(r"^(?:[*+]|o(?=\s[^\s\w]*[^\W\d_a-z]))\s+")
_CUT_SHORT = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\"'’”»)\]]*$")  # a teaser's text cut off
# A stamp: a year, a numeric date or a clock time (comment and teaser headers carry one).
_STAMP = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d\d\b")

MAX_WIDGET_CHARS = 300  # widget phrases sit in short lines; longer ones are not matched (and matching costs)
PROSE_MIN_WORDS = 10  # a sentence of running text has at least this many words
LEN_SCALE = 8.0  # log1p(chars) of a long paragraph is about 8
WORDS_SCALE = 5.0  # log1p(words) of a long paragraph is about 5
WINDOWS = (1, 3, 10)  # neighbourhoods averaged: adjacent lines, a block, a region
SIDE_WINDOWS = (3, 12)  # the lines just above or below, and the region above or below
# Categories whose short line opens the page's tail (teasers, comments, sign-ups, share bars).
TAIL_CATEGORIES = categories("related", "comments", "newsletter", "share")
OPENER_MAX_WORDS = 8  # "Related posts:" or "12 Comments" is short; a long line quoting the phrase is not
OPENER_REACH = 20.0  # lines over which an opener's pull fades
NAME_MAX_WORDS = 4  # "Katie H." or "Jan Novak" signs a review or comment
STAMP_MAX_WORDS = 12  # a dated line longer than this is a sentence about a date
TITLE_WORDS = (3, 20)  # a link title or teaser headline: a few words, no sentence end
RUN_SCALE = 3.0  # log1p of a run of ~20 same-shaped lines
ALTERNATION_REACH = 6  # lines on each side read for title/summary or name/comment pairs

BASE_NAMES: tuple[str, ...] = (
    "len", "words", "sentence_end", "colon_end", "first_upper", "cap_ratio", "stop_ratio", "punct_ratio",
    "digit_ratio", "url_like", "separators", "list_mark", "lexicon", "button", "comma_ratio", "all_caps",
    "duplicate", "gap_before", "gap_after", "word_len", "prose", "cut_short", "opener",
    "name_like", "stamp", "title_like", "vocab_mean", "vocab_min", "vocab_max", "vocab_known",
)
# Base features averaged over each window (the rest are only read for the line itself).
CONTEXT_NAMES: tuple[str, ...] = ("len", "sentence_end", "stop_ratio", "prose", "lexicon", "cap_ratio", "url_like",
                                  "name_like", "stamp", "title_like")
# Base features averaged over the lines above and, apart, the lines below: a story ends where a
# tail opener starts, so which side the widgets are on matters.
SIDE_NAMES: tuple[str, ...] = ("len", "prose", "lexicon", "opener")
DOC_NAMES: tuple[str, ...] = ("rel_pos", "prose_before", "prose_after", "rel_len", "doc_lines", "after_opener")
# Repeated structure: how long a run of same-shaped lines the line sits in, and how regularly two shapes
# alternate around it (teaser title + summary, reviewer + review), and its stop-word ratio against the page's prose.
SHAPE_NAMES: tuple[str, ...] = ("shape_run", "alternation", "rel_stop")


def feature_names() -> tuple[str, ...]:
    """The names of `line_features` columns, in order (the model file stores them)."""
    context = tuple(f"{name}@{w}" for w in WINDOWS for name in CONTEXT_NAMES)
    sides = tuple(f"{name}@{side}{w}" for w in SIDE_WINDOWS for side in "-+" for name in SIDE_NAMES)
    return BASE_NAMES + context + sides + DOC_NAMES + SHAPE_NAMES


def line_category(text: str) -> str | None:
    """The shared vocabulary's category of a line short enough to be a widget, else None."""
    return lexicon.match_text(text) if len(text) <= MAX_WIDGET_CHARS else None


def base_features(line: Line, words: list[str], category: str | None, duplicate: bool,
                  vocab: Vocabulary) -> list[float]:
    """The line's own shape, before context. `words` are the words of the line's sample (`Line.sample`);
    lengths are the whole line's, shares are read on the sample."""
    text = line.sample
    n_chars = len(text)
    n_words = round(len(words) + dense_word_excess(text))  # word equivalents where words run unspaced
    total_chars = len(line.text)
    total_words = n_words if text is line.text else round(n_words * total_chars / n_chars)
    lower = [w.lower() for w in words]
    caps = sum(1 for w in words if w[:1].isupper())
    ends = ends_sentence(text)
    return [
        math.log1p(total_chars) / LEN_SCALE,
        math.log1p(total_words) / WORDS_SCALE,
        float(ends),
        float(text.endswith(":")),
        float(text[:1].isupper()),
        caps / n_words if n_words else 0.0,
        sum(1 for w in lower if w in STOPWORDS) / n_words if n_words else 0.0,
        len(_PUNCT.findall(text)) / n_chars,
        len(_DIGIT.findall(text)) / n_chars,
        float(_URL_LIKE.search(text) is not None),
        min(1.0, len(_SEPARATORS.findall(text)) / 3),
        float(_LIST_MARK.match(text) is not None),
        float(category is not None and category != "button"),
        float(category == "button"),
        min(1.0, text.count(",") / n_words) if n_words else 0.0,
        float(n_chars > 3 and text.isupper()),
        float(duplicate),
        float(line.gap_before),
        float(line.gap_after),
        min(1.0, (n_chars / n_words) / 10) if n_words else 0.0,
        float(ends and n_words >= PROSE_MIN_WORDS),
        float(_CUT_SHORT.search(text) is not None),
        float(category in TAIL_CATEGORIES and n_words <= OPENER_MAX_WORDS),
        float(0 < n_words <= NAME_MAX_WORDS and caps == n_words and n_chars <= 40),
        float(n_words <= STAMP_MAX_WORDS and _STAMP.search(text) is not None),
        float(TITLE_WORDS[0] <= n_words <= TITLE_WORDS[1] and not ends),
        *vocab.line_stats(text),
    ]


def line_features(lines: Sequence[Line], categories: Sequence[str | None], vocab: Vocabulary,
                  clock: Clock | None = None) -> list[list[float]]:
    """One feature row per line: its own shape and words, its neighbourhoods, its place in the document.
    `clock` (the caller's time budget) is checked every `CLOCK_LINES` lines."""
    lines = [_unbulleted(line) for line in lines]
    words = [WORD.findall(line.sample) for line in lines]
    counts = Counter(line.text.lower() for line in lines)
    base = []
    for i, (line, w, cat) in enumerate(zip(lines, words, categories, strict=True)):
        if clock is not None and i % CLOCK_LINES == 0:
            clock.check("line features")
        base.append(base_features(line, w, cat, counts[line.text.lower()] > 1, vocab))
    context = _window_means(base, [BASE_NAMES.index(n) for n in CONTEXT_NAMES], WINDOWS)
    sides = _window_means(base, [BASE_NAMES.index(n) for n in SIDE_NAMES], SIDE_WINDOWS, sides=True)
    sizes = [len(w) if line.sample is line.text else count_words(line.text)
             for line, w in zip(lines, words, strict=True)]
    doc = _document_features(lines, sizes, base)
    shape = _shape_features(base)
    return [b + c + s + d + h for b, c, s, d, h in zip(base, context, sides, doc, shape, strict=True)]


def _unbulleted(line: Line) -> Line:
    """`line` without a converter's bullet (`_CONVERTER_BULLET`) before its text."""
    if line.text[:1] not in "*+o" or not (m := _CONVERTER_BULLET.match(line.text)) or m.end() == len(line.text):
        return line
    return Line(line.text[m.end():], line.gap_before, line.gap_after)


def _prefix_sums(base: list[list[float]], columns: list[int]) -> list[list[float]]:
    n = len(base)
    prefix = [[0.0] * (n + 1) for _ in columns]
    for k, col in enumerate(columns):
        acc = prefix[k]
        for i in range(n):
            acc[i + 1] = acc[i] + base[i][col]
    return prefix


def _window_means(base: list[list[float]], columns: list[int], windows: Sequence[int],
                  sides: bool = False) -> list[list[float]]:
    """Means of the chosen columns over ±w lines (the line included), or with `sides` over the w lines
    above and, apart, the w lines below (the line excluded), via prefix sums."""
    n = len(base)
    prefix = _prefix_sums(base, columns)
    rows: list[list[float]] = [[] for _ in range(n)]
    for w in windows:
        for i in range(n):
            lo, hi = max(0, i - w), min(n, i + w + 1)
            spans = ((lo, i), (i + 1, hi)) if sides else ((lo, hi),)
            for start, end in spans:
                rows[i].extend((acc[end] - acc[start]) / max(1, end - start) for acc in prefix)
    return rows


def _document_features(lines: Sequence[Line], sizes: list[int], base: list[list[float]]) -> list[list[float]]:
    """Where each line sits (given each line's word count): relative position, share of the prose before and
    after it, relative length, and how recently a tail opener came before it."""
    n = len(lines)
    prose_col = BASE_NAMES.index("prose")
    opener_col = BASE_NAMES.index("opener")
    last_opener = None
    prose_words = [size if row[prose_col] else 0 for size, row in zip(sizes, base, strict=True)]
    total = sum(prose_words) or 1
    longest = max((len(line.text) for line in lines), default=1)
    doc_lines = math.log1p(n) / LEN_SCALE
    rows = []
    before = 0
    for i, line in enumerate(lines):
        after = total - before - prose_words[i]
        if base[i][opener_col]:
            last_opener = i
        recent = 0.0 if last_opener is None else math.exp(-(i - last_opener) / OPENER_REACH)
        rows.append([i / n, before / total, after / total, len(line.text) / longest, doc_lines, recent])
        before += prose_words[i]
    return rows


_PROSE, _TITLE, _NAME, _STOP = (BASE_NAMES.index(n) for n in ("prose", "title_like", "name_like", "stop_ratio"))


def _shape_class(row: list[float]) -> int:
    """0 prose, 1 title-like, 2 name-like, 3 anything else."""
    if row[_PROSE]:
        return 0
    if row[_TITLE]:
        return 1
    return 2 if row[_NAME] else 3


def _shape_features(base: list[list[float]]) -> list[list[float]]:
    """Per line: the run of same-shaped lines it sits in, the share of alternating shape pairs around it,
    and its stop-word ratio minus the mean over the page's prose lines."""
    n = len(base)
    shapes = [_shape_class(row) for row in base]
    run_end = list(range(n))
    for i in range(n - 2, -1, -1):
        if shapes[i] == shapes[i + 1]:
            run_end[i] = run_end[i + 1]
    run_start = list(range(n))
    for i in range(1, n):
        if shapes[i] == shapes[i - 1]:
            run_start[i] = run_start[i - 1]
    # position j alternates when shape j == shape j+2 != shape j+1 (title, summary, title, …)
    alt = [[float(j + 2 < n and shapes[j] == shapes[j + 2] != shapes[j + 1])] for j in range(n)]
    alternation = _window_means(alt, [0], (ALTERNATION_REACH,))
    prose_stops = [row[_STOP] for row in base if row[_PROSE]]
    page_stop = sum(prose_stops) / len(prose_stops) if prose_stops else 0.0
    rows = []
    for i in range(n):
        rows.append([
            math.log1p(run_end[i] - run_start[i] + 1) / RUN_SCALE,
            alternation[i][0],
            base[i][_STOP] - page_stop,
        ])
    return rows
