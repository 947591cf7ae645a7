"""The headline: the visible h1 when structured data agrees with it, else a
metadata title with the site's name cut off (`Story | Site`, `Site - Story`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MIN_TITLE_CHARS = 3  # shorter "titles" are icons or single letters
MIN_HEADLINE_WORDS = 2  # a one-word h1 is a section name or logo
MAX_HEADLINE_WORDS = 30  # a longer h1 is a paragraph some theme wrapped in h1
MIN_SHARED = 0.3  # share of the h1's words a rephrased metadata title still carries
MIN_PREFIX_CHARS = 24  # a shared prefix this long is the same headline, not a common opening
#: Separators between a headline and the site name in `<title>` and og:title.
SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/~]\s+|\s*[|·•»«]\s*|\s+::\s+")
NON_WORD = re.compile(r"[\W_]+")
WORD = re.compile(r"\w+")
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
        if len(key) >= MIN_TITLE_CHARS and any(_same_title(key, c) for c in squashed):
            return h1.strip(), "h1"
    headline = _lone_headline(h1s, keys)
    if headline and (not cleaned or _shares_words(headline, [t for t, _ in candidates])):
        return headline, "h1"
    return cleaned[0] if cleaned else None


def _same_title(h1: str, title: str) -> bool:
    """Equal, or one is the other cut short (a truncated JSON-LD headline, an h1 without its kicker)."""
    return h1 == title or (len(h1) >= MIN_PREFIX_CHARS and title.startswith(h1)) or (
        len(title) >= MIN_PREFIX_CHARS and h1.startswith(title))


def _lone_headline(h1s: list[str], keys: set[str]) -> str | None:
    """The page's first h1 when it reads like a headline, not the site's logo or a paragraph."""
    for h1 in h1s[:1]:
        if MIN_HEADLINE_WORDS <= len(h1.split()) <= MAX_HEADLINE_WORDS and not _is_site_part(h1, keys):
            return h1.strip()
    return None


def _shares_words(headline: str, titles: list[str]) -> bool:
    """True when a metadata title shares enough words with the h1 to be about the same story
    (pages often rephrase the SEO title; "Contact Us" or a menu label shares nothing)."""
    words = set(WORD.findall(headline.casefold()))
    return any(len(words & set(WORD.findall(t.casefold()))) >= MIN_SHARED * len(words) for t in titles)
