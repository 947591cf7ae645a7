"""Where a block names the site itself: an input of the story model.

A publisher's own voice frames its stories: "Lust auf mehr? … Refinery29 … unseren Newsletter", "Follow The
Gleaner on Twitter", "Unterstütze RosaMag", "¿Ya sabías que en Guatemala.com tenemos canal de Telegram?". A story
speaks of its subject and names its publisher far less often (trafilatura-eval's labelled blocks that the shipped
decisions keep: 17% of those naming the site are boilerplate, against 9% of all; RESULTS, "the decisions on
snippets and articles"). It is evidence, never a verdict: the network weighs it with where the block stands (a
product's page names its maker in its description, a story quotes its own site).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import numpy as np

from copydesk.extract.metadata.title import site_keys, squash
from copydesk.extract.pagetext import PageText
from copydesk.urls import archived_url, host_of

FEATURES = ("names_site",)
MIN_SITE_KEY = 4  # a shorter squashed name ("bz", "ndr") is a syllable of too many words


def page_site_keys(site_name: str | None, url: str | None) -> frozenset[str]:
    """The squashed spellings of the site's name (`metadata.title.site_keys` of its declared name and its
    host, an archived copy's original host) long enough to stand for it in a block's text."""
    keys = site_keys((site_name,), host_of(archived_url(url)))
    return frozenset(k for k in keys if len(k) >= MIN_SITE_KEY)


def self_columns(text: PageText, keys: Iterable[str]) -> np.ndarray:
    """One row of `FEATURES` per block text of `text` (the page's `page_text`): whether its squashed text holds
    one of the site's `keys` (searched in the page's texts joined and lower-cased once, not text by text)."""
    n = len(text.texts)
    out = np.zeros((n, len(FEATURES)))
    keys = tuple(keys)
    if n and keys:
        out[_naming(text, keys), 0] = 1.0
    return out


def _naming(text: PageText, keys: tuple[str, ...]) -> list[int]:
    """The texts whose squashed form holds one of `keys`: only those whose lower-case text holds a key's
    first characters are squashed. A key (letters and digits) never holds the separator, so never runs across
    two texts."""
    texts, lowered, starts = text.texts, text.lowered, text.starts
    if not text.aligned:  # a rare letter lower-cased to two: the offsets differ, read text by text
        return [i for i, t in enumerate(texts) if _holds_a_key(squash(t), keys)]
    found = sorted({b for head in {k[:MIN_SITE_KEY] for k in keys} for b in _blocks_holding(lowered, head, starts)})
    # most names stand as written ("correctiv.org"); only the others are squashed ("BIKE Magazin")
    return [i for i in found
            if _holds_a_key(lowered[starts[i]:starts[i + 1] - 1], keys) or _holds_a_key(squash(texts[i]), keys)]


def _holds_a_key(text: str, keys: tuple[str, ...]) -> bool:
    return any(k in text for k in keys)


def _blocks_holding(text: str, mark: str, starts: list[int]) -> list[int]:
    """The blocks (their texts joined in `text`, each starting at `starts`, which ends one past the last) holding
    `mark`: after a hit the search goes on at the next block's start (`str.find`, a substring search), so a block
    repeating the mark a million times costs one find, not a million."""
    found = []
    last = len(starts) - 2
    i = text.find(mark)
    while i >= 0:
        block = bisect_right(starts, i) - 1
        found.append(block)
        if block >= last:
            break
        i = text.find(mark, starts[block + 1])
    return found
