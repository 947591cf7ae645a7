"""The page's other fields: site name, language tag, description, canonical URL, lead image, tags,
section, paywall flag and page kind, each from the first source that gives it (`pick`)."""

from __future__ import annotations

import re
from typing import Any

from copydesk.extract.metadata.jsonld import JsonLd, text_of
from copydesk.extract.metadata.sources import PageSources, first_meta
from copydesk.urls import absolute_url, path_of

#: Meta names, best first, per field.
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
META_TAGS = ("article:tag", "news_keywords", "parsely-tags", "sailthru.tags")
META_SECTION = ("article:section", "parsely-section", "section")
META_SITE = ("og:site_name", "application-name", "al:android:app_name")
META_LANGUAGE = ("og:locale", "content-language", "dc.language", "language")
LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?$", re.I)
TAG_SPLIT = re.compile(r"\s*[,;]\s*")
MAX_TAGS = 30  # more than this is an SEO keyword dump, not the story's tags
HOME_PATHS = frozenset({"", "/", "/index.html", "/index.php", "/home"})  # a canonical URL here names the site


def pick(prov: dict[str, str], field: str, *options: tuple[str, str | None]) -> str | None:
    """The first non-empty value, recording its source in `prov`."""
    for source, value in options:
        if value and value.strip():
            prov[field] = source
            return " ".join(value.split())
    return None

def canonical_url(src: PageSources, url: str | None) -> str | None:
    """The absolute canonical URL, unless it points at the home page of a deeper URL."""
    raw = src.canonical or first_meta(src, ("og:url",))
    canonical = absolute_url(raw, url)
    if not canonical or not canonical.startswith(("http://", "https://")):
        return None
    if url and path_of(canonical) in HOME_PATHS and path_of(url) not in HOME_PATHS:
        return None
    return canonical

def lead_image(src: PageSources, ld: JsonLd, base: str | None,
           prov: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    """(absolute URL, caption, credit) of the lead image: og:image first, JSON-LD's image object for the rest."""
    image = (ld.article or {}).get("image")
    obj = image[0] if isinstance(image, list) and image else image
    ld_url = text_of(obj.get("url") or obj.get("contentUrl")) if isinstance(obj, dict) else text_of(obj)
    meta_url = first_meta(src, META_IMAGE)
    raw = meta_url or ld_url
    absolute = absolute_url(raw, base) if raw else None
    if absolute:
        prov["image_url"] = "meta" if meta_url else "jsonld"
    caption = credit = None
    if isinstance(obj, dict):
        caption = text_of(obj.get("caption")) or text_of(obj.get("description"))
        credit = (text_of(obj.get("creditText")) or text_of(obj.get("copyrightHolder"))
                  or text_of(obj.get("author")))
    for field, value in (("image_caption", caption), ("image_credit", credit)):
        if value:
            prov[field] = "jsonld"
    return absolute, caption, credit

def read_tags(src: PageSources, ld: JsonLd, prov: dict[str, str]) -> tuple[str, ...]:
    """The story's tags from the first source that lists a plausible number of them, each once."""
    keywords = (ld.article or {}).get("keywords")
    for source, values in (
        ("meta", src.meta.get("article:tag", [])),
        ("jsonld", keywords if isinstance(keywords, list) else [keywords] if isinstance(keywords, str) else []),
        ("meta", [v for n in META_TAGS[1:] for v in src.meta.get(n, ())]),
    ):
        tags: dict[str, str] = {}
        for value in values:
            for tag in TAG_SPLIT.split(value if isinstance(value, str) else text_of(value) or ""):
                tag = " ".join(tag.split())
                if tag and tag.casefold() not in tags:
                    tags[tag.casefold()] = tag
        if tags and len(tags) <= MAX_TAGS:
            prov["tags"] = source
            return tuple(tags.values())
    return ()

def language_tag(value: str | None) -> str | None:
    """`en`, `pt-BR`, `zh-Hant` from the many ways pages spell a locale."""
    match = LANGUAGE.match((value or "").strip())
    if not match:
        return None
    lang, region = match[1].lower(), match[2]
    if not region:
        return lang
    return f"{lang}-{region.title() if len(region) == 4 else region.upper()}"

def free_flag(value: Any) -> bool | None:
    """JSON-LD's `isAccessibleForFree` as a bool (pages write it as a bool or a string), else None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None

def page_kind(src: PageSources, ld: JsonLd, url: str | None) -> str | None:
    """"article" or "listing" as the structured data or og:type says, else None."""
    if ld.kind:
        return ld.kind
    og_type = (first_meta(src, ("og:type",)) or "").lower()
    if og_type == "article":
        return "article"
    if og_type == "website" and url and path_of(url) in HOME_PATHS:
        return "listing"
    return None
