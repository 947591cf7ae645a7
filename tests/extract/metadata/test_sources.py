"""The cheaper reads of a page's text give what the plain ones gave: phrase places in the lower-cased
text (`PageSources.find_lower`) and the lines above a point (`printed_lines(from_end=True)`)."""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata.page_authors import AUTHOR_LABELS, WRITTEN_BY
from copydesk.extract.metadata.page_dates import PUBLISHED_LABELS, printed_lines
from copydesk.extract.metadata.sources import PageSources, read_sources
from copydesk.html import decode_html

PHRASES = [*WRITTEN_BY, *AUTHOR_LABELS, *PUBLISHED_LABELS, "by jane doe", "by kate", "by σοφία"]


def sources_of(text: str) -> PageSources:
    return read_sources(LexborHTMLParser(f"<html><body><pre>{text}</pre></body></html>"))


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
])
def test_phrase_places_as_in_the_lower_cased_text(text: str) -> None:
    src = sources_of(text)
    for phrase in PHRASES:
        ours, plain = every_place(src, phrase)
        assert ours == plain, phrase
    for start, end in itertools.combinations(range(len(src.body_text) + 1), 2):
        assert src.lower_slice(start, end) == src.body_lower[start:end]


def test_phrase_places_on_shared_pages(shared_dir: Path) -> None:
    pages = sorted((shared_dir / "data" / "trafilatura-eval" / "html").glob("*.html.gz"))[:12]
    for path in pages:
        src = read_sources(LexborHTMLParser(decode_html(gzip.decompress(path.read_bytes()))[0]))
        for phrase in PHRASES:
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
