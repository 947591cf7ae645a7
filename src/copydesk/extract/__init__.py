"""HTML page → `Article`. See `copydesk.extract.engine` for the recipe."""

from copydesk.extract.engine import extract

__all__ = ["extract"]
