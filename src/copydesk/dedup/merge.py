"""Merging a cluster's metadata into its canonical record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from copydesk.dedup.fingerprint import canonical_rank
from copydesk.dedup.shingles import word_hashes
from copydesk.model import Article, FrozenMap, Image

# Fields that describe the story itself, so any copy of it may supply them. Site
# fields (url, canonical_url, site_name, section, related, removed) stay the
# canonical record's own: a wire copy's site is not the canonical's site.
STORY_FIELDS: tuple[str, ...] = (
    "title",
    "authors",
    "agency",
    "published",
    "modified",
    "language",
    "description",
    "tags",
)
#: Provenance prefix for a field taken from another member of the cluster.
FROM_CLUSTER = "cluster"


def merge_cluster(canonical: Article, members: Sequence[Article]) -> Article:
    """`canonical` with the story metadata it lacks filled from the other members.

    The body and site fields stay the canonical's. Each missing field comes from
    the best-ranked member that has it (the same choice whatever the order of
    `members`), and its provenance reads `cluster:<where the member got it>`.
    `members` may include `canonical` itself."""
    donors = sorted((m for m in members if m is not canonical), key=_donor_order)
    changes: dict[str, Any] = {}
    provenance = dict(canonical.provenance)
    for name in STORY_FIELDS:
        if getattr(canonical, name):
            continue
        donor = next((m for m in donors if getattr(m, name)), None)
        if donor is not None:
            changes[name] = getattr(donor, name)
            provenance[name] = _from_member(donor, name)
    image = _merged_image(canonical.image, [m.image for m in donors if m.image])
    if image != canonical.image:
        changes["image"] = image
        provenance["image"] = FROM_CLUSTER
    if not changes:
        return canonical
    return canonical.evolve(**changes, provenance=FrozenMap(provenance))


def _donor_order(article: Article) -> tuple:
    """Best canonical first, then the record's own data, so ties are order-independent."""
    return canonical_rank(article, int(word_hashes(article.text).size)) + (repr(article.to_dict()),)


def _from_member(donor: Article, name: str) -> str:
    source = donor.provenance.get(name)
    return f"{FROM_CLUSTER}:{source}" if source else FROM_CLUSTER


def _merged_image(own: Image | None, others: list[Image]) -> Image | None:
    """The canonical's image, with url, caption and credit filled from the first
    other image that is the same picture (same url, or either url unknown)."""
    if own is None:
        return others[0] if others else None
    url, caption, credit = own.url, own.caption, own.credit
    for other in others:
        if url and other.url and other.url != url:
            continue
        url, caption, credit = url or other.url, caption or other.caption, credit or other.credit
    return Image(url=url, caption=caption, credit=credit)
