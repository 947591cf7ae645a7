"""Bylines, datelines and sign-offs read from the extracted body's first and last blocks."""

from __future__ import annotations

import pytest

from copydesk.extract.metadata import Metadata, read_body_metadata
from copydesk.model import Block

STORY = "The ministry said the talks would resume next week, officials confirmed on Thursday."


def paragraphs(*texts: str) -> list[Block]:
    return [Block(kind="paragraph", text=text) for text in texts]


def test_agency_byline_becomes_authors_and_agency() -> None:
    meta, drop = read_body_metadata(Metadata(), paragraphs("By AFP", STORY, STORY))
    assert meta.authors == ("AFP",)
    assert meta.agency == "AFP"
    assert meta.provenance == {"authors": "byline", "agency": "byline"}
    assert drop == {0}  # the byline line leaves the body


def test_person_byline_with_date_dropped_together() -> None:
    blocks = paragraphs("By Jane Doe and John Roe", "October 17, 2024", STORY)
    meta, drop = read_body_metadata(Metadata(), blocks)
    assert meta.authors == ("Jane Doe", "John Roe")
    assert meta.agency is None
    assert drop == {0, 1}


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("BERLIN (dpa) - " + STORY, "dpa"),
        ("(Reuters) - " + STORY, "Reuters"),
        ("MOSCOW, Oct 17 (AFP) – " + STORY, "AFP"),
        ("WASHINGTON (AP) — " + STORY, "AP"),
    ],
)
def test_dateline_credits_the_agency(opening: str, agency: str) -> None:
    meta, drop = read_body_metadata(Metadata(), paragraphs(opening, STORY))
    assert meta.agency == agency
    assert meta.provenance["agency"] == "text"
    assert meta.authors == ()  # a dateline names no author
    assert drop == set()  # the dateline opens a real paragraph


@pytest.mark.parametrize(("closing", "agency"), [((STORY + " —AFP",), "AFP"), ((STORY + " (AP)",), "AP"),
                                                  ((STORY, "dpa/AFP"), "dpa"), ((STORY, "dpa/lnw"), "dpa")])
def test_sign_off_credits_the_agency(closing: tuple[str, ...], agency: str) -> None:
    meta, _ = read_body_metadata(Metadata(), paragraphs(STORY, STORY, *closing))
    assert meta.agency == agency  # the first agency a joint credit names


def test_structured_authors_not_overwritten_but_agency_added() -> None:
    given = Metadata(authors=("Jane Doe",), provenance={"authors": "jsonld"})
    meta, _ = read_body_metadata(given, paragraphs("BERLIN (Reuters) - " + STORY, STORY))
    assert meta.authors == ("Jane Doe",)
    assert meta.provenance["authors"] == "jsonld"
    assert meta.agency == "Reuters"


def test_prose_is_no_sign_off_or_byline() -> None:
    blocks = paragraphs("By the end of the week the talks had failed.", STORY, "Apple and Google declined to comment.")
    meta, drop = read_body_metadata(Metadata(), blocks)
    assert meta == Metadata()
    assert drop == set()
