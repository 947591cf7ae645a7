"""Article → text: the seed layout, Markdown, or JSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import orjson

from copydesk.errors import ConfigError
from copydesk.formats.layout import format_date, write_layout
from copydesk.model import Article, Block


def render_json(article: Article) -> str:
    """The record as indented JSON (`read_record` reads it back)."""
    return orjson.dumps(article.to_dict(), option=orjson.OPT_INDENT_2).decode("utf-8")


def render_markdown(article: Article) -> str:
    """A human-readable Markdown page: headline, metadata line, lead image, body, related links."""
    out: list[str] = []
    if article.title:
        out.append(f"# {_escape_line(article.title)}")
    meta = [
        ("By " + ", ".join(article.authors)) if article.authors else None,
        format_date(article.published),
        article.site_name,
    ]
    if any(meta):
        out.append(" · ".join(m for m in meta if m))
    if article.image and (article.image.url or article.image.caption or article.image.credit):
        out.append(_image_markdown(article))
    out.extend(_block_markdown(block) for block in article.blocks)
    if article.related:
        out.append("## Related")
        out.append("\n".join(f"- [{r.title}]({r.url})" if r.url else f"- {r.title}" for r in article.related))
    url = article.url or article.canonical_url
    if url:
        out.append(f"<{url}>")
    return "\n\n".join(out) + "\n"


def _image_markdown(article: Article) -> str:
    image = article.image
    assert image is not None
    caption = " — ".join(p for p in (image.caption, image.credit) if p)
    if image.url:
        return f"![{caption}]({image.url})" + (f"\n*{caption}*" if caption else "")
    return f"*{caption}*"


def _block_markdown(block: Block) -> str:
    text = block.text
    if block.kind == "heading":
        return "#" * min(max(block.level or 2, 2), 6) + " " + _escape_line(text)
    if block.kind == "list_item":
        return "- " + text
    if block.kind == "quote":
        return "\n".join("> " + line for line in text.splitlines())
    if block.kind == "code":
        return f"```\n{text}\n```"
    if block.kind == "table":
        return _table_markdown(text)
    return _escape_line(text)


def _table_markdown(text: str) -> str:
    """Tab-separated rows as a Markdown table, the first row as its header."""
    rows = [[cell.strip().replace("|", "\\|") for cell in line.split("\t")]
            for line in text.splitlines() if line.strip()]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines.extend("| " + " | ".join(r) + " |" for r in rows[1:])
    return "\n".join(lines)


def _escape_line(text: str) -> str:
    """Keep a paragraph from reading as Markdown syntax when it starts like it."""
    if text[:1] in "#>-+*" or text[:2].rstrip(".").isdigit() and text[1:3].startswith("."):
        return "\\" + text
    return text


@dataclass(frozen=True, slots=True)
class Renderer:
    """One article format: the function writing it and its media type (for the service)."""

    write: Callable[[Article], str]
    media_type: str


# The one list of article formats: the CLI's `--format` choices and the service's formats.
RENDERERS: dict[str, Renderer] = {
    "text": Renderer(write_layout, "text/plain; charset=utf-8"),
    "markdown": Renderer(render_markdown, "text/markdown; charset=utf-8"),
    "json": Renderer(render_json, "application/json"),
}


def render(article: Article, format: str = "text") -> str:
    """`article` as `text` (the seed-000 layout), `markdown` or `json`."""
    try:
        renderer = RENDERERS[format]
    except KeyError:
        raise ConfigError(f"unknown format {format!r}; choose from {', '.join(RENDERERS)}") from None
    return renderer.write(article)
