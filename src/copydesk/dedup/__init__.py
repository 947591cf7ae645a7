"""Deduplication: fingerprints, clusters of copies of one story, and metadata
merged across a cluster. Pure functions over plain data; no I/O.

A corpus run calls `fingerprint()` per record (in any worker), collects the
fingerprints, calls `assign_clusters()` once, then `merge_cluster()` for each
multi-member cluster's canonical record.

Memory: a fingerprint is a fixed 1,044 bytes of hashes (1,028-byte
one-permutation MinHash signature, 16-byte body hash) plus its row key, URL key
and rank; held as Python objects that is about 1.6 KB per document (1,598 B
measured by benchmarks/bench_dedup.py, plus the length of the row key and URL).
Clustering needs about 3.4 KB per document more while `assign_clusters` runs
(candidates are sorted 32 bins and verified 8,192 pairs at a time).
"""

from copydesk.dedup.clusters import Assignment, assign_clusters
from copydesk.dedup.fingerprint import Fingerprint, fingerprint
from copydesk.dedup.merge import merge_cluster

__all__ = ["Assignment", "Fingerprint", "assign_clusters", "fingerprint", "merge_cluster"]
