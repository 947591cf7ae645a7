"""Article → text (placeholder)."""

from copydesk.model import Article


def render(article: Article, format: str = "text") -> str:
    """`article` as `text` (the seed layout), `markdown` or `json`."""
    raise NotImplementedError
