"""Hostile records in corpus runs: one bad record is one error row, never the end of a run."""

from __future__ import annotations

import orjson
import pytest

from copydesk.cli import main
from copydesk.model import Status
from copydesk.pipeline import run_corpus
from copydesk.pipeline import steps as steps_module

BAD_CANONICAL = '<link rel="canonical" href="https://example.com:99999/a">'


def jsonl_rows(path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.fixture
def canonical_with_bad_port(tmp_path, real_pages):
    """Two real pages as JSONL, the second with a canonical link whose port is out of range."""
    first = real_pages[0].body.decode("utf-8", "replace")
    second = real_pages[1].body.decode("utf-8", "replace").replace("<head>", "<head>" + BAD_CANONICAL, 1)
    assert BAD_CANONICAL in second
    path = tmp_path / "scrape.jsonl"
    path.write_bytes(b"".join(orjson.dumps({"url": page.url, "html": html}) + b"\n"
                              for page, html in ((real_pages[0], first), (real_pages[1], second))))
    return path


def test_a_canonical_url_with_an_impossible_port_is_a_row(tmp_path, canonical_with_bad_port, capsys):
    assert main(["run", str(canonical_with_bad_port), "--output", str(tmp_path / "out"), "--format", "jsonl"]) == 0
    rows = jsonl_rows(tmp_path / "out" / "articles.jsonl")
    assert len(rows) == 2
    assert rows[1]["canonical_url"] == "https://example.com:99999/a"


def test_an_exception_inside_a_step_is_that_records_error_row(tmp_path, real_pages, monkeypatch):
    """A bug met on one record (simulated: extract raising on one URL) costs that record only."""
    real_extract = steps_module.extract
    victim = real_pages[1].url

    def flaky(html, url=None, **kwargs):
        if url == victim:
            raise KeyError("boom")
        return real_extract(html, url, **kwargs)

    monkeypatch.setattr(steps_module, "extract", flaky)
    path = tmp_path / "pages.jsonl"
    path.write_bytes(b"".join(orjson.dumps({"url": p.url, "html": p.body.decode("utf-8", "replace")}) + b"\n"
                              for p in real_pages[:3]))
    summary = run_corpus([path], tmp_path / "out", format="jsonl")
    rows = jsonl_rows(summary.output)
    assert [row["url"] for row in rows] == [p.url for p in real_pages[:3]]
    assert rows[1]["status"] == Status.ERROR
    assert rows[1]["reason"] == "internal error in extract (KeyError: 'boom')"
    assert rows[0]["status"] != Status.ERROR and rows[2]["status"] != Status.ERROR
