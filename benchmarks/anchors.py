"""Adapters that give copydesk and the anchor extractors one calling shape.

Each adapter turns a page's raw bytes into the input the library takes in real
use (`prepare`, not timed), then extracts (`run`, the only timed call) and
returns an `Extraction`: body text plus the metadata the library offers, `None`
where it offers none. Libraries are imported when an adapter is built, so a
missing anchor is skipped by name and the gate never imports any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Any

ALL_METADATA = frozenset({"title", "author", "date"})

PLACEHOLDER_URL = "https://example.invalid/"  # newspaper4k needs some URL even when given the HTML


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one extractor returned for one page; `None` fields were not offered."""

    text: str
    title: str | None = None
    authors: str | Sequence[str] | None = None
    date: str | None = None
    status: str | None = None  # copydesk only


class Extractor:
    """One extractor: `prepare(html_bytes)` is untimed input conversion, `run(prepared, url)` is timed."""

    name: str = ""
    package: str = ""  # distribution whose version is reported
    offers: frozenset[str] = frozenset()  # metadata fields it extracts: title, author, date

    def prepare(self, html: bytes) -> Any:
        return html

    def run(self, prepared: Any, url: str | None) -> Extraction | None:
        raise NotImplementedError

    @property
    def version(self) -> str:
        try:
            return version(self.package)
        except PackageNotFoundError:
            return "unknown"


def decode_like_trafilatura(html: bytes) -> str:
    """Bytes as text the way trafilatura decodes them, for libraries that take `str`."""
    from trafilatura.utils import decode_file

    return decode_file(html)


class Copydesk(Extractor):
    name, package = "copydesk", "copydesk"
    offers = ALL_METADATA

    def __init__(self) -> None:
        from copydesk import extract

        self._extract = extract

    def run(self, prepared: bytes, url: str | None) -> Extraction:
        article = self._extract(prepared, url=url)
        return Extraction(article.text, article.title, article.authors, article.published, str(article.status))


class Trafilatura(Extractor):
    """One `bare_extraction` call gives the same text as `extract` (txt) plus the metadata."""

    name, package = "trafilatura", "trafilatura"
    offers = ALL_METADATA

    def __init__(self) -> None:
        from trafilatura import bare_extraction

        self._bare = bare_extraction

    def run(self, prepared: bytes, url: str | None) -> Extraction | None:
        # Comments are left out: the reference is the main content, so this is trafilatura at its best.
        doc = self._bare(prepared, url=url, with_metadata=True, include_comments=False)
        if doc is None:
            return None
        return Extraction(doc.text or "", doc.title, doc.author, doc.date)


class Resiliparse(Extractor):
    name, package = "resiliparse", "resiliparse"

    def __init__(self) -> None:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        self._parse, self._text = HTMLTree.parse_from_bytes, extract_plain_text

    def run(self, prepared: bytes, url: str | None) -> Extraction:
        return Extraction(self._text(self._parse(prepared), main_content=True))


class Readability(Extractor):
    """readability-lxml takes bytes and detects the encoding itself; text via lxml `text_content()`."""

    name, package = "readability", "readability-lxml"
    offers = frozenset({"title"})

    def __init__(self) -> None:
        import lxml.html
        from readability import Document

        self._document, self._html = Document, lxml.html.fromstring

    def run(self, prepared: bytes, url: str | None) -> Extraction:
        doc = self._document(prepared, url=url)
        return Extraction(self._html(doc.summary()).text_content(), title=doc.title())


class Newspaper(Extractor):
    name, package = "newspaper4k", "newspaper4k"
    offers = ALL_METADATA

    def __init__(self) -> None:
        import warnings

        with warnings.catch_warnings():  # "nltk is not installed": only its NLP extras need it
            warnings.simplefilter("ignore")
            from newspaper import Article

        self._article = Article

    def prepare(self, html: bytes) -> str:
        return decode_like_trafilatura(html)

    def run(self, prepared: str, url: str | None) -> Extraction:
        article = self._article(url or PLACEHOLDER_URL, fetch_images=False)
        article.download(input_html=prepared)
        article.parse()
        date = article.publish_date.isoformat() if article.publish_date else None
        return Extraction(article.text or "", article.title, tuple(article.authors), date)


class Datatrove(Extractor):
    """datatrove's `Trafilatura` step (favour_precision) as its pipeline calls it, on decoded text."""

    name, package = "datatrove", "datatrove"

    def __init__(self) -> None:
        from datatrove.pipeline.extractors import Trafilatura as DatatroveTrafilatura

        self._step = DatatroveTrafilatura(favour_precision=True)

    def prepare(self, html: bytes) -> str:
        return decode_like_trafilatura(html)

    def run(self, prepared: str, url: str | None) -> Extraction | None:
        text = self._step.extract(prepared)
        return None if text is None else Extraction(text)


ANCHORS: dict[str, Callable[[], Extractor]] = {
    "trafilatura": Trafilatura,
    "resiliparse": Resiliparse,
    "readability": Readability,
    "newspaper4k": Newspaper,
    "datatrove": Datatrove,
}
DEFAULT_ANCHORS = tuple(ANCHORS)


def build_extractors(anchor_names: Sequence[str]) -> tuple[list[Extractor], dict[str, str]]:
    """copydesk plus each named anchor that imports; the others come back with the reason."""
    extractors: list[Extractor] = [Copydesk()]
    skipped: dict[str, str] = {}
    for name in anchor_names:
        factory = ANCHORS.get(name)
        if factory is None:
            skipped[name] = f"unknown anchor (known: {', '.join(ANCHORS)})"
            continue
        try:
            extractors.append(factory())
        except ImportError as error:
            skipped[name] = f"not installed ({error})"
    return extractors, skipped
