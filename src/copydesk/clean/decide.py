"""Keep or drop each line, and name what a dropped line was.

The line model gives every line a story score (raised a little in a text broken at inline markup, whose
pieces it scores lower than the whole blocks it learnt); the shared vocabulary of widgets
(`copydesk.lexicon`) and the shape of appeal boxes then overrule it where they are
surer: a line that *is* a known widget phrase is dropped whatever its score, and
the prose inside a donation box ("Dear readers, … Continue / Remind me later")
goes with the box. A comment thread below the story is known by its rhythm (dated
headers of one shape, recurring, that the model drops) and goes when its prose is
less sure than the story's. A story does not repeat a line word for word: a kept line met
again is a title echo, a pull quote or a teaser for the story itself, so only its
first copy stays (a short label may recur). A text left without a story of running prose is a list, a catalogue or a
product page: its keep bar comes down towards its surest lines, so the entries of its main list stay.
Kept lines are typed as paragraph, heading or list item.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from copydesk.clean.context import CLIP
from copydesk.clean.features import PROSE_MIN_WORDS, line_category, line_features
from copydesk.clean.linemodel import load_model
from copydesk.clean.lines import CLOCK_LINES, ENDS_CLAUSE, WORD, Line, count_words, ends_sentence, sample_of
from copydesk.clean.profile import SiteProfile
from copydesk.html import Clock
from copydesk.model import categories
from copydesk.textunits import text_size

# Story logit above which a line is kept: probability 0.43. Word-F1 is best served by a threshold of about half
# the F1 reached (~0.93), below 0.5 (Lipton et al. 2014); chosen by cross-validation inside tune.
THRESHOLD = -0.3
# In a text broken at inline elements (`lines.split_text`) a story's lines are pieces the model, trained on whole
# blocks, scores lower: their logits are raised by this much (site CV under get_text: +0.3 beat +0.5 fold by fold).
BROKEN_TEXT_LIFT = 0.3
WIDGET_MAX_WORDS = 40  # a vocabulary hit in a longer line may be a story quoting the phrase: the model decides
BOX_CATEGORIES = categories("appeal", "newsletter")  # boxes whose body is prose that only the box's frame gives away
BOX_FRAME = BOX_CATEGORIES | categories("button")
BOX_OPENER_WORDS = 12  # "Dear readers," / "A Message from …:" open a box; a long line does not
MAX_BOX_GAP = 5  # lines between two frame lines of one box
MIN_BOX_TEXT_LINES = 2  # a box has at least two lines of its own wording, not just a stray button nearby
CORE_GAP = 2  # dropped lines a story run may skip (a caption, an ad label) and stay one run
# A run away from the story's core is stray when its mean clipped logit per word lies below the core's by a margin
# that shrinks with the run's size against the core: a story paragraph cut off by a box or an ad scores like the
# story, a teaser list or a "more from us" block below it lower. Logits are clipped (`CLIP`), so one sure line
# cannot carry a run. Site CV (tiny, minor): (1.0, 2.5) beat no minor step and the old "tiny is stray whatever its
# score"; neighbours (0.2-0.5, 2.0-2.5) alike.
STRAY_SHARE = 0.05  # a tiny run: under this share of the core's words…
SMALL_RUN_MARGIN = 1.0  # …goes when this much less sure than the core (e^1 ≈ 3 times lower odds)
MINOR_SHARE = 0.3  # a minor run: under this share…
MINOR_RUN_MARGIN = 2.5  # …goes when this much less sure
WEAK_RUN_MARGIN = 3.0  # any run this much less sure (e^3 ≈ 20 times lower odds) is other text: a comment thread
# A comment thread by its rhythm: short header lines of one shape (digits blanked, capitalised words as one
# class: "June 3, 2020 at 3:01 pm", "12.03.2024 um 10:15") that carry a number, recur down the page and are
# mostly dropped, with kept prose between them. Its kept lines go when they are less sure than the story.
THREAD_HEADER_WORDS = 8  # a name, a date and a "reply" label fit in a few words
THREAD_MIN_HEADERS = 3  # a shape met three times is a rhythm; twice may be chance
THREAD_REACH = 10  # lines between two headers of one thread (one comment of a few paragraphs)
THREAD_MARGIN = 1.5  # thread prose is this much less sure (mean clipped logit per word) than the story around
THREAD_AFTER_SHARE = 0.8  # a thread follows the story: this share of the other kept words lies above it…
THREAD_MAX_RATIO = 2.0  # …and it is at most twice their size (a longer one is the page itself: a forum)
# Less running text than a short news brief is not a story. Lower than extract's listing bar (500): a scrape
# has lost the markup that told a lead or standfirst from the story, and those lines often end unpunctuated.
STORY_MIN_PROSE = 400
PROSE_LINE_CHARS = 80  # a kept line this long (Latin-character equivalents) with a sentence end is running text
# A text without a story of running prose (a listing, a catalogue, a product's specs) is its surest lines: the
# entries of its main list score low because the model learnt stories, so the keep bar comes down to this far
# below the surest line (e^3 ≈ 20 times lower odds)…
NO_STORY_MARGIN = 3.0
NO_STORY_FLOOR = -1.5  # …but never below this (probability 0.18: a menu scores lower)…
LIST_ENTRY_WORDS = 7  # …for lines of at least this many words: an entry names and describes, a menu item names
# A kept line met again is a copy only from this size (`text_size`, Latin-character equivalents): a shorter one is a
# label the story itself repeats ("Include:", a speaker's name, "Ingredients"), as its reference does (site CV: 30).
REPEAT_MIN_SIZE = 30
HEADING_MAX_WORDS = 15  # a subheading is one short line without a sentence end
NAV_MAX_WORDS = 6  # a dropped short line without a sentence end is a menu or label
_LIST_MARK = re.compile(r"^(?:[-–—•*·▪►‣◦]|\(?\d{1,3}[.)])\s")
_LINK_TITLE = re.compile(r"^[^:|]{0,40}[:|]\s*(\S.*)$")
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Decision:
    """What happens to one line: kept as a block of `kind`, or removed as `category`."""

    keep: bool
    kind: str = "paragraph"
    category: str = ""
    link_title: str | None = None  # for a removed `related` line: the story it points to


def decide_lines(lines: Sequence[Line], profile: SiteProfile | None = None,
                 clock: Clock | None = None, broken: bool = False) -> list[Decision]:
    """One decision per line (see the module docstring); `clock` is the caller's time budget, checked
    between stages (`PageRejected` when it is spent); `broken` when the text is broken at inline elements."""
    n = len(lines)
    template = [profile is not None and profile.is_template(line.text) for line in lines]
    categories = []
    for i, line in enumerate(lines):
        if clock is not None and i % CLOCK_LINES == 0:
            clock.check("widget phrases")
        categories.append(line_category(line.text))
    logits = [-math.inf] * n
    rest = [i for i in range(n) if not template[i]]
    if rest:
        model = load_model()
        rows = line_features([lines[i] for i in rest], [categories[i] for i in rest], model.vocabulary, clock)
        if clock is not None:
            clock.check("line scores")
        for i, logit in zip(rest, model.score(rows, clock), strict=True):
            logits[i] = logit
        if clock is not None:
            clock.check("line decisions")
    return decide_scored(lines, categories, logits, lone=n == 1 and not template[0], clock=clock, broken=broken)


def decide_scored(lines: Sequence[Line], categories: list[str | None], logits: Sequence[float],
                  lone: bool = False, clock: Clock | None = None, broken: bool = False) -> list[Decision]:
    """The decisions of `decide_lines` once every line has its story logit (−inf for a template line) and its
    vocabulary category; `lone` when the text is one line that no template took. Kept apart so a benchmark can
    replay the rules on logits scored once."""
    if broken:
        logits = [logit + BROKEN_TEXT_LIFT for logit in logits]
    words = [count_words(line.text) for line in lines]
    keep, named = _apply_rules(lines, categories, logits, words, lone)
    if running_text_size(line.text for line, kept in zip(lines, keep, strict=True) if kept) < STORY_MIN_PROSE:
        relaxed = no_story_logits(logits, words)
        if relaxed is not None:
            if clock is not None:
                clock.check("line decisions")  # the rules run a second time: the budget may be spent by now
            keep, named = _apply_rules(lines, categories, relaxed, words, lone)
    return [
        Decision(True, kind=_kind(lines, keep, i)) if keep[i] else _removed(lines[i].text, named[i])
        for i in range(len(lines))
    ]


def running_text_size(texts: Iterable[str]) -> int:
    """How much running text `texts` hold: the size (`text_size`) of the lines long enough and ending as
    running text does."""
    return round(sum(size for text in texts if (size := text_size(text)) >= PROSE_LINE_CHARS
                 and ends_sentence(sample_of(text))))


def no_story_logits(logits: Sequence[float], words: Sequence[int]) -> list[float] | None:
    """The logits of a text the rules found no story in, raised so that the lines of `LIST_ENTRY_WORDS` or more
    within `NO_STORY_MARGIN` of its surest line (down to `NO_STORY_FLOOR`) pass `THRESHOLD`; None when
    that bar is no lower than `THRESHOLD`."""
    top = max((logit for logit in logits if logit > -math.inf), default=-math.inf)
    bar = max(NO_STORY_FLOOR, top - NO_STORY_MARGIN)
    if bar >= THRESHOLD:
        return None
    lift = THRESHOLD - bar
    return [logit + lift if words[i] >= LIST_ENTRY_WORDS else logit for i, logit in enumerate(logits)]


def _apply_rules(lines: Sequence[Line], categories: Sequence[str | None], logits: Sequence[float],
                 words: Sequence[int], lone: bool) -> tuple[list[bool], list[str | None]]:
    """Each line's keep flag and category under the threshold and the rules."""
    n = len(lines)
    categories = list(categories)
    keep = [logit > THRESHOLD for logit in logits]
    if lone and is_lone_prose(lines[0].text):
        keep[0] = True
    for i in range(n):
        if categories[i] and words[i] <= WIDGET_MAX_WORDS:
            keep[i] = False
    for i in thread_lines(lines, words, keep, logits):
        keep[i] = False
        categories[i] = categories[i] or "comments"
    for i in stray_lines(words, keep, logits):
        keep[i] = False
    for i in box_lines(lines, categories):
        keep[i] = False
        categories[i] = categories[i] or "appeal"
    for i in repeated_lines(lines, keep):
        keep[i] = False
        categories[i] = categories[i] or "duplicate"
    return keep, categories


def is_lone_prose(text: str) -> bool:
    """Whether a text of one line is running prose. The model reads a line against the rest of its page
    and learnt that story lines have story around them; a one-line text has no page, so prose stands."""
    return ENDS_CLAUSE.search(sample_of(text)) is not None and count_words(text) >= PROSE_MIN_WORDS


def stray_lines(words: Sequence[int], keep: Sequence[bool], logits: Sequence[float]) -> list[int]:
    """Kept lines away from the story, given each line's word count, keep flag and story logit. Kept lines
    at most `CORE_GAP` apart form runs; the run with the most story evidence (each line's clipped logit
    times its words plus one, summed) is the story's core. Another run is stray when its mean logit per word
    lies below the core's by its `stray_margin`."""
    runs: list[list[int]] = []
    last = -CORE_GAP - 2
    for i, kept in enumerate(keep):
        if kept:
            if i - last - 1 > CORE_GAP:
                runs.append([])
            runs[-1].append(i)
            last = i
    if len(runs) < 2:
        return []
    size = [sum(words[i] for i in run) for run in runs]
    # a line counts one more than its words, so a run of empty-worded lines still has a weight
    weight = [sum(words[i] + 1 for i in run) for run in runs]
    evidence = [sum(max(-CLIP, min(CLIP, logits[i])) * (words[i] + 1) for i in run) for run in runs]
    core = max(range(len(runs)), key=evidence.__getitem__)
    sure = evidence[core] / weight[core]
    return [
        i for k, run in enumerate(runs)
        if k != core and evidence[k] / weight[k] < sure - stray_margin(size[k], size[core])
        for i in run
    ]


def stray_margin(size: int, core_size: int) -> float:
    """How much less sure than the story's core (mean clipped logit per word) a run of `size` words away from
    a core of `core_size` words must be to go: `SMALL_RUN_MARGIN` for a tiny run, `MINOR_RUN_MARGIN` for a
    minor one, `WEAK_RUN_MARGIN` for any other."""
    if size < STRAY_SHARE * core_size:
        return SMALL_RUN_MARGIN
    if size < MINOR_SHARE * core_size:
        return MINOR_RUN_MARGIN
    return WEAK_RUN_MARGIN


def header_shape(text: str) -> str | None:
    """The shape of a short line that carries a number (a thread header's date, time or count): digits as `0`,
    capitalised words as `A`, other words and marks as they are; None for any other line."""
    tokens = _TOKEN.findall(text)
    shape = ["0" if any(c.isdigit() for c in t) else "A" if t[:1].isupper() else t.lower() for t in tokens]
    return " ".join(shape) if "0" in shape else None


def thread_lines(lines: Sequence[Line], words: Sequence[int], keep: Sequence[bool],
                 logits: Sequence[float]) -> list[int]:
    """Kept lines of a comment thread below the story, given each line's word count, keep flag and logit.
    Headers are short numbered lines of one shape (`header_shape`) met at least `THREAD_MIN_HEADERS` times,
    most of them dropped by the model; headers at most `THREAD_REACH` lines apart chain into a thread,
    which reaches one typical step past its last header. A thread's kept lines are dropped when their mean
    clipped logit per word is `THREAD_MARGIN` below the other kept lines', it lies below most of those
    (`THREAD_AFTER_SHARE` of their words) and is at most `THREAD_MAX_RATIO` times their size."""
    headers = sorted(i for found in header_shapes(lines, words).values() if len(found) >= THREAD_MIN_HEADERS
                     and 2 * sum(logits[i] <= THRESHOLD for i in found) >= len(found) for i in found)
    spans = rhythm_spans(headers, len(lines))
    inside = {i for span in spans for i in span}
    story = [i for i, kept in enumerate(keep) if kept and i not in inside]
    story_words = sum(words[i] for i in story)
    dropped = []
    for span in spans:
        thread = [i for i in span if keep[i]]
        above = sum(words[i] for i in story if i < span.start)
        if (thread and story and above >= THREAD_AFTER_SHARE * story_words
                and sum(words[i] for i in thread) <= THREAD_MAX_RATIO * story_words
                and _sureness(thread, words, logits) < _sureness(story, words, logits) - THREAD_MARGIN):
            dropped += thread
    return dropped


def header_shapes(lines: Sequence[Line], words: Sequence[int]) -> dict[str, list[int]]:
    """The short numbered lines (at most `THREAD_HEADER_WORDS` words) of each `header_shape`, in page order."""
    shapes: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if 0 < words[i] <= THREAD_HEADER_WORDS and (shape := header_shape(line.text)):
            shapes.setdefault(shape, []).append(i)
    return shapes


def rhythm_spans(headers: Sequence[int], n_lines: int) -> list[range]:
    """The lines of each rhythm the sorted `headers` beat: headers at most `THREAD_REACH` lines apart chain, a
    chain of at least `THREAD_MIN_HEADERS` reaches one typical step past its last header."""
    chains: list[list[int]] = []
    for i in headers:
        if chains and i - chains[-1][-1] <= THREAD_REACH:
            chains[-1].append(i)
        else:
            chains.append([i])
    spans = []
    for chain in chains:
        if len(chain) >= THREAD_MIN_HEADERS:
            step = sorted(b - a for a, b in zip(chain, chain[1:]))[(len(chain) - 2) // 2]  # the lower median
            spans.append(range(chain[0], min(n_lines, chain[-1] + step + 1)))
    return spans


def _sureness(run: Sequence[int], words: Sequence[int], logits: Sequence[float]) -> float:
    """Mean clipped logit of `run`'s lines, each weighing its words plus one."""
    return (sum(max(-CLIP, min(CLIP, logits[i])) * (words[i] + 1) for i in run)
            / sum(words[i] + 1 for i in run))


def repeated_lines(lines: Sequence[Line], keep: Sequence[bool]) -> list[int]:
    """Kept lines whose text (ignoring case) was already kept above: all copies but the first, of
    `REPEAT_MIN_SIZE` or more."""
    seen: set[str] = set()
    repeats = []
    for i, line in enumerate(lines):
        if keep[i]:
            key = line.text.lower()
            if key in seen and text_size(line.text) >= REPEAT_MIN_SIZE:
                repeats.append(i)
            seen.add(key)
    return repeats


def box_lines(lines: Sequence[Line], categories: Sequence[str | None]) -> list[int]:
    """Lines inside appeal or newsletter boxes: from a short opener through each frame line
    (box wording or a button) that follows within `MAX_BOX_GAP` lines."""
    inside: list[int] = []
    i, n = 0, len(lines)
    while i < n:
        if categories[i] not in BOX_CATEGORIES or len(WORD.findall(lines[i].text)) > BOX_OPENER_WORDS:
            i += 1
            continue
        end, wording = i, 1
        j = i + 1
        while j < n and j - end <= MAX_BOX_GAP + 1:
            if categories[j] in BOX_FRAME:
                end = j
                wording += categories[j] in BOX_CATEGORIES
            j += 1
        if wording >= MIN_BOX_TEXT_LINES:
            inside.extend(range(i, end + 1))
        i = end + 1
    return inside


def _kind(lines: Sequence[Line], keep: Sequence[bool], i: int) -> str:
    text = lines[i].sample
    if _LIST_MARK.match(text):
        return "list_item"
    words = count_words(lines[i].text)
    if words <= HEADING_MAX_WORDS and not ENDS_CLAUSE.search(text):
        following = next((lines[j].text for j in range(i + 1, len(lines)) if keep[j]), "")
        if len(following) > len(text) and ENDS_CLAUSE.search(sample_of(following)):
            return "heading"
    return "paragraph"


def _removed(text: str, category: str | None) -> Decision:
    if category is None:
        short = count_words(text) <= NAV_MAX_WORDS and not ENDS_CLAUSE.search(sample_of(text))
        category = "navigation" if short else "boilerplate"
    link = None
    if category == "related" and (m := _LINK_TITLE.match(text)) and len(WORD.findall(m[1])) >= 2:
        link = m[1].strip()
    return Decision(False, category=category, link_title=link)
