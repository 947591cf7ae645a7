"""Which blocks are the story: score containers by the prose they hold, pick the best, keep
its blocks by local rules, and rescue good sibling containers.

A block weighs its text length when it reads like prose (long enough, few links) and
a negative amount when it reads like navigation or sits in a widget container. A
container scores the sum of its blocks, so the best container is the subtree that
holds the most prose with the least chrome around it (the maximum-sum subtree).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from copydesk.extract.blocks import Block, Page
from copydesk.extract.boilerplate import LINK_HEAVY, is_meta_line
from copydesk.extract.phrases import known_category
from copydesk.model import Container, categories, container_categories
from copydesk.textunits import FULL_STOPS, has_sentence_mark

MIN_PROSE_CHARS = 25  # shorter text is a label or a button, weighed as nothing
SHORT_UNPUNCTUATED_CHARS = 80  # a line this short without sentence punctuation is a teaser title or menu entry
LINK_PENALTY = 1.0  # a link-heavy block costs what a prose block of the same length earns
HINT_PENALTY = 0.5  # widget containers (share, comments…) cost half: strong but not absolute
STORY_PRIOR = 1.3  # <article>, <main>, articleBody, role=main: the page says where the story is
TIE_SLACK = 0.03  # a descendant within 3% of the best score is the tighter, better container
SIBLING_SHARE = 0.2  # a sibling container with a fifth of the best score continues the story
SIBLING_MIN_SCORE = 200  # …and at least a long paragraph's worth, so stray captions stay out
LOCAL_LINK_DENSITY = 0.6  # inside the story a block must be mostly links to be navigation
WIDGET_LINE_CHARS = 160  # widget prompts ("Sign up for our newsletter and get…") run to two short sentences
RETRY_MIN_CHARS = 250  # a result shorter than this is retried with container hints switched off…
RETRY_GAIN = 2.0  # …and a retry must keep twice as much text to win: a longer pick also holds more chrome
FALLBACK_MIN_CHARS = 500  # a story shorter than a news brief is looked for again in the page's hidden / noscript views
SENTENCE_END = FULL_STOPS | frozenset("…\"”“»«)」』")  # what a story's last line ends with
LEAD_LOOKBACK = 4  # blocks above the story searched for its standfirst (past a date, a credit, a label)
LEAD_SKIP_CHARS = 80  # above the story, a line this short (a date, a credit, a label) may sit between lead and body
TRAILING_LABEL_CHARS = 60  # a closing line shorter than this without an end mark is a label, not prose
CLOSING_SECTION_AFTER = 0.5  # a closing teaser section starts after half the story's text
TEASER_LINK_DENSITY = 0.3  # a block this linked (or more) in a closing section is a teaser
NEGATIVE_HINTS = container_categories(Container.AGAINST)  # a container named so counts against the story
ALL_HINTS = container_categories()  # every category a container's class can name
# Hints the retry keeps: a consent dialog's long legal prose would otherwise win a page whose story is short.
CERTAIN_HINTS = categories("cookie")


@dataclass(frozen=True, slots=True)
class Selection:
    """The chosen container, the kept block indexes and why every other block was dropped."""

    container: int
    kept: tuple[int, ...]
    dropped: dict[int, str]  # block index → category, for blocks inside the story's containers
    categories: dict[str, str | None] = field(default_factory=dict)  # text → `text_category`, as read so far
    # (block weights, frame scores) with every hint and prose preferred, when this selection's page was scored
    # so: the story model reads the same numbers of the same page (None: it computes them).
    weighed: tuple[list[float], list[float]] | None = field(default=None, compare=False, repr=False)


def select_blocks(page: Page, discussion: bool = False) -> Selection:
    """The story's blocks. Like Readability, a pick that is too short is retried with one
    heuristic switched off (container hints but the certain ones, then the preference for prose over links,
    for listings and shops) and a much longer attempt wins. On a `discussion` page (a forum
    thread, a Q&A) the replies are the content, so their "comments" containers count as story."""
    hints = ALL_HINTS - {"comments"} if discussion else ALL_HINTS
    words: dict[str, str | None] = {}  # block text → its category, read once per text for all attempts
    first = best = _select(page, hints, True, words)
    for attempt_hints, prose in ((hints & CERTAIN_HINTS, True), (hints, False)):
        if kept_chars(page, best) >= RETRY_MIN_CHARS:
            break
        attempt = _select(page, attempt_hints, prose, words)
        if kept_chars(page, attempt) > RETRY_GAIN * kept_chars(page, best):
            best = attempt
    return best if best is first else replace(best, weighed=first.weighed)  # the page's, whichever attempt won


def block_weight(block: Block, hints: frozenset[str], prose: bool = True) -> float:
    """What a block adds to the score of every container around it."""
    size = block.size
    if block.kind == "heading" or block.caption:
        return 0.0
    if block.hint in hints and block.hint in NEGATIVE_HINTS:
        return -size * HINT_PENALTY
    if not prose:
        return float(size)
    density = block.link_density
    if density > LINK_HEAVY:
        return -size * LINK_PENALTY
    if size < MIN_PROSE_CHARS or (size < SHORT_UNPUNCTUATED_CHARS and not _punctuated(block.text)):
        return 0.0
    return size * (1.0 - density)


def _punctuated(text: str) -> bool:
    return has_sentence_mark(text)


def kept_chars(page: Page, selection: Selection) -> float:
    """How much text a selection keeps, in Latin-character equivalents (what the retries compare)."""
    return sum(page.blocks[i].size for i in selection.kept)


def frame_scores(page: Page, weights: Sequence[float]) -> list[float]:
    """Each frame's score: the weights (one per block, in page order) of the blocks it holds at any depth."""
    scores = [0.0] * len(page.parent)
    for block, weight in zip(page.blocks, weights, strict=True):
        scores[block.frame] += weight
    parent = page.parent
    for frame in range(len(scores) - 1, 0, -1):  # children come after parents: sum bottom-up
        if parent[frame] >= 0:
            scores[parent[frame]] += scores[frame]
    return scores


def _best_container(page: Page, scores: list[float]) -> int:
    """The highest-scoring frame, then its deepest descendant that scores nearly as well."""
    values = [score * STORY_PRIOR if story and score > 0 else score for score, story in zip(scores, page.story)]
    best = max(range(len(values)), key=values.__getitem__)
    floor = values[best] * (1 - TIE_SLACK)
    if floor <= 0:
        return best
    end = page.end
    choice = best
    for frame in range(best + 1, end[best] + 1):
        if values[frame] >= floor and frame <= end[choice]:
            choice = frame
    return choice


def _select(page: Page, hints: frozenset[str], prose: bool, words: dict[str, str | None]) -> Selection:
    weights = [block_weight(block, hints, prose) for block in page.blocks]
    scores = frame_scores(page, weights)
    best = _best_container(page, scores)
    home = _homes(page, [best, *_sibling_containers(page, scores, best)])
    kept: list[int] = []
    dropped: dict[int, str] = {}
    for block in page.blocks:
        container = home[block.frame]
        if container is None:
            continue
        category = _local_drop(block, container, hints, prose, words)
        if category:
            dropped[block.index] = category
        else:
            kept.append(block.index)
    if prose and kept:
        kept = _trim_edges(page, kept, dropped, hints, words)
    weighed = (weights, scores) if prose and hints == ALL_HINTS else None
    return Selection(container=best, kept=tuple(kept), dropped=dropped, categories=words, weighed=weighed)


def _homes(page: Page, containers: list[int]) -> list[int | None]:
    """For each frame, the first of `containers` that holds it (None when outside them all)."""
    home: list[int | None] = [None] * len(page.parent)
    for container in reversed(containers):  # the first container wins where two overlap
        last = page.end[container]
        home[container:last + 1] = [container] * (last + 1 - container)
    return home


def _trim_edges(page: Page, kept: list[int], dropped: dict[int, str], hints: frozenset[str],
               words: dict[str, str | None]) -> list[int]:
    """The story's edges set right: its standfirst added above, a closing teaser section and
    trailing labels dropped below (recorded in `dropped`)."""
    kept = _standfirst(page, kept[0], hints, words) + kept
    for index in _closing_teasers(page, kept):
        dropped[index] = "related"
    kept = [index for index in kept if index not in dropped]
    _relabel_related_lists(page, kept, dropped)
    for index in _trailing_labels(page, kept):
        dropped[index] = "navigation"
    return [index for index in kept if index not in dropped]


def _standfirst(page: Page, first: int, hints: frozenset[str], words: dict[str, str | None]) -> list[int]:
    """Prose just above the story's first block and below its headline: the standfirst or lead
    paragraph, which pages often set in the header beside the headline, outside the body container."""
    found = []
    for index in range(first - 1, max(-1, first - 1 - LEAD_LOOKBACK), -1):
        block = page.blocks[index]
        if block.kind == "heading":
            break
        if block.size < LEAD_SKIP_CHARS:
            continue  # a date, a credit or a label may sit between the lead and the body
        if block_weight(block, hints) <= 0 or block.hint in hints or block.caption \
                or known_category(block.text, words):
            break
        found.append(index)
    return found[::-1]


def _trailing_labels(page: Page, kept: list[int]) -> list[int]:
    """Short unpunctuated lines after the story's last sentence: labels and widget titles
    ("Schwerpunkte", "Kommende Events", "Print") that stories never end on."""
    found = []
    for index in reversed(kept[1:]):
        block = page.blocks[index]
        text = block.text.rstrip()
        is_label = block.kind == "paragraph" and block.size < TRAILING_LABEL_CHARS and text[-1:] not in SENTENCE_END
        if block.kind != "heading" and not is_label:  # a heading with nothing after it never ends a story
            break
        found.append(index)
    return found


def _relabel_related_lists(page: Page, kept: list[int], dropped: dict[int, str]) -> None:
    """Link lines dropped as navigation right below a related heading ("More stories") are
    that section's teasers: they become `related` (and so `Article.related`)."""
    kept_set = set(kept)
    under = False
    for index in sorted(kept_set | dropped.keys()):
        block = page.blocks[index]
        if index in kept_set or block.kind == "heading":
            under = block.kind == "heading" and dropped.get(index) == "related"
        elif under and dropped[index] == "navigation":
            dropped[index] = "related"


def _closing_teasers(page: Page, kept: list[int]) -> list[int]:
    """The kept blocks of a closing teaser section: a heading in the story's second half
    followed only by link teasers ("More stories", "Weitere Beiträge")."""
    blocks = page.blocks
    total = sum(blocks[i].size for i in kept)
    tail = 0.0
    cut = None
    for position in range(len(kept) - 1, -1, -1):
        block = blocks[kept[position]]
        tail += block.size
        if block.kind == "heading":
            if total - tail >= CLOSING_SECTION_AFTER * total:
                cut = position
            continue
        if block.link_density <= TEASER_LINK_DENSITY:
            break
    return kept[cut:] if cut is not None else []


def _sibling_containers(page: Page, scores: list[float], best: int) -> list[int]:
    """Containers beside the best one that hold enough prose to be part of the story."""
    parent = page.parent[best]
    if parent < 0:
        return []
    floor = max(SIBLING_MIN_SCORE, SIBLING_SHARE * scores[best])
    end = page.end
    siblings = []
    frame = parent + 1
    while frame <= end[parent]:
        if frame != best and scores[frame] >= floor:
            siblings.append(frame)
        frame = end[frame] + 1  # skip to the next sibling
    return siblings


def _may_be_widget(block: Block) -> bool:
    """Widget lines inside a story are short or carry a link; plain sentences skip the (slow) text patterns."""
    return block.size <= WIDGET_LINE_CHARS or bool(block.links)


def _local_drop(block: Block, container: int, hints: frozenset[str], prose: bool,
                words: dict[str, str | None]) -> str | None:
    """Why a block inside the chosen container is still boilerplate, or None to keep it."""
    if block.hint in hints and block.hint_frame > container:
        return block.hint
    if block.caption:
        return "caption"
    if _may_be_widget(block):
        category = known_category(block.text, words)
        if category:
            return category
    if block.kind != "heading" and is_meta_line(block.text):
        return "byline"
    if prose and block.link_density > LOCAL_LINK_DENSITY:
        return "navigation"
    return None
