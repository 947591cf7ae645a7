"""The bio readers' one line scan finds what `BIO_LINE` and `GIVEN_NAME_BIO` each find alone."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata.page_authors import BIO_LINE, GIVEN_NAME_BIO, _BioLines
from copydesk.extract.metadata.sources import read_sources

from .conftest import FIXTURES


def _alone(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, int, str]]]:
    return ([(m.start(), m.end(), m["name"]) for m in BIO_LINE.finditer(text)],
            [(m.start(), m.end(), m.end("given"), m["given"]) for m in GIVEN_NAME_BIO.finditer(text)])


def test_one_scan_finds_each_patterns_matches_on_the_fixture_pages() -> None:
    found = 0
    for page in sorted(FIXTURES.glob("*.html")):
        text = read_sources(LexborHTMLParser(page.read_text(encoding="utf-8"))).body_text
        assert _BioLines(text).found == _alone(text), page.name
        found += len(_alone(text)[0])
    assert found > 0  # the fixture pages hold bio openings


def test_a_line_inside_the_match_before_is_skipped_as_finditer_skips_it() -> None:
    # Each opening's last character is the line break of the next line, which `finditer` then never tries.
    text = "\nAlban Brooke is\nJulia Gralberg was\nTim explores\nStefan has\nMax Muster has written"
    bios, given = _BioLines(text).found
    assert (bios, given) == _alone(text)
    assert [name for _, _, name in bios] == ["Alban Brooke", "Max Muster"]
    assert [name for *_, name in given] == ["Tim"]  # "Stefan has" follows inside "Tim explores\n"
