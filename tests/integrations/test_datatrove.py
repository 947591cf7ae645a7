"""copydesk inside real datatrove pipelines (LocalPipelineExecutor, WarcReader, JsonlReader/Writer):
the same text and metadata as `copydesk.extract` / `copydesk.clean_text`, statuses counted."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest
from datatrove.data import Document as DatatroveDocument
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader, WarcReader
from datatrove.pipeline.writers import JsonlWriter

from copydesk import Article, ExtractOptions, clean_text, extract
from copydesk.integrations.datatrove import CopydeskCleaner, CopydeskExtractor
from copydesk.pipeline.warc import WarcPage, write_warc

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "extract" / "fixtures"
NEWS = ("arabic_article", "burmese_article", "chinese_article", "thai_article", "latvian_article")
NOT_STORIES = ("listing_home.html", "empty_body.html")  # pages copydesk gives a status other than ok
README_RUN_S = 300  # bound on the README pipeline's run (two datatrove tasks on a busy machine)
TIMEOUT_S = 60.0  # generous: the sandbox's limit is not under test here, the 2-core machine is shared


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    """A folder with one WARC: wcxb pages, news pages in five scripts, and two pages that are no story."""
    pages = [WarcPage(f"https://example.org/wcxb/{f.name}", gzip.decompress(f.read_bytes()))
             for f in sorted((shared_dir / "data" / "wcxb-dev" / "html").glob("*.html.gz"))[:8]]
    news = shared_dir / "data" / "newspaper4k" / "html"
    pages += [WarcPage(f"https://example.org/news/{name}", gzip.decompress((news / f"{name}.html.gz").read_bytes()))
              for name in NEWS]
    pages += [WarcPage(f"https://example.org/fixture/{name}", (FIXTURES / name).read_bytes()) for name in NOT_STORIES]
    folder = tmp_path_factory.mktemp("crawl")
    write_warc(folder / "pages.warc.gz", pages)
    return folder


def run_pipeline(steps: list[Any], work: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Run `steps` + a JSONL writer on datatrove's local executor; the written rows and the step stats."""
    LocalPipelineExecutor([*steps, JsonlWriter(str(work / "out"))], tasks=1, logging_dir=str(work / "logs")).run()
    rows = [orjson.loads(line) for path in sorted((work / "out").glob("*.jsonl.gz"))
            for line in gzip.decompress(path.read_bytes()).splitlines()]
    stats = {block["name"]: block["stats"] for block in orjson.loads((work / "logs" / "stats.json").read_bytes())}
    return rows, stats


def record_metadata(article: Article) -> dict[str, Any]:
    """What `doc.metadata` must hold: every record field but the body and url, as JSON data."""
    fields = {k: v for k, v in article.to_dict().items() if k not in ("text", "blocks", "removed", "url")}
    assert {"title", "authors", "agency", "published", "language", "status", "reason"} <= set(fields)
    return orjson.loads(orjson.dumps(fields | {"removed_categories": sorted({r.category for r in article.removed})}))


def step_stats(stats: dict[str, Any], name: str) -> dict[str, Any]:
    return next(value for key, value in stats.items() if key.endswith(name))


def test_the_extractor_gives_what_copydesk_extract_gives(tmp_path: Path, crawl: Path) -> None:
    pages = list(WarcReader(str(crawl)).run())
    assert len(pages) == 8 + len(NEWS) + len(NOT_STORIES)
    expected = {}
    for page in pages:
        url = page.metadata["url"]
        expected[url] = extract(page.text, url, options=ExtractOptions(today=page.metadata["date"][:10]))

    rows, stats = run_pipeline([WarcReader(str(crawl)), CopydeskExtractor(keep_failed=True, timeout=TIMEOUT_S)],
                               tmp_path)
    assert [row["metadata"]["url"] for row in rows] == [page.metadata["url"] for page in pages]
    for row in rows:
        article = expected[row["metadata"]["url"]]
        assert row.get("text", "") == article.text  # datatrove's writer leaves out an empty text
        assert {k: v for k, v in row["metadata"].items() if k not in ("url", "date", "file_path")} == \
            record_metadata(article)
    statuses = Counter(article.status.value for article in expected.values())
    assert statuses["ok"] >= 8 and sum(statuses.values()) - statuses["ok"] >= len(NOT_STORIES)
    counted = step_stats(stats, "copydesk")
    assert {status: counted[status] for status in statuses} == dict(statuses)
    assert counted["forwarded"] == len(pages) and "dropped" not in counted


def test_documents_that_are_no_story_are_dropped_and_counted(tmp_path: Path, crawl: Path) -> None:
    rows, stats = run_pipeline([WarcReader(str(crawl)), CopydeskExtractor(timeout=TIMEOUT_S)], tmp_path)
    assert rows and all(row["metadata"]["status"] == "ok" and row["text"] for row in rows)
    counted = step_stats(stats, "copydesk")
    assert counted["forwarded"] == counted["ok"] == len(rows)
    assert counted["dropped"] == counted["total"] - len(rows) >= len(NOT_STORIES)


def test_a_document_over_the_timeout_gets_the_timeout_status(crawl: Path) -> None:
    step = CopydeskExtractor(keep_failed=True, timeout=1e-4)  # no sandbox process starts that fast
    docs = [DatatroveDocument(text=page.text, id=page.id, metadata=dict(page.metadata))
            for page in list(WarcReader(str(crawl)).run())[:2]]
    out = list(step.run(iter(docs)))
    assert [doc.metadata["status"] for doc in out] == ["timeout", "timeout"]
    assert all(doc.text == "" and "timeout" in doc.metadata["reason"] for doc in out)
    assert step.stats["timeout"].total == 2


def test_the_cleaner_gives_what_clean_text_gives(tmp_path: Path, seed_scrape: str) -> None:
    texts = {"https://example.org/seed": seed_scrape}
    texts |= {f"https://example.org/{p.stem}": p.read_text(encoding="utf-8")
              for p in sorted((REPO / "tests" / "clean" / "fixtures").rglob("*.txt"))}
    source = tmp_path / "in"
    source.mkdir()
    (source / "texts.jsonl").write_bytes(b"".join(
        orjson.dumps({"id": str(i), "text": text, "metadata": {"url": url}}) + b"\n"
        for i, (url, text) in enumerate(texts.items())))
    rows, stats = run_pipeline([JsonlReader(str(source)), CopydeskCleaner(keep_failed=True, timeout=TIMEOUT_S)],
                               tmp_path)
    assert len(rows) == len(texts)
    for row in rows:
        url = row["metadata"]["url"]
        article = clean_text(texts[url], url)
        assert row.get("text", "") == article.text
        assert {k: v for k, v in row["metadata"].items() if k not in ("url", "file_path")} == record_metadata(article)
    assert "appeal" in rows[0]["metadata"]["removed_categories"]  # the seed scrape's donation appeal
    assert step_stats(stats, "copydesk clean")["total"] == len(texts)


def test_the_readme_pipeline_runs_as_written(tmp_path: Path, crawl: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code = next(block for block in re.findall(r"```python\n(.*?)```", readme, re.S) if "CopydeskExtractor" in block)
    (tmp_path / "pipeline.py").write_text(code, encoding="utf-8")
    shutil.copytree(crawl, tmp_path / "crawl")
    done = subprocess.run([sys.executable, "pipeline.py"], cwd=tmp_path, capture_output=True, timeout=README_RUN_S)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    rows = [orjson.loads(line) for path in sorted((tmp_path / "articles").glob("*.jsonl.gz"))
            for line in gzip.decompress(path.read_bytes()).splitlines()]
    stats = {block["name"]: block["stats"] for block in orjson.loads((tmp_path / "logs" / "stats.json").read_bytes())}
    counted = step_stats(stats, "copydesk")
    assert len(rows) == counted["ok"] >= 8 and counted["dropped"] >= len(NOT_STORIES)
    assert all(row["metadata"]["status"] == "ok" and row["metadata"]["title"] for row in rows)
