"""Real story bodies for dedup tests: WCXB reference texts and the two seeds."""

from __future__ import annotations

import pytest

from copydesk.model import Article, Block

STORIES = 30  # distinct real stories: enough for false joins to show up, few enough to stay fast
MIN_STORY_WORDS = 150  # long enough for truncated and edited copies to keep a story's worth of text


def as_article(text: str, **fields) -> Article:
    """An article whose blocks are the non-empty lines of `text`."""
    blocks = tuple(Block(text=line.strip()) for line in text.splitlines() if line.strip())
    return Article(blocks=blocks, **fields)


@pytest.fixture(scope="session")
def article():
    """`as_article`, for test modules (conftest helpers are not importable under importlib mode)."""
    return as_article


@pytest.fixture(scope="session")
def stories(wcxb_rows: list[dict]) -> list[str]:
    """Reference bodies of the first `STORIES` long WCXB articles (distinct real stories)."""
    texts = (row.get("main_content") or "" for row in wcxb_rows if row.get("page_type") == "article")
    return [text for text in texts if len(text.split()) >= MIN_STORY_WORDS][:STORIES]
