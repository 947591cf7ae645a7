"""Output formats of a corpus run: one registry, `OUTPUT_FORMATS`, that `run_corpus`,
`dedup_output` and the `--format` choices all read.

A format is the name of what it writes under the output folder and its writer step
(a `Step` taking that path; rows in, the same rows out once written). Formats whose
file can be read back (for `copydesk dedup`) also name a row reader. Writers are
named by `"module:Class"` and imported only when a run writes, so listing the formats
costs no pyarrow import. A new output format is its module plus one line here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copydesk.errors import ConfigError
from copydesk.pipeline.base import Step
from copydesk.registry import load


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output format: the file (or folder) it writes and how to write and re-read it."""

    name: str  # what `--format` says
    path: str  # under the output folder
    writer: str  # "module:Class" of its writer `Step`, built with the output path
    reader: str | None = None  # "module:function" yielding the rows of a written file; None: not re-readable


OUTPUT_FORMATS: dict[str, OutputFormat] = {f.name: f for f in (
    OutputFormat("parquet", "articles.parquet", "copydesk.pipeline.writers:WriteParquet",
                 "copydesk.pipeline.writers:read_parquet_rows"),
    OutputFormat("jsonl", "articles.jsonl", "copydesk.pipeline.writers:WriteJsonl",
                 "copydesk.pipeline.writers:read_jsonl_rows"),
    OutputFormat("text", "articles", "copydesk.pipeline.writers:WriteText"),
)}
FORMATS: tuple[str, ...] = tuple(OUTPUT_FORMATS)


def output_format(name: str) -> OutputFormat:
    """The format called `name`; `ConfigError` for any other name."""
    try:
        return OUTPUT_FORMATS[name]
    except KeyError:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {name!r}") from None


def writer_for(name: str, output: Path) -> Step:
    """The writer step of the format `name` under the folder `output`."""
    fmt = output_format(name)
    writer: type[Step] = load(fmt.writer)
    return writer(output / fmt.path)  # type: ignore[call-arg]


def readable_output(path: Path) -> OutputFormat | None:
    """The re-readable format whose file `path` is (by name), or None."""
    return next((f for f in OUTPUT_FORMATS.values() if f.reader and path.name == f.path), None)


def read_rows(path: Path, fmt: OutputFormat) -> Iterator[dict[str, Any]]:
    """The rows of a file written in the re-readable format `fmt`."""
    assert fmt.reader is not None, f"{fmt.name} output is not re-readable"
    return load(fmt.reader)(path)  # type: ignore[no-any-return]
