"""The processing steps: thin adapters from the pure library functions to item streams.

Each step handles the items it knows and passes everything else through, so a
shard's stream (`Document`s and error `Record`s from a reader) can go through
`ExtractArticles` then `CleanTexts` and come out as `Record`s only. An exception
that escapes the library on one item (a bug, not a bad page: bad pages are statuses)
becomes that item's error row, so one record can never end a shard or a rerun.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from functools import partial

from copydesk.clean import SiteProfile, clean_text
from copydesk.dedup import Fingerprint, fingerprint
from copydesk.errors import FormatError
from copydesk.extract import extract
from copydesk.formats.record import looks_like_record, read_record
from copydesk.model import Article, Record, Status, failed
from copydesk.options import ExtractOptions
from copydesk.pipeline.base import Step
from copydesk.pipeline.documents import Document
from copydesk.urls import host_of

# Texts per site that the profile learner sees: enough to tell a template line from a
# story line, and a bound on the memory of the first pass however big a site is.
MAX_PROFILE_SAMPLES = 200


class ExtractArticles(Step):
    """HTML documents → records via `copydesk.extract` (charset from the HTTP header when known,
    and the fetch day as the day no story can be dated after)."""

    def __init__(self, options: ExtractOptions | None = None) -> None:
        self.options = options or ExtractOptions()

    def run(self, items: Iterable[Document | Record]) -> Iterator[Document | Record]:
        for item in items:
            if isinstance(item, Document) and item.html is not None:
                yield _record(item, _guarded("extract", item.url, partial(self.extract, item)))
            else:
                yield item

    def extract(self, doc: Document) -> Article:
        options = ExtractOptions.build(self.options, http_charset=doc.http_charset,
                                       today=doc.fetched or self.options.today)
        return extract(doc.html or b"", doc.url, options=options)


class CleanTexts(Step):
    """Text documents → records: the structured record layout is read as such, raw text is
    cleaned by `copydesk.clean_text` with the profile of its site (or `default`)."""

    def __init__(self, profiles: Mapping[str, SiteProfile] | None = None, default: SiteProfile | None = None) -> None:
        self.profiles = dict(profiles or {})
        self.default = default

    def run(self, items: Iterable[Document | Record]) -> Iterator[Document | Record]:
        for item in items:
            if isinstance(item, Document) and item.text is not None:
                yield _record(item, _guarded("clean", item.url, partial(self.clean, item)))
            else:
                yield item

    def clean(self, doc: Document) -> Article:
        text = doc.text or ""
        if looks_like_record(text):
            try:
                article = read_record(text)
                return article if article.url or not doc.url else article.evolve(url=doc.url)
            except FormatError:
                pass  # shaped like a record but not one: clean it as raw text
        profile = self.profiles.get(host_of(doc.url) or "", self.default)
        return clean_text(text, doc.url, profile)


class FingerprintRecords(Step):
    """Records → `(record, fingerprint)`; only stories (status ok) are fingerprinted and clustered."""

    def run(self, items: Iterable[Record]) -> Iterator[tuple[Record, Fingerprint | None]]:
        for record in items:
            if not record.article.ok:
                yield record, None
                continue
            try:
                yield record, fingerprint(record.source, record.article)
            except Exception as exc:  # see the module docstring: the record's row says what broke
                yield replace(record, article=_internal_error("fingerprint", record.article.url, exc)), None


class SkipFingerprints(Step):
    """Records → `(record, None)`, for runs without dedup."""

    def run(self, items: Iterable[Record]) -> Iterator[tuple[Record, None]]:
        for record in items:
            yield record, None


def learn_profiles(documents: Iterable[Document | Record]) -> dict[str, SiteProfile]:
    """One `SiteProfile` per site (host of the url) learned from raw text documents."""
    samples: dict[str, list[str]] = defaultdict(list)
    for doc in documents:
        if not isinstance(doc, Document) or doc.text is None or looks_like_record(doc.text):
            continue
        host = host_of(doc.url)
        if host and len(samples[host]) < MAX_PROFILE_SAMPLES:
            samples[host].append(doc.text)
    return {host: SiteProfile.learn(texts, site=host) for host, texts in sorted(samples.items())}


def _guarded(stage: str, url: str | None, work: Callable[[], Article]) -> Article:
    """`work()`, or an error record naming the exception that escaped it."""
    try:
        return work()
    except Exception as exc:  # see the module docstring; KeyboardInterrupt and SystemExit still stop the run
        return _internal_error(stage, url, exc)


def _internal_error(stage: str, url: str | None, exc: Exception) -> Article:
    return failed(Status.ERROR, f"internal error in {stage} ({type(exc).__name__}: {exc})", url=url)


def _record(doc: Document, article: Article) -> Record:
    if article.status is Status.ERROR and not article.url and doc.url:
        article = article.evolve(url=doc.url)
    return Record(article=article, id=doc.id, source=doc.source)
