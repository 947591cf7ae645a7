"""Raw metadata out of a parsed page, by one combined selector query (one walk of the tree); the byline-looking
elements by a second query, run only when the author readers get to them.

Nothing here decides; it gathers what each source says so `reader` can cross-check.
The tree is only read, never changed.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

#: The path of a link to a site's home page ("/", "/index.php", "/en/"), with or without its host.
HOME_PATH = re.compile(r"(?:\.?/)?(?:[a-z]{2}/)?(?:index\.\w{2,5})?", re.I)
MAX_LINK_DEPTH = 3  # an h1 set in a link sits a level or two inside it
MAX_H1 = 6  # a page with more h1s than this uses them for teasers; the first few are enough
MAX_H2 = 12  # a page without an h1 prints its headline in one of its first h2s; later ones are sections, teasers
MAX_TIMES = 12  # the story's own <time> comes early; later ones are teasers and comments
MAX_BYLINE_NODES = 12  # same for byline-looking elements
MAX_KICKER_WORDS = 4  # "Klimaschutz:", "Interne Unterlagen im Netz": a kicker is a short label
#: Elements that set a kicker on its own line inside an h1 (`<h1><div>100. Geburtstag</div> Holocaust-…</h1>`).
KICKER_BLOCKS = frozenset({"div", "p", "small"})
KICKER_SEPARATORS = " :–—-|·"  # printed between a kicker and its headline, in an element of their own
MIN_REST_WORDS = 3  # what follows a kicker must read as a headline, not "Brave New Woman" under a name
MAX_TEXT = 300  # a byline or headline element longer than this is a container, not the thing itself
MAX_COMMENT_DEPTH = 8  # a commenter's name sits a few levels inside the comment's element
MAX_BOX_LINES = 2  # an author box opens with the name, maybe a label before it; then comes the bio
MAX_BOX_LINE = 60  # a name or a role fits; a bio's sentence does not

#: Elements that credit authors visibly, most specific first.
#: Links to author pages are matched broadly (`/aut`: one substring test is cheaper than five) and
#: narrowed to `AUTHOR_PATHS` in `_is_byline`.
BYLINE_SELECTOR = (
    '[rel="author"], [itemprop="author"], [class*="byline" i], [class*="author" i], [data-testid*="byline"], '
    'a[href*="/aut"]'
)
#: Elements whose class names a date ("post-date", "entry-date", "datum", "published").
DATE_CLASS_SELECTOR = '[class*="date" i], [class*="datum" i], [class*="publish" i]'
#: The words of `DATE_CLASS_SELECTOR`, and the query `read_date_texts` runs instead: "dat" holds "date" and "datum",
#: so lexbor tests two class substrings, not three (~100 µs instead of ~145 on the pages that ask), and the
#: words are checked in Python on the few elements found.
DATE_CLASS_WORDS = ("date", "datum", "publish")
DATE_CLASS_QUERY = '[class*="dat" i], [class*="publish" i]'
MAX_DATE_NODES = 8  # the story's date comes first; later ones are teasers and comments
MAX_DATE_TEXT = 60  # "Veröffentlicht am 17.10.2024 um 12:00 Uhr" fits; a paragraph does not
#: A publication stamp in a page's own script data, not JSON-LD (an app's embedded state:
#: `"publishedDate":"2016-11-04T20:37:27Z"`, a shop's `"published_at":"2019-03-02T06:22:28+01:00"`).
SCRIPT_STAMP = re.compile(r'"(?:datePublished|publishedDate|publishedAt|published_at|publishDate|publish_date)"'
                          r'\s*:\s*"([^"]{8,40})"')
#: What every such key opens with, looked for with `str.find` first: most scripts hold none, and some are large.
SCRIPT_STAMP_KEYS = ('"publish', '"datePublished"')
MAX_SCRIPT_STAMPS = 12  # the story's own stamp and a few teasers' are enough to see whether they agree
#: "authorities", "authorization", "authorize": class names that hold "author" but name no author.
NOT_AUTHOR_CLASS = "authori"
#: Author pages linked from bylines.
AUTHOR_PATHS = ("/author/", "/authors/", "/autor/", "/autoren/", "/auteur/")
#: Microdata properties read from element text or attributes.
MICRODATA_PROPS = frozenset({"datePublished", "dateModified", "dateCreated", "headline", "author"})
#: The same dates in RDFa (`<span property="schema:dateCreated" content="…">`), read as microdata.
RDFA_DATES = ("datePublished", "dateModified", "dateCreated")
#: Every element a metadata source other than a byline lives in, in one selector: lexbor walks the tree once
#: for all of them. Any `itemprop` and `property` is matched, and the ones read are picked in `_is_source`
#: (one test per element instead of eight makes the query a third cheaper). lexbor's time grows with each
#: entry (~10 µs a tag, ~25-35 an attribute test, ~55 a class substring on a median page), so
#: `BYLINE_SELECTOR`'s entries, two thirds of the whole, are a query of their own (`PageSources.bylines`): over a
#: third of the pages answer from a declared author and never read a byline element.
#: Scripts are asked for by JSON-LD's type, not by any `type`: a page's ~12 other scripts cost a node each in
#: Python and are never read. The `<title>` and the canonical link are the first of their kind, found by
#: `css_first` (which stops there, in the head) instead of an entry each walking the whole tree; a title or link
#: with `itemprop` or `property` is still found by those entries, for its microdata.
SOURCE_SELECTOR = 'meta, script[type*="ld+json" i], time, h1, [itemprop], [property]'
#: Links naming the canonical URL (`rel="canonical"`, in any case and among other words).
CANONICAL_SELECTOR = 'link[rel*="canonical" i]'
#: The source entries the byline caps count an element against (`_entries_matched`): those of the one combined
#: query that returned the bylines with the other sources, any script with a `type` and any link with a `rel`.
CAPPED_SOURCE_SELECTOR = 'meta, script[type], title, link[rel], time, h1, [itemprop], [property]'
#: Tags `SOURCE_SELECTOR` matches by name alone (meta aside; scripts and links by an attribute).
SOURCE_TAGS = frozenset({"title", "time", "h1"})
#: Elements `BYLINE_SELECTOR` may match that hold no visible byline (a `<meta itemprop="author">` is a meta tag).
NOT_BYLINE_TAGS = frozenset({"meta", "script"})
#: The one character whose lower case is longer than itself ("İ" → "i̇"): `PageSources.body_lower` is then the text.
LENGTH_CHANGING_LOWER = "\u0130"
CONTEXT_LOWER = "\u03a3"  # "Σ" lower-cases to "ς" at a word's end, to "σ" elsewhere
#: Attributes that make a `<link>` more than a link for the readers (microdata, RDFa, a byline's marks); a
#: link without them (and not `rel="author"`) can only be the canonical one.
LINK_MARKS = ("itemprop", "property", "class", "data-testid")


class PhraseIndex:
    """Phrases the readers look for in many pages' lower-cased text (`PageSources.find_lower`), found in one
    pass of a page's folded text by an Aho–Corasick automaton instead of one search each: a median page's
    ~13 searches of 25,000 characters cost ~0.2 ms, the one pass ~0.05. Phrases `find_lower` reads from the
    folded text only; the others, and a page the index was not given to, are searched as before."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.keys = tuple(sorted({phrase.encode("ascii", "replace") for phrase in phrases if _foldable(phrase)}))
        self.key_set = frozenset(self.keys)
        self._automaton: Any = None  # built when first used: `ahocorasick_rs` is imported by extraction only

    def places(self, folded: bytes) -> dict[bytes, list[int]]:
        """Every place (overlapping ones included) of each key in `folded`, in order."""
        if self._automaton is None:
            from ahocorasick_rs import BytesAhoCorasick

            self._automaton = BytesAhoCorasick(self.keys)
        keys = self.keys
        places: dict[bytes, list[int]] = {key: [] for key in keys}
        for index, start, _ in self._automaton.find_matches_as_indexes(folded, overlapping=True):
            places[keys[index]].append(start)
        return places


def _foldable(phrase: str) -> bool:
    """True when `find_lower` finds `phrase` by its ASCII letters in the folded text (see there)."""
    return "k" not in phrase and "?" not in phrase and any("a" <= c <= "z" for c in phrase)


@dataclass(frozen=True)  # no slots: `body_lower` and the bylines are computed on first use and kept
class PageSources:
    """Everything the page says about itself, unjudged."""

    tree: Any = field(repr=False, compare=False)  # the parsed page, for the reads done when first asked for
    meta: dict[str, list[str]]  # lower-case name/property → contents, in page order
    jsonld: list[str]  # raw script texts
    microdata: dict[str, list[str]]  # itemprop → values (datetime/content attribute, else text)
    times: list[tuple[str, bool]]  # (datetime attribute or text, is marked pubdate/published)
    body_text: str  # the page's visible text, one element per line (to find the dates shown by the headline)
    title_tag: str | None
    h1s: list[str]
    h1_parts: list[tuple[str, ...]]  # the text pieces of each h1 ("Dec 18 2025" / "The headline"), same order
    h1_kicked: list[str | None]  # each h1 without the kicker in its first child element, same order
    html_lang: str | None
    canonical: str | None
    phrases: PhraseIndex | None = field(default=None, repr=False, compare=False)  # `find_lower`'s index
    home_h1s: list[str] = field(default_factory=list)  # the h1s linking to the site's home page: its name

    @cached_property
    def _byline_reading(self) -> tuple[list[tuple[str, ...]], list[str]]:
        return read_bylines(self.tree)

    @property
    def bylines(self) -> list[tuple[str, ...]]:
        """Visible byline elements, each as its text lines (read from the tree when first asked for)."""
        return self._byline_reading[0]

    @property
    def marked_authors(self) -> list[str]:
        """Text of links marked up as the author (`rel="author"`, hCard `fn`), as `bylines`."""
        return self._byline_reading[1]

    @cached_property
    def h2s(self) -> list[str]:
        """The texts of the page's first h2s, read from the tree when first asked for: the title reader asks
        only when no h1 is the headline."""
        texts = (_text(node) for node in itertools.islice(self.tree.css("h2"), MAX_H2))
        return [text for text in texts if text and len(text) <= MAX_TEXT]

    @cached_property
    def body_lower(self) -> str:
        """`body_text` lower-cased for phrase searches with `str.find`, or as it is where lower-casing
        changes its length (found positions must hold in both); computed once, when first asked for."""
        lower = self.body_text.lower()
        return lower if len(lower) == len(self.body_text) else self.body_text

    @cached_property
    def _body_folded(self) -> bytes | None:
        """`body_text` as ASCII bytes, letters lower-cased and every other character a "?", position for
        position: an index for `find_lower` that costs less than half of `body_lower` on most pages (whose
        text holds a few non-ASCII characters, which makes `str.lower` slow). None where lower-casing
        changes the text's length (only "İ" does): `body_lower` is then the text itself."""
        return None if LENGTH_CHANGING_LOWER in self.body_text else self.body_text.encode("ascii", "replace").lower()

    @cached_property
    def _places(self) -> dict[bytes, list[int]]:
        """The places of the index's phrases in `_body_folded`, found when the first of them is looked for."""
        assert self.phrases is not None and self._body_folded is not None
        return self.phrases.places(self._body_folded)

    def find_lower(self, phrase: str, start: int = 0) -> int:
        """`body_lower.find(phrase, start)`, found in `_body_folded` where that gives the same answer: an ASCII
        character lower-cases to a letter of the phrase only from that letter's two cases (the Kelvin sign
        aside: phrases with a "k" take `body_lower`), so a phrase's ASCII letters find its places, and
        those where it has other characters are checked on the text itself. A phrase of the page's
        `PhraseIndex` is looked up among the places its one pass found."""
        folded = self._body_folded
        if folded is None or not _foldable(phrase):
            return self.body_lower.find(phrase, start)
        key = phrase.encode("ascii", "replace")
        if self.phrases is not None and key in self.phrases.key_set:
            places = self._places[key]
            found = itertools.islice(places, bisect.bisect_left(places, start), None)
            if phrase.isascii():
                return next(found, -1)
            return next((i for i in found if self.lower_slice(i, i + len(phrase)) == phrase), -1)
        if phrase.isascii():
            return folded.find(key, start)
        while (index := folded.find(key, start)) >= 0:
            if self.lower_slice(index, index + len(phrase)) == phrase:
                return index
            start = index + 1
        return -1

    def lower_slice(self, start: int, end: int) -> str:
        """`body_lower[start:end]`, the piece lower-cased alone where that is the same (a capital sigma's
        lower case depends on what follows it)."""
        piece = self.body_text[start:end]
        if self._body_folded is None or CONTEXT_LOWER in piece:
            return self.body_lower[start:end]
        return piece.lower()


def _text(node: Any, separator: str = " ") -> str:
    return " ".join((node.text(separator=separator) or "").split())


def _add_meta(out: dict[str, list[str]], attrs: dict[str, str | None]) -> None:
    """One `<meta>`'s content keyed by its name, property, itemprop or http-equiv (lower-case)."""
    content = (attrs.get("content") or "").strip()
    if not content:
        return
    for attr in ("property", "name", "itemprop", "http-equiv"):
        key = attrs.get(attr)
        if key:
            out.setdefault(key.strip().lower(), []).append(content)


def _add_microdata(out: dict[str, list[str]], node: Any, attrs: dict[str, str | None], prop: str) -> None:
    """A non-meta microdata value for a date, the headline or the author."""
    if prop == "author":
        name = node.css_first('[itemprop="name"]')
        value = attrs.get("content") or (_text(name) if name else _text(node))
    else:
        # hAtom's `<abbr class="published" title="2017-09-09T10:52:00+02:00">10:52</abbr>`: the stamp is the title
        stamp = attrs.get("title") if node.tag == "abbr" else None
        value = attrs.get("datetime") or attrs.get("content") or stamp or _text(node)
    if value and len(value) <= MAX_TEXT:
        out.setdefault(prop, []).append(value)


def _rdfa_date(attrs: dict[str, str | None]) -> str | None:
    """The schema.org date an RDFa `property` names ("schema:dateCreated" → "dateCreated"), if any."""
    prop = (attrs.get("property") or "").rsplit(":", 1)[-1].rsplit("/", 1)[-1]
    return prop if prop in RDFA_DATES else None


def _time(node: Any, attrs: dict[str, str | None]) -> tuple[str, bool] | None:
    value = attrs.get("datetime") or _text(node)
    marked = "pubdate" in attrs or "publish" in (attrs.get("class") or "").lower() or (
        attrs.get("itemprop") == "datePublished")
    return (value, marked) if value else None


def _is_source(tag: str, attrs: dict[str, str | None]) -> bool:
    """The element (not a meta or a script) is one the metadata readers look at: by its tag, a microdata
    property or an RDFa date they read, or the marks of `BYLINE_SELECTOR`."""
    if tag in SOURCE_TAGS or (tag == "link" and "rel" in attrs) or attrs.get("itemprop") in MICRODATA_PROPS:
        return True
    rdfa = attrs.get("property")
    if rdfa and rdfa.endswith(RDFA_DATES):
        return True
    css_class = (attrs.get("class") or "").lower()
    return ("byline" in css_class or "author" in css_class or attrs.get("rel") == "author"
            or "byline" in (attrs.get("data-testid") or "") or (tag == "a" and "/aut" in (attrs.get("href") or "")))


def _is_byline(tag: str, attrs: dict[str, str | None]) -> bool:
    """The element matches `BYLINE_SELECTOR` (checked here because one combined query found it)."""
    css_class = (attrs.get("class") or "").lower()
    return ("byline" in css_class or ("author" in css_class and _names_author(css_class))
            or attrs.get("rel") == "author"
            or attrs.get("itemprop") == "author" or "byline" in (attrs.get("data-testid") or "")
            or (tag == "a" and any(part in (attrs.get("href") or "") for part in AUTHOR_PATHS)))


def _names_author(css_class: str) -> bool:
    """True when a class holding "author" names the author ("post-author", "authorBox"), not authorities
    or authorization ("menu-authorities", "authorization-link": a menu item, a login link)."""
    return NOT_AUTHOR_CLASS not in css_class or any(
        "author" in name and NOT_AUTHOR_CLASS not in name for name in css_class.split())


def _is_marked_author(tag: str, attrs: dict[str, str | None]) -> bool:
    """A link the page marks up as its author: `rel="author"` or the hCard name (`class="fn"`)."""
    rel = (attrs.get("rel") or "").lower().split()
    return tag == "a" and ("author" in rel or "fn" in (attrs.get("class") or "").split())


def _in_comments(node: Any) -> bool:
    """True when the element or one of its close ancestors is named for comments ("comment-author",
    "jcomments-latest"); an author box named "writer-comment" is not."""
    for _ in range(MAX_COMMENT_DEPTH):
        if node is None:
            return False
        attrs = node.attributes
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
        # most elements name no comment at all: one substring test before the names are split
        if "comment" in names and any(name.startswith("comment") or "comments" in name for name in names.split()):
            return True
        node = node.parent
    return False


def _byline_lines(node: Any) -> tuple[str, ...] | None:
    """The text lines of a byline-looking element ("Luke Kim" / "December 17, 2025"); of a longer
    one (an author box: name, then a bio), the short lines it opens with."""
    raw = node.text(separator="\n") or ""
    lines = tuple(line for line in (" ".join(x.split()) for x in raw[:MAX_TEXT * 2].split("\n")) if line)
    if len(raw) <= MAX_TEXT * 2 and lines and sum(map(len, lines)) <= MAX_TEXT:
        return lines
    opening = []
    for line in lines[:MAX_BOX_LINES]:
        if len(line) > MAX_BOX_LINE:
            break
        opening.append(line)
    return tuple(opening) or None


def _h1_reading(node: Any) -> tuple[str, tuple[str, ...]]:
    """An h1's text, and its pieces when child elements split it (a date, a kicker, a comment count)."""
    raw = (node.text(separator="\n") or "").split("\n")
    pieces = tuple(p for p in (" ".join(x.split()) for x in raw) if p)
    # Pieces are glued back as printed: a space where the markup had one or where a new piece starts a
    # capitalised word ("(US)" + "Your Guide"), none inside a word split by inline tags ("Web" + "site").
    text = ""
    for chunk in raw:
        if text and chunk[:1].isupper() and not text[-1:].isspace():
            text += " "
        text += chunk
    return " ".join(text.split()), pieces if len(pieces) > 1 else ()


def _without_kicker(node: Any) -> str | None:
    """The headline of an h1 built as kicker + headline in separate child elements
    (`<h1><span>Klimaschutz:</span> <span>Bohren, bis es heiß wird</span></h1>`), else None.
    An h1 with text of its own ("How <em>x</em> works") has no kicker, unless its opening element is set
    apart as a block or by a line break (`<h1><small>Tunesien</small><br> Große Aufgaben …</h1>`)."""
    texts: list[str] = []
    apart = False  # the opening element stands on its own line
    for child in node.iter(include_text=True):
        text = " ".join((child.text_content if child.tag == "-text" else child.text(separator=" ")).split())
        if child.tag == "br" and len(texts) == 1:
            apart = True
        elif text:
            if child.tag == "-text" and not apart:
                return None  # the h1's own words, not set apart from an opening element
            texts.append(text)
            apart = apart or (len(texts) == 1 and child.tag in KICKER_BLOCKS)
    if len(texts) < 2 or len(texts[0].split()) > MAX_KICKER_WORDS:
        return None
    rest = " ".join(texts[1:]).lstrip(KICKER_SEPARATORS)  # ": " printed apart from the kicker
    return rest if len(rest.split()) >= MIN_REST_WORDS else None


def read_date_texts(tree: Any) -> list[str]:
    """Short texts of the first elements whose class says they hold a date ("post-date", "datum").
    A query of its own: it is the last resort for a date, so most pages never pay for it.

    The first `MAX_DATE_NODES` are those `DATE_CLASS_SELECTOR` returns, an element once for each of its entries
    it matches (as lexbor returns a selector list's matches): read from `DATE_CLASS_QUERY`'s elements, each
    repeated as many times as `DATE_CLASS_WORDS` its class holds."""
    texts: list[str] = []
    previous = None
    for node in tree.css(DATE_CLASS_QUERY):
        if node.mem_id == previous:
            continue  # the same element again, for the query's second entry (nodes compare by their HTML)
        previous = node.mem_id
        css_class = (node.attributes.get("class") or "").lower()
        entries = sum(word in css_class for word in DATE_CLASS_WORDS)
        if entries:
            texts.extend([_text(node)] * min(entries, MAX_DATE_NODES - len(texts)))
            if len(texts) >= MAX_DATE_NODES:
                break
    return [text for text in texts if text and len(text) <= MAX_DATE_TEXT]


def read_sources(tree: Any, phrases: PhraseIndex | None = None) -> PageSources:
    """Gather every metadata source of a parsed page with one combined query (one walk of the tree); the
    bylines are read by `read_bylines` when first asked for. `phrases` are those the readers will look for
    in the text (`PageSources.find_lower`)."""
    meta: dict[str, list[str]] = {}
    microdata: dict[str, list[str]] = {}
    jsonld: list[str] = []
    times: list[tuple[str, bool]] = []
    h1_nodes: list[Any] = []
    for node in tree.css(SOURCE_SELECTOR):
        tag, attrs = node.tag, node.attributes
        if tag == "meta":
            _add_meta(meta, attrs)
            continue
        if tag == "script":
            if (attrs.get("type") or "").strip().lower() == "application/ld+json":
                jsonld.append(node.text(deep=True) or "")
            continue
        if not _is_source(tag, attrs):
            continue  # an itemprop or a property no reader looks at
        prop = (attrs.get("itemprop") or _rdfa_date(attrs) or "").strip()
        if prop in MICRODATA_PROPS:
            _add_microdata(microdata, node, attrs, prop)
        if tag == "time" and len(times) < MAX_TIMES:
            found = _time(node, attrs)
            if found:
                times.append(found)
        elif tag == "h1" and len(h1_nodes) < MAX_H1:
            h1_nodes.append(node)
    h1s = [(node, *_h1_reading(node)) for node in h1_nodes]
    h1s = [h for h in h1s if h[1] and len(h[1]) <= MAX_TEXT]
    html = tree.css_first("html")
    title = tree.css_first("title")
    return PageSources(
        tree=tree, meta=meta, jsonld=jsonld, microdata=microdata, times=times,
        body_text=tree.body.text(separator="\n") if tree.body else "",
        title_tag=_text(title) if title else None,
        h1s=[text for _, text, _ in h1s],
        h1_parts=[parts for _, _, parts in h1s],
        h1_kicked=[_without_kicker(node) for node, _, _ in h1s],
        html_lang=html.attributes.get("lang") if html else None,
        canonical=_canonical_href(tree),
        phrases=phrases,
        home_h1s=[text for node, text, _ in h1s if _links_home(node)],
    )


def _links_home(node: Any) -> bool:
    """True when an h1 is a link to the site's home page, or inside one: the site's name as its logo
    prints it (`<h1 class="site-title"><a href="/">Blog name</a></h1>`), never the story's headline."""
    link = node.css_first("a[href]")
    if link is None:
        link = node.parent
        for _ in range(MAX_LINK_DEPTH):
            if link is None or link.tag == "a":
                break
            link = link.parent
    if link is None or link.tag != "a":
        return False
    target = urlsplit((link.attributes.get("href") or "").strip())
    if target.query or not (target.path or target.netloc):
        return False  # "?p=42" is a post's own link, "#" no page at all
    return HOME_PATH.fullmatch(target.path or "/") is not None


def _canonical_href(tree: Any) -> str | None:
    """The `href` of the first canonical link that has one (a valueless `href` reads as none)."""
    first = tree.css_first(CANONICAL_SELECTOR)  # stops there, in the head
    if first is None:
        return None
    href: str | None = first.attributes.get("href")
    if href is not None:
        return href
    return next((href for node in tree.css(CANONICAL_SELECTOR) if (href := node.attributes.get("href")) is not None),
                None)


def read_bylines(tree: Any) -> tuple[list[tuple[str, ...]], list[str]]:
    """The page's byline-looking elements, each as its text lines, and the text of the links it marks up as
    the author, outside comments: `BYLINE_SELECTOR`'s query, run when the author readers first ask."""
    bylines: list[tuple[str, ...]] = []
    marked: list[str] = []
    # The caps count an element once for each selector entry it matches (`_entries_matched`), as they did
    # when one combined query returned the bylines with the other sources: a page's answers stay the same.
    byline_count = marked_count = 0
    for node, entries in _entries_matched(tree.css(BYLINE_SELECTOR)):
        tag, attrs = node.tag, node.attributes
        if tag in NOT_BYLINE_TAGS:
            continue
        is_marked = marked_count < MAX_BYLINE_NODES and _is_marked_author(tag, attrs)
        is_byline = byline_count < MAX_BYLINE_NODES and _is_byline(tag, attrs)
        if is_byline:
            byline_count = min(MAX_BYLINE_NODES, byline_count + entries)
        lines = _byline_lines(node) if is_byline else None
        if (is_marked or lines) and _in_comments(node):
            continue  # a commenter's name, marked up as the comment's author
        if is_marked:
            marked.append(_text(node))
            marked_count = min(MAX_BYLINE_NODES, marked_count + entries)
        if lines:
            bylines.append(lines)
    return bylines, [text for text in marked if text and len(text) <= MAX_TEXT]


def _entries_matched(nodes: list[Any]) -> Iterator[tuple[Any, int]]:
    """Each element `BYLINE_SELECTOR` found, once, with the number of entries of it and of
    `CAPPED_SOURCE_SELECTOR` the element matches (lexbor returns an element once for each entry of a selector
    list, one after the other). Neighbours are grouped as `itertools.groupby` grouped them: lexbor's nodes
    compare equal by their HTML, so twin elements side by side count as one."""
    index = 0
    while index < len(nodes):
        node, end = nodes[index], index + 1
        while end < len(nodes) and _same_html(node, nodes[end]):
            end += 1
        tag, attrs = node.tag, node.attributes
        sources = (tag in SOURCE_TAGS) + (tag == "link" and "rel" in attrs) + ("itemprop" in attrs) + (
            "property" in attrs)
        yield node, end - index + sources
        index = end


def _same_html(node: Any, other: Any) -> bool:
    """`node == other` for lexbor's nodes (one node, or two whose HTML is the same), serialising only elements
    that can be twins: of one tag, with the same attributes (one without a value reads as None, printed as
    `=""`). The serialising, of a whole author box or article at times, was a tenth of the mean page's reading."""
    if node.mem_id == other.mem_id:
        return True
    if node.tag != other.tag:
        return False
    attrs, others = node.attributes, other.attributes
    if attrs.keys() != others.keys() or any((value or "") != (others[name] or "") for name, value in attrs.items()):
        return False
    return bool(node.html == other.html)


def first_meta(src: PageSources, names: tuple[str, ...]) -> str | None:
    """The first value of the first of `names` the page's meta tags give."""
    for name in names:
        values = src.meta.get(name)
        if values:
            return values[0]
    return None


def read_script_stamps(tree: Any) -> list[str]:
    """Publication stamps in the page's scripts other than JSON-LD (see `SCRIPT_STAMP`), in page order.
    A query of its own, like `read_date_texts`: only pages with no declared date pay for it."""
    stamps: list[str] = []
    for node in tree.css("script"):
        if (node.attributes.get("type") or "").strip().lower() == "application/ld+json":
            continue
        text = node.text(deep=True) or ""
        if any(key in text for key in SCRIPT_STAMP_KEYS):
            stamps.extend(SCRIPT_STAMP.findall(text))
            if len(stamps) >= MAX_SCRIPT_STAMPS:
                break
    return stamps[:MAX_SCRIPT_STAMPS]
