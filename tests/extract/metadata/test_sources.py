"""The cheaper reads of a page give what the plain ones gave: phrase places in the lower-cased text
(`PageSources.find_lower`), the lines above a point (`printed_lines(from_end=True)`), and the byline
elements read by a query of their own, only when the author readers ask (`read_bylines`)."""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import read_metadata, sources
from copydesk.extract.metadata.page_authors import AUTHOR_LABELS, WRITTEN_BY
from copydesk.extract.metadata.page_dates import PUBLISHED_LABELS, printed_lines
from copydesk.extract.metadata.reader import PHRASES
from copydesk.extract.metadata.sources import PageSources, PhraseIndex, read_sources
from copydesk.html import decode_html

FIXTURES = Path(__file__).resolve().parent / "fixtures"

SEARCHED = [*WRITTEN_BY, *AUTHOR_LABELS, *PUBLISHED_LABELS, "about the author", "über den autor", "by jane doe",
            "by kate", "by σοφία"]


def sources_of(text: str, phrases: PhraseIndex | None) -> PageSources:
    return read_sources(LexborHTMLParser(f"<html><body><pre>{text}</pre></body></html>"), phrases)


def every_place(src: PageSources, phrase: str) -> tuple[list[int], list[int]]:
    """Every place of `phrase` found by `find_lower` and by `body_lower.find`, one after the other."""
    places = []
    for find in (src.find_lower, src.body_lower.find):
        found, start = [], 0
        while (index := find(phrase, start)) >= 0:
            found.append(index)
            start = index + 1
        places.append(found)
    return places[0], places[1]


@pytest.mark.parametrize("text", [
    "WRITTEN BY Jane Doe\nVERÖFFENTLICHT am 17.10.2024\nPUBLIÉ le 3 mars\nАВТОР: Иван",
    "By \u212aate Smith\nby Kate Smith",  # the Kelvin sign lower-cases to "k"
    "İstanbul\nWritten by Ayşe Yılmaz\nAUTHOR: Jane",  # "İ" lower-cases to two characters: the text is read as it is
    "by ΣΟΦΊΑ\nBY Σοφία ΟΔΥΣΣΕΑΣ\nWritten by? not a name\nwritten b?",
    # one phrase inside another, a phrase overlapping itself, non-ASCII phrases read from the folded text
    "Author:author:: AUTHORED BY\nArticles by article by by:by:\nÜber den Autor\nüber den autor Veröffentlicht",
])
@pytest.mark.parametrize("phrases", [None, PHRASES], ids=["searched", "indexed"])
def test_phrase_places_as_in_the_lower_cased_text(text: str, phrases: PhraseIndex | None) -> None:
    src = sources_of(text, phrases)
    for phrase in SEARCHED:
        ours, plain = every_place(src, phrase)
        assert ours == plain, phrase
    for start, end in itertools.combinations(range(len(src.body_text) + 1), 2):
        assert src.lower_slice(start, end) == src.body_lower[start:end]


@pytest.mark.parametrize("phrases", [None, PHRASES], ids=["searched", "indexed"])
def test_phrase_places_on_shared_pages(shared_dir: Path, phrases: PhraseIndex | None) -> None:
    pages = sorted((shared_dir / "data" / "trafilatura-eval" / "html").glob("*.html.gz"))[:12]
    for path in pages:
        src = read_sources(LexborHTMLParser(decode_html(gzip.decompress(path.read_bytes()))[0]), phrases)
        for phrase in SEARCHED:
            ours, plain = every_place(src, phrase)
            assert ours == plain, (path.name, phrase)


def test_lines_above_a_point_skip_blank_runs_and_keep_long_lines() -> None:
    text = "masthead\n" + "x" * 1500 + "\n" + " \n" * 900 + "  By Jane Doe  \n\t\n17.10.2024\nHeadline"
    end = text.index("Headline")
    assert printed_lines(text, 20, end=end, from_end=True) == ["By Jane Doe", "17.10.2024"]
    assert printed_lines(text, 1520, end=end, from_end=True) == ["x" * 1500, "By Jane Doe", "17.10.2024"]
    assert printed_lines(text, 5000, start=3, end=end, from_end=True) == [
        "thead", "x" * 1500, "By Jane Doe", "17.10.2024"]
    assert printed_lines(text, 1, end=4, from_end=True) == ["mast"]


def combined_query_bylines(tree: LexborHTMLParser) -> tuple[list[tuple[str, ...]], list[str]]:
    """The bylines and marked authors as one combined query of every source gave them before the byline
    elements had a query of their own: each element once for every selector entry it matches (then each
    element's repeats taken out: they never changed an answer)."""
    bylines: list[tuple[object, tuple[str, ...]]] = []
    marked: list[tuple[object, str]] = []
    byline_nodes = 0
    for node in tree.css(f"{sources.CAPPED_SOURCE_SELECTOR}, {sources.BYLINE_SELECTOR}"):
        tag, attrs = node.tag, node.attributes
        if tag in ("meta", "script") or (tag == "link" and attrs.get("rel") != "author" and not any(
                map(attrs.__contains__, sources.LINK_MARKS))) or not sources._is_source(tag, attrs):
            continue
        is_marked = len(marked) < sources.MAX_BYLINE_NODES and sources._is_marked_author(tag, attrs)
        is_byline = byline_nodes < sources.MAX_BYLINE_NODES and sources._is_byline(tag, attrs)
        byline_nodes += is_byline
        lines = sources._byline_lines(node) if is_byline else None
        if (is_marked or lines) and sources._in_comments(node):
            continue
        if is_marked:
            marked.append((node, sources._text(node)))
        if lines:
            bylines.append((node, lines))

    def once(found: list) -> list:
        return [value for i, (node, value) in enumerate(found) if not i or found[i - 1][0] != node]
    return once(bylines), [text for text in once(marked) if text and len(text) <= sources.MAX_TEXT]


def test_byline_caps_count_each_selector_entry_an_element_matches() -> None:
    # Each byline matches four entries ([itemprop], [itemprop="author"] and two class substrings): three fill
    # the cap of twelve, as when one combined query returned them (five when each element counted once).
    tree = LexborHTMLParser((FIXTURES / "bylines_many_marks.html").read_text(encoding="utf-8"))
    bylines, marked = sources.read_bylines(tree)
    assert bylines == [("Ruth Abernathy",), ("Samuel Okafor",), ("Lena Hartmann",)]
    assert marked == ["Tomas Novak"]
    assert (bylines, marked) == combined_query_bylines(tree)


def test_bylines_as_the_combined_query_read_them_on_shared_pages(shared_dir: Path) -> None:
    pages = sorted((shared_dir / "data" / "wcxb-dev" / "html").glob("*.html.gz"))[::60]
    for path in pages:
        tree = LexborHTMLParser(decode_html(gzip.decompress(path.read_bytes()))[0])
        assert sources.read_bylines(tree) == combined_query_bylines(tree), path.name


class QueryLog:
    """A parsed page that notes the selectors queried on it."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree, self.selectors = tree, []

    def css(self, selector: str) -> list:
        self.selectors.append(selector)
        return self.tree.css(selector)

    def __getattr__(self, name: str) -> object:
        return getattr(self.tree, name)


def test_bylines_queried_only_when_no_declared_author_answers() -> None:
    page = (FIXTURES / "bylines_many_marks.html").read_text(encoding="utf-8")
    declared = QueryLog(LexborHTMLParser(page))
    assert read_metadata(declared, "https://example.com/news/spring-meeting").authors == ("Dana Whitfield",)
    assert sources.BYLINE_SELECTOR not in declared.selectors
    undeclared = QueryLog(LexborHTMLParser(page.replace('"author": {"@type": "Person", "name": "Dana Whitfield"}',
                                                        '"inLanguage": "en"')))
    assert read_metadata(undeclared, "https://example.com/news/spring-meeting").authors == ("Tomas Novak",)
    assert undeclared.selectors.count(sources.BYLINE_SELECTOR) == 1


def date_class_texts(tree: LexborHTMLParser) -> list[str]:
    """`read_date_texts` as the three-entry selector reads it: an element once for each entry it matches."""
    texts = [sources._text(node) for node in tree.css(sources.DATE_CLASS_SELECTOR)[:sources.MAX_DATE_NODES]]
    return [text for text in texts if text and len(text) <= sources.MAX_DATE_TEXT]


def test_date_class_texts_repeat_an_element_for_each_word_its_class_holds() -> None:
    # "metadata" holds "dat" but no word; twin spans (the same HTML) are two elements; "entry-date published" and
    # "Datum-Updated" hold two words each, so the eight places end inside the second pair of twins.
    tree = LexborHTMLParser(
        '<body><p class="metadata">Tags</p><span class="entry-date published">17.10.2024</span>'
        '<i class="post-date">Oct 17, 2024</i><i class="post-date">Oct 17, 2024</i>'
        '<b class="Datum-Updated">18.10.2024</b><em class="pubdate">Oct 19, 2024</em>'
        '<em class="pubdate">Oct 19, 2024</em><em class="pubdate">Oct 20, 2024</em></body>')
    assert sources.read_date_texts(tree) == date_class_texts(tree) == [
        "17.10.2024", "17.10.2024", "Oct 17, 2024", "Oct 17, 2024", "18.10.2024", "18.10.2024", "Oct 19, 2024",
        "Oct 19, 2024"]


def test_date_class_texts_as_the_three_entries_read_them_on_shared_pages(shared_dir: Path) -> None:
    pages = sorted((shared_dir / "data" / "trafilatura-eval" / "html").glob("*.html.gz"))[::20]
    found = 0
    for path in pages:
        tree = LexborHTMLParser(decode_html(gzip.decompress(path.read_bytes()))[0])
        assert sources.read_date_texts(tree) == date_class_texts(tree), path.name
        found += bool(date_class_texts(tree))
    assert found >= 10


def test_byline_elements_group_as_lexbor_nodes_compare() -> None:
    # Nodes compare equal by their HTML: the twin links (a valueless attribute prints as `=""`) are one group,
    # as `itertools.groupby` made them; the same tag and class around other text are not.
    tree = LexborHTMLParser(
        '<body><a rel="author" hidden>Jane Roe</a><a rel="author" hidden="">Jane Roe</a>'
        '<span class="byline">By Jane Roe</span><span class="byline">By John Doe</span>'
        '<div class="author-box"><div class="author-box">Jane Roe</div></div></body>')
    nodes = tree.css(sources.BYLINE_SELECTOR)
    assert [count for _, count in sources._entries_matched(nodes)] == [2, 1, 1, 1, 1]
    assert [len(list(group)) for _, group in itertools.groupby(nodes)] == [2, 1, 1, 1, 1]


def test_first_title_and_first_canonical_link_with_an_href() -> None:
    # Each is the first of its kind in the page, found without walking the whole tree: a canonical link
    # without an href is passed over for the next, in any case of "canonical" among other words.
    src = read_sources(LexborHTMLParser(
        '<html><head><link rel="stylesheet" href="/s.css"><link rel="canonical"><title>Story | Site</title>'
        '<link rel="alternate CANONICAL" href="https://example.com/story"><link rel="canonical" href="/other">'
        '</head><body><svg><title>Icon</title></svg><h1>Story</h1></body></html>'))
    assert (src.title_tag, src.canonical) == ("Story | Site", "https://example.com/story")
    bare = read_sources(LexborHTMLParser('<body><svg><title>Icon</title></svg><link rel="canonical" href></body>'))
    assert (bare.title_tag, bare.canonical) == ("Icon", None)
