"""HTML page → `Article`. See `copydesk.extract.engine` for the recipe."""

from typing import TYPE_CHECKING

from copydesk.registry import lazy_package

# Loaded on first use: the byline and language readers under `extract.metadata`, which
# `clean` and `formats` share, come without the engine, its models and numpy.
lazy_package(__name__, {"extract": "copydesk.extract.engine"})

if TYPE_CHECKING:
    from copydesk.extract.engine import extract

__all__ = ["extract"]
