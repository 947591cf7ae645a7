"""Deduplication: fingerprints, clusters of copies of one story, and metadata
merged across a cluster. Pure functions over plain data; no I/O.

A corpus run calls `fingerprint()` per record (in any worker), collects the
fingerprints, calls `assign_clusters()` once, then `merge_cluster()` for each
multi-member cluster's canonical record.

Memory: a fingerprint is a fixed 532 bytes of hashes (516-byte MinHash
signature, 16-byte body hash) plus its row key, URL key and rank; held as Python
objects that is about 1.1 KB per document (1,087 B measured by
benchmarks/bench_dedup.py, plus the length of the row key and URL). Clustering
needs about 4.8 KB per document more while `assign_clusters` runs.
"""

from copydesk.dedup.clusters import Assignment, assign_clusters
from copydesk.dedup.fingerprint import Fingerprint, fingerprint
from copydesk.dedup.merge import merge_cluster

__all__ = ["Assignment", "Fingerprint", "assign_clusters", "fingerprint", "merge_cluster"]
