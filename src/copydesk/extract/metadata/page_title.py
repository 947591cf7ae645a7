"""The page's title: the declared titles (JSON-LD, meta, microdata, `<title>`) and the h1s, settled
by `title.choose_title`."""

from __future__ import annotations

from copydesk.extract.metadata.jsonld import JsonLd, text_of
from copydesk.extract.metadata.sources import PageSources, first_meta
from copydesk.extract.metadata.title import (
    choose_title,
    site_keys,
    unmangle,
    without_dangling_signs,
    without_labels,
)

#: Meta names, best first.
META_TITLE = ("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title")


def read_title(src: PageSources, ld: JsonLd, site_name: str | None, host: str | None,
               prov: dict[str, str]) -> str | None:
    """The story's title, its source recorded in `prov` ("h1", "jsonld", "meta", "title_tag"…)."""
    art = ld.article or {}
    candidates = [(t, s) for t, s in (
        (text_of(art.get("headline")), "jsonld"),
        (first_meta(src, META_TITLE), "meta"),
        (src.microdata.get("headline", [None])[0], "microdata"),
        (text_of(art.get("name")), "jsonld"),
        (src.title_tag, "title_tag"),
    ) if t]
    keys = site_keys((site_name, ld.publisher, ld.site_name, *src.home_h1s), host)
    chosen = choose_title(src.h1s, candidates, keys, src.h1_parts, src.h1_kicked, lambda: src.h2s)
    if not chosen:
        return None
    prov["title"] = chosen[1]
    return without_dangling_signs(without_labels(" ".join(unmangle(chosen[0]).split())))
