"""JSON-LD blocks → the one node that describes the story, read into plain fields.

Pages ship JSON-LD in every shape: one object, a list, an `@graph`, nodes that
point at each other by `@id`, strings where objects belong, and broken JSON
(trailing commas, raw newlines, HTML comments). All of it is tolerated.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

MAX_NODES = 400  # a page's JSON-LD rarely holds 50 nodes; more is a product feed, not article metadata
MAX_SCRIPT_CHARS = 2_000_000  # larger blocks are data dumps; skip them rather than spend time

#: Types that describe one story. Any type ending in "Article" counts as well.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "satiricalarticle", "scholarlyarticle", "techarticle", "report", "liveblogposting",
    "socialmediaposting", "posting", "advertisercontentarticle", "medicalscholarlyarticle",
    "howto", "recipe",  # a guide or a recipe page is one story with its own author and date
})
#: Types that describe a page of many items.
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "profilepage"})
#: Page-level types whose dates and names back up a missing article node.
PAGE_TYPES = frozenset({"webpage", "itempage", "medicalwebpage", "faqpage", "qapage", "aboutpage"})

TRAILING_COMMA = re.compile(r",\s*([}\]])")
HTML_COMMENT = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")


@dataclass(frozen=True, slots=True)
class JsonLd:
    """What the structured data says about the page, as raw values (cleaned by the caller)."""

    article: dict[str, Any] | None  # the story node, or None
    page: dict[str, Any] | None  # a WebPage node, backing the story node up
    kind: str | None  # "article", "listing" or None
    authors: tuple[tuple[str, str], ...]  # (name, "person" | "organization")
    publisher: str | None
    publisher_is_person: bool  # personal blogs name their author as publisher
    site_name: str | None


def parse_blocks(texts: list[str]) -> list[Any]:
    """Each script's JSON, repaired where it is broken; unreadable scripts are skipped."""
    out = []
    for text in texts:
        if len(text) > MAX_SCRIPT_CHARS:
            continue
        data = _loads(text)
        if data is not None:
            out.append(data)
    return out


def _loads(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    fixed = TRAILING_COMMA.sub(r"\1", HTML_COMMENT.sub("", text.strip()))
    try:
        return json.loads(fixed, strict=False)  # strict=False allows raw newlines inside strings
    except ValueError:
        pass
    try:  # several objects pasted one after the other
        return json.loads("[" + re.sub(r"}\s*{", "},{", fixed) + "]", strict=False)
    except ValueError:
        return None


def walk_nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every typed object in the data, outer ones first, without recursing into long lists."""
    stack = [data]
    seen = 0
    while stack and seen < MAX_NODES:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            seen += 1
            if "@type" in item or "@id" in item:
                yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                value = item.get(key)
                if isinstance(value, (dict, list)):
                    stack.append(value)


def types_of(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.lower().rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _article_types(types: set[str]) -> bool:
    """True when one of a node's types (`types_of`) describes one story."""
    return any(t in ARTICLE_TYPES or t.endswith("article") for t in types)


def text_of(value: Any) -> str | None:
    """A plain string out of a string, a list of strings, or an object with a name/text/@value."""
    if isinstance(value, str):
        return html.unescape(value).strip() or None
    if isinstance(value, list):
        for item in value:
            text = text_of(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        for key in ("name", "@value", "text", "headline"):
            if isinstance(value.get(key), str) and value[key].strip():
                return html.unescape(value[key]).strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _entities(value: Any, ids: dict[str, dict[str, Any]]) -> list[Any]:
    """The objects a property names, resolving `{"@id": …}` references."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, dict) and set(item) <= {"@id", "@type"} and item.get("@id") in ids:
            item = ids[item["@id"]]
        out.append(item)
    return out


def people(value: Any, ids: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(name, kind) for each author entry: strings are taken as people, typed objects say which."""
    out = []
    for item in _entities(value, ids):
        if isinstance(item, str):
            out.append((item, "person"))
        elif isinstance(item, dict):
            name = text_of(item.get("name"))
            if not name and (item.get("givenName") or item.get("familyName")):
                name = " ".join(str(item.get(k) or "") for k in ("givenName", "familyName")).strip()
            if name:
                kind = "organization" if types_of(item) & {"organization", "newsmediaorganization",
                                                          "corporation", "website"} else "person"
                out.append((name, kind))
    return out


def read_jsonld(texts: list[str]) -> JsonLd:
    """The story node and the names around it, from the page's `application/ld+json` scripts."""
    nodes = [node for data in parse_blocks(texts) for node in walk_nodes(data)]
    ids = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and "@type" in n}
    typed = [(n, types_of(n)) for n in nodes]  # each node's types read once, for the four searches below
    article = _pick_article([n for n, types in typed if _article_types(types)])
    page = next((n for n, types in typed if types & PAGE_TYPES), None)
    site = next((n for n, types in typed if "website" in types), None)
    kind = "article" if article else "listing" if any(types & LISTING_TYPES for _, types in typed) else None
    source = article or {}
    publisher = _entities(source.get("publisher"), ids) if source.get("publisher") else []
    publisher_name = text_of(publisher[0]) if publisher else None
    publisher_is_person = bool(publisher) and isinstance(publisher[0], dict) and "person" in types_of(publisher[0])
    return JsonLd(
        article=article,
        page=page,
        kind=kind,
        authors=tuple(people(source.get("author"), ids)) if source.get("author") else (),
        publisher=publisher_name,
        publisher_is_person=publisher_is_person,
        site_name=text_of(site.get("name")) if site else None,
    )


def _pick_article(articles: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The article node with the most to say (a page may list teasers as small Article nodes)."""
    if not articles:
        return None
    return max(articles, key=lambda n: (bool(n.get("headline") or n.get("name")), bool(n.get("datePublished")),
                                        bool(n.get("author")), len(n)))
