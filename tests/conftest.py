"""Fixtures shared by every test: where ../shared is, and the two seed documents."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing beside the repo (looked in {SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def seed_record() -> str:
    """Seed 000: the structured record layout."""
    return next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_scrape() -> str:
    """Seed 001: a naive scrape, body plus the site's donation appeal."""
    return next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
