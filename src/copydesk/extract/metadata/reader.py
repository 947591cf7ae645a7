"""`read_metadata`: every source on the page, cross-checked into one `Metadata`.

Order of trust per field: JSON-LD, then meta tags, then microdata and `<time>`,
then visible bylines, then the URL. A value that fails its checks (an author that
is the site, a date in the future or after the page's own modification date) is
dropped rather than kept: metadata is correct or missing, never wrong.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from copydesk.extract.metadata import dates
from copydesk.extract.metadata.byline import names_in_lines
from copydesk.extract.metadata.authors import agency_in, clean_authors, is_agency
from copydesk.extract.metadata.jsonld import JsonLd, read_jsonld, text_of
from copydesk.extract.metadata.model import Metadata
from copydesk.extract.metadata.sources import PageSources, read_sources
from copydesk.extract.metadata.title import choose_title, site_keys, squash
from copydesk.urls import absolute_url, host_of

#: Meta names, best first, per field.
META_TITLE = ("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title")
META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
               "byl", "citation_author", "cxenseparse:author", "twitter:data1")
META_PUBLISHED = ("article:published_time", "og:published_time", "article:published", "parsely-pub-date",
                  "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                  "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
                  "article.published", "citation_publication_date", "datepublished", "og:article:published_time",
                  "release_date", "cxenseparse:recs:publishtime", "dc.date.created")
META_MODIFIED = ("article:modified_time", "og:updated_time", "article:modified", "dcterms.modified",
                 "dc.date.modified", "last-modified", "lastmod", "datemodified", "og:article:modified_time",
                 "article.updated", "parsely-updated")
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
META_TAGS = ("article:tag", "news_keywords", "parsely-tags", "sailthru.tags")
META_SECTION = ("article:section", "parsely-section", "section")
META_SITE = ("og:site_name", "application-name", "al:android:app_name")
META_LANGUAGE = ("og:locale", "content-language", "dc.language", "language")

LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?$", re.I)
TAG_SPLIT = re.compile(r"\s*[,;]\s*")
MAX_TAGS = 30  # more than this is an SEO keyword dump, not the story's tags
SHOWN_BEFORE = 400  # chars before the headline where a dateline may sit (kicker, breadcrumb, date)
SHOWN_AFTER = 1500  # chars after it: subtitle, byline, date, share bar
MIN_DATE_LINE, MAX_DATE_LINE = 6, 120  # a printed date line: "Oct 2024" up to "Updated … by … on …"
HOME_PATHS = frozenset({"", "/", "/index.html", "/index.php", "/home"})


def read_metadata(tree: Any, url: str | None, *, now: str | None = None) -> Metadata:
    """The page's metadata, read without changing `tree`.

    `now` (ISO date) rejects later publication dates when given; without it only
    implausible years and dates after the page's own modification date are rejected.
    """
    src = read_sources(tree)
    ld = read_jsonld(src.jsonld)
    prov: dict[str, str] = {}
    host = host_of(url)
    site_name = _pick(prov, "site_name", ("meta", _first_meta(src, META_SITE[:1])),
                      ("jsonld", ld.publisher or ld.site_name))
    title = _title(src, ld, site_name, host, prov)
    header = header_lines(src.body_text, title)
    authors, agency = _authors(src, ld, header, site_name, host, prov)
    published, modified = _dates(src, ld, header, url, now, prov)
    canonical = _canonical(src, url)
    if canonical:
        prov["canonical_url"] = "meta"
    image_url, caption, credit = _image(src, ld, url or canonical, prov)
    art = ld.article or {}
    return Metadata(
        title=title,
        authors=authors,
        agency=agency,
        published=published,
        modified=modified,
        site_name=site_name,
        language=_pick(prov, "language", ("meta", _language(src.html_lang)),
                       ("meta", _language(_first_meta(src, META_LANGUAGE))),
                       ("jsonld", _language(text_of(art.get("inLanguage"))))),
        description=_pick(prov, "description", ("meta", _first_meta(src, META_DESCRIPTION)),
                          ("jsonld", text_of(art.get("description")))),
        canonical_url=canonical,
        image_url=image_url,
        image_caption=caption,
        image_credit=credit,
        tags=_tags(src, ld, prov),
        section=_pick(prov, "section", ("meta", _first_meta(src, META_SECTION)),
                      ("jsonld", text_of(art.get("articleSection")))),
        provenance=prov,
        article_body=text_of(art.get("articleBody")),
        is_accessible_for_free=_free_flag(art.get("isAccessibleForFree")),
        page_kind=_page_kind(src, ld, url),
    )


def _pick(prov: dict[str, str], field: str, *options: tuple[str, str | None]) -> str | None:
    """The first non-empty value, recording its source in `prov`."""
    for source, value in options:
        if value and value.strip():
            prov[field] = source
            return " ".join(value.split())
    return None


def _first_meta(src: PageSources, names: tuple[str, ...]) -> str | None:
    for name in names:
        values = src.meta.get(name)
        if values:
            return values[0]
    return None


def _title(src: PageSources, ld: JsonLd, site_name: str | None, host: str | None, prov: dict[str, str]) -> str | None:
    art = ld.article or {}
    candidates = [(t, s) for t, s in (
        (text_of(art.get("headline")), "jsonld"),
        (_first_meta(src, META_TITLE), "meta"),
        (src.microdata.get("headline", [None])[0], "microdata"),
        (text_of(art.get("name")), "jsonld"),
        (src.title_tag, "title_tag"),
    ) if t]
    keys = site_keys((site_name, ld.publisher, ld.site_name), host)
    chosen = choose_title(src.h1s, candidates, keys)
    if not chosen:
        return None
    prov["title"] = chosen[1]
    return " ".join(chosen[0].split())


def _authors(src: PageSources, ld: JsonLd, header: list[str], site_name: str | None, host: str | None,
             prov: dict[str, str]) -> tuple[tuple[str, ...], str | None]:
    """(authors, agency) from the first source that names someone."""
    keys = site_keys((site_name, ld.publisher, ld.site_name), host)
    persons = {squash(name) for name, kind in ld.authors if kind == "person"}
    # The site's own name is no author, unless the page says a person by that name wrote it.
    not_authors = tuple(x for x in (site_name, ld.site_name, None if ld.publisher_is_person else ld.publisher)
                        if x and squash(x) not in persons)
    people = [name for name, kind in ld.authors if kind == "person" or is_agency(name)]
    shown = names_in_lines(header)
    meta_values = [_first_last(v) if name == "citation_author" else v
                   for name in META_AUTHOR for v in src.meta.get(name, ()) if not v.startswith("http")]
    sources = (("jsonld", [people]), ("meta", [meta_values]), ("byline", [[shown[0]]] if shown else []),
               ("microdata", [[v] for v in src.microdata.get("author", [])]),
               ("byline", [[v] for v in src.bylines]))
    for source, groups in sources:
        names = next((found for found in (_people(g, not_authors, keys, source) for g in groups) if found), ())
        if names:
            prov["authors"] = source
            agency = next((agency_in(n) for n in names if is_agency(n)), None)
            if agency:
                prov["agency"] = source
            return names, agency
    return (), None


def _people(values: list[str], not_authors: tuple[str | None, ...], keys: set[str], source: str) -> tuple[str, ...]:
    """Authors from one source, without the site itself (by name, or a one-word brand named like the host)."""
    names = clean_authors(values, exclude=not_authors, typed=source in ("jsonld", "meta"))
    return tuple(n for n in names if len(n.split()) > 1 or squash(n) not in keys or is_agency(n))


def _first_last(value: str) -> str:
    """"Roy, Aniruddha" (citation style) → "Aniruddha Roy"."""
    last, _, first = value.partition(",")
    return f"{first.strip()} {last.strip()}" if first.strip() and len(value.split()) <= 4 else value


def _dates(src: PageSources, ld: JsonLd, header: list[str], url: str | None, now: str | None,
           prov: dict[str, str]) -> tuple[str | None, str | None]:
    art, page = ld.article or {}, ld.page or {}
    modified = _first_date(prov, "modified", (
        ("jsonld", [text_of(art.get("dateModified")), text_of(page.get("dateModified"))], dates.parse_iso),
        ("meta", [v for n in META_MODIFIED for v in src.meta.get(n, ())], dates.parse_any),
        ("microdata", src.microdata.get("dateModified", []), dates.parse_any),
    ), latest=now)
    marked = [v for v, is_pub in src.times if is_pub]
    published = _first_date(prov, "published", (
        ("jsonld", [text_of(art.get("datePublished")), text_of(art.get("dateCreated"))], dates.parse_any),
        ("meta", [v for n in META_PUBLISHED for v in src.meta.get(n, ())], dates.parse_any),
        ("microdata", src.microdata.get("datePublished", []), dates.parse_any),
        ("time", marked, dates.parse_any),
        ("jsonld", [text_of(page.get("datePublished"))], dates.parse_any),
    ), latest=_day(modified) or now)
    if modified and published and _day(modified) < _day(published):
        modified = None  # a modification before publication is a wrong stamp
        prov.pop("modified", None)
    return _as_shown(header, published, modified, url, now, prov), modified


def _as_shown(header: list[str], published: str | None, modified: str | None,
              url: str | None, now: str | None, prov: dict[str, str]) -> str | None:
    """The publication date, checked against the dates printed by the headline.

    Readers see the date by the headline; when it is the page's modification date
    and not its publication date, that is the date the page presents as its own.
    With no structured date, the printed one is used; the URL's date comes last.
    """
    shown = [d for d in shown_dates(header) if not (now or modified) or d <= _day(modified or now)]
    if published and (_day(published) in shown or not shown):
        return published
    if modified and _day(modified) in shown:
        prov["published"] = "text"
        return _day(modified)
    if published:
        return published
    if shown:
        prov["published"] = "text"
        return shown[0]
    found = dates.date_from_url(url)
    if found and (not now or found <= now):
        prov["published"] = "url"
    return found


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def header_lines(text: str, title: str | None) -> list[str]:
    """The short lines printed just before and after the headline in the page's text
    (kicker, byline, date), where the page shows readers who wrote it and when."""
    anchor = text.find(title) if title else -1
    if anchor < 0:
        return []
    window = text[max(0, anchor - SHOWN_BEFORE):anchor + len(title) + SHOWN_AFTER]
    lines = (line.strip() for line in window.split("\n"))
    return [line for line in lines if line and len(line) <= MAX_DATE_LINE]


def shown_dates(lines: list[str]) -> list[str]:
    """Dates printed on the header lines, in order."""
    found = (dates.parse_text(line) for line in lines if len(line) >= MIN_DATE_LINE)
    return [d[:10] for d in found if d]


def _first_date(prov: dict[str, str], field: str, options: tuple[tuple[str, list[Any], Any], ...],
                latest: str | None) -> str | None:
    for source, values, parse in options:
        for value in values:
            if not value:
                continue
            found = parse(value)
            if found and (not latest or found[:10] <= latest[:10]):
                prov[field] = source
                return found
    return None


def _canonical(src: PageSources, url: str | None) -> str | None:
    """The absolute canonical URL, unless it points at the home page of a deeper URL."""
    raw = src.canonical or _first_meta(src, ("og:url",))
    canonical = absolute_url(raw, url)
    if not canonical or not canonical.startswith(("http://", "https://")):
        return None
    if url and urlsplit(canonical).path in HOME_PATHS and urlsplit(url).path not in HOME_PATHS:
        return None
    return canonical


def _image(src: PageSources, ld: JsonLd, base: str | None,
           prov: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    image = (ld.article or {}).get("image")
    obj = image[0] if isinstance(image, list) and image else image
    ld_url = text_of(obj.get("url") or obj.get("contentUrl")) if isinstance(obj, dict) else text_of(obj)
    meta_url = _first_meta(src, META_IMAGE)
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


def _tags(src: PageSources, ld: JsonLd, prov: dict[str, str]) -> tuple[str, ...]:
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


def _language(value: str | None) -> str | None:
    """`en`, `pt-BR`, `zh-Hant` from the many ways pages spell a locale."""
    match = LANGUAGE.match((value or "").strip())
    if not match:
        return None
    lang, region = match[1].lower(), match[2]
    if not region:
        return lang
    return f"{lang}-{region.title() if len(region) == 4 else region.upper()}"


def _free_flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _page_kind(src: PageSources, ld: JsonLd, url: str | None) -> str | None:
    if ld.kind:
        return ld.kind
    og_type = (_first_meta(src, ("og:type",)) or "").lower()
    if og_type == "article":
        return "article"
    if og_type == "website" and url and urlsplit(url).path in HOME_PATHS:
        return "listing"
    return None
