"""No publication date after the day of extraction: `today`, or a corpus record's fetch day."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.errors import ConfigError
from copydesk.pipeline.documents import Document
from copydesk.pipeline.steps import ExtractArticles

URL = "https://courier.example/news/2031/01/harbour-ferry-returns"


@pytest.fixture
def dated_2031(page) -> bytes:
    return page("short_story_declared.html").replace(b"2024-03-14T08:30:00+00:00", b"2031-01-02T08:30:00+00:00")


def test_a_date_after_today_is_refused_and_one_day_ahead_is_a_time_zone(dated_2031: bytes) -> None:
    assert copydesk.extract(dated_2031, URL, today="2026-11-25").published is None
    assert copydesk.extract(dated_2031, URL, today="2031-01-01").published == "2031-01-02T08:30:00+00:00"
    assert copydesk.extract(dated_2031, URL).published is None  # the real today is before 2031


def test_a_corpus_record_is_judged_by_its_fetch_day(dated_2031: bytes) -> None:
    docs = [Document(source="a", url=URL, html=dated_2031, fetched="2031-03-01"),
            Document(source="b", url=URL, html=dated_2031, fetched="2030-12-31")]
    published = [record.article.published for record in ExtractArticles().run(docs)]
    assert published == ["2031-01-02T08:30:00+00:00", None]


def test_today_must_be_a_date() -> None:
    with pytest.raises(ConfigError, match="ISO date"):
        copydesk.ExtractOptions(today="next tuesday")
