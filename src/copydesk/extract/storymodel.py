"""The trained story model: for every candidate block, how likely it is part of the story.

The hand rules of `scoring` become evidence here: whether they kept or dropped the
block, its weight, its container's score and share of the best container's, the
class / id category around it, link density, its text category, kind, place
relative to the headline and to the rules' story span, script-aware length and
punctuation, its neighbours' evidence, how much of it a declared JSON-LD
`articleBody` holds, the page type's probabilities (a listing's items, a forum's
replies and a product's description are those pages' content) and the shapes of
repeated items (teasers: a headline followed by a short lead; sibling containers), and
where a block stands against the page's last paragraph (a story's trailing teasers follow it), and whether
it names the site (the publisher's own voice around a story).
A small dense network (`copydesk.learn.Dense`, three seeds' networks averaged into one, trained by
`benchmarks/train_story.py`, shipped as `copydesk/data/story_blocks.json`) turns them into one logit per block.
The model overrules the rules' choice of a block only when it is sure (a kept block
is dropped under `drop_logit`, a dropped one kept over `add_logit`: thresholds chosen
by site-grouped CV and recorded in the model file); on a page most likely an article, precision first,
the kept blocks it doubts are then trimmed, never most of the page's text (`trim_article`). The page's
`confidence` is read from how far the logits agree with the final split (`page_evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from operator import attrgetter
from pathlib import Path

import numpy as np
import orjson

from copydesk.errors import FormatError
from copydesk.extract.blocks import Block, Page
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.pagetext import PageText, page_text
from copydesk.extract.pagetype import TRAINED_TYPES, PageType
from copydesk.extract.phrases import known_category
from copydesk.extract.scoring import ALL_HINTS, Selection, block_weight, frame_scores
from copydesk.extract.storyends import FEATURES as END_FEATURES
from copydesk.extract.storyends import end_columns
from copydesk.extract.storyself import FEATURES as SELF_FEATURES
from copydesk.extract.storyself import self_columns
from copydesk.extract.storyshape import FEATURES as SHAPE_FEATURES
from copydesk.extract.storyshape import BlockArrays, block_arrays, shape_columns, subtree_sizes
from copydesk.learn import Dense
from copydesk.lexicon import TEXT_PATTERNS
from copydesk.textunits import FULL_STOPS, SENTENCE_MARKS, SOUTHEAST, spaced_sentences, word_pattern

MODEL_FILE = "story_blocks.json"
KINDS = ("paragraph", "heading", "list_item", "quote", "table", "code")
HINTS = tuple(sorted(ALL_HINTS))
TEXT_CATEGORIES = ("button", *TEXT_PATTERNS)  # what `text_category` can say of a block
SIZE_SCALE = 8.0  # log1p(size) / this: a 3,000-character block reads about 1
KIND_INDEX = {k: i for i, k in enumerate(KINDS)}
HINT_INDEX: dict[str | None, int] = {h: i for i, h in enumerate(HINTS)}
CATEGORY_INDEX = {c: i for i, c in enumerate(TEXT_CATEGORIES)}
NEIGHBOURS = (-2, -1, 1, 2)  # blocks around a block whose rule decision and size it reads
NEIGHBOUR_COLUMNS = (0, 3, 4)  # what it reads of them: kept, size, link_density (the columns of `own`)
WIDGET_CHARS = 160  # text categories are read for blocks this short (as `scoring` does), longer ones are prose
TEASER_TITLE_CHARS = (15, 200)  # a linked line this long is a headline (shorter: a menu entry; longer: prose)
TEASER_LEAD_CHARS = 400  # a teaser's lead is a sentence or two; a story's section runs on
TEASER_WINDOW = 8  # blocks either side over which the teaser shapes around a block are counted
SIBLING_LEVELS = 3  # repeated items (a list of teasers, replies, products) show at the block's frame or 1-2 up
PROSE_CHARS = 200  # an unlinked block this long that ends a sentence is running prose (a teaser's lead is shorter)
SHAPE_WINDOW = 6  # blocks either side over which a block's shape is looked for again
# On a page most likely an article, precision first: a kept block the model does not believe (even odds or
# worse) is dropped, which the general `drop_logit` (chosen for every page type) leaves. Site-grouped CV, with
# `MAX_TRIM_SHARE`: articles' precision +0.012; F1, snippets, newspaper4k up (RESULTS, "the precision margin").
ARTICLE_DROP_LOGIT = 0.0
MAX_TRIM_SHARE = 0.5  # a trim past half the kept text is the model unsure of a whole story (a long plain one)
# A kept block that says word for word what an earlier kept block said, at this length or more, in another
# container, is a copy of it (a mobile and a desktop copy, a collapsed and an opened one, a quote of the post
# above): the story says it once. Shorter lines repeat in the story itself (every listing item's "Free
# shipping", a recipe's "Step 1"), and so does a refrain among its siblings (one container's children).
REPEAT_MIN_SIZE = 40.0
# On a page most likely a list of items (a listing's and a collection's probabilities together at least
# `LIST_PAGE_SHARE`: the classifier confuses the two), the items are the content, and the rules' one container
# often holds only some of them: a block outside it is kept when the model finds it more likely story than not,
# and a block the rules kept is dropped only when the model is very sure. Site-grouped CV, three seed triples
# (RESULTS, "listings and collections"): listings +0.02, collections +0.025, WCXB all +0.004, articles, snippets
# and newspaper4k not lower; the general margins (-1.5 / +1) miss most items outside the rules' container.
LIST_TYPES = ("listing", "collection")
LIST_PAGE_SHARE = 0.5  # the two together likelier than every other type put together
LIST_ADD_LOGIT = 0.0  # even odds: lower adds more items but costs snippets and documentation (CV)
LIST_DROP_LOGIT = -3.0  # past this, collections rise and listings fall (CV)


def feature_names() -> tuple[str, ...]:
    """Every feature, in the order `page_rows` writes them (the model file records this list)."""
    own = ["kept", "dropped", "in_home", "size", "link_density", "punctuated", "sentence_end", "caption",
           "weight", "frame_share", "home_share", "in_story_tag", "position", "before_span", "after_span",
           "in_span", "after_headline", "body_declared", "body_overlap", "digits"]
    own += [f"kind:{k}" for k in KINDS] + [f"hint:{h}" for h in HINTS] + [f"text:{c}" for c in TEXT_CATEGORIES]
    for offset in NEIGHBOURS:
        own += [f"n{offset}:kept", f"n{offset}:size", f"n{offset}:link_density"]
    own += [f"type:{t}" for t in TRAINED_TYPES]
    own += ["teaser_start", "teaser_member", "teaser_density", *(f"siblings{k}" for k in range(SIBLING_LEVELS)),
            "page_teasers"]
    own += ["prose_after", "prose_before", "past_prose", "shape_repeat"]
    own += [f"title:{name}" for name in SHAPE_FEATURES]
    own += [f"ends:{name}" for name in END_FEATURES]
    own += [f"self:{name}" for name in SELF_FEATURES]
    return tuple(own)


FEATURE_COUNT = len(feature_names())


def page_rows(page: Page, selection: Selection, title: str | None, article_body: str | None,
              type_probabilities: Sequence[float], site_keys: Iterable[str],
              text: PageText | None = None) -> np.ndarray:
    """One feature row per block of `page` (see `feature_names`), built column by column;
    `type_probabilities` are the page-type classifier's, in `TRAINED_TYPES` order: what a page's
    content is depends on its type (a listing's items, a forum's replies); `site_keys` are the site's
    names (`storyself.page_site_keys`); `text` is the page's `page_text` (built here when not given)."""
    blocks = page.blocks
    n = len(blocks)
    if not n:
        return np.zeros((0, FEATURE_COUNT))
    # Each block attribute read once, in C (`map` of an attribute getter into `np.fromiter`), and each block's
    # weight computed once for both the frame scores and its own column.
    text = text or page_text(page)
    texts = text.texts
    if selection.weighed is not None:  # the rules scored this page with every hint already
        weights, scores = selection.weighed
    else:
        weights = [block_weight(b, ALL_HINTS) for b in blocks]
        scores = frame_scores(page, weights)
    best = max(scores[selection.container], 1.0)
    frames = np.fromiter(map(_FRAME, blocks), np.int64, n)
    sizes = np.fromiter(map(_SIZE, blocks), np.float64, n)
    densities = np.fromiter(map(_DENSITY, blocks), np.float64, n)
    kinds = np.fromiter(map(KIND_INDEX.get, map(_KIND, blocks), repeat(len(KINDS))), np.int64, n)
    hints = np.fromiter(map(HINT_INDEX.get, map(_HINT, blocks), repeat(len(HINTS))), np.int64, n)
    arrays = block_arrays(page, frames, sizes, densities, kinds == KIND_INDEX["heading"])  # shared by the helpers
    index = arrays.indices
    linked = densities > LINK_HEAVY  # as `arrays`, built once for the helpers that read it
    kept = np.zeros(n)
    kept[list(selection.kept)] = 1.0
    dropped = np.zeros(n)
    dropped[list(selection.dropped)] = 1.0
    first, last = (min(selection.kept), max(selection.kept)) if selection.kept else (n, -1)
    headline = _headline_index(blocks, title)
    score_of_frame = np.asarray(scores)
    home, story = _up_the_frames(page.parent, scores, page.story)
    marked, ended, digits = _character_columns(texts)
    own = (
        kept, dropped, _in_container(page, selection.container, frames),
        np.log1p(sizes) / SIZE_SCALE, densities,
        marked, ended,
        np.fromiter(map(_CAPTION, blocks), np.float64, n),
        (np.array(weights, np.float64) / np.maximum(sizes, 1.0)).clip(-2.0, 2.0),
        (score_of_frame[frames] / best).clip(-2.0, 2.0),
        (np.asarray(home)[frames] / best).clip(-2.0, 2.0),
        np.asarray(story, np.float64)[frames], index / n,
        np.where(index < first, ((first - index) / 10).clip(-2.0, 2.0), 0.0),
        np.where(index > last, ((index - last) / 10).clip(-2.0, 2.0), 0.0),
        (index >= first) & (index <= last),
        index > headline if headline is not None else 0.0,
        float(bool(article_body)), _body_overlap(text, article_body),
        digits,
    )
    # Written into one matrix, part by part (booleans read 1.0 / 0.0): no list of columns stacked twice.
    rows = np.empty((n, FEATURE_COUNT))
    for column, values in enumerate(own):
        rows[:, column] = values
    at = len(own)
    found = _text_categories(blocks, selection.categories)
    for values, width in ((kinds, len(KINDS)), (hints, len(HINTS)), (found, len(TEXT_CATEGORIES))):
        rows[:, at:at + width] = values[:, None] == np.arange(width)  # one-hot; none when unknown (`width`)
        at += width
    prose = _prose(ended, sizes, linked)
    at = _write_neighbours(rows, at)
    for part in (np.asarray(type_probabilities, np.float64),
                 _shapes(page, arrays, linked),
                 _tail(prose, sizes, linked, kinds, index),
                 shape_columns(page, _anchor(headline, first, n), arrays),
                 end_columns(page, arrays, prose),
                 self_columns(text, site_keys)):
        width = part.shape[-1]
        rows[:, at:at + width] = part
        at += width
    if at != FEATURE_COUNT:  # a column named and not written would be left as whatever `np.empty` held
        raise AssertionError(f"{at} story features written for {FEATURE_COUNT} names")
    return rows


_FRAME, _SIZE, _DENSITY, _KIND, _HINT, _CAPTION = map(
    attrgetter, ("frame", "size", "link_density", "kind", "hint", "caption"))


def _anchor(headline: int | None, first: int, n: int) -> int | None:
    """The block the page's content hangs from: the headline, else the first block the rules kept (`first`,
    `n` when they kept none)."""
    return headline if headline is not None else first if first < n else None


def _shapes(page: Page, arrays: BlockArrays, linked: np.ndarray) -> np.ndarray:
    """Shapes of repeated items, never their words: a teaser (a headline-like block followed by a short
    lead) and how many teasers are around; how many sibling containers holding text the block's frame
    and its next two ancestors have (a list of teasers, replies or products repeats one container);
    `linked`: which blocks are link-heavy."""
    sizes, heading, frames, index, last_inside = (arrays.sizes, arrays.heading, arrays.frames, arrays.indices,
                                                  arrays.last_inside)
    n = len(sizes)
    low, high = TEASER_TITLE_CHARS
    title_like = heading | (linked & (sizes >= low) & (sizes <= high))
    lead = ~heading & ~linked & (sizes <= TEASER_LEAD_CHARS)
    start = np.zeros(n, bool)
    start[:-1] = title_like[:-1] & lead[1:]
    member = start.copy()
    member[1:] |= start[:-1]
    counts = np.concatenate([[0], start.cumsum()])
    window = counts[np.minimum(index + TEASER_WINDOW + 1, n)] - counts[np.maximum(index - TEASER_WINDOW, 0)]
    parent = np.asarray([*page.parent, -1], np.int64)  # parent[-1]: outside the page
    holds = np.append(subtree_sizes(last_inside, frames, np.ones(n)) > 0, False)  # outside the page holds none
    children = np.bincount(parent[holds] + 1, minlength=len(parent) + 1)  # shifted by one: index 0 is the page
    out = np.empty((n, SIBLING_LEVELS + 4))  # start, member, window, the levels' siblings, the page's teasers
    out[:, 0] = start
    out[:, 1] = member
    out[:, 2] = window / (2 * TEASER_WINDOW + 1)
    frame = frames
    for level in range(SIBLING_LEVELS):
        up = parent[frame]
        out[:, 3 + level] = np.where(frame >= 0, np.log1p(children[up + 1]), 0.0)
        frame = up  # outside the page stays outside: parent[-1] is -1
    out[:, -1] = np.log1p(start.sum())
    return out


def _tail(prose: np.ndarray, sizes: np.ndarray, linked: np.ndarray, kinds: np.ndarray,
          index: np.ndarray) -> np.ndarray:
    """Where a block stands against the page's running prose, and whether its shape repeats around it:
    a story's trailing teasers and link runs come after its last paragraph and repeat one shape (a title
    line and a one-sentence lead, again and again), where a story's own paragraphs vary."""
    n = len(sizes)
    counts = np.concatenate([[0], prose.cumsum()])  # counts[i]: prose blocks before block i
    after = counts[n] - counts[1:]
    before = counts[:-1]
    last = int(prose.nonzero()[0][-1]) if prose.any() else -1
    past = np.where((last >= 0) & (index > last), ((index - last) / 10).clip(0.0, 2.0), 0.0)
    shape = kinds * 64 + linked * 32 + np.minimum(np.log2(sizes + 1).astype(np.int64), 31)
    same = np.zeros(n)
    for offset in range(1, SHAPE_WINDOW + 1):  # one comparison counted at both of its blocks
        equal = shape[offset:] == shape[:-offset]
        same[offset:] += equal
        same[:-offset] += equal
    total = max(int(counts[n]), 1)  # shares, not counts: a page of 2,000 paragraphs reads like one of 20
    out = np.empty((n, 4))
    out[:, 0] = after / total
    out[:, 1] = before / total
    out[:, 2] = past
    out[:, 3] = same / (2 * SHAPE_WINDOW)
    return out


def _prose(ends: np.ndarray, sizes: np.ndarray, linked: np.ndarray) -> np.ndarray:
    """Running prose: unlinked blocks (not `linked`) of `PROSE_CHARS` that end a sentence."""
    return ~linked & ends & (sizes >= PROSE_CHARS)


def _body_overlap(text: PageText, article_body: str | None) -> np.ndarray:
    """The share of each block's words that the declared `articleBody` holds (0 when none is declared); the
    words read from the page's lower-cased join (`text`), where a text's stretch is its own lower case."""
    texts = text.texts
    if not article_body:
        return np.zeros(len(texts))
    word = word_pattern()  # Thai and Burmese words keep their vowel signs
    body = set(word.findall(article_body.lower()))
    out = np.zeros(len(texts))
    if not text.aligned:  # a letter lower-cased to two: the join's offsets are not the texts'
        for i, one in enumerate(texts):
            _share_in(out, i, word.findall(one.lower()), body)
        return out
    lowered, starts = text.lowered, text.starts
    for i in range(len(texts)):  # no word runs over the separator
        _share_in(out, i, word.findall(lowered, starts[i], starts[i + 1] - 1), body)
    return out


def _share_in(out: np.ndarray, i: int, words: list[str], body: set[str]) -> None:
    """Writes into `out[i]` the share of `words` that `body` holds (none when there are no words)."""
    if words:
        out[i] = sum(map(body.__contains__, words)) / len(words)


def _character_columns(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per text: whether it holds a sentence mark and a sentence end (`has_sentence_mark`,
    `has_sentence_end`) and its share of decimal digits (what `\\d` matches: `str.isdecimal`). Read from the
    page's characters at once in numpy rather than with three regex calls a text (0.35 against 0.21 ms a page)."""
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), np.uint32)
    lengths = np.array(list(map(len, texts)), np.int64)
    kind = _CHARACTER_KINDS.take(codes, mode="clip")  # past the BMP reads U+FFFF, which is none of them
    astral = (codes > BMP_LAST).nonzero()[0]
    if len(astral):  # digits past the BMP (emoji are the usual characters there): each distinct one asked once
        astral_codes = codes[astral]
        others = np.unique(astral_codes)
        decimal = others[np.array([chr(c).isdecimal() for c in others.tolist()], bool)]
        if len(decimal):  # mostly none: then no character needs mapping back
            kind[astral[np.isin(astral_codes, decimal)]] |= _DIGIT
    at = kind.nonzero()[0]
    owner = lengths.cumsum().searchsorted(at, side="right")  # the text each marked character is in
    found = kind[at]
    n = len(texts)
    digits = np.bincount(owner[(found & _DIGIT) > 0], minlength=n)
    marked = np.zeros(n, bool)
    marked[owner[(found & _MARK) > 0]] = True
    ended = np.zeros(n, bool)
    ended[owner[(found & _STOP) > 0]] = True
    for i in (np.bincount(owner[(found & _SPACED) > 0], minlength=n) >= 2).nonzero()[0].tolist():
        if spaced_sentences(texts[i]):  # Thai, Lao and Khmer end a sentence with a space
            marked[i] = ended[i] = True
    return marked, ended, digits / np.maximum(lengths, 1)


def _character_kinds() -> np.ndarray:
    """Per BMP code point, the bits of what it is: a decimal digit of any script, a sentence mark, a full stop, a
    letter of the scripts that end sentences with a space. The digits are the runs `\\d` (`str.isdecimal`) finds
    in the BMP's characters: ~1 ms once, where asking each page's distinct non-ASCII characters cost ~10 µs a
    page (`np.unique` and a Python test each)."""
    kinds = np.zeros(BMP_LAST + 1, np.uint8)
    every = np.arange(BMP_LAST + 1, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    for run in DECIMAL_RUN.finditer(every):
        kinds[run.start():run.end()] |= _DIGIT
    kinds[list(map(ord, SENTENCE_MARKS))] |= _MARK
    kinds[list(map(ord, FULL_STOPS))] |= _STOP
    for low, high in zip(SOUTHEAST[::3], SOUTHEAST[2::3], strict=True):  # the class is "a-bc-d…"
        kinds[ord(low):ord(high) + 1] |= _SPACED
    return kinds


_DIGIT, _MARK, _STOP, _SPACED = 1, 2, 4, 8  # bits of `_CHARACTER_KINDS`
BMP_LAST = 0xFFFF  # the table covers the Basic Multilingual Plane; characters past it are asked one by one
DECIMAL_RUN = re.compile(r"\d+")  # `\d` in a str pattern is `str.isdecimal` (Unicode category Nd)
_CHARACTER_KINDS = _character_kinds()


def _text_categories(blocks: Sequence[Block], known: dict[str, str | None]) -> np.ndarray:
    """Each block's text category as an index of `TEXT_CATEGORIES` (its length when none), read for
    widget-sized or linked blocks only, as `scoring` does; menus and teasers repeat lines, so each text once."""
    seen: dict[str, int] = {}
    unknown = len(TEXT_CATEGORIES)
    out = []  # a list, made an array once: numpy's item assignment costs more than an append
    for block in blocks:
        if block.size <= WIDGET_CHARS or block.links:
            text = block.text
            index = seen.get(text)
            if index is None:
                category = known_category(text, known)  # kept in the selection: assembly names dropped blocks by it
                index = seen[text] = CATEGORY_INDEX[category] if category else unknown
            out.append(index)
        else:
            out.append(unknown)
    return np.array(out, np.int64)


def _write_neighbours(rows: np.ndarray, at: int) -> int:
    """Writes into `rows` from column `at` each row's kept, size and link density columns read at each of
    `NEIGHBOURS`' offsets (0 past either end), side by side; returns the next column."""
    n = len(rows)
    reach = max(map(abs, NEIGHBOURS))
    padded = np.zeros((n + 2 * reach, len(NEIGHBOUR_COLUMNS)))
    padded[reach:reach + n] = rows[:, list(NEIGHBOUR_COLUMNS)]
    for offset in NEIGHBOURS:
        rows[:, at:at + len(NEIGHBOUR_COLUMNS)] = padded[reach + offset:reach + offset + n]
        at += len(NEIGHBOUR_COLUMNS)
    return at


def _in_container(page: Page, container: int, frames: np.ndarray) -> np.ndarray:
    """1 for the blocks whose frame is `container` or inside it (frames inside f are f + 1 … `page.end[f]`)."""
    return (frames >= container) & (frames <= page.end[container])  # read 1.0 / 0.0 where the rows are written


def _up_the_frames(parents: list[int], scores: list[float], marked: list[bool]) -> tuple[list[float], list[bool]]:
    """Per frame, in one pass down the tree (parents come before children): the best score among it and its
    ancestors (how much prose a block's widest container holds), and whether it is inside an <article>, <main>
    or a frame `marked` as the story."""
    home = list(scores)
    story = list(marked)
    for frame, parent in enumerate(parents):
        if parent >= 0:
            if home[parent] > home[frame]:
                home[frame] = home[parent]
            if story[parent]:
                story[frame] = True
    return home, story


def _headline_index(blocks: Sequence[Block], title: str | None) -> int | None:
    """The first heading that is the title (or the first h1)."""
    wanted = (title or "").casefold().strip()
    first_h1 = None
    for block in blocks:
        if block.kind != "heading":
            continue
        text = block.text.casefold().strip()
        if wanted and text and (text == wanted or (text in wanted and len(text) > 0.6 * len(wanted))):
            return block.index
        if first_h1 is None and block.level == 1:
            first_h1 = block.index
    return first_h1


@dataclass(frozen=True, slots=True)
class StoryModel:
    """Feature rows → one story logit per block; `calibration` maps a page's evidence to its confidence."""

    network: Dense
    drop_logit: float  # a block the rules kept is dropped under this…
    add_logit: float  # …and one they did not keep is kept over this
    calibration: tuple[tuple[float, float], ...]  # (page evidence, P(page is right)), evidence ascending

    def logits(self, rows: np.ndarray) -> np.ndarray:
        return self.network(rows, self.network.single_thread_rows()) if len(rows) else np.zeros(0)

    def decide(self, logits: np.ndarray, rules_kept: np.ndarray, items_page: bool = False) -> np.ndarray:
        """Which blocks are the story: the rules' choice, overruled where the model is sure (on a page of
        items, `list_page`, by the list margins)."""
        drop, add = self.margins(items_page)
        return np.where(rules_kept, logits > drop, logits > add)

    def margins(self, items_page: bool = False) -> tuple[float, float]:
        """(drop, add): a kept block is dropped under the first, another kept over the second (a page of items
        has its own)."""
        return (LIST_DROP_LOGIT, LIST_ADD_LOGIT) if items_page else (self.drop_logit, self.add_logit)

    def confidence(self, logits: np.ndarray, keep: np.ndarray, sizes: np.ndarray) -> float:
        """The calibrated belief that the kept blocks are the story (see `page_evidence`)."""
        evidence = page_evidence(logits, keep, sizes)
        points = self.calibration
        if not points:
            return 0.5
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return float(np.interp(evidence, xs, ys))


EVIDENCE_CAP = 8.0  # past this logit a block is certain: one huge logit must not outweigh the page


def drop_repeats(page: Page, keep: np.ndarray) -> np.ndarray:
    """`keep` without the kept blocks that repeat an earlier kept block's text elsewhere (see `REPEAT_MIN_SIZE`)."""
    said: dict[str, int] = {}  # text → the container (its frame's parent) of its first kept block
    out = keep.copy()
    for i in keep.nonzero()[0].tolist():
        block = page.blocks[i]
        container = page.parent[block.frame]
        first = said.get(block.text)
        if first is None:
            if block.size >= REPEAT_MIN_SIZE:
                said[block.text] = container
        elif first != container:
            out[i] = False
    return out


def page_evidence(logits: np.ndarray, keep: np.ndarray, sizes: np.ndarray) -> float:
    """How far the model agrees with the page's split, weighted by text: the size-weighted mean of each
    block's logit, negated for dropped blocks (so text kept against the model's belief pulls it down)."""
    if not len(logits):
        return 0.0
    agreement = np.where(keep, logits, -logits).clip(-EVIDENCE_CAP, EVIDENCE_CAP)
    weights = sizes + 1.0
    return float((agreement * weights).sum() / weights.sum())


def model_from_json(data: dict) -> StoryModel:
    """A model read from its JSON form; `FormatError` when it was trained on other features."""
    if data.get("features") != list(feature_names()):
        raise FormatError(f"{MODEL_FILE} was trained on other features: retrain with benchmarks/train_story.py")
    if data.get("text_categories") != list(TEXT_CATEGORIES) or data.get("hints") != list(HINTS):
        raise FormatError(f"{MODEL_FILE} was trained on other lexicon categories: retrain with "
                          "benchmarks/train_story.py")
    calibration = tuple((float(a), float(b)) for a, b in data.get("calibration", ()))
    return StoryModel(Dense.from_json(data["network"]), float(data["drop_logit"]), float(data["add_logit"]),
                      calibration)


def load_model(path: str | Path | None = None) -> StoryModel:
    """The shipped model, or the one at `path` (per-fold models of the benchmarks)."""
    if path is None:
        return _shipped()
    return model_from_json(orjson.loads(Path(path).read_bytes()))


@lru_cache(maxsize=1)
def _shipped() -> StoryModel:
    """Read once per process; it never changes, so output does not depend on call history."""
    return model_from_json(orjson.loads(resources.files("copydesk").joinpath("data", MODEL_FILE).read_bytes()))


def type_probabilities(page_type: PageType) -> tuple[float, ...]:
    """The classifier's probability of each of `TRAINED_TYPES`, in that order (the story model's inputs)."""
    known = dict(page_type.probabilities)  # one dictionary, not one a type (`PageType.of`)
    return tuple(known.get(t, 0.0) for t in TRAINED_TYPES)


def list_page(type_probabilities: Sequence[float]) -> bool:
    """Whether the page is most likely a list of items (see `LIST_PAGE_SHARE`); probabilities in
    `TRAINED_TYPES` order."""
    return sum(type_probabilities[TRAINED_TYPES.index(t)] for t in LIST_TYPES) >= LIST_PAGE_SHARE


def trim_article(logits: np.ndarray, keep: np.ndarray, sizes: np.ndarray, margin: float = ARTICLE_DROP_LOGIT,
                 share: float = MAX_TRIM_SHARE) -> np.ndarray:
    """An article's kept blocks less those the model doubts (logit not over `margin`), unless they hold over
    `share` of the kept text (`sizes`): then the model doubts the story itself, not its edges."""
    doubted = keep & (logits <= margin)
    if sizes[doubted].sum() > share * sizes[keep].sum():
        return keep
    return keep & ~doubted


def settle(page: Page, decided: np.ndarray, logits: np.ndarray, sizes: np.ndarray,
           article: bool) -> tuple[np.ndarray, np.ndarray]:
    """The model's block decisions made final, as `extract` ships them (and `train_story` calibrates on them):
    copies dropped (`drop_repeats`), then, on an article, the blocks the model doubts (`trim_article`). Returns
    the story before the trim (where the byline is read) and the kept blocks."""
    story = drop_repeats(page, decided)
    return story, trim_article(logits, story, sizes) if article and len(logits) else story


def apply_model(model: StoryModel, page: Page, selection: Selection, title: str | None,
                article_body: str | None, page_type: PageType,
                site_keys: Iterable[str], text: PageText | None = None) -> tuple[Selection, float, tuple[int, ...]]:
    """The rules' selection re-decided block by block by the model, the page's confidence, and the story
    before an article's blocks the model doubts were trimmed (`trim_article`; where the byline is read);
    `text` is the page's `page_text` (built here when not given)."""
    probabilities = type_probabilities(page_type)
    rows = page_rows(page, selection, title, article_body, probabilities, site_keys, text)
    logits = model.logits(rows)
    decided = model.decide(logits, rows[:, 0] > 0, list_page(probabilities)) if len(rows) else np.zeros(0, bool)
    sizes = np.fromiter(map(_SIZE, page.blocks), np.float64, len(page.blocks))
    # the classifier's verdict, as the Article reports it, decides the trim
    story_keep, keep = settle(page, decided, logits, sizes, page_type.label == "article")
    story = tuple(story_keep.nonzero()[0].tolist())
    return decided_selection(selection, decided, story_keep, keep), model.confidence(logits, keep, sizes), story


def decided_selection(selection: Selection, decided: np.ndarray, story: np.ndarray, keep: np.ndarray) -> Selection:
    """The rules' `selection` with the model's final `keep`: blocks the model dropped named boilerplate, and
    `decided` blocks dropped as copies (not in `story`) named duplicates."""
    kept = tuple(keep.nonzero()[0].tolist())
    keeps = keep.tolist()  # read a block at a time below: a list's items cost less than numpy's
    dropped = {i: c for i, c in selection.dropped.items() if not keeps[i]}
    for i in set(selection.kept).difference(kept):
        dropped[i] = "boilerplate"
    dropped.update((i, "duplicate") for i in (decided & ~story).nonzero()[0].tolist())  # what it is, not low-scoring
    return Selection(selection.container, kept, dropped, selection.categories)
