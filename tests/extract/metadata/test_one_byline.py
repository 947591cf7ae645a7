"""One byline, one answer: `extract`, `clean_text` and `read_record` credit the same authors and agency."""

from __future__ import annotations

import html

import pytest

from copydesk import Article, clean_text, extract, read_record
from copydesk.extract.metadata.byline import read_byline


def seed_as_html(record: Article, byline_in_story: bool) -> str:
    """Seed 000 as a news page prints it: headline, "By AFP" under it (or opening the story), date, story."""
    byline = f"<p>By {html.escape(record.authors[0])}</p>"
    story = "".join(f"<p>{html.escape(block.text)}</p>" for block in record.blocks)
    head = f"<h1>{html.escape(record.title or '')}</h1>" + ("" if byline_in_story else f"<div>{byline}</div>")
    return (f"<html><head><title>{html.escape(record.title or '')}</title></head><body><article>{head}"
            f"<time datetime='2024-10-17'>October 17, 2024</time><div class='body'>"
            f"{byline if byline_in_story else ''}{story}</div></article></body></html>")


@pytest.mark.parametrize("byline_in_story", [False, True])
def test_seed_000_byline_gives_one_answer_on_every_path(seed_record: str, byline_in_story: bool) -> None:
    record = read_record(seed_record)
    cleaned = clean_text(seed_record)
    page = extract(seed_as_html(record, byline_in_story), record.url)
    answers = {(a.authors, a.agency) for a in (record, cleaned, page)}
    assert answers == {(("AFP",), "AFP")}


@pytest.mark.parametrize(("line", "authors", "agency"), [
    ("By AFP", ("AFP",), "AFP"),
    ("By Jane Roe and Reuters", ("Jane Roe", "Reuters"), "Reuters"),
    ("By Jane Roe", ("Jane Roe",), None),
    ("Von dpa", ("dpa",), "dpa"),
])
def test_read_byline(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    assert read_byline(line) == (authors, agency)


def test_a_record_byline_with_several_people_reads_back_as_written(seed_record: str) -> None:
    record = read_record(seed_record.replace("By AFP", "By Jane Roe, John Doe and AFP"))
    assert (record.authors, record.agency) == (("Jane Roe", "John Doe", "AFP"), "AFP")
