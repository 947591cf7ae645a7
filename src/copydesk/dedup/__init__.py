"""Deduplication: fingerprints, clusters of copies of one story, and metadata
merged across a cluster. Pure functions over plain data; no I/O.

A corpus run calls `fingerprint()` per record (in any worker), collects the
fingerprints (about 600 bytes per document plus its key strings), calls
`assign_clusters()` once, then `merge_cluster()` for each multi-member
cluster's canonical record.
"""

from copydesk.dedup.clusters import Assignment, assign_clusters
from copydesk.dedup.fingerprint import Fingerprint, fingerprint
from copydesk.dedup.merge import merge_cluster

__all__ = ["Assignment", "Fingerprint", "assign_clusters", "fingerprint", "merge_cluster"]
