"""Date parsing: formats, offsets kept, implausible dates rejected."""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import dates
from copydesk.extract.metadata.page_dates import printed_dates
from copydesk.html import decode_html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17. Oktober 2024", "2024-10-17"),
        ("17 октября 2024 г.", "2024-10-17"),
        ("17 octobre 2024", "2024-10-17"),
        ("17 de octubre de 2024", "2024-10-17"),
        ("October 17, 2024", "2024-10-17"),
        ("Updated Oct. 17th, 2024 at 9:30", "2024-10-17"),
        ("17.10.2024", "2024-10-17"),
        ("10/17/2024", "2024-10-17"),
        ("17-10-2024", "2024-10-17"),
        ("2024.10.17", "2024-10-17"),
        ("2024/10/17", "2024-10-17"),
        ("Published 2024-10-17T09:30:00+02:00", "2024-10-17T09:30:00+02:00"),
        ("am Dienstag 6. Mai 2014", "2014-05-06"),
        ("Stand: 28.04.2020 18:00 Uhr", "2020-04-28"),
        ("4.\u20092.\u20092022.", "2022-02-04"),  # spaced with thin spaces
        ("Tue Jan 28 15:28:56 CET 2020", "2020-01-28"),  # Java's Date.toString
        ("| 06.11.23", "2023-11-06"),  # a two-digit year
        ("Version 2.1.18", None),  # a version number, not a date
        ("10.12.15.3", None),
        ("Опубликовано 3 марта 2023, 12:40", "2023-03-03"),
        ("17 окт. 2024", "2024-10-17"),
        ("09/25/2025", "2025-09-25"),  # only the US reading is a date
        ("25/09/2025", "2025-09-25"),  # only the European one is
        ("09/03/2026", None),  # both readings are dates: which one is meant is unknown
        ("03-09-2026", None),
        ("© 2024 Example Media", None),
        ("31. Februar 2024", None),
        ("17 October 1890", None),
    ],
)
def test_parse_text(text: str, expected: str | None) -> None:
    assert dates.parse_text(text) == expected


def test_offset_kept_only_when_given() -> None:
    assert dates.parse_iso("2024-10-17T09:30:00+02:00") == "2024-10-17T09:30:00+02:00"
    assert dates.parse_iso("2024-10-17T07:30:00Z") == "2024-10-17T07:30:00+00:00"
    assert dates.parse_iso("2024-10-17T09:30:00.123+0200") == "2024-10-17T09:30:00+02:00"
    assert dates.parse_iso("2024-10-17T09:30:00") == "2024-10-17"
    assert dates.parse_iso("9999-12-31") is None


def test_url_dates() -> None:
    assert dates.date_from_url("https://x.com/2024/10/17/story-a86731") == "2024-10-17"
    assert dates.date_from_url("https://x.com/news/20241017-story") == "2024-10-17"
    assert dates.date_from_url("https://x.com/home/2017/7/12/unter-uns") == "2017-07-12"
    assert dates.date_from_url("https://x.com/story-123456") is None
    assert dates.date_from_url("https://x.com/2017/13/40/story") is None
    assert dates.date_from_url("https://x.com/blog/2023/october/03/wine-types/") == "2023-10-03"
    assert dates.date_from_url("https://x.com/blog/2023/toolkit/03/wine-types/") is None


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en-GB", "2026-03-09"), ("de", "2026-03-09"), ("pt-BR", "2026-03-09"), ("en-US", "2026-09-03"),
     ("en", None), (None, None), ("ja", None)],
)
def test_ambiguous_slash_date_read_in_the_locale(locale: str | None, expected: str | None) -> None:
    assert dates.parse_text("09/03/2026", dates.day_first(locale)) == expected
    assert dates.parse_text("25/09/2025", dates.day_first(locale)) == "2025-09-25"  # one reading only


def test_year_first_stamp_in_words_read_only_as_a_whole_value() -> None:
    assert dates.parse_any("2023 Jan 7") == "2023-01-07"  # PubMed's citation_publication_date
    assert dates.parse_any("2024 Jun 30") == "2024-06-30"
    assert dates.parse_text("Received 2022 Oct 12; Accepted 2023 Jan 7") is None  # printed history, no stamp


def year_spans(search: Callable[[int], re.Match[str] | None], size: int) -> list[tuple[int, int] | None]:
    """The span `search` finds from every position of a text `size` long, in order."""
    return [(found.span() if (found := search(position)) else None) for position in range(size + 1)]


@pytest.mark.parametrize("text", [
    "1919191920202019",  # openings overlapping each other
    "x 1.12.12 19.12.2024 2.01.01\n2019",  # the ".dd.dd" branch, after a digit and after a year's digits
    ".12.12 a.12.12 ٣.١٢.٠١ ١٩٢٠ 19٢٠ 2٠٢٤",  # no digit before; digits of other scripts
    "1 9 19 199 20 209 2009",  # openings cut short at the end of a text and of a word
])
def test_year_finder_finds_what_the_year_pattern_finds(text: str) -> None:
    plain = year_spans(lambda position: dates.YEAR.search(text, position), len(text))
    finder = dates.YearFinder(text)
    assert year_spans(finder.search, len(text)) == plain
    assert year_spans(finder.search, 0) == plain[:1]  # a search back starts over


def test_year_finder_on_shared_pages(shared_dir: Path) -> None:
    for path in sorted((shared_dir / "data" / "wcxb-dev" / "html").glob("*.html.gz"))[:20]:
        tree = LexborHTMLParser(decode_html(gzip.decompress(path.read_bytes()))[0])
        text = tree.body.text(separator="\n") if tree.body else ""
        finder, position, found = dates.YearFinder(text), 0, []
        while (year := finder.search(position)) is not None:
            found.append(year.span())
            position = year.start() + 1
        assert found == [year.span() for year in _overlapping(dates.YEAR, text)], path.name


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    found, position = [], 0
    while (match := pattern.search(text, position)) is not None:
        found.append(match)
        position = match.start() + 1
    return found


def test_printed_dates_keep_every_kind_of_year_the_line_test_lets_through() -> None:
    # Lines are dropped early unless they hold "19", "20" or a dot: each of `YEAR`'s branches needs one of them.
    lines = ["Menu", "Stand: 01.02.22", "Oct 17, 2024", "Posted 3 March 1999", "Updated:", "17.10.2024", "No year"]
    assert printed_dates(lines, True) == (["2022-02-01", "2024-10-17", "1999-03-03"], ["2024-10-17"])


def test_a_date_is_read_from_a_values_first_characters_only() -> None:
    # A hostile page's 2 MB Thai date meta tag took 9.7 s of `extract` while every character was read; the longest
    # value a shared page is dated by holds 116 characters.
    tail = "มี.ค." * 200_000 + " 2567"
    assert dates.parse_text("5 มี.ค. 2567 " + tail, language="th") == "2024-03-05"
    assert dates.parse_text("x" * dates.MAX_DATE_TEXT + " 17. Oktober 2024") is None
    assert dates.parse_text("x" * (dates.MAX_DATE_TEXT - 17) + " 17. Oktober 2024") == "2024-10-17"
