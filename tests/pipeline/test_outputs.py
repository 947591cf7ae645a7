"""The output-format registry: `--format` choices, file names and writers come from one table,
so a new format is its writer module plus one line."""

from __future__ import annotations

import csv
import io
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from copydesk.errors import ConfigError
from copydesk.pipeline import outputs, run_corpus
from copydesk.pipeline.base import Step
from copydesk.pipeline.outputs import OutputFormat
from copydesk.pipeline.warc import write_warc


class WriteCsv(Step):
    """A format a user might add: url, status and title, one row per record."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def run(self, items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in items:
            writer.writerow([row["url"], row["status"], row["title"]])
            yield row
        self.path.write_text(buffer.getvalue(), encoding="utf-8")


def test_a_new_output_format_is_one_registry_line(tmp_path, monkeypatch, real_pages):
    module = types.ModuleType("csv_output")
    module.WriteCsv = WriteCsv  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "csv_output", module)
    monkeypatch.setitem(outputs.OUTPUT_FORMATS, "csv", OutputFormat("csv", "articles.csv", "csv_output:WriteCsv"))
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, real_pages[:3])
    summary = run_corpus([warc], tmp_path / "out", format="csv")
    assert summary.output == tmp_path / "out" / "articles.csv"
    rows = list(csv.reader(summary.output.read_text(encoding="utf-8").splitlines()))
    assert [row[0] for row in rows] == [page.url for page in real_pages[:3]] and all(row[1] for row in rows)


def test_unknown_formats_are_refused_by_name():
    with pytest.raises(ConfigError, match="format must be one of parquet, jsonl, text, not 'xml'"):
        outputs.output_format("xml")
