"""Reading records back: the seed text layout, or JSON written by `render(…, "json")`."""

from __future__ import annotations

import orjson

from copydesk.errors import FormatError
from copydesk.formats.layout import looks_like_layout, read_layout
from copydesk.model import Article


def looks_like_record(text: str) -> bool:
    """True when `text` is in the seed layout (a header of title + `By …`/date, or the `Original url:` footer)."""
    return looks_like_layout(text)


def read_record(text: str) -> Article:
    """Parse a record: JSON (as `render(article, "json")` writes it) or the seed text layout.

    Seed 000 reads to its title, authors `("AFP",)`, published `2024-10-17`, image credit,
    the 12 story paragraphs as blocks, and the in-body `Related article:` line in `related`.
    Raises `FormatError` for text that is neither.
    """
    if not isinstance(text, str):
        raise FormatError(f"a record is text, not {type(text).__name__}")
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = orjson.loads(stripped)
            return Article.from_dict(data)
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise FormatError(f"not a JSON article record: {exc}") from exc
    if not looks_like_layout(text):
        raise FormatError("not a record: no title/byline/date header and no 'Original url:' footer")
    return read_layout(text)
