"""`read_metadata`: every source on the page, cross-checked into one `Metadata`.

Order of trust per field: JSON-LD, then meta tags, then microdata and `<time>`,
then visible bylines, then the URL; dates are cross-checked in `page_dates`. A value
that fails its checks (an author that is the site or a sentence, a date in the future,
a modification stamp before the publication) is dropped rather than kept: metadata is
correct or missing, never wrong.
"""

from __future__ import annotations

from typing import Any

from copydesk.extract.metadata.headline import dateline_lines, header_lines, headline_spots
from copydesk.extract.metadata.jsonld import read_jsonld, text_of
from copydesk.extract.metadata.model import Metadata
from copydesk.extract.metadata.page_authors import (
    ABOUT_THE_AUTHOR,
    AUTHOR_LABELS,
    AUTHOR_LIST_LABELS,
    WRITTEN_BY,
    read_authors,
)
from copydesk.extract.metadata.page_dates import PUBLISHED_LABELS, read_dates
from copydesk.extract.metadata.page_fields import (
    META_DESCRIPTION,
    META_LANGUAGE,
    META_SECTION,
    META_SITE,
    canonical_url,
    free_flag,
    language_tag,
    lead_image,
    page_kind,
    pick,
    read_tags,
)
from copydesk.extract.metadata.page_title import read_title
from copydesk.extract.metadata.sources import (
    PhraseIndex,
    first_meta,
    read_date_texts,
    read_script_stamps,
    read_sources,
)
from copydesk.urls import archived_url, host_of

#: The phrases the author and date readers look for anywhere in a page's text, found in one pass.
PHRASES = PhraseIndex([*WRITTEN_BY, *AUTHOR_LABELS, *AUTHOR_LIST_LABELS,
                       *(heading.lower() for heading in ABOUT_THE_AUTHOR), *PUBLISHED_LABELS])


def read_metadata(tree: Any, url: str | None, *, now: str | None = None) -> Metadata:
    """The page's metadata, read without changing `tree`.

    `now` (ISO date) rejects later dates when given; without it only implausible years
    and printed dates after the page's own modification stamp are rejected.
    """
    src = read_sources(tree, PHRASES)
    ld = read_jsonld(src.jsonld)
    prov: dict[str, str] = {}
    host = host_of(url)
    site_name = pick(prov, "site_name", ("meta", first_meta(src, META_SITE[:1])),
                      ("jsonld", ld.publisher or ld.site_name))
    art = ld.article or {}
    language = pick(prov, "language", ("meta", language_tag(src.html_lang)),
                     ("meta", language_tag(first_meta(src, META_LANGUAGE))),
                     ("jsonld", language_tag(text_of(art.get("inLanguage")))))
    primary = language.split("-")[0] if language else None
    # An archived copy's title names the archived page's site (its author reader keeps the archive's host:
    # measured, one author lost).
    title = read_title(src, ld, site_name, host_of(archived_url(url)), prov)
    # The chosen title, else an h1 when the title is not printed as such; a title printed in an h2 comes after
    # the h1s, whose place on the page is the headline's even when the title is an h2 below it.
    anchors = (*src.h1s, title) if prov.get("title") == "h2" else (title, *src.h1s)
    spots = next((found for anchor in anchors if (found := headline_spots(src.body_text, anchor))), [])
    authors, agency = read_authors(src, ld, header_lines(src.body_text, spots), site_name, host, primary, prov)
    published, modified = read_dates(src, ld, dateline_lines(src.body_text, spots), url, now, prov,
                                     lambda: read_date_texts(tree), language, lambda: read_script_stamps(tree))
    canonical = canonical_url(src, url)
    if canonical:
        prov["canonical_url"] = "meta"
    image_url, caption, credit = lead_image(src, ld, url or canonical, prov)
    return Metadata(
        title=title,
        authors=authors,
        agency=agency,
        published=published,
        modified=modified,
        site_name=site_name,
        language=language,
        description=pick(prov, "description", ("meta", first_meta(src, META_DESCRIPTION)),
                          ("jsonld", text_of(art.get("description")))),
        canonical_url=canonical,
        image_url=image_url,
        image_caption=caption,
        image_credit=credit,
        tags=read_tags(src, ld, prov),
        section=pick(prov, "section", ("meta", first_meta(src, META_SECTION)),
                      ("jsonld", text_of(art.get("articleSection")))),
        provenance=prov,
        article_body=text_of(art.get("articleBody")),
        is_accessible_for_free=free_flag(art.get("isAccessibleForFree")),
        page_kind=page_kind(src, ld, url),
    )
