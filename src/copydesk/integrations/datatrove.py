"""copydesk as datatrove pipeline steps (`pip install copydesk[datatrove]`).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from copydesk.integrations.datatrove import CopydeskExtractor

    LocalPipelineExecutor([WarcReader("crawl/"), CopydeskExtractor(), JsonlWriter("out/")], tasks=2).run()

`CopydeskExtractor` turns a document holding a page's HTML into one holding the
story text, with the record's metadata in `doc.metadata`; `CopydeskCleaner` does the
same for documents holding already-scraped text. Both are datatrove `BaseExtractor`s:
each document runs in datatrove's sandbox process under its per-document `timeout`,
which is killed and restarted when a document runs over.

`doc.metadata` gets every field of the record (`Article.to_dict()`) but the body and
`url` (the reader's url stays): `status`, `reason`, `title`, `authors`, `agency`,
`published`, `modified`, `language`, `site_name`, `description`, `canonical_url`,
`image`, `tags`, `section`, `related`, `provenance`, `extras`, plus
`removed_categories` (the sorted categories of the boilerplate taken out) — plain
JSON types; fields the record gains later come along. Stats count each status
(`ok`, `not_article`, `timeout`…) beside datatrove's `total`, `forwarded` and
`dropped`. A document that is not a story (status other than `ok`) is dropped, or
kept with empty text when `keep_failed` is set; it is counted either way.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from datatrove.data import Document as DatatroveDocument
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.utils.typeshelper import StatHints

from copydesk.clean import SiteProfile
from copydesk.extract import extract
from copydesk.model import Article, Status, failed
from copydesk.options import ExtractOptions
from copydesk.pipeline.documents import Document
from copydesk.pipeline.steps import CleanTexts

# Read once in the parent before the sandbox forks, so every sandbox process starts warm
# and its start-up fits in the per-document timeout.
WARMUP_HTML = "<html><head><title>Warm-up</title></head><body><p>A warm-up story line.</p></body></html>"
BODY_FIELDS = ("text", "blocks", "removed", "url")  # record fields that are not metadata


def metadata_of(article: Article) -> dict[str, Any]:
    """The record's fields as plain JSON data for `doc.metadata` (see the module docstring)."""
    data = {key: value for key, value in article.to_dict().items() if key not in BODY_FIELDS}
    data["removed_categories"] = sorted({piece.category for piece in article.removed})
    return data


def fetch_day(value: object) -> str | None:
    """The day of a reader's `date` metadata (a WARC-Date), or None when it is not an ISO date."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


class _CopydeskStep(BaseExtractor):
    """What both steps share: the sandboxed run loop, metadata, status stats, keep or drop."""

    def __init__(self, *, keep_failed: bool = False, timeout: float = 1.0) -> None:
        super().__init__(timeout)
        self.keep_failed = keep_failed

    def article(self, content: str, url: str | None, day: str | None) -> Article:
        """The record of one document's content (runs in the sandbox process)."""
        raise NotImplementedError

    def extract(self, text: str) -> str:
        """The story text of `text` alone (datatrove's extractor contract; no metadata)."""
        return self.article(text, None, None).text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self.article(WARMUP_HTML, None, None)
        with ExtractorSandbox(timeout=self.timeout, warmup_text=(WARMUP_HTML, None, None)) as sandbox:
            for doc in data or ():
                self.stat_update(StatHints.total)
                with self.track_time():
                    article = self._sandboxed(sandbox, doc)
                self.stat_update(article.status.value)
                if not article.ok and not self.keep_failed:
                    self.stat_update(StatHints.dropped)
                    continue
                doc.text = article.text
                if "url" not in doc.metadata and article.url:
                    doc.metadata["url"] = article.url
                doc.metadata.update(metadata_of(article))
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc

    def _sandboxed(self, sandbox: ExtractorSandbox, doc: DatatroveDocument) -> Article:
        url = doc.metadata.get("url")
        url = url if isinstance(url, str) else None
        try:
            return sandbox.process_document((doc.text, url, fetch_day(doc.metadata.get("date"))), self.article)
        except TimeoutError:
            return failed(Status.TIMEOUT, f"over datatrove's per-document timeout of {self.timeout:g} s", url=url)
        except EOFError:
            return failed(Status.ERROR, "the extraction process died (out of memory?)", url=url)
        except Exception as exc:  # anything the sandbox hands back becomes this document's status
            return failed(Status.ERROR, f"{type(exc).__name__}: {exc}", url=url)


class CopydeskExtractor(_CopydeskStep):
    """Documents holding HTML → documents holding the story text, metadata in `doc.metadata`.

    `options`: extraction options (`ExtractOptions`); a document's reader `date` (a
    WARC-Date) is its fetch day, after which no story is dated, as in `copydesk run`.
    `timeout`: seconds per document in datatrove's sandbox (datatrove's default, 1 s).
    `keep_failed`: keep documents that are not stories, with empty text.
    """

    name = "📰 copydesk"

    def __init__(self, options: ExtractOptions | None = None, *, keep_failed: bool = False,
                 timeout: float = 1.0) -> None:
        super().__init__(keep_failed=keep_failed, timeout=timeout)
        self.options = options or ExtractOptions()

    def article(self, content: str, url: str | None, day: str | None) -> Article:
        options = ExtractOptions.build(self.options, today=day) if day else self.options
        return extract(content, url, options=options)


class CopydeskCleaner(_CopydeskStep):
    """Documents holding already-scraped text (one block a line) → the cleaned story, metadata in
    `doc.metadata`; the text is cleaned as `copydesk run` cleans a text input.

    `profiles`: a `SiteProfile` per host (as `SiteProfile.learn` makes them), `default`
    the profile of any other text; without either, texts are cleaned on their own.
    """

    name = "📰 copydesk clean"

    def __init__(self, profiles: Mapping[str, SiteProfile] | None = None, default: SiteProfile | None = None, *,
                 keep_failed: bool = False, timeout: float = 1.0) -> None:
        super().__init__(keep_failed=keep_failed, timeout=timeout)
        self.cleaner = CleanTexts(profiles, default)

    def article(self, content: str, url: str | None, day: str | None) -> Article:
        return self.cleaner.clean(Document(source="", url=url, text=content))
