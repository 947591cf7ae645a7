"""Raw metadata out of a parsed page, by targeted selectors only (no full-tree walks).

Nothing here decides; it gathers what each source says so `reader` can cross-check.
The tree is only read, never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_H1 = 6  # a page with more h1s than this uses them for teasers; the first few are enough
MAX_TIMES = 12  # the story's own <time> comes early; later ones are teasers and comments
MAX_BYLINE_NODES = 12  # same for byline-looking elements
MAX_TEXT = 300  # a byline or headline element longer than this is a container, not the thing itself

#: Elements that credit authors visibly, most specific first.
BYLINE_SELECTOR = (
    '[rel="author"], [itemprop="author"], [class*="byline" i], [class*="author" i], [data-testid*="byline"], '
    'a[href*="/author/"], a[href*="/authors/"], a[href*="/autor/"], a[href*="/autoren/"], a[href*="/auteur/"]'
)
#: Microdata properties read from element text or attributes.
MICRODATA_SELECTOR = (
    '[itemprop="datePublished"], [itemprop="dateModified"], [itemprop="dateCreated"], '
    '[itemprop="headline"], [itemprop="author"]'
)


@dataclass(frozen=True, slots=True)
class PageSources:
    """Everything the page says about itself, unjudged."""

    meta: dict[str, list[str]]  # lower-case name/property → contents, in page order
    jsonld: list[str]  # raw script texts
    microdata: dict[str, list[str]]  # itemprop → values (datetime/content attribute, else text)
    times: list[tuple[str, bool]]  # (datetime attribute or text, is marked pubdate/published)
    body_text: str  # the page's visible text, one element per line (to find the dates shown by the headline)
    bylines: list[str]  # text of visible byline elements
    title_tag: str | None
    h1s: list[str]
    html_lang: str | None
    canonical: str | None


def _text(node: Any, separator: str = " ") -> str:
    return " ".join((node.text(separator=separator) or "").split())


def read_meta(tree: Any) -> dict[str, list[str]]:
    """All `<meta>` contents keyed by their name, property, itemprop or http-equiv (lower-case)."""
    out: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrs.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(content.strip())
    return out


def read_microdata(tree: Any) -> dict[str, list[str]]:
    """Non-meta microdata values for dates, headline and author."""
    out: dict[str, list[str]] = {}
    for node in tree.css(MICRODATA_SELECTOR):
        if node.tag == "meta":
            continue  # already read with the other meta tags
        attrs = node.attributes
        prop = (attrs.get("itemprop") or "").strip()
        if prop == "author":
            name = node.css_first('[itemprop="name"]')
            value = attrs.get("content") or (_text(name) if name else _text(node))
        else:
            value = attrs.get("datetime") or attrs.get("content") or _text(node)
        if value and len(value) <= MAX_TEXT:
            out.setdefault(prop, []).append(value)
    return out


def read_times(tree: Any) -> list[tuple[str, bool]]:
    out = []
    for node in tree.css("time")[:MAX_TIMES]:
        attrs = node.attributes
        value = attrs.get("datetime") or _text(node)
        marked = "pubdate" in attrs or "publish" in (attrs.get("class") or "").lower() or (
            attrs.get("itemprop") == "datePublished")
        if value:
            out.append((value, marked))
    return out


def read_bylines(tree: Any) -> list[str]:
    out = []
    for node in tree.css(BYLINE_SELECTOR)[:MAX_BYLINE_NODES]:
        text = _text(node)
        if text and len(text) <= MAX_TEXT:
            out.append(text)
    return out


def read_sources(tree: Any) -> PageSources:
    """Gather every metadata source of a parsed page."""
    title = tree.css_first("title")
    html = tree.css_first("html")
    canonical = tree.css_first('link[rel="canonical"]')
    return PageSources(
        meta=read_meta(tree),
        jsonld=[node.text(deep=True) or "" for node in tree.css('script[type="application/ld+json"]')],
        microdata=read_microdata(tree),
        times=read_times(tree),
        body_text=tree.body.text(separator="\n") if tree.body else "",
        bylines=read_bylines(tree),
        title_tag=_text(title) if title else None,
        h1s=[t for t in (_text(n, "") for n in tree.css("h1")[:MAX_H1]) if t and len(t) <= MAX_TEXT],
        html_lang=html.attributes.get("lang") if html else None,
        canonical=canonical.attributes.get("href") if canonical else None,
    )
