"""Fixture pages for the metadata tests: small HTML files under tests/extract/metadata/fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import Metadata, read_metadata

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class MetadataReader:
    """`read("name.html", url, now=…)` → `read_metadata` of that fixture page."""

    def __call__(self, name: str, url: str | None = None, **kwargs: object) -> Metadata:
        tree = LexborHTMLParser((FIXTURES / name).read_text(encoding="utf-8"))
        return read_metadata(tree, url, **kwargs)


@pytest.fixture(scope="session")
def read() -> MetadataReader:
    return MetadataReader()
