"""Grouping fingerprints into clusters of copies of one story, in three stages:

1. the same URL key (unless the two bodies are plainly different stories);
2. the same folded-body hash;
3. one-permutation MinHash-LSH candidates verified from the full signatures, joined strongest
   first, and only when the members of the two clusters also overlap each other,
   so a hub page (a round-up quoting two stories) cannot chain two unrelated
   clusters into one.

Each cluster's canonical member is the one with the best (lowest) rank.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from copydesk.dedup.candidates import candidate_pairs, verified_pairs
from copydesk.dedup.fingerprint import Fingerprint
from copydesk.dedup.minhash import SIGNATURE_BYTES, estimates, unpack
from copydesk.errors import InputError

#: Shingles a body needs for near-duplicate matching (about 30 words): shorter
#: bodies share too little text to tell a copy from a stock phrase, so they join
#: only by URL or exact hash.
MIN_NEAR_SHINGLES = 26
#: Two bodies under one URL key must share this much of the smaller one; less
#: means a wrong canonical link put two different stories under one URL.
MIN_URL_CONTAINMENT = 0.3
#: Members of each side compared before two clusters join (bounds the cost).
GUARD_SAMPLE = 4
#: Every such pair must share this much of the smaller body. Two renderings of
#: one page can hold different parts of it (one extractor's opening paragraphs,
#: another's closing list), linked through the full-page text; they still share
#: a fifth or more. Two stories that only a round-up quoting both would link
#: share next to nothing.
MIN_MEMBER_CONTAINMENT = 0.2
#: Bytes of the cluster id (hex-encoded in `Assignment.cluster`).
CLUSTER_ID_BYTES = 8


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one document landed."""

    cluster: str  # stable id: a hash of the canonical member's key
    canonical: bool
    duplicate_of: str | None  # the canonical member's key; None for the canonical itself


class _Signatures:
    """The signatures long enough for near matching, stacked; `row[i]` is the
    row of fingerprint `i`, or -1 when it has none (empty or short body, or a
    signature of another layout, kept in a shard index by an older version)."""

    def __init__(self, prints: list[Fingerprint]) -> None:
        usable = [i for i, fp in enumerate(prints) if len(fp.signature) == SIGNATURE_BYTES]
        sizes, minima = unpack([prints[i].signature for i in usable])
        near = sizes >= MIN_NEAR_SHINGLES
        self.index = np.asarray(usable, dtype=np.int64)[near]
        self.sizes, self.minima = sizes[near], minima[near]
        self.row = np.full(len(prints), -1, dtype=np.int64)
        self.row[self.index] = np.arange(self.index.size)

    def agree(self, left: list[int], right: list[int], floor: float) -> bool:
        """True when every left/right pair that has signatures shares at least
        `floor` of the smaller body (estimated containment)."""
        a = [self.row[i] for i in left if self.row[i] >= 0]
        b = [self.row[j] for j in right if self.row[j] >= 0]
        if not a or not b:
            return True
        rows_a = np.repeat(np.asarray(a), len(b))
        rows_b = np.tile(np.asarray(b), len(a))
        _, containment, _ = estimates(self.sizes, self.minima, rows_a, rows_b)
        return bool((containment >= floor).all())


class _Forest:
    """Union-find that also keeps each cluster's members in joining order."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {i: [i] for i in range(size)}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        if len(self.members[a]) < len(self.members[b]) or (len(self.members[a]) == len(self.members[b]) and b < a):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))

    def sample(self, i: int) -> list[int]:
        return self.members[self.find(i)][:GUARD_SAMPLE]


def assign_clusters(fingerprints: Iterable[Fingerprint]) -> dict[str, Assignment]:
    """Cluster the documents; every key gets an `Assignment`, singletons included.

    The result depends only on the set of fingerprints, not their order.
    Raises `InputError` when two fingerprints share a key."""
    prints = sorted(fingerprints, key=lambda fp: fp.key)
    for before, after in zip(prints, prints[1:]):
        if before.key == after.key:
            raise InputError(f"two documents share the dedup key {before.key!r}")
    forest = _Forest(len(prints))
    signatures = _Signatures(prints)
    _join_urls(prints, forest, signatures)
    _join_hashes(prints, forest)
    _join_near(prints, forest, signatures)
    return _assignments(prints, forest)


def _join_urls(prints: list[Fingerprint], forest: _Forest, signatures: _Signatures) -> None:
    """Stage 1: records under one URL key join its best-ranked record, unless
    their bodies are plainly different stories."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, fp in enumerate(prints):
        if fp.url_key:
            groups[fp.url_key].append(i)
    for members in groups.values():
        anchor, *others = sorted(members, key=lambda i: prints[i].rank)
        for i in others:
            if signatures.agree([anchor], [i], floor=MIN_URL_CONTAINMENT):
                forest.union(anchor, i)


def _join_hashes(prints: list[Fingerprint], forest: _Forest) -> None:
    """Stage 2: identical folded bodies join."""
    first: dict[bytes, int] = {}
    for i, fp in enumerate(prints):
        if fp.body_hash is not None:
            forest.union(first.setdefault(fp.body_hash, i), i)


def _join_near(prints: list[Fingerprint], forest: _Forest, signatures: _Signatures) -> None:
    """Stage 3: verified near-duplicate pairs, strongest first, each join guarded
    by the members the two clusters already have."""
    rows = _distinct_body_rows(prints, signatures)
    left, right = candidate_pairs(signatures.minima[rows])
    left, right, _ = verified_pairs(signatures.sizes, signatures.minima, rows[left], rows[right])
    index = signatures.index
    for a, b in zip(index[left].tolist(), index[right].tolist()):
        if forest.find(a) == forest.find(b):
            continue
        mine, theirs = forest.sample(a), forest.sample(b)
        lone = len(mine) == len(theirs) == 1  # the only pair is the one just verified
        if lone or signatures.agree(mine, theirs, floor=MIN_MEMBER_CONTAINMENT):
            forest.union(a, b)


def _distinct_body_rows(prints: list[Fingerprint], signatures: _Signatures) -> np.ndarray:
    """One signature row per distinct body (exact copies already joined in stage 2)."""
    seen: set[bytes | None] = set()
    rows = []
    for row, i in enumerate(signatures.index.tolist()):
        digest = prints[i].body_hash
        if digest not in seen:
            seen.add(digest)
            rows.append(row)
    return np.asarray(rows, dtype=np.int64)


def _assignments(prints: list[Fingerprint], forest: _Forest) -> dict[str, Assignment]:
    out: dict[str, Assignment] = {}
    for members in forest.members.values():
        best = min(members, key=lambda i: prints[i].rank)
        canonical_key = prints[best].key
        cluster = hashlib.blake2b(canonical_key.encode("utf-8"), digest_size=CLUSTER_ID_BYTES).hexdigest()
        for i in members:
            key = prints[i].key
            is_canonical = i == best
            out[key] = Assignment(cluster, is_canonical, None if is_canonical else canonical_key)
    return out
