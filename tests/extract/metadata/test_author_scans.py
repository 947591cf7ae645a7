"""The author fallbacks' shared and skipped scans find what the scans they replace found."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import read_metadata
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


def test_about_the_author_is_found_on_a_page_whose_lower_case_is_longer() -> None:
    # "İ" lower-cases to two characters: the folded index is then the text itself, which holds "About the
    # Author" and not its lower case, so the heading must be searched as printed.
    page = (FIXTURES / "about_the_author_bio.html").read_text(encoding="utf-8")
    for html in (page, page.replace("<p>About the Author:</p>", "<p>İstanbul</p><p>About the Author:</p>")):
        meta = read_metadata(LexborHTMLParser(html), "https://www.codehack.example/blog/cloud-computing-innovations")
        assert meta.authors == ("Juliette Carreiro",)
        assert meta.provenance["authors"] == "byline"
