"""Corpus runs end to end on real WARC, JSONL and text files."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import struct
import subprocess
import sys
import termios
from dataclasses import replace
from pathlib import Path

import orjson
import pyarrow.parquet as pq
import pytest

from copydesk.cli import main
from copydesk.formats import render
from copydesk.model import PAGE_TYPES, Article, Status
from copydesk.pipeline import SCHEMA, dedup_output, run_corpus
from copydesk.pipeline.warc import WarcPage, write_warc


def jsonl_rows(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def with_copies(pages: list[WarcPage], copies: int) -> list[WarcPage]:
    """`pages`, then `copies - 1` more of each under new URLs (syndicated copies elsewhere)."""
    out = list(pages)
    for n in range(1, copies):
        out += [replace(p, url=p.url.replace("://", f"://mirror{n}.")) for p in pages]
    return out


@pytest.fixture
def mixed_inputs(tmp_path, real_pages, seeds_dir) -> list[Path]:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [*real_pages[:10], WarcPage("https://example.org/a.png", b"\x89PNG\r\n\x1a\n", "image/png")])
    jsonl = tmp_path / "scrape.jsonl"
    jsonl.write_bytes(orjson.dumps({"id": "s1", "url": real_pages[11].url,
                                    "html": real_pages[11].body.decode("utf-8", "replace")}) + b"\n{broken\n")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    seeds = tmp_path / "seeds"
    shutil.copytree(seeds_dir, seeds)
    return [warc, jsonl, empty, seeds]


def test_one_row_per_input_record_with_the_documented_schema(tmp_path, mixed_inputs):
    out = tmp_path / "out"
    summary = run_corpus(mixed_inputs, out, shard_size=4)
    table = pq.read_table(out / "articles.parquet")
    assert table.schema.equals(SCHEMA)
    rows = table.to_pylist()
    assert len(rows) == summary.records == 11 + 2 + 1 + 2
    assert table.schema.names[-2:] == ["page_type", "confidence"]  # columns are only ever added at the end
    scored = [row["confidence"] for row in rows[:10] if row["status"] != "error"]
    assert scored and all(0 <= c <= 1 for c in scored)  # every HTML page read has the story model's belief
    typed = [row["page_type"] for row in rows[:10] if row["status"] in ("ok", "not_article", "paywalled")]
    assert typed and set(typed) <= set(PAGE_TYPES)  # every HTML page read is typed
    assert {row["page_type"] for row in rows if row["status"] == "error"} == {None}
    assert len({row["source"] for row in rows}) == len(rows)
    assert [row["source"].split("@")[0] for row in rows[:11]] == [str(mixed_inputs[0])] * 11
    reasons = [row["reason"] for row in rows if row["status"] == "error"]
    assert "not html: image/png" in reasons and "empty file" in reasons
    assert any(r.startswith("line 2: invalid JSON") for r in reasons)
    assert rows[11]["id"] == "s1" and rows[11]["status"] != "error"
    saved = orjson.loads((out / "summary.json").read_bytes())
    assert saved["records"] == len(rows) and sum(saved["status"].values()) == len(rows)
    assert saved["status"]["error"] >= 3 and saved["seconds"]["total"] > 0
    assert not (out / ".copydesk-run").exists()


def test_one_and_two_workers_write_identical_bytes(tmp_path, real_pages):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, with_copies(real_pages[:15], 2))
    for fmt, name in (("parquet", "articles.parquet"), ("jsonl", "articles.jsonl")):
        one = run_corpus([warc], tmp_path / f"one-{fmt}", format=fmt, workers=1, shard_size=4)
        two = run_corpus([warc], tmp_path / f"two-{fmt}", format=fmt, workers=2, shard_size=7)
        assert one.records == two.records == 30
        assert (tmp_path / f"one-{fmt}" / name).read_bytes() == (tmp_path / f"two-{fmt}" / name).read_bytes()


def test_copies_share_a_cluster_with_one_canonical_row(tmp_path, real_pages):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, with_copies(real_pages[:6], 3))
    run_corpus([warc], tmp_path / "out", format="jsonl")
    rows = jsonl_rows(tmp_path / "out" / "articles.jsonl")
    stories = [row for row in rows if row["status"] == "ok"]
    assert stories, "no page of the sample extracted"
    for row in stories:
        copies = [r for r in stories if r["cluster"] == row["cluster"]]
        canonical = [r for r in copies if r["canonical"]]
        assert len(copies) >= 3 and len(canonical) == 1
        assert row["duplicate_of"] == (None if row["canonical"] else canonical[0]["source"])
    assert all(row["cluster"] is None and not row["canonical"] for row in rows if row["status"] != "ok")


def test_dedup_of_an_undeduplicated_output_equals_a_deduplicated_run(tmp_path, real_pages):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, with_copies(real_pages[:8], 2))
    plain = run_corpus([warc], tmp_path / "plain", format="jsonl", dedup=False)
    plain_rows = jsonl_rows(plain.output)
    assert all(row["cluster"] is None for row in plain_rows)
    assert all(row["canonical"] == (row["status"] == "ok") for row in plain_rows)
    run_corpus([warc], tmp_path / "dedup", format="jsonl")
    again = dedup_output(tmp_path / "plain", tmp_path / "again", format="jsonl")
    assert again.duplicates > 0
    assert jsonl_rows(again.output) == jsonl_rows(tmp_path / "dedup" / "articles.jsonl")


def test_text_format_writes_one_layout_file_per_canonical_story(tmp_path, real_pages):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, with_copies(real_pages[:5], 2))
    run_corpus([warc], tmp_path / "rows", format="jsonl")
    rows = jsonl_rows(tmp_path / "rows" / "articles.jsonl")
    run_corpus([warc], tmp_path / "text", format="text")
    files = sorted((tmp_path / "text" / "articles").glob("*.txt"))
    wanted = [n for n, row in enumerate(rows, 1) if row["canonical"] and row["status"] == "ok"]
    assert [int(f.stem) for f in files] == wanted and len(wanted) < len(rows)
    first = rows[wanted[0] - 1]
    assert files[0].read_text(encoding="utf-8") == render(Article.from_dict(first), "text")


def test_seed_pair_clusters_with_the_record_as_canonical(tmp_path, seeds_dir):
    summary = run_corpus([seeds_dir], tmp_path / "out", format="jsonl")
    record, scrape = jsonl_rows(summary.output)
    assert record["status"] == scrape["status"] == "ok"
    assert record["cluster"] == scrape["cluster"] and record["canonical"] and not scrape["canonical"]
    assert scrape["duplicate_of"] == record["source"]
    assert record["title"] == "Ukraine Says Russia to Deploy 10K North Korean Troops"
    assert record["authors"] == ["AFP"] and record["published"].startswith("2024-10-17")
    assert record["image"]["credit"] == "KCNA VIA KNS / AFP"
    assert "Remind me later" not in record["text"] and "Related article" not in record["text"]
    assert "Remind me later" not in scrape["text"]  # the scrape's own row is cleaned too


def test_cli_run_and_dedup(tmp_path, real_pages, capsys):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, with_copies(real_pages[:4], 2))
    assert main(["run", str(warc), "--output", str(tmp_path / "out"), "--format", "jsonl", "--no-dedup"]) == 0
    assert "8 rows" in capsys.readouterr().err
    assert main(["dedup", str(tmp_path / "out"), "--output", str(tmp_path / "dd")]) == 0
    rows = pq.read_table(tmp_path / "dd" / "articles.parquet").to_pylist()
    assert sum(not row["canonical"] for row in rows if row["status"] == Status.OK.value) >= 1
    assert main(["dedup", str(tmp_path / "nowhere"), "--output", str(tmp_path / "x")]) == 3


def test_progress_bar_is_drawn_on_a_terminal_only(tmp_path, real_pages):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, real_pages[:4])
    command = [sys.executable, "-m", "copydesk", "run", str(warc), "--format", "jsonl", "--shard-size", "2"]
    terminal, child_side = os.openpty()
    fcntl.ioctl(child_side, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a terminal's size
    try:
        subprocess.run([*command, "--output", str(tmp_path / "tty")], stderr=child_side, stdout=subprocess.DEVNULL,
                       timeout=60, check=True)
    finally:
        os.close(child_side)
    drawn = b""
    with contextlib.suppress(OSError):  # EIO once the terminal is drained
        while chunk := os.read(terminal, 4096):
            drawn += chunk
    os.close(terminal)
    piped = subprocess.run([*command, "--output", str(tmp_path / "pipe")], capture_output=True, timeout=60, check=True)
    assert b"4/4 [" in drawn and b"pages/s]" in drawn and b"4 rows" in drawn  # counted in pages, with a rate
    assert b"pages/s]" not in piped.stderr and b"4 rows" in piped.stderr
