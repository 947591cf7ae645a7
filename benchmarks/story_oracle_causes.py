"""Why the candidate blocks' ceiling is low, by class: where the reference text that no block holds sits.

    python -m benchmarks.story_oracle_causes --items PATH [--types product,collection] [--show N]

`PATH` is `story_oracle --save`'s pickle. For every WCXB page, the reference lines whose words are mostly
in no candidate block ("missing lines": reference words consumed line by line, in order, from the multiset
of every block's words) are looked up in the page's own tree: the text node (or attribute value) holding
most of the line's distinct words, and from its ancestors the class that kept it out of the blocks:
a skipped element (script, noscript, template, button, select / option, textarea…), a hidden element,
an attribute value, a visible text node (then the block's text glued it to its neighbours or the line is
split over many nodes), or nowhere in the HTML. Words and pages are counted per class and page type.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from benchmarks.label_blocks import Analysed
from benchmarks.scores import WORD, take_words
from copydesk.extract.blocks import HIDDEN_SELECTOR, SKIP_TAGS
from copydesk.html import decode_html

MISSING_SHARE = 0.5  # a line is missing when at least this share of its words is in no block
ATTRIBUTES = ("alt", "title", "value", "content", "aria-label", "placeholder", "data-title", "label")
_SPACE = re.compile(r"\s+")


def missing_lines(a: Analysed) -> list[tuple[str, int]]:
    """(line, its missing words) for the reference lines mostly in no block."""
    held: Counter[str] = Counter()
    for b in a.blocks.blocks:
        held.update(WORD.findall(b.text.lower()))
    out = []
    for line in (a.page.main_content or "").splitlines():
        ws = WORD.findall(line.lower())
        missing = len(ws) - take_words(ws, held)
        if ws and missing >= MISSING_SHARE * len(ws):
            out.append((line, missing))
    return out


def segments(html: bytes) -> list[tuple[str, frozenset[str]]]:
    """(class, distinct words) of every text node and text attribute of the page, in document order."""
    text, _ = decode_html(html, None)
    tree = LexborHTMLParser(text)
    hidden = {node.mem_id for node in tree.css(HIDDEN_SELECTOR)}
    root = tree.root
    out: list[tuple[str, frozenset[str]]] = []
    if root is None:
        return out
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            words = frozenset(WORD.findall((node.text_content or "").lower()))
            if words:
                out.append((where(node, hidden), words))
        elif node.attributes:
            for name in ATTRIBUTES:
                value = node.attributes.get(name)
                if value:
                    out.append((f"attribute {name}", frozenset(WORD.findall(value.lower()))))
    return out


def where(node: LexborNode, hidden: set[int]) -> str:
    """The class of a text node from its ancestors: the outermost skipped or hidden element, else visible."""
    found = "visible"
    parent = node.parent
    while parent is not None:
        tag = parent.tag or ""
        if tag in SKIP_TAGS or tag == "head":
            found = f"in <{tag}>"
        elif parent.mem_id in hidden and found == "visible":
            found = "hidden"
        parent = parent.parent
    return found


def classify(line: str, segs: Sequence[tuple[str, frozenset[str]]]) -> str:
    ws = set(WORD.findall(line.lower()))
    best, best_hits = "not in the HTML", 0
    for cls, seg in segs:
        hits = len(ws & seg)
        if hits > best_hits:
            best, best_hits = cls, hits
    if best_hits < max(1, len(ws) // 2):
        return "not in the HTML" if best_hits == 0 else f"{best}, split over nodes"
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_oracle_causes",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=Path, required=True)
    parser.add_argument("--types", default="", help="WCXB page types, comma-separated (default: all)")
    parser.add_argument("--show", type=int, default=0, help="print this many missing lines per class")
    args = parser.parse_args(argv)
    types = set(filter(None, args.types.split(",")))
    items: list[Analysed] = pickle.loads(args.items.read_bytes())
    words: Counter[tuple[str, str]] = Counter()
    pages: dict[tuple[str, str], set[str]] = {}
    shown: dict[str, list[str]] = {}
    for a in items:
        page = a.page
        if page.dataset != "wcxb" or (types and page.page_type not in types):
            continue
        lines = missing_lines(a)
        if not lines:
            continue
        segs = segments(page.html)
        for line, n in lines:
            cls = classify(line, segs)
            for key in ((page.page_type or "-", cls), ("all", cls)):
                words[key] += n
                pages.setdefault(key, set()).add(page.key)
            if len(shown.setdefault(cls, [])) < args.show:
                shown[cls].append(f"{page.key} {page.page_type}: {_SPACE.sub(' ', line)[:140]}")
    print("| type | class | missing words | pages |\n|---|---|---:|---:|")
    for (kind, cls), n in sorted(words.items(), key=lambda kv: (kv[0][0] != "all", kv[0][0], -kv[1])):
        print(f"| {kind} | {cls} | {n:,} | {len(pages[kind, cls])} |")
    for cls, lines in shown.items():
        print(f"\n{cls}:")
        print("\n".join(f"  {line}" for line in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
