"""The headline: the visible h1 when structured data agrees with it, else a
metadata title with the site's name cut off (`Story | Site`, `Site - Story`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MIN_TITLE_CHARS = 3  # shorter "titles" are icons or single letters
#: Separators between a headline and the site name in `<title>` and og:title.
SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/~]\s+|\s*[|·•»«]\s*|\s+::\s+")
NON_WORD = re.compile(r"[\W_]+")
#: Generic words that pad site names ("The Daily Star - News") and never identify a site alone.
HOST_NOISE = re.compile(r"^(www|m|amp|news|blog|en|de|fr|es)$")


def squash(text: str | None) -> str:
    """Lower-case letters and digits only: how two spellings of one title compare."""
    return NON_WORD.sub("", unicodedata.normalize("NFKC", text or "").casefold())


def _is_site_part(part: str, site_keys: set[str]) -> bool:
    key = squash(part)
    if not key:
        return True
    return any(key == s or (len(s) >= 4 and (s in key or key in s) and len(key) <= len(s) + 12) for s in site_keys)


def site_keys(site_names: Iterable[str | None], host: str | None) -> set[str]:
    """Squashed spellings under which the site's name may appear in a title."""
    keys = {squash(n) for n in site_names if n}
    if host:
        labels = [x for x in host.split(".") if not HOST_NOISE.match(x)]
        if len(labels) >= 2:
            keys.add(squash(labels[-2]))  # "nytimes" of nytimes.com
            keys.add(squash("".join(labels[:-1])))
    return {k for k in keys if len(k) >= 2}


def strip_site(title: str, keys: set[str]) -> str:
    """`title` without a leading or trailing segment that names the site."""
    parts = SEPARATOR.split(title)
    if len(parts) < 2 or not keys:
        return title
    seps = SEPARATOR.findall(title)
    # Cut from the end first (the usual "Story | Site"), then from the start ("Site: Story").
    while len(parts) > 1 and _is_site_part(parts[-1], keys):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _is_site_part(parts[0], keys):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return out.strip()


def choose_title(h1s: list[str], candidates: list[tuple[str, str]], keys: set[str]) -> tuple[str, str] | None:
    """(title, source): an h1 that a metadata title confirms, else the best metadata title.

    `candidates` are (title, source) from JSON-LD, meta tags and `<title>`, best first.
    """
    cleaned = [(strip_site(t, keys), src) for t, src in candidates if t and len(t.strip()) >= MIN_TITLE_CHARS]
    squashed = [squash(t) for t, _ in cleaned] + [squash(t) for t, _ in candidates]
    for h1 in h1s:
        key = squash(h1)
        if len(key) >= MIN_TITLE_CHARS and any(key == c or (len(key) >= 12 and c.startswith(key)) for c in squashed):
            return h1.strip(), "h1"
    if cleaned:
        return cleaned[0]
    if len(h1s) == 1 and len(squash(h1s[0])) >= MIN_TITLE_CHARS:
        return h1s[0].strip(), "h1"
    return None
