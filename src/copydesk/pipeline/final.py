"""The final stage: clusters assigned once over all fingerprints, canonical rows merged,
every row given its cluster fields, in input order.

Only stories (status ok) are clustered. A row that is not a story has no cluster,
is not canonical and is nobody's duplicate. Without dedup every story is its own
canonical record with no cluster id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from copydesk.dedup import Assignment, assign_clusters, merge_cluster
from copydesk.model import Article
from copydesk.pipeline.base import Step
from copydesk.pipeline.store import ShardStore

Position = tuple[str, int]  # shard name, byte offset of the row
MERGED_ROWS = "merged.jsonl"  # merged canonical rows, one a line, read back by offset


@dataclass(slots=True)
class ClusterStats:
    clusters: int = 0  # distinct clusters among stories
    merged: int = 0  # clusters with more than one member
    duplicates: int = 0  # stories that are copies of another
    seconds: dict[str, float] = field(default_factory=dict)


class AssignClusters(Step):
    """Reader of the final stage: shard names in, finished rows out (merged, with cluster fields)."""

    def __init__(self, store: ShardStore, dedup: bool, stats: ClusterStats) -> None:
        self.store = store
        self.dedup = dedup
        self.stats = stats

    def run(self, items: Iterable[str]) -> Iterator[dict[str, Any]]:
        names = list(items)
        assignments, merged_rows = self._cluster(names) if self.dedup else ({}, self._merge({}, {}))
        with open(self.store.folder / MERGED_ROWS, "rb") as merged:
            for name in names:
                for row in self.store.rows(name):
                    key = row["source"]
                    if key in merged_rows:
                        merged.seek(merged_rows[key])
                        row = {**orjson.loads(merged.readline()), "id": row["id"], "source": key}
                    yield _with_cluster(row, assignments.get(key))

    def _cluster(self, names: Sequence[str]) -> tuple[dict[str, Assignment], dict[str, int]]:
        positions: dict[str, Position] = {}
        prints = []
        for name in names:
            for entry in self.store.index(name):
                if entry.fingerprint is not None:
                    prints.append(entry.fingerprint)
                    positions[entry.fingerprint.key] = (name, entry.offset)
        assignments = assign_clusters(prints)
        del prints
        members: dict[str, list[str]] = {}
        for key, assignment in assignments.items():
            members.setdefault(assignment.duplicate_of or key, []).append(key)
        self.stats.clusters = len(members)
        self.stats.duplicates = sum(len(keys) - 1 for keys in members.values())
        multi = {key: keys for key, keys in members.items() if len(keys) > 1}
        self.stats.merged = len(multi)
        return assignments, self._merge(multi, positions)

    def _merge(self, clusters: dict[str, list[str]], positions: dict[str, Position]) -> dict[str, int]:
        """Write each multi-member cluster's merged canonical row to `merged.jsonl`; offsets by key."""
        offsets: dict[str, int] = {}
        with open(self.store.folder / MERGED_ROWS, "wb") as out:
            for canonical_key in sorted(clusters, key=positions.__getitem__):
                articles = {k: Article.from_dict(self.store.row_at(*positions[k])) for k in clusters[canonical_key]}
                canonical = articles[canonical_key]
                merged = merge_cluster(canonical, [a for k, a in articles.items() if k != canonical_key])
                offsets[canonical_key] = out.tell()
                out.write(orjson.dumps(merged.to_dict()) + b"\n")
        return offsets


def _with_cluster(row: dict[str, Any], assignment: Assignment | None) -> dict[str, Any]:
    if assignment is not None:
        row.update(cluster=assignment.cluster, canonical=assignment.canonical, duplicate_of=assignment.duplicate_of)
    else:  # not clustered: a story stands for itself, anything else stands for nothing
        row.update(cluster=None, canonical=row["status"] == "ok", duplicate_of=None)
    return row
