"""The extraction recipe (placeholder until the engine lands)."""

from __future__ import annotations

from typing import Any

from copydesk.model import Article, Status, failed
from copydesk.options import ExtractOptions


def extract(html: bytes | str, url: str | None = None, *, options: ExtractOptions | None = None,
            **overrides: Any) -> Article:
    """An HTML page (bytes in any encoding, or text) as an `Article`; never raises on bad pages."""
    ExtractOptions.build(options, **overrides)
    return failed(Status.ERROR, "not implemented", url=url)
