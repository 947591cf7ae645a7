"""Seed layout → Article (placeholder)."""

from copydesk.model import Article


def read_record(text: str) -> Article:
    """Parse the seed-000 text layout back into an `Article`."""
    raise NotImplementedError
