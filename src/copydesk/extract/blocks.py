"""One iterative walk over the tree → candidate text blocks and the containers holding them.

Inline text accumulates into the innermost block-level element ("frame"); a frame
opening or closing, or `<br><br>`, ends a block. Frames are numbered in document
order, so the frames inside frame `f` are exactly `f + 1 … end[f]`, and a block is
inside `f` when `f <= block.frame <= end[f]`. Nothing is mutated; no recursion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.extract.boilerplate import attr_category
from copydesk.html import Clock, PageRejected
from copydesk.model import Status
from copydesk.options import ExtractOptions

CLOCK_EVERY_NODES = 4096  # check the time budget this often; a check costs ~100 ns
BR = "\x00"  # marks <br> in the buffer (the parser never leaves NUL in text)

# Elements that hold no readable text (or only widget labels).
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "svg", "math", "template", "iframe", "object", "embed", "canvas",
    "input", "select", "option", "textarea", "button", "head", "title", "meta", "link", "-comment",
    "video", "audio", "map", "dialog",
})
HIDDEN_SELECTOR = ('[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], '
                   '[style*="visibility:hidden"], [style*="visibility: hidden"]')
FALLBACK_VIEW_CHARS = 500  # a page showing less text than a short story is read again from its fallback views
# Block-level elements: each one is a frame and ends the running block.
FRAME_TAGS = frozenset({
    "html", "body", "div", "section", "article", "main", "aside", "nav", "header", "footer", "p", "h1", "h2",
    "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form", "fieldset", "legend", "details",
    "summary", "address", "center", "hgroup", "menu", "hr", "picture",
})
HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
KIND_BY_TAG = {"li": "list_item", "dt": "list_item", "dd": "list_item", "blockquote": "quote"}
INHERITED_KINDS = frozenset({"list_item", "heading"})
# Semantic elements that are strong (not absolute) negatives: the scorer may still pick them.
TAG_CATEGORY = {"nav": "navigation", "header": "navigation", "footer": "navigation", "aside": "related",
                "menu": "navigation"}
PAGE_TAGS = frozenset({"html", "body"})
# Categories that name layout regions as often as widgets; class lists name wrappers "header-wrap", "has-sidebar".
WEAK_HINTS = frozenset({"navigation", "caption", "credit", "author_bio"})
WRAPPER_PROSE_CHARS = 1500  # no menu or caption holds this much unlinked text; a wrapper around the story does
# Elements and attributes that mark the story itself.
STORY_TAGS = frozenset({"article", "main"})
STORY_ATTRS = re.compile(r"articlebody|(^|\s)(main|article)(\s|$)", re.I)
CAPTION_TAGS = frozenset({"figcaption", "caption"})
# Content a data table never has in its cells; a table holding these is page layout.
LAYOUT_TABLE_SELECTOR = "table, p, div, ul, ol, blockquote, h1, h2, h3, article, section"


@dataclass(slots=True)
class Block:
    """A candidate block with the features scoring reads."""

    index: int
    frame: int  # innermost frame holding it
    kind: str
    text: str
    link_chars: int
    level: int | None = None
    links: tuple[tuple[str, str], ...] = ()  # (anchor text, href) inside the block
    hint: str | None = None  # category of the innermost hinted frame around it
    hint_frame: int = -1  # that frame's number (ignored when it is outside the chosen container)
    caption: bool = False  # inside a figcaption / caption element

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class Page:
    """Everything the walk saw: blocks, frames (parent, end, tag, story prior) and figure images."""

    blocks: list[Block] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)
    tag: list[str] = field(default_factory=list)
    story: list[bool] = field(default_factory=list)
    images: list[tuple[int, str]] = field(default_factory=list)  # (index of the next block, src) in figures


@dataclass(slots=True)
class _Frame:
    number: int
    kind: str
    level: int | None
    hint: str | None
    hint_frame: int
    in_story: bool
    caption: bool
    first_block: int
    outer: _Frame | None


class _Collector:
    """The running state of the walk: open frames and the text of the block being built."""

    __slots__ = ("page", "frames", "buffer", "link_chars", "links", "in_link", "href", "link_start", "quote")

    def __init__(self) -> None:
        self.page = Page()
        self.frames: list[_Frame] = []
        self.buffer: list[str] = []
        self.link_chars = 0
        self.links: list[tuple[str, str]] = []
        self.in_link = 0
        self.href = ""
        self.link_start = 0
        self.quote = 0

    def add_text(self, text: str) -> None:
        self.buffer.append(text)
        if self.in_link:
            self.link_chars += len(text.strip())

    def add_break(self) -> None:
        """`<br>`: a line break, or a paragraph break when it follows another."""
        for piece in reversed(self.buffer):
            if piece == BR:
                self.buffer.pop()
                self.flush()
                return
            if piece.strip():
                break
        self.buffer.append(BR)

    def flush(self, kind: str | None = None, text: str | None = None, link_chars: int = 0) -> None:
        """End the running block (or add a ready-made one, for tables and code)."""
        if text is None:
            if not self.buffer:
                return
            text = _clean("".join(self.buffer))
            link_chars = self.link_chars
            self.buffer.clear()
            self.link_chars = 0
        if not text:
            self.links.clear()
            return
        frame = self.frames[-1]
        blocks = self.page.blocks
        blocks.append(Block(
            index=len(blocks), frame=frame.number, kind=kind or ("quote" if self.quote else frame.kind),
            text=text, link_chars=min(link_chars, len(text)), level=frame.level, links=tuple(self.links),
            hint=frame.hint, hint_frame=frame.hint_frame, caption=frame.caption,
        ))
        self.links.clear()

    def open_frame(self, node: LexborNode, tag: str, attr_cache: dict[str, str | None]) -> None:
        if self.buffer:
            self.flush()
        page = self.page
        number = len(page.parent)
        outer = self.frames[-1] if self.frames else None
        attrs = node.attributes
        classes = attrs.get("class") or ""
        if "id" in attrs:
            classes = f"{classes} {attrs['id']}"
        if classes not in attr_cache:
            attr_cache[classes] = attr_category(classes) if classes.strip() else None
        category = attr_cache[classes]
        marks = attrs.get("itemprop") or attrs.get("role")
        story = tag in STORY_TAGS or (marks is not None and _marks_story(attrs))
        in_story = story or (outer is not None and outer.in_story)
        if tag in PAGE_TAGS:
            category = None  # <body class="…"> names page layouts ("has-sidebar"), not widgets
        if category is None and tag in TAG_CATEGORY and not (in_story and tag in ("header", "footer")):
            category = TAG_CATEGORY[tag]
        page.parent.append(outer.number if outer else -1)
        page.end.append(number)
        page.tag.append(tag)
        page.story.append(story)
        level = HEADING_LEVEL.get(tag)
        kind = "heading" if level else KIND_BY_TAG.get(tag, "paragraph")
        if kind == "paragraph" and outer is not None and outer.kind in INHERITED_KINDS:
            kind, level = outer.kind, outer.level  # a <div> or <span>-like wrapper inside a list item or heading
        self.frames.append(_Frame(
            number=number, kind=kind, level=level,
            hint=category or (outer.hint if outer else None),
            hint_frame=number if category else (outer.hint_frame if outer else -1),
            in_story=in_story, caption=tag in CAPTION_TAGS or category in ("caption", "credit") or (outer is not None and outer.caption),
            first_block=len(page.blocks), outer=outer,
        ))
        if tag == "blockquote":
            self.quote += 1

    def close_frame(self, tag: str) -> None:
        if self.buffer:
            self.flush()
        frame = self.frames.pop()
        self.page.end[frame.number] = len(self.page.parent) - 1
        if frame.hint_frame == frame.number and frame.hint in WEAK_HINTS:
            self._unhint_wrapper(frame)
        if tag == "blockquote":
            self.quote -= 1


    def _unhint_wrapper(self, frame: _Frame) -> None:
        """A weakly hinted frame that holds a story's worth of prose is a page wrapper, not a widget."""
        blocks = self.page.blocks[frame.first_block:]
        if sum(len(b.text) - b.link_chars for b in blocks) < WRAPPER_PROSE_CHARS:
            return
        outer = frame.outer
        for block in blocks:
            if block.hint_frame == frame.number:
                block.hint = outer.hint if outer else None
                block.hint_frame = outer.hint_frame if outer else -1
                block.caption = outer.caption if outer else False


def collect_blocks(tree: LexborHTMLParser, options: ExtractOptions, clock: Clock) -> Page:
    """Candidate blocks of the page body in reading order, from one walk; `PageRejected` past the limits."""
    root = tree.body or tree.root
    hidden = {node.mem_id for node in tree.css(HIDDEN_SELECTOR)}
    page = _walk(root, hidden, options, clock)
    if _text_chars(page) >= FALLBACK_VIEW_CHARS:
        return page
    for view in _fallback_views(tree, root, hidden, options, clock):
        if _text_chars(view) > _text_chars(page):
            page = view
    return page


def _fallback_views(tree: LexborHTMLParser, root: LexborNode, hidden: set[int], options: ExtractOptions,
                    clock: Clock) -> Iterator[Page]:
    """Other views of a page that shows almost nothing: its hidden nodes revealed (streamed
    pages keep the story hidden until a script moves it) and its `<noscript>` markup (apps
    that render a plain copy for readers without JavaScript)."""
    if hidden:
        yield _walk(root, set(), options, clock)
    markup = "".join(node.text(deep=True) for node in tree.css("noscript"))
    if len(markup) >= FALLBACK_VIEW_CHARS:
        fallback = LexborHTMLParser(markup[:options.max_bytes])
        yield _walk(fallback.body or fallback.root, set(), options, clock)


def _text_chars(page: Page) -> int:
    return sum(len(block.text) for block in page.blocks)


def _walk(root: LexborNode, hidden: set[int], options: ExtractOptions, clock: Clock) -> Page:
    state = _Collector()
    attr_cache: dict[str, str | None] = {}
    state.open_frame(root, "body", attr_cache)
    stack: list[LexborNode] = []
    node = root.child
    seen = 0
    while node is not None:
        seen += 1
        if seen % CLOCK_EVERY_NODES == 0:
            _check_limits(seen, len(stack), options, clock)
        if node.tag == "-text":  # the most common node: inlined for speed
            text = node.text_content
            if text and (state.buffer or not text.isspace()):  # leading whitespace of a block means nothing
                state.add_text(text)
        elif _enter(node, state, hidden, attr_cache, options):
            child = node.child
            if child is not None:
                stack.append(node)
                if len(stack) > options.max_depth:
                    raise PageRejected(Status.TOO_LARGE, f"nesting depth over {options.max_depth}")
                node = child
                continue
            _leave(node, state)
        while node is not None:
            following = node.next
            if following is not None:
                node = following
                break
            node = stack.pop() if stack else None
            if node is not None:
                _leave(node, state)
    state.close_frame("body")
    return state.page


def _marks_story(attrs: dict[str, str | None]) -> bool:
    return bool(STORY_ATTRS.search(f"{attrs.get('itemprop') or ''} {attrs.get('role') or ''}"))


def _check_limits(seen: int, depth: int, options: ExtractOptions, clock: Clock) -> None:
    if seen > options.max_nodes:
        raise PageRejected(Status.TOO_LARGE, f"more than {options.max_nodes} nodes")
    clock.check("block collection")


def _enter(node: LexborNode, state: _Collector, hidden: set[int], attr_cache: dict[str, str | None],
           options: ExtractOptions) -> bool:
    """Handle a node on the way down; True when its children should be walked."""
    tag = node.tag
    if tag in SKIP_TAGS or (hidden and node.mem_id in hidden):
        return False
    if tag in FRAME_TAGS or "-" in tag:
        if tag == "table" and node.css_first(LAYOUT_TABLE_SELECTOR) is None:
            _add_table(node, state, options)
            return False
        if tag == "pre":
            state.flush()
            state.flush("code", node.text(deep=True).strip("\n").rstrip(), sum(len(a.text()) for a in node.css("a")))
            return False
        state.open_frame(node, tag, attr_cache)
        return True
    if tag == "br":
        state.add_break()
        return False
    if tag == "a":
        state.in_link += 1
        state.href = node.attributes.get("href") or ""
        state.link_start = len(state.buffer)
        return True
    if tag == "img":
        if state.frames[-1].caption is False and _in_figure(state):
            src = node.attributes.get("src") or node.attributes.get("data-src")
            if src:
                state.page.images.append((len(state.page.blocks), src))
        return False
    return True


def _leave(node: LexborNode, state: _Collector) -> None:
    """Handle an element on the way up (after its children)."""
    tag = node.tag
    if tag in FRAME_TAGS or "-" in tag:
        state.close_frame(tag)
    elif tag == "a":
        state.in_link -= 1
        anchor = _clean("".join(state.buffer[state.link_start:]))
        if anchor and state.href:
            state.links.append((anchor, state.href))


def _in_figure(state: _Collector) -> bool:
    tags = state.page.tag
    return any(tags[frame.number] in ("figure", "picture") for frame in state.frames[-3:])


def _add_table(node: LexborNode, state: _Collector, options: ExtractOptions) -> None:
    """A data table as one block: cells tab-separated, rows newline-separated."""
    state.flush()
    if not options.include_tables:
        return
    rows = []
    for row in node.css("tr"):
        cells = [" ".join(cell.text(deep=True, separator=" ").split()) for cell in row.iter() if cell.tag in ("td", "th")]
        if any(cells):
            rows.append("\t".join(cells))
    links = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
    state.flush("table", "\n".join(rows), links)


def _clean(raw: str) -> str:
    """Whitespace collapsed inside lines; `<br>` kept as a line break."""
    if BR not in raw:
        return " ".join(raw.split())
    lines = (" ".join(line.split()) for line in raw.split(BR))
    return "\n".join(line for line in lines if line)
