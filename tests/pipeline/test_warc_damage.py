"""A damaged record in the middle of a WARC costs that record only: reading resumes at the next one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from fastwarc.warc import ArchiveIterator

from copydesk.model import Record, Status
from copydesk.pipeline import run_corpus
from copydesk.pipeline.warc import plan_warc, read_warc, write_warc

RECORDS = 300


def damaged_copy(path: Path, out: Path, record: int) -> tuple[int, int]:
    """`path` with the compressed bytes of record `record` scrambled; that record's (start, end)."""
    starts = [r.stream_pos for r in ArchiveIterator(str(path), parse_http=False)]
    data = bytearray(path.read_bytes())
    start, end = starts[record], starts[record + 1]
    for i in range(start + 20, min(start + 120, end)):
        data[i] ^= 0x5A
    out.write_bytes(bytes(data))
    return start, end


@pytest.fixture
def warc_300(tmp_path, real_pages) -> Path:
    """300 real pages (the 40 of the fixture under new URLs) in a WARC.gz written by FastWARC."""
    pages = [replace(real_pages[i % len(real_pages)], url=f"{real_pages[i % len(real_pages)].url}?copy={i}")
             for i in range(RECORDS)]
    path = tmp_path / "crawl.warc.gz"
    assert write_warc(path, pages) == RECORDS
    return path


def rows_of(path: Path, shard: int) -> list:
    return [row for offset, count in plan_warc(path, shard) for row in read_warc(str(path), offset, count)]


@pytest.mark.parametrize("shard", [256, 64])
def test_a_corrupt_member_mid_warc_is_one_error_row_and_the_rest_are_read(tmp_path, warc_300, shard):
    bad = tmp_path / "bad.warc.gz"
    start, end = damaged_copy(warc_300, bad, 150)
    rows = rows_of(bad, shard)
    assert len(rows) == RECORDS
    errors = [(i, row) for i, row in enumerate(rows) if isinstance(row, Record)]
    assert len(errors) == 1 and errors[0][0] == 150
    reason = errors[0][1].article.reason
    assert errors[0][1].article.status is Status.ERROR
    assert f"{end - start} bytes skipped from offset {start} to the next record at {end}" in reason
    assert [row.url for row in rows[151:]] == [f"{p.url}" for p in rows_of(warc_300, shard)[151:]]


def test_garbage_between_records_of_a_plain_warc_is_skipped(tmp_path, real_pages):
    path = tmp_path / "crawl.warc"
    write_warc(path, real_pages[:6])
    starts = [r.stream_pos for r in ArchiveIterator(str(path), parse_http=False)]
    data = path.read_bytes()
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[:starts[3]] + b"WARC/1.1\r\nContent-Length: nonsense\r\n\r\n" + b"\x00junk" * 50
                    + b"\r\n\r\n" + data[starts[3]:])
    rows = rows_of(bad, 256)
    urls = [row.url for row in rows if not isinstance(row, Record)]
    assert urls == [p.url for p in real_pages[:6]]
    assert sum(isinstance(row, Record) for row in rows) == 1


def test_a_corpus_run_over_a_damaged_warc_has_one_row_per_record(tmp_path, real_pages):
    pages = [replace(p, url=f"{p.url}?n={i}") for i, p in enumerate(real_pages[:20])]
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, pages)
    bad = tmp_path / "bad.warc.gz"
    damaged_copy(path, bad, 7)
    summary = run_corpus([bad], tmp_path / "out", format="jsonl", shard_size=4, dedup=False)
    rows = [orjson.loads(line) for line in summary.output.read_bytes().splitlines()]
    assert len(rows) == 20
    assert [row["status"] == "error" and "bytes skipped" in row["reason"] for row in rows].count(True) == 1
