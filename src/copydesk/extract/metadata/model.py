"""`Metadata`: what a page says about its story, before the body is read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    """Metadata fields, each correct or missing; `provenance` maps a filled field to its source
    ("jsonld", "meta", "microdata", "byline", "time", "url", "title_tag", "h1", "text", "script" for a
    stamp in the page's own script data, and "site" for an author who is the person the site is named after)."""

    title: str | None = None
    authors: tuple[str, ...] = ()  # people; or the agency when the byline is only an agency, e.g. ("AFP",)
    agency: str | None = None  # wire service credited anywhere: byline, dateline "(Reuters) -", sign-off "—AFP"
    published: str | None = None  # ISO 8601 date, or datetime with offset when the page gives one
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None  # BCP-47-ish: "en", "de", "pt-BR"
    description: str | None = None
    canonical_url: str | None = None
    image_url: str | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    tags: tuple[str, ...] = ()
    section: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    article_body: str | None = None  # JSON-LD articleBody when present (a prior for the body)
    is_accessible_for_free: bool | None = None  # JSON-LD isAccessibleForFree (paywall signal)
    page_kind: str | None = None  # "article", "listing" or None, as structured data says
