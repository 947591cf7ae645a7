"""Hidden text on every set: how much of it the reference reads, and the precision a model taking it must win.

    python -m benchmarks.story_oracle_hidden [--limit N] [--show N]

`collect_blocks` skips hidden elements (`blocks.HIDDEN_SELECTOR`: the `hidden` attribute, `aria-hidden`,
`display:none`, `visibility:hidden`), unless `_story` takes a fallback view (the visible story too short:
hidden nodes revealed; those pages are left out). Here every outermost hidden element of a page's body (not inside a
skipped element, and not inside a `<nav>`, `<footer>`, `<table>` or `<pre>`, whose text the walk reads in one
call, hidden parts included) is walked as a page of its own (`blocks._walk`, nothing hidden), and its blocks
are labelled as `label_blocks` labels every block: WCXB by the reference's word runs and trigrams,
newspaper4k by character trigrams, trafilatura-eval by its `with` / `without` snippets. Counted per set:

- hidden words in blocks the reference reads (story) and in the others, so story / all is the precision a
  model keeping every hidden block would have, and the share a model must win back;
- of the story words, those in blocks that are word for word a visible block (a mobile or desktop copy:
  nothing to gain) and those the visible blocks do not already hold (the recall to win: the reference's
  words as a multiset, less the visible blocks' words, met by the hidden story blocks' words);
- the same split by a structural sign of a tab or accordion panel: `role=tabpanel`, `aria-labelledby`, or
  an id a control names in `aria-controls` (*tab*); else a visible sibling element of the same tag (*sibling*);
  else neither;
- trafilatura-eval: the `with` snippets only hidden text holds (a gain) and the `without` snippets only hidden
  text holds (a loss, if all hidden text were kept);
- the ceiling (WCXB, newspaper4k): the page's F1 for the visible blocks labelled story joined (*oracle*), with
  the hidden blocks labelled story added (*+ hidden story*: perfect decisions on hidden text), with every
  hidden block of a *tab* sign added (a rule), and with every hidden block added (the blocks are
  `label_blocks.analyse`'s, as `story_oracle` reads them).
newspaper4k is counted in characters (spaces aside) throughout. Deterministic: pages in file order.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from benchmarks.datasets import Page, newspaper4k_pages, trafilatura_pages, wcxb_pages
from benchmarks.label_blocks import analyse, char_labels, word_labels
from benchmarks.scores import char_trigrams, tokens, trigram_prf, word_prf
from copydesk.extract.blocks import HIDDEN_SELECTOR, SKIP_TAGS, _walk, collect_blocks
from copydesk.html import Clock, PageRejected, check_input, decode_html, parse_html
from copydesk.options import ExtractOptions

READ_WHOLE = frozenset({"nav", "footer", "table", "pre"})  # the walk reads these in one call, hidden text too
SIGNS = ("tab", "sibling", "neither")


@dataclass
class Tally:
    pages: int = 0
    pages_hidden: int = 0
    pages_story: int = 0
    blocks: int = 0
    story: Counter[str] = field(default_factory=Counter)  # sign → units in story blocks
    other: Counter[str] = field(default_factory=Counter)  # sign → units in the other blocks
    revealed: int = 0  # pages whose story `_story` took from a fallback view (hidden nodes revealed)
    copies: int = 0  # story units in blocks equal to a visible block
    new: int = 0  # reference units the visible blocks lack that hidden story blocks hold
    with_gain: int = 0
    without_loss: int = 0
    snippets_with: int = 0
    snippets_without: int = 0
    worst: list[tuple[int, str]] = field(default_factory=list)
    ceiling: dict[str, list[float]] = field(default_factory=dict)  # variant → page F1s


def units(text: str | None, chars: bool) -> Counter[str]:
    """The units a set is scored in: character trigrams (newspaper4k) or words."""
    return char_trigrams(text) if chars else tokens(text)


def sign(node: LexborNode, hidden: set[int], controlled: set[str]) -> str:
    attrs = node.attributes
    if attrs.get("role") == "tabpanel" or attrs.get("aria-labelledby") or (attrs.get("id") or "") in controlled:
        return "tab"
    parent = node.parent
    if parent is not None:
        child = parent.child
        while child is not None:
            if child.tag == node.tag and child.mem_id != node.mem_id and child.mem_id not in hidden:
                return "sibling"
            child = child.next
    return "neither"


def outermost_hidden(tree) -> tuple[list[LexborNode], set[int]]:
    nodes = list(tree.css(HIDDEN_SELECTOR))
    hidden = {node.mem_id for node in nodes}
    out = []
    for node in nodes:
        parent = node.parent
        inside_body = False
        keep = True
        while parent is not None:
            tag = parent.tag
            if parent.mem_id in hidden or tag in SKIP_TAGS or tag in READ_WHOLE:
                keep = False
                break
            if tag == "body":
                inside_body = True
            parent = parent.parent
        if keep and inside_body and node.tag not in SKIP_TAGS and node.tag not in READ_WHOLE:
            out.append(node)
    return out, hidden


def measure(page: Page, tally: Tally) -> None:
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    found = analyse(page)
    if found is None:
        return
    check_input(page.html, opts)
    text, _ = decode_html(page.html, opts.http_charset)
    tree = parse_html(text, opts, clock)
    visible = found[0]
    tally.pages += 1
    revealed = [b.text for b in visible.blocks] != [b.text for b in collect_blocks(tree, opts, clock).blocks]
    tally.revealed += revealed  # `_story` took a fallback view: the hidden text is among its blocks already
    nodes, hidden = outermost_hidden(tree) if not revealed else ([], set())
    controlled = {c for n in tree.css("[aria-controls]") for c in (n.attributes.get("aria-controls") or "").split()}
    chars = page.dataset == "newspaper4k"
    seen = {b.text for b in visible.blocks}
    held: Counter[str] = Counter()
    for b in visible.blocks:
        held.update(units(b.text, chars))
    reference = page.reference_text if chars else page.main_content
    left = units(reference, chars) - held if page.dataset != "trafilatura" else Counter()
    visible_text = "\n".join(b.text for b in visible.blocks)
    if page.dataset != "trafilatura":
        texts = [b.text for b in visible.blocks]
        shown = [t for t, s in zip(texts, (char_labels if chars else word_labels)(texts, reference or "")) if s]
    added: dict[str, list[str]] = {"+ hidden story": [], "+ tab": [], "+ all hidden": []}
    hidden_texts: list[str] = []
    page_story = 0
    for node in nodes:
        try:
            blocks = _walk(node, set(), opts, clock).blocks
        except PageRejected:
            continue
        texts = [b.text for b in blocks]
        if not texts:
            continue
        hidden_texts.extend(texts)
        if page.dataset == "wcxb":
            labels = word_labels(texts, reference or "")
        elif chars:
            labels = char_labels(texts, reference or "")
        else:
            labels = [any(s in t for s in page.with_) for t in texts]
        kind = sign(node, hidden, controlled)
        tally.blocks += len(texts)
        for t, story in zip(texts, labels):
            us = units(t, chars)
            added["+ all hidden"].append(t)
            if kind == "tab":
                added["+ tab"].append(t)
            if story:
                added["+ hidden story"].append(t)
                tally.story[kind] += us.total()
                page_story += us.total()
                if t in seen:
                    tally.copies += us.total()
                else:
                    got = us & left
                    tally.new += sum(got.values())
                    left -= got
            else:
                tally.other[kind] += us.total()
    if page.dataset != "trafilatura":
        score = trigram_prf if chars else word_prf
        for variant, extra in (("oracle", []), *added.items()):
            tally.ceiling.setdefault(variant, []).append(score("\n\n".join(shown + extra), reference).f1)
    if not hidden_texts:
        return
    tally.pages_hidden += 1
    tally.pages_story += page_story > 0
    tally.worst.append((page_story, f"{page.dataset}/{page.key}"))
    if page.dataset == "trafilatura":
        joined = "\n".join(hidden_texts)
        tally.snippets_with += len(page.with_)
        tally.snippets_without += len(page.without)
        tally.with_gain += sum(s in joined and s not in visible_text for s in page.with_)
        tally.without_loss += sum(s in joined and s not in visible_text for s in page.without)


def report(name: str, tally: Tally, show: int) -> None:
    story, other = sum(tally.story.values()), sum(tally.other.values())
    unit = "char trigrams" if name == "newspaper4k" else "words"
    share = story / (story + other) if story + other else float("nan")
    print(f"{name}: {tally.pages} pages, {tally.pages_hidden} with hidden text ({tally.blocks} blocks), "
          f"{tally.pages_story} with hidden text the reference reads; {tally.revealed} read from a fallback view "
          "(not counted)")
    print(f"  hidden {unit}: {story + other}; read by the reference {story} (precision of keeping all {share:.3f}),"
          f" not read {other}; of the read, copies of a visible block {tally.copies}, new to the visible"
          f" blocks {tally.new}")
    for kind in SIGNS:
        s, o = tally.story[kind], tally.other[kind]
        print(f"  {kind:<8} read {s:>7}  not read {o:>7}  precision {s / (s + o) if s + o else float('nan'):.3f}")
    if name == "trafilatura-eval":
        print(f"  snippets held only by hidden text: with {tally.with_gain} of {tally.snippets_with}, without "
              f"{tally.without_loss} of {tally.snippets_without} (on the pages with hidden text)")
    for variant, f1s in tally.ceiling.items():
        print(f"  ceiling {variant:<15} F1 {sum(f1s) / len(f1s):.4f} over {len(f1s)} pages")
    if show:
        print("  most read: " + ", ".join(f"{key} {n}" for n, key in sorted(tally.worst, reverse=True)[:show]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_oracle_hidden",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--show", type=int, default=0, help="list the N pages whose reference reads most hidden text")
    args = parser.parse_args(argv)
    for name, source in (("wcxb", wcxb_pages), ("trafilatura-eval", trafilatura_pages),
                         ("newspaper4k", newspaper4k_pages)):
        tally = Tally()
        for n, page in enumerate(source()):
            if args.limit is not None and n >= args.limit:
                break
            measure(page, tally)
        report(name, tally, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
