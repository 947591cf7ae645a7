"""Real story bodies for dedup tests: WCXB reference texts and the two seeds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

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
def stories(shared_dir: Path) -> list[str]:
    """Reference bodies of the first `STORIES` long WCXB articles (distinct real stories)."""
    out = []
    with gzip.open(shared_dir / "data" / "wcxb-dev" / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row.get("main_content") or ""
            if row.get("page_type") == "article" and len(text.split()) >= MIN_STORY_WORDS:
                out.append(text)
            if len(out) == STORIES:
                break
    return out
