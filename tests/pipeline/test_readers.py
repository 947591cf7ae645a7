"""Readers on real files: WARC (whole, chunked, truncated, corrupt), HTML, text, JSONL, Parquet."""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

from copydesk.errors import FetchError, InputError
from copydesk.fetch.warc import WarcSink
from copydesk.model import Record, Status
from copydesk.pipeline.documents import Document
from copydesk.pipeline.readers import ReadShards, expand_inputs, plan_shards
from copydesk.pipeline.warc import WarcPage, write_warc

LATIN1_PAGE = "Raptastisch.net-Seitenhieb.html.gz"  # a real German page whose text fits Latin-1
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def read_all(*inputs: str | Path, size: int = 1000) -> list[Document | Record]:
    return list(ReadShards().run(plan_shards(inputs, size)))


def errors(items: list[Document | Record]) -> list[str]:
    return [item.article.reason or "" for item in items if isinstance(item, Record)]


def test_warc_yields_html_responses_with_url_charset_and_record_id(tmp_path, real_pages):
    path = tmp_path / "crawl.warc.gz"
    pages = [*real_pages[:3], WarcPage("https://example.org/logo.png", PNG, "image/png"),
             WarcPage("https://example.org/gone", b"<html>gone</html>", status="404 Not Found"),
             WarcPage("https://example.org/latin", "<p>Grüße</p>".encode("latin-1"), "text/html; charset=ISO-8859-1")]
    write_warc(path, pages)
    items = read_all(path)
    assert len(items) == 6
    docs = [item for item in items if isinstance(item, Document)]
    assert [d.url for d in docs] == [p.url for p in real_pages[:3]] + ["https://example.org/latin"]
    assert docs[0].html == real_pages[0].body
    assert docs[-1].http_charset == "iso-8859-1"
    assert all(d.fetched and len(d.fetched) == 10 and d.fetched[4] == "-" for d in docs)  # the WARC-Date day
    assert all(d.id and d.id.startswith("<urn:uuid:") and d.id in d.source for d in docs)
    assert errors(items) == ["not html: image/png", "http status 404"]


def test_fetch_failure_records_become_rows_and_other_metadata_is_skipped(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    with WarcSink(path) as sink:  # what `copydesk fetch` writes for URLs that got no answer
        sink.write_failure("https://a.example/slow", FetchError("timeout", "read timeout after 1s"))
        sink.write_failure("https://a.example/big", FetchError("too_large", "body over 10485760 bytes"))
    with open(path, "ab") as fh:  # another tool's metadata record, appended as its own gzip member
        stream = GzipWriter(fh)
        record = WarcRecord()
        record.init_headers(WarcRecordType.metadata, record_urn=b"uuid:00000000-0000-0000-0000-000000000001")
        record.headers.append("Content-Type", "application/warc-fields")
        record.set_bytes_content(b"via: a crawler\r\n")
        record.write(stream)
        stream.finish()
        stream.close()
    items = read_all(path)
    assert [(i.article.url, i.article.status, i.article.reason) for i in items] == [
        ("https://a.example/slow", Status.TIMEOUT, "read timeout after 1s"),
        ("https://a.example/big", Status.TOO_LARGE, "body over 10485760 bytes"),
    ]
    assert len(plan_shards([path], 1)) == 3  # planning counts the records reading walks


def test_warc_chunks_read_the_same_records_as_one_pass(tmp_path, real_pages):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, real_pages)
    shards = plan_shards([path], 7)
    assert len(shards) == 6 and shards[-1].count is None and shards[1].offset > 0
    chunked = [item.source for item in ReadShards().run(shards)]
    assert chunked == [item.source for item in read_all(path)]
    assert len(set(chunked)) == len(real_pages)


def test_truncated_warc_gives_rows_for_records_read_then_one_error(tmp_path, real_pages):
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, real_pages[:5])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 500])  # inside the last record
    items = read_all(cut)
    assert len(items) == 5
    assert all(isinstance(item, Document) for item in items[:4])
    assert "truncated WARC" in errors(items)[0]

    plain = tmp_path / "cut.warc"
    plain.write_bytes(gzip.decompress(data)[:-700])
    items = read_all(plain)
    assert len(items) == 5 and "truncated WARC" in errors(items)[0]


def test_warc_cut_inside_a_middle_record_reports_where(tmp_path, real_pages):
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, real_pages[:4])
    offsets = [int(item.source.split("@")[1].split()[0]) for item in read_all(whole)]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: offsets[2] + 40])  # record 3 barely started
    items = read_all(cut)
    assert [type(item) for item in items] == [Document, Document, Record]
    assert items[2].source == f"{cut}@{offsets[2]}"


def test_corrupt_gzip_empty_file_and_png_named_html_are_error_rows(tmp_path):
    (tmp_path / "bad.html.gz").write_bytes(gzip.compress(b"<html>" * 200)[:-30] + b"\x00" * 8)
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(PNG)
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    (tmp_path / "junk.warc.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"not gzip at all" * 20)
    items = {item.source: item for item in read_all(tmp_path)}
    reasons = {Path(source).name: item.article.reason for source, item in items.items()}
    assert reasons["bad.html.gz"].startswith("corrupt gzip")
    assert reasons["empty.html"] == "empty file"
    assert reasons["image.html"] == "not html: image/png"
    assert reasons["empty.warc.gz@0"] == "empty file"
    assert "corrupt" in reasons["junk.warc.gz@0"]
    assert all(item.article.status is Status.ERROR for item in items.values())


def test_a_named_file_of_unknown_kind_is_an_error_row(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    [reason] = errors(read_all(tmp_path / "notes.docx"))
    assert reason.startswith("unknown input kind (expected .warc.gz, .warc, .jsonl.gz")


def test_nothing_to_read_is_refused_before_any_work(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "assets").mkdir()
    for name in ("a.png", "b.png", "c.css"):
        (tmp_path / "assets" / name).write_bytes(b"x")
    cases = {
        tmp_path / "nowhere.html": "no such file or folder",
        tmp_path / "empty": "no input files in this folder",
        tmp_path / "assets": "no input files in this folder (skipped 3 files: 2 .png, 1 .css)",
        tmp_path / "*.warc.gz": "no file matches",
    }
    for path, message in cases.items():
        with pytest.raises(InputError, match=re.escape(f"{path}: {message}")):
            plan_shards([path], 10)


def test_jsonl_rows_keep_ids_and_bad_lines_become_numbered_errors(tmp_path, real_pages):
    path = tmp_path / "scrape.jsonl"
    lines = [
        orjson.dumps({"id": "a1", "url": real_pages[0].url, "html": real_pages[0].body.decode("utf-8", "replace")}),
        b"{not json",
        orjson.dumps({"id": 7, "url": "https://example.org/t", "text": "Some scraped text."}),
        orjson.dumps({"id": "c3", "url": "https://example.org/x"}),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = read_all(path, size=2)
    assert [item.source for item in items] == [f"{path}:{n}" for n in (1, 2, 3, 4)]
    assert items[0].id == "a1" and items[0].html and items[2].id == "7" and items[2].text == "Some scraped text."
    assert errors(items)[0].startswith("line 2: invalid JSON")
    assert errors(items)[1] == "line 4: no html or text field"


def test_parquet_rows_with_html_or_text(tmp_path, real_pages):
    path = tmp_path / "pages.parquet"
    table = pa.table({
        "id": ["p0", "p1", "p2"],
        "url": [p.url for p in real_pages[:3]],
        "html": [real_pages[0].body, None, real_pages[2].body],
        "text": [None, "Plain scraped text of a story.", None],
    })
    pq.write_table(table, path)
    items = list(ReadShards().run(plan_shards([path], 2)))
    assert [item.source for item in items] == [f"{path}#{n}" for n in range(3)]
    assert items[1].text and items[2].html == real_pages[2].body and items[0].id == "p0"


def test_folders_and_globs_expand_sorted(tmp_path, seeds_dir):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    (folder / "README").write_text("not an input")
    expanded = expand_inputs([folder])
    assert [kind for _, kind in expanded.files] == ["text", "text"]
    assert expanded.skipped == {"(none)": 1}  # README: reported, not read
    globbed = expand_inputs([str(folder / "*.txt")]).files
    assert [Path(p).name for p, _ in globbed] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    items = read_all(folder)
    assert all(isinstance(item, Document) and item.text for item in items)


def test_http_header_charset_decodes_a_latin1_page_end_to_end(tmp_path, shared_dir):
    from copydesk.pipeline import run_corpus

    page = gzip.decompress((shared_dir / "data" / "trafilatura-eval" / "html" / LATIN1_PAGE).read_bytes())
    # The page's own meta tag now names a Cyrillic code page: only the HTTP header tells the truth.
    text = re.sub(r"charset\s*=\s*[\"']?utf-8", "charset=windows-1251", page.decode("utf-8"), flags=re.I)
    warc = tmp_path / "crawl.warc.gz"
    latin1 = WarcPage("https://raptastisch.net/seitenhieb", text.encode("latin-1"), "text/html; charset=ISO-8859-1")
    write_warc(warc, [latin1])
    summary = run_corpus([warc], tmp_path / "out", format="jsonl")
    row = orjson.loads(summary.output.read_bytes())
    assert row["status"] == "ok" and "ü" in row["text"] and "ь" not in row["text"]


def test_corrupt_parquet_parquet_without_text_and_cut_jsonl_gz_are_error_rows(tmp_path, real_pages):
    (tmp_path / "broken.parquet").write_bytes(b"PAR1" + bytes(100))
    pq.write_table(pa.table({"url": ["https://example.org/a"], "title": ["A"]}), tmp_path / "columns.parquet")
    lines = b"".join(orjson.dumps({"url": p.url, "html": p.body.decode("utf-8", "replace")}) + b"\n"
                     for p in real_pages[:3])
    packed = gzip.compress(lines)
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    items = read_all(tmp_path / "broken.parquet", tmp_path / "columns.parquet", tmp_path / "cut.jsonl.gz")
    reasons = errors(items)
    assert reasons[0].startswith("unreadable Parquet") and reasons[1] == "no html or text column"
    assert "unreadable after line" in reasons[-1]
    assert all(isinstance(item, Record) for item in items[:2])


def test_a_reader_failing_unforeseen_ends_only_its_shard_with_a_row_saying_so(tmp_path, monkeypatch):
    """An exception no reader foresaw (a library bug on some input) is a row, not the end of the run:
    the other shards are read, and the failing one says how far it got."""
    import dataclasses

    from copydesk.pipeline import readers

    path = tmp_path / "scrape.jsonl"
    path.write_bytes(b"".join(orjson.dumps({"id": str(n), "text": f"Story {n}."}) + b"\n" for n in range(6)))
    real = readers.INPUT_KINDS["jsonl"]

    def breaks_in_second_shard(spec):
        for n, item in enumerate(real.read(spec)):
            if spec.first and n == 1:
                raise KeyError("boom")
            yield item

    monkeypatch.setitem(readers.INPUT_KINDS, "jsonl", dataclasses.replace(real, read=breaks_in_second_shard))
    items = read_all(path, size=3)
    assert [item.id for item in items if isinstance(item, Document)] == ["0", "1", "2", "3"]
    assert errors(items) == ["reading stopped after 1 records of this shard (KeyError: 'boom'); "
                             "the records after it are not read"]
