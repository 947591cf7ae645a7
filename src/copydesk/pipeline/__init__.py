"""Corpus pipelines: readers, processing steps and writers as small composable steps.

`run_corpus` is the public entry point (it is what `copydesk run` and
`copydesk crawl --output` call); `dedup_output` re-clusters an existing output.
The steps can also be composed by hand with `run_steps`.
"""

from typing import TYPE_CHECKING

from copydesk.registry import lazy_package

# Loaded on first use: `copydesk --help` and the workers import only what they touch.
lazy_package(__name__, {
    "Executor": "copydesk.pipeline.base",
    "SerialExecutor": "copydesk.pipeline.base",
    "Shard": "copydesk.pipeline.base",
    "ShardedJob": "copydesk.pipeline.base",
    "Step": "copydesk.pipeline.base",
    "run_steps": "copydesk.pipeline.base",
    "FORMATS": "copydesk.pipeline.corpus",
    "RunSummary": "copydesk.pipeline.corpus",
    "dedup_output": "copydesk.pipeline.corpus",
    "run_corpus": "copydesk.pipeline.corpus",
    "Document": "copydesk.pipeline.documents",
    "ReadShards": "copydesk.pipeline.readers",
    "plan_shards": "copydesk.pipeline.readers",
    "CleanTexts": "copydesk.pipeline.steps",
    "ExtractArticles": "copydesk.pipeline.steps",
    "FingerprintRecords": "copydesk.pipeline.steps",
    "SCHEMA": "copydesk.pipeline.writers",
    "WriteJsonl": "copydesk.pipeline.writers",
    "WriteParquet": "copydesk.pipeline.writers",
    "WriteText": "copydesk.pipeline.writers",
})

if TYPE_CHECKING:
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
