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
from typing import Any, Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.extract.boilerplate import attr_category
from copydesk.html import Clock, PageRejected
from copydesk.html.parse import TREE_OPTIONS
from copydesk.lexicon import TEXT_PATTERNS
from copydesk.model import Status, categories
from copydesk.options import ExtractOptions
from copydesk.textunits import text_size

CLOCK_EVERY_NODES = 4096  # check the time budget this often; a check costs ~100 ns
BR = "\x00"  # marks <br> in the buffer (the parser never leaves NUL in text)

# Elements that hold no readable text (or only widget labels).
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "svg", "math", "template", "iframe", "object", "embed", "canvas",
    "input", "select", "option", "textarea", "button", "head", "title", "meta", "link", "-comment",
    "video", "audio", "map", "dialog",
    "xmp", "noembed", "noframes", "plaintext",  # raw-text elements: what they hold is markup, never prose
})
INVISIBLE_SELECTOR = "style, script, noscript, template"
HIDDEN_SELECTOR = ('[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], '
                   '[style*="visibility:hidden"], [style*="visibility: hidden"]')
FALLBACK_VIEW_CHARS = 500  # a noscript copy shorter than a short story is not the story
# Block-level elements: each one is a frame and ends the running block.
FRAME_TAGS = frozenset({
    "html", "body", "div", "section", "article", "main", "aside", "nav", "header", "footer", "p", "h1", "h2",
    "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form", "fieldset", "legend", "details",
    "summary", "address", "center", "hgroup", "menu", "hr", "picture",
})
# Inline formatting with nothing to do on the way in or out: walked without a call.
INLINE_TAGS = frozenset({"span", "em", "strong", "b", "i", "u", "s", "small", "font", "time", "abbr", "cite", "sup",
                         "sub", "mark", "q", "ins", "del", "code", "kbd", "var", "samp", "label", "bdi", "bdo",
                         "data", "dfn", "strike", "big", "tt", "wbr", "nobr"})
HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
KIND_BY_TAG = {"li": "list_item", "dt": "list_item", "dd": "list_item", "blockquote": "quote"}
INHERITED_KINDS = frozenset({"list_item", "heading"})
# Semantic elements that are strong (not absolute) negatives: the scorer may still pick them.
TAG_CATEGORY = {"nav": "navigation", "header": "navigation", "footer": "navigation", "aside": "related",
                "menu": "navigation"}
PAGE_TAGS = frozenset({"html", "body"})
# An id of five or more words is a heading's slug ("how-to-reply-to-a-message"), not a widget name.
SLUG_ID_SEPARATORS = 4
MENU_TAGS = frozenset({"nav", "footer"})  # page chrome read in one piece when outside the story
LIST_TAGS = frozenset({"ul", "ol", "menu"})  # …and so are lists whose class names a menu
# Reader comments are the one widget that holds long unlinked prose, so its hint always stands.
LONG_PROSE_WIDGETS = categories("comments")
# No menu, share bar or caption holds this much unlinked text; a wrapper around the story does.
WRAPPER_PROSE_CHARS = 1500
NAMED_SIBLINGS = 3  # a story cut into named pieces has several; a widget beside the story is one or two
CONSENT_WORDS = TEXT_PATTERNS["cookie"]  # "We and our 100 partners store…": what a consent dialog says of itself
CONSENT_HEAD_CHARS = 300  # a consent dialog names itself in its first sentences
# Elements and attributes that mark the story itself.
STORY_TAGS = frozenset({"article", "main"})
STORY_ATTRS = re.compile(r"articlebody|(^|\s)(main|article)(\s|$)", re.I)
CAPTION_TAGS = frozenset({"figcaption", "caption"})
FIGURE_TAGS = frozenset({"figure", "picture"})  # an image inside one of these, near it, is the story's figure
# Markup that reached the text (escaped in the page, or from a raw-text element): a block made of nothing
# but tags (`<img height="1" src=…>`) is markup, never text. Tags inside a sentence stay: pages about the
# web quote them in prose ("add <input type="text"> to the form"). Bounded, so no text backtracks.
TAG_CANDIDATE = re.compile(r"<[a-zA-Z][\w:-]*(?:\s[^<>]{0,2000})?/?>|</[a-zA-Z][\w:-]*\s*>")
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
    link_density: float  # link_chars / len(text): stored, as scoring, status and assembly each read it
    level: int | None = None
    links: tuple[tuple[str, str], ...] = ()  # (anchor text, href) inside the block
    hint: str | None = None  # category of the innermost hinted frame around it
    hint_frame: int = -1  # that frame's number (ignored when it is outside the chosen container)
    caption: bool = False  # inside a figcaption / caption element
    size: float = 0.0  # length in Latin-character equivalents (`textunits.text_size`): every script alike


@dataclass(slots=True)
class Page:
    """Everything the walk saw: blocks, frames (parent, end, tag, story prior) and figure images."""

    blocks: list[Block] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)
    tag: list[str] = field(default_factory=list)
    story: list[bool] = field(default_factory=list)
    images: list[tuple[int, str]] = field(default_factory=list)  # (index of the next block, src) in figures


# An open block element ("frame") is a plain tuple, one made per element of the page (5x cheaper than a
# dataclass): (number, kind, level, hint, hint_frame, in_story, caption, first_block, outer), where `hint` is
# the category of the innermost hinted frame around it (that frame being `hint_frame`), `caption` says it is
# in a caption, `first_block` is the number its blocks start at and `outer` is the frame around it.
_Frame = tuple[int, str, "int | None", "str | None", int, bool, bool, int, "_Frame | None"]
NUMBER: Final = 0  # fields read on their own
IN_STORY: Final = 5
CAPTION: Final = 6

_UNSEEN: Any = object()  # a class string the walk has not looked up yet (Any: the lookup stays `str | None`)


# What lies around the page's root frame: no hint, no story, no caption (so every frame has an `outer`).
_OUTSIDE: _Frame = (-1, "paragraph", None, None, -1, False, False, 0, None)
PARAGRAPH = ("paragraph", None)
TAG_KINDS = {tag: ("heading", HEADING_LEVEL[tag]) if tag in HEADING_LEVEL else (KIND_BY_TAG.get(tag, "paragraph"), None)
             for tag in FRAME_TAGS}  # (kind, heading level) of each block element, read in one lookup
TAGS_WITH_CATEGORY = PAGE_TAGS | TAG_CATEGORY.keys()
CAPTION_CATEGORIES = categories("caption", "credit")


def _tag_category(tag: str, category: str | None, in_story: bool) -> str | None:
    """A container's category once its tag is read: none for the page itself, else the class's, else the tag's."""
    if tag in PAGE_TAGS:
        return None  # <body class="…"> names page layouts ("has-sidebar"), not widgets
    if category is None and not (in_story and tag in ("header", "footer")):
        return TAG_CATEGORY[tag]
    return category


class _Collector:
    """The running state of the walk: open frames and the text of the block being built."""

    __slots__ = ("page", "frames", "buffer", "link_chars", "links", "in_link", "href", "link_start", "quote",
                 "named")

    def __init__(self) -> None:
        self.page = Page()
        self.frames: list[_Frame] = [_OUTSIDE]
        self.buffer: list[str] = []
        self.link_chars = 0
        self.links: list[tuple[str, str]] = []
        self.in_link = 0
        self.href = ""
        self.link_start = 0
        self.quote = 0
        self.named: dict[int, dict[str, tuple[float, list[int]]]] = {}  # frame → hint → (prose, hinted children)

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
        number, frame_kind, level, hint, hint_frame, _, caption, _, _ = self.frames[-1]
        blocks = self.page.blocks
        length = len(text)
        if link_chars > length:  # a comparison, not `min`: a builtin's call costs more, once a block
            link_chars = length
        blocks.append(Block(  # positional, in field order: index, frame, kind, text, link_chars, link_density, level…
            len(blocks), number, kind or ("quote" if self.quote else frame_kind), text,
            link_chars, link_chars / length, level, tuple(self.links), hint, hint_frame, caption, text_size(text),
        ))
        self.links.clear()

    def open_frame(self, node: LexborNode, tag: str, attr_cache: dict[str, str | None]) -> None:
        if self.buffer:
            self.flush()
        page = self.page
        number = len(page.parent)
        outer = self.frames[-1]
        outer_number, outer_kind, outer_level, outer_hint, outer_hint_frame, outer_in_story, outer_caption, _, _ = outer
        attrs = node.attributes
        if attrs:
            classes = attrs.get("class") or ""
            element_id = attrs.get("id")
            if element_id and element_id.count("-") + element_id.count("_") < SLUG_ID_SEPARATORS:
                classes = f"{classes} {element_id}"
            category = attr_cache.get(classes, _UNSEEN)
            if category is _UNSEEN:
                category = attr_cache[classes] = attr_category(classes) if classes.strip() else None
            story = tag in STORY_TAGS or (("itemprop" in attrs or "role" in attrs) and _marks_story(attrs))
        else:  # most block elements have no attributes: nothing to look up
            category = None
            story = tag in STORY_TAGS
        in_story = story or outer_in_story
        if tag in TAGS_WITH_CATEGORY:
            category = _tag_category(tag, category, in_story)
        page.parent.append(outer_number)
        page.end.append(number)
        page.tag.append(tag)
        page.story.append(story)
        kind, level = TAG_KINDS.get(tag, PARAGRAPH)
        if kind == "paragraph" and outer_kind in INHERITED_KINDS:
            kind, level = outer_kind, outer_level  # a <div> or <span>-like wrapper inside a list item or heading
        self.frames.append((
            number, kind, level,
            category or outer_hint,  # hint
            number if category else outer_hint_frame,  # hint_frame
            in_story,
            outer_caption or tag in CAPTION_TAGS or category in CAPTION_CATEGORIES,  # caption
            len(page.blocks), outer,  # first_block, outer
        ))
        if tag == "blockquote":
            self.quote += 1

    def close_frame(self, tag: str) -> None:
        if self.buffer:
            self.flush()
        frame = self.frames.pop()
        number, _, _, hint, hint_frame, _, _, _, _ = frame
        self.page.end[number] = len(self.page.parent) - 1
        if hint_frame == number and hint not in LONG_PROSE_WIDGETS:
            self._unhint_wrapper(frame)
        if number in self.named:  # a dictionary test, as most frames close with no named children
            self._unhint_named_siblings(frame)
        if tag == "blockquote":
            self.quote -= 1

    def _unhint_wrapper(self, frame: _Frame) -> None:
        """A hinted frame (reader comments aside) that holds a story's worth of prose is a page
        wrapper ("post-content share-btn", "header-wrap"), not a widget."""
        number, _, _, hint, _, _, _, first_block, outer = frame
        blocks = self.page.blocks[first_block:]
        prose = sum([b.size * (1 - b.link_density) for b in blocks])  # a list: cheaper than a generator, same sum
        if prose < WRAPPER_PROSE_CHARS:
            if outer is not None and hint is not None and hint != "cookie":
                siblings = self.named.setdefault(outer[0], {})
                held, children = siblings.get(hint, (0.0, []))
                siblings[hint] = (held + prose, [*children, number])
            return
        if hint == "cookie" and any(CONSENT_WORDS.search(b.text[:CONSENT_HEAD_CHARS]) for b in blocks):
            return  # a consent dialog runs to pages of legal prose, and its own words say what it is
        _, _, _, outer_hint, outer_hint_frame, _, outer_caption, _, _ = outer or _OUTSIDE
        for block in blocks:
            if block.hint_frame == number:
                block.hint = outer_hint
                block.hint_frame = outer_hint_frame
                block.caption = outer_caption


    def _unhint_named_siblings(self, frame: _Frame) -> None:
        """Sibling containers under one widget name that together hold a story's worth of prose are the
        story cut in pieces (a publisher wrapping each paragraph in a "paywall" container): names are
        evidence, the prose they hold outweighs them."""
        number, _, _, hint, hint_frame, _, caption, first_block, _ = frame
        named = self.named.pop(number, None)
        if not named:
            return
        pieces = {child for prose, children in named.values()
                  if prose >= WRAPPER_PROSE_CHARS and len(children) >= NAMED_SIBLINGS for child in children}
        if not pieces:
            return
        for block in self.page.blocks[first_block:]:
            if block.hint_frame in pieces:
                block.hint, block.hint_frame, block.caption = hint, hint_frame, caption


def collect_blocks(tree: LexborHTMLParser, options: ExtractOptions, clock: Clock) -> Page:
    """Candidate blocks of the page body in reading order, from one walk; `PageRejected` past the limits."""
    hidden = {node.mem_id for node in tree.css(HIDDEN_SELECTOR)}
    return _walk(_page_root(tree), hidden, options, clock)


def fallback_views(tree: LexborHTMLParser, options: ExtractOptions, clock: Clock) -> Iterator[Page]:
    """Other views of a page whose visible story is too short: its hidden nodes revealed
    (streamed pages keep the story hidden until a script moves it) and its `<noscript>`
    markup (apps that render a plain copy for readers without JavaScript)."""
    if tree.css_first(HIDDEN_SELECTOR) is not None:
        yield _walk(_page_root(tree), set(), options, clock)
    markup = "".join(node.text(deep=True) for node in tree.css("noscript"))
    if len(markup) >= FALLBACK_VIEW_CHARS:
        fallback = LexborHTMLParser(markup[:options.max_bytes], options=TREE_OPTIONS)
        yield _walk(_page_root(fallback), set(), options, clock)


def _page_root(tree: LexborHTMLParser) -> LexborNode:
    root = tree.body or tree.root
    assert root is not None, "lexbor builds <html> for any input"
    return root


def _walk(root: LexborNode, hidden: set[int], options: ExtractOptions, clock: Clock) -> Page:
    state = _Collector()
    attr_cache: dict[str, str | None] = {}
    state.open_frame(root, "body", attr_cache)
    stack: list[LexborNode] = []
    tags: list[str | None] = []  # the tags of `stack`, so leaving an element needs no call into the tree
    buffer = state.buffer  # the running block's text pieces (text nodes are added inline, below)
    max_depth = options.max_depth
    node = root.first_child
    seen = 0
    next_check = CLOCK_EVERY_NODES
    while node is not None:
        seen += 1
        if seen == next_check:
            next_check += CLOCK_EVERY_NODES
            _check_limits(seen, len(stack), options, clock)
        text = node.text_content  # None unless a text node, the most common node: handled inline for speed
        if text is not None:
            if text and (buffer or not text.isspace()):  # leading whitespace of a block means nothing
                buffer.append(text)
                if state.in_link:
                    state.link_chars += len(text.strip())
        else:
            tag = node.tag
            if tag in INLINE_TAGS and not (hidden and node.mem_id in hidden):
                child = node.first_child
            else:
                child = _enter(node, tag, state, hidden, attr_cache, options)
            if child is not None:
                stack.append(node)
                tags.append(tag)
                if len(stack) > max_depth:
                    raise PageRejected(Status.TOO_LARGE, f"nesting depth over {max_depth}")
                node = child
                continue
        while True:  # climb to the next sibling, leaving the elements that end here
            following = node.next
            if following is not None:
                node = following
                break
            if not stack:
                node = None
                break
            node = stack.pop()
            tag = tags.pop()
            if tag in FRAME_TAGS:  # the most common element to leave: its frame closes without a call to `_leave`
                state.close_frame(tag)
            elif tag not in INLINE_TAGS:
                _leave(tag, state)
    state.close_frame("body")
    return state.page


def _marks_story(attrs: dict[str, str | None]) -> bool:
    return bool(STORY_ATTRS.search(f"{attrs.get('itemprop') or ''} {attrs.get('role') or ''}"))


def _check_limits(seen: int, depth: int, options: ExtractOptions, clock: Clock) -> None:
    if seen > options.max_nodes:
        raise PageRejected(Status.TOO_LARGE, f"more than {options.max_nodes} nodes")
    clock.check("block collection")


def _enter(node: LexborNode, tag: str | None, state: _Collector, hidden: set[int], attr_cache: dict[str, str | None],
           options: ExtractOptions) -> LexborNode | None:
    """Handle a node on the way down: its first child when its children are to be walked, else None
    (an element entered that has no children is left here too)."""
    if tag is None or tag in SKIP_TAGS or (hidden and node.mem_id in hidden):  # None: doctype, PIs
        return None
    if tag in FRAME_TAGS or "-" in tag:
        child = node.first_child
        if child is None:  # an empty block element (icon, spacer, <hr>) only ends the running block
            state.flush()
            return None
        if tag == "table" and node.css_first(LAYOUT_TABLE_SELECTOR) is None:
            _add_table(node, state, options)
            return None
        if tag in MENU_TAGS and not state.frames[-1][IN_STORY]:
            _add_menu(node, state, attr_cache)
            return None
        if tag == "pre":
            state.flush()
            state.flush("code", _element_text(node).strip("\n").rstrip(), sum(len(a.text()) for a in node.css("a")))
            return None
        state.open_frame(node, tag, attr_cache)
        if tag in LIST_TAGS:
            number, _, _, hint, hint_frame, in_story, _, _, _ = state.frames[-1]
            if hint == "navigation" and hint_frame == number and not in_story:
                _fill_menu(node, state)  # a menu list outside the story: read in one piece like a <nav>
                return None
        return child
    if tag == "br":
        state.add_break()
        return None
    if tag == "a":
        state.in_link += 1
        state.href = node.attrs.get("href") or ""  # one attribute read: `attributes` builds a dict of them all
        state.link_start = len(state.buffer)
        child = node.first_child
        if child is None:
            _leave(tag, state)
        return child
    if tag == "img":
        if state.frames[-1][CAPTION] is False and _in_figure(state):
            attrs = node.attrs
            src = attrs.get("src") or attrs.get("data-src")
            if src:
                state.page.images.append((len(state.page.blocks), src))
        return None
    return node.first_child


def _leave(tag: str | None, state: _Collector) -> None:
    """Handle an element on the way up (after its children)."""
    if tag is None:  # not reached (nodes without a tag are never entered); the tree types tags as optional
        return
    if tag in FRAME_TAGS or "-" in tag:
        state.close_frame(tag)
    elif tag == "a":
        state.in_link -= 1
        if state.href:  # an anchor without a target is no link to list
            anchor = _clean("".join(state.buffer[state.link_start:]))
            if anchor:
                state.links.append((anchor, state.href))


def _in_figure(state: _Collector) -> bool:
    tags = state.page.tag
    for frame in state.frames[-3:]:  # a loop, not `any` over a generator: 0.7 against 1.4-2.8 us an image
        if frame is not _OUTSIDE and tags[frame[NUMBER]] in FIGURE_TAGS:
            return True
    return False


def _add_menu(node: LexborNode, state: _Collector, attr_cache: dict[str, str | None]) -> None:
    """A `<nav>` outside the story as one all-link block: menus are read in one C call, not walked
    (they hold a fifth of a typical page's nodes and never the story)."""
    state.open_frame(node, node.tag or "", attr_cache)
    _fill_menu(node, state)


def _fill_menu(node: LexborNode, state: _Collector) -> None:
    """The open frame of a menu gets its whole text as one all-link block and is closed."""
    text = _clean(_element_text(node, " "))
    state.flush("list_item", text, len(text))
    state.close_frame(node.tag or "")


def _element_text(node: LexborNode, separator: str = "") -> str:
    """An element's text in one C call, without the CSS and scripts that some widgets carry inside."""
    if node.css_first(INVISIBLE_SELECTOR) is None:
        return node.text(deep=True, separator=separator)
    copy = node.clone()  # the page's tree stays untouched
    for invisible in copy.css(INVISIBLE_SELECTOR):
        invisible.decompose()
    return copy.text(deep=True, separator=separator)


def _add_table(node: LexborNode, state: _Collector, options: ExtractOptions) -> None:
    """A data table as one block: cells tab-separated, rows newline-separated."""
    state.flush()
    if not options.include_tables:
        return
    rows = []
    for row in node.css("tr"):
        cells = [_clean(_element_text(cell, " ")) for cell in row.iter() if cell.tag in ("td", "th")]
        if any(cells):
            rows.append("\t".join(cells))
    links = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
    state.flush("table", "\n".join(rows), links)


def _clean(raw: str) -> str:
    """Whitespace collapsed inside lines; `<br>` kept as a line break; markup taken out."""
    if "<" in raw:
        raw = _drop_markup(raw)
    if BR not in raw:
        return " ".join(raw.split())
    lines = (" ".join(line.split()) for line in raw.split(BR))
    return "\n".join(line for line in lines if line)


def _drop_markup(raw: str) -> str:
    """`raw`, or nothing when it is made of markup tags alone (see `TAG_CANDIDATE`)."""
    return "" if not TAG_CANDIDATE.sub("", raw).replace(BR, "").strip() else raw
