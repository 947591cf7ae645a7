"""Which blocks are the story: score containers by the prose they hold, pick the best, keep
its blocks by local rules, and rescue good sibling containers.

A block weighs its text length when it reads like prose (long enough, few links) and
a negative amount when it reads like navigation or sits in a widget container. A
container scores the sum of its blocks, so the best container is the subtree that
holds the most prose with the least chrome around it (the maximum-sum subtree).
"""

from __future__ import annotations

from dataclasses import dataclass

from copydesk.extract.blocks import Block, Page
from copydesk.extract.boilerplate import LINK_HEAVY, text_category

MIN_PROSE_CHARS = 25  # shorter text is a label or a button, weighed as nothing
SHORT_UNPUNCTUATED_CHARS = 80  # a line this short without sentence punctuation is a teaser title or menu entry
LINK_PENALTY = 1.0  # a link-heavy block costs what a prose block of the same length earns
HINT_PENALTY = 0.5  # widget containers (share, comments…) cost half: strong but not absolute
STORY_PRIOR = 1.3  # <article>, <main>, articleBody, role=main: the page says where the story is
TIE_SLACK = 0.03  # a descendant within 3% of the best score is the tighter, better container
SIBLING_SHARE = 0.2  # a sibling container with a fifth of the best score continues the story
SIBLING_MIN_SCORE = 200  # …and at least a long paragraph's worth, so stray captions stay out
LOCAL_LINK_DENSITY = 0.6  # inside the story a block must be mostly links to be navigation
SHORT_LINE_CHARS = 80  # a line this short may be a button, label or prompt whatever its punctuation
RETRY_MIN_CHARS = 250  # a result shorter than this is retried with container hints switched off
SENTENCE_PUNCTUATION = frozenset(".,;:!?。，、؟")
NEGATIVE_HINTS = frozenset({"related", "appeal", "newsletter", "share", "cookie", "comments", "ads", "navigation",
                            "author_bio"})


@dataclass(frozen=True, slots=True)
class Selection:
    """The chosen container, the kept block indexes and why every other block was dropped."""

    container: int
    kept: tuple[int, ...]
    dropped: dict[int, str]  # block index → category, for blocks inside the story's containers


def select_blocks(page: Page) -> Selection:
    """The story's blocks. Like Readability, a pick that is too short is retried with one
    heuristic switched off (container hints, then the preference for prose over links,
    for listings and shops) and the longest attempt is kept."""
    best = _select(page, use_hints=True, prose=True)
    for use_hints, prose in ((False, True), (True, False)):
        if _kept_chars(page, best) >= RETRY_MIN_CHARS:
            break
        attempt = _select(page, use_hints=use_hints, prose=prose)
        if _kept_chars(page, attempt) > _kept_chars(page, best):
            best = attempt
    return best


def block_weight(block: Block, use_hints: bool, prose: bool = True) -> float:
    """What a block adds to the score of every container around it."""
    size = len(block.text)
    if block.kind == "heading" or block.caption:
        return 0.0
    if use_hints and block.hint in NEGATIVE_HINTS:
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
    return any(char in SENTENCE_PUNCTUATION for char in text)


def _kept_chars(page: Page, selection: Selection) -> int:
    return sum(len(page.blocks[i].text) for i in selection.kept)


def _container_scores(page: Page, use_hints: bool, prose: bool = True) -> list[float]:
    scores = [0.0] * len(page.parent)
    for block in page.blocks:
        scores[block.frame] += block_weight(block, use_hints, prose)
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


def _select(page: Page, use_hints: bool, prose: bool) -> Selection:
    scores = _container_scores(page, use_hints, prose)
    best = _best_container(page, scores)
    containers = [best, *_sibling_containers(page, scores, best)]
    kept: list[int] = []
    dropped: dict[int, str] = {}
    end = page.end
    for block in page.blocks:
        home = next((c for c in containers if c <= block.frame <= end[c]), None)
        if home is None:
            continue
        category = _local_drop(block, home, use_hints, prose)
        if category:
            dropped[block.index] = category
        else:
            kept.append(block.index)
    return Selection(container=best, kept=tuple(kept), dropped=dropped)


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
    return len(block.text) <= SHORT_LINE_CHARS or bool(block.links)


def _local_drop(block: Block, container: int, use_hints: bool, prose: bool) -> str | None:
    """Why a block inside the chosen container is still boilerplate, or None to keep it."""
    if use_hints and block.hint and block.hint_frame > container:
        return block.hint
    if block.caption:
        return "caption"
    category = text_category(block.text) if _may_be_widget(block) else None
    if category:
        return category
    if prose and block.link_density > LOCAL_LINK_DENSITY:
        return "navigation"
    return None
