"""Fixture pages for the extraction tests: small HTML files under tests/extract/fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def page() -> PageLoader:
    return PageLoader()


class PageLoader:
    """`page("name.html")` → the fixture's raw bytes."""

    def __call__(self, name: str) -> bytes:
        return (FIXTURES / name).read_bytes()
