"""Executors: what runs a `copydesk.pipeline.base.ShardedJob`'s shards, and where.

They know only the base abstractions (shards, jobs, markers), never a concrete
step, so another executor (a cluster scheduler, say) can be added beside
`LocalExecutor` without touching the steps.
"""

from copydesk.executors.local import LocalExecutor
from copydesk.executors.progress import ProgressBar

__all__ = ["LocalExecutor", "ProgressBar"]
