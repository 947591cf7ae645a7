"""A document's dedup fingerprint: its URL key, exact body hash, MinHash
signature and its rank as a cluster's canonical record.

A fingerprint is small and bounded (1,044 bytes of hashes, about 1.6 KB as Python
objects, plus the key strings), so a corpus run keeps only these in memory while
it clusters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from copydesk.dedup.minhash import signature as minhash_signature
from copydesk.dedup.shingles import body_hash, shingle_hashes, word_hashes
from copydesk.model import Article, Status
from copydesk.urls import normalize_url

#: Bodies whose word counts are within this ratio rank as equally complete; a copy
#: cut to 60% of the story falls two steps lower and loses the canonical choice.
LENGTH_STEP = 1.25
#: Sorts after every ISO date, so records without one come last.
NO_DATE = "~"
# URL paths that name a site's front page, never one story.
HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/index.asp", "/default.aspx"})


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """Everything dedup keeps of one document (small and fixed-size per document)."""

    key: str  # the row's unique `source` string
    url_key: str | None  # normalize_url(canonical_url or url); None when neither names one story
    body_hash: bytes | None  # hash of the folded body; None when the body has no words
    signature: bytes  # shingle-set size + one-permutation MinHash minima (see `minhash`); b"" when empty
    rank: tuple  # sorts best canonical first: status, metadata, body length, cleanliness, date, key


def fingerprint(key: str, article: Article) -> Fingerprint:
    """The fingerprint of `article`, stored under the row key `key`."""
    words = word_hashes(article.text)
    return Fingerprint(
        key=key,
        url_key=url_key(article),
        body_hash=body_hash(words),
        signature=minhash_signature(shingle_hashes(words)),
        rank=canonical_rank(article, int(words.size)) + (key,),
    )


def url_key(article: Article) -> str | None:
    """The normalised canonical URL, else the normalised URL; None for a front page or no URL.

    A front page (or a page whose canonical link wrongly points at the front page)
    would otherwise join every story of its site."""
    for candidate in (article.canonical_url, article.url):
        if not candidate:
            continue
        key = normalize_url(candidate)
        host, slash, rest = key.partition("/")
        path, _, query = rest.partition("?")
        if host and "." in host and (query or slash + path not in HOME_PATHS):
            return key
    return None


def completeness(article: Article) -> int:
    """How many story metadata fields the record has."""
    filled = (
        article.title,
        article.authors,
        article.published,
        article.image,
        article.description,
        article.site_name,
        article.language,
        article.agency,
        article.tags,
        article.section,
    )
    return sum(1 for value in filled if value)


def canonical_rank(article: Article, words: int) -> tuple:
    """Sort key, best canonical first and without the row key: a story before a
    status row, then the most complete metadata, the longest body (so not the
    truncated copy), the fewest removed boilerplate pieces, the earliest date."""
    length_step = int(math.log(words + 1, LENGTH_STEP))
    return (
        0 if article.status is Status.OK else 1,
        -completeness(article),
        -length_step,
        len(article.removed),
        article.published or NO_DATE,
    )
