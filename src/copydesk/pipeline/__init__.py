"""Corpus pipelines: readers, processing steps and writers as small composable steps.

`run_corpus` is the public entry point (it is what `copydesk run` and
`copydesk crawl --output` call); `dedup_output` re-clusters an existing output.
The steps can also be composed by hand with `run_steps`.
"""

from copydesk.pipeline.base import Executor, SerialExecutor, Shard, ShardedJob, Step, run_steps
from copydesk.pipeline.corpus import FORMATS, RunSummary, dedup_output, run_corpus
from copydesk.pipeline.documents import Document
from copydesk.pipeline.readers import ReadShards, plan_shards
from copydesk.pipeline.steps import CleanTexts, ExtractArticles, FingerprintRecords
from copydesk.pipeline.writers import SCHEMA, WriteJsonl, WriteParquet, WriteText

__all__ = [
    "FORMATS",
    "SCHEMA",
    "CleanTexts",
    "Document",
    "Executor",
    "ExtractArticles",
    "FingerprintRecords",
    "ReadShards",
    "RunSummary",
    "SerialExecutor",
    "Shard",
    "ShardedJob",
    "Step",
    "WriteJsonl",
    "WriteParquet",
    "WriteText",
    "dedup_output",
    "plan_shards",
    "run_corpus",
    "run_steps",
]
