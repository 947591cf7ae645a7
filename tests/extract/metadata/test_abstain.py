"""Withholding a publication day that scores better withheld (`abstain`), on fixture pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import copydesk
from copydesk.extract.metadata import Metadata
from copydesk.extract.metadata.abstain import abstaining, found, models
from copydesk.extract.metadata.reader import read_metadata_evidence
from copydesk.extract.pagetype import _declared_features
from tests.extract.metadata.conftest import FIXTURES

Read = Callable[..., Metadata]
URL = "https://writinghelp.example/tips/book-reviews/"
UNDATED = "evergreen_guide_webpage_stamp.html"  # a WebPage node's stamp on a guide, printed nowhere
DATED = "dated_guide_article_stamp.html"  # the same guide as an Article, its day printed under the headline


def _html(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_shipped_models_cover_the_date_only() -> None:
    assert abstaining("date")
    assert not abstaining("author")  # measured, not shipped: WCXB's 12 uncredited pages teach nothing
    assert len(models()["date_right"].weights) == len(models()["date_none"].weights)


def test_a_webpage_stamp_printed_nowhere_is_withheld(read: Read) -> None:
    meta = read(UNDATED, URL)
    assert meta.published is None
    assert meta.provenance["published"] == "withheld: jsonld"
    assert meta.modified == "2025-02-11T18:02:31+00:00"  # the modification stamp is not judged


def test_an_article_stamp_printed_by_the_headline_is_given(read: Read) -> None:
    meta = read(DATED, URL)
    assert meta.published == "2012-09-20T14:49:47+00:00"
    assert meta.provenance["published"] == "jsonld"


def test_the_value_found_is_kept_for_training() -> None:
    from selectolax.lexbor import LexborHTMLParser

    meta, evidence = read_metadata_evidence(LexborHTMLParser(_html(UNDATED)), URL, withhold=False)
    assert meta.published == "2012-09-20T14:49:47+00:00"
    assert len(evidence["date"]) == len(models()["date_right"].weights)


def test_extract_says_the_day_was_withheld() -> None:
    article = copydesk.extract(_html(UNDATED), url=URL)
    assert article.published is None
    assert article.provenance["published"] == "withheld: jsonld"


def test_the_page_type_still_sees_a_withheld_day(read: Read) -> None:
    meta = read(UNDATED, URL)
    assert found(meta, "published")
    shown = replace(meta, published="2012-09-20T14:49:47+00:00", provenance={"published": "jsonld"})
    assert _declared_features(meta, _html(UNDATED)) == _declared_features(shown, _html(UNDATED))
