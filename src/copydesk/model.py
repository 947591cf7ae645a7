"""The records every stage takes and returns: `Article` and its parts.

Everything here is frozen, typed and serialisable: `to_dict()` gives plain JSON
data and `from_dict()` reads it back to an equal record; `from_dict()` checks the
type of every field it knows and raises `FormatError` (only) on anything else. Sequences are tuples and
mappings are `FrozenMap`, so a record can be hashed, pickled across processes and
shared without copies.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, Literal, get_args

from copydesk.errors import FormatError


class Status(StrEnum):
    """What happened to one input. Every input ends with exactly one of these."""

    OK = "ok"
    NOT_ARTICLE = "not_article"  # a home, section or listing page, or no story in it
    EMPTY = "empty"  # nothing readable at all
    PAYWALLED = "paywalled"  # only a teaser is public
    TOO_LARGE = "too_large"  # over a size, node or depth limit
    TIMEOUT = "timeout"  # over the time budget
    ERROR = "error"  # unreadable input, fetch failure…; `reason` says which


BlockKind = Literal["paragraph", "heading", "list_item", "quote", "table", "code"]
BLOCK_KINDS: tuple[str, ...] = get_args(BlockKind)  # what from_dict accepts, read off the type itself


class Container(StrEnum):
    """What a container's class or id naming a category says of its text (evidence, never a verdict)."""

    AGAINST = "against"  # the container's text counts against the story
    MARKS = "marks"  # the container labels its text (a caption) without counting against it


@dataclass(frozen=True, slots=True)
class Category:
    """A named kind of boilerplate that `extract` and `clean_text` remove and report."""

    name: str
    meaning: str
    container: Container | None = None  # how a container whose class/id names it weighs; None: names never tell


#: Every category of removed boilerplate, declared once: `REMOVED_CATEGORIES`, the lexicon's tables, the
#: container hints of `extract.scoring` and the story model's inputs all read (and are checked against) this.
CATEGORIES: tuple[Category, ...] = (
    Category("related", 'links to other stories ("Related article: …", "Read more")', Container.AGAINST),
    Category("appeal", "donation / subscription / membership asks", Container.AGAINST),
    Category("newsletter", "sign-up prompts", Container.AGAINST),
    Category("share", "share / follow widgets", Container.AGAINST),
    Category("caption", "image captions (moved into `image` when they belong to the lead image)", Container.MARKS),
    Category("credit", "photo / video credits", Container.MARKS),
    Category("cookie", "cookie and consent banners", Container.AGAINST),
    Category("comments", "reader comments and their chrome", Container.AGAINST),
    Category("ads", "advertisements and sponsored slots", Container.AGAINST),
    Category("navigation", "menus, breadcrumbs, footers, pagination", Container.AGAINST),
    Category("author_bio", 'the "about the author" box', Container.AGAINST),
    Category("read_more", '"continue reading" / teaser links'),
    Category("button", 'lone UI labels in scraped text ("Continue", "Remind me later")'),
    Category("byline", "byline / dateline lines read into metadata instead"),
    Category("title", "the headline repeated in the body"),
    Category("duplicate", "a line met word for word elsewhere in the text, kept once"),
    Category("boilerplate", "low-scoring text outside the story with no more precise category"),
)
REMOVED_CATEGORIES: tuple[str, ...] = tuple(c.name for c in CATEGORIES)


def categories(*names: str) -> frozenset[str]:
    """`names` as a set, each checked against `CATEGORIES`: a misspelt category fails at import, not silently."""
    unknown = sorted(set(names) - set(REMOVED_CATEGORIES))
    if unknown:
        raise ValueError(f"undeclared boilerplate categories: {', '.join(unknown)} (declare them in model.CATEGORIES)")
    return frozenset(names)


def container_categories(weight: Container | None = None) -> frozenset[str]:
    """The categories a container's class or id can name (all of them, or those that weigh as `weight`)."""
    return frozenset(c.name for c in CATEGORIES if c.container is not None and weight in (None, c.container))


#: What kind of page a story came from (`Article.page_type`), as the page-type classifier names it.
PAGE_TYPES: tuple[str, ...] = (
    "article",  # a news story, blog post, essay or review: one piece of running text
    "listing",  # a home, section, tag or archive page of teasers
    "forum",  # a thread or Q&A page: the posts and replies are the content
    "product",  # one thing for sale, with its price and description
    "collection",  # a catalogue or gallery of many things (a shop category, a recipe index)
    "documentation",  # reference or how-to pages of software and products
    "service",  # a business or institution's own pages: about, contact, services, pricing
    "other",  # none of these
)


class FrozenMap(Mapping[str, Any]):
    """A read-only, hashable, picklable mapping (used for provenance and extras)."""

    __slots__ = ("_data",)
    _data: dict[str, Any]

    def __init__(self, data: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> None:
        object.__setattr__(self, "_data", dict(data))

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, _hashable(v)) for k, v in self._data.items())))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self._data) == dict(other)

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._data,))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("FrozenMap is read-only")


def _hashable(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """One piece of the body, in reading order."""

    kind: BlockKind = "paragraph"
    text: str
    level: int | None = None  # heading level 1-6 for headings

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.level is not None:
            out["level"] = self.level
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        data = _mapping(data, "block")
        kind = data.get("kind", "paragraph")
        if kind not in BLOCK_KINDS:
            raise FormatError(f"block kind must be one of {', '.join(BLOCK_KINDS)}, not {kind!r}")
        level = data.get("level")
        if level is not None and (type(level) is not int or not 1 <= level <= 6):
            raise FormatError(f"block level must be a number from 1 to 6, not {level!r}")
        return cls(kind=kind, text=_text(data, "text", "block"), level=level)


@dataclass(frozen=True, slots=True, kw_only=True)
class Image:
    """The lead image: where it is, what it shows, who took it."""

    url: str | None = None
    caption: str | None = None
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "caption": self.caption, "credit": self.credit}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Image:
        data = _mapping(data, "image")
        return cls(url=_optional_text(data, "url", "image"), caption=_optional_text(data, "caption", "image"),
                   credit=_optional_text(data, "credit", "image"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """A related story the page pointed to."""

    title: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        data = _mapping(data, "related link")
        return cls(title=_text(data, "title", "related link"), url=_optional_text(data, "url", "related link"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Removed:
    """A piece of boilerplate taken out of the body, and why."""

    category: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Removed:
        data = _mapping(data, "removed piece")
        return cls(category=_text(data, "category", "removed piece"), text=_text(data, "text", "removed piece"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A clean story, or the status that says why there is none.

    Metadata is correct or missing, never guessed: a field is `None` (or empty)
    when no source gave it. `provenance` maps each filled metadata field to where
    it came from (`jsonld`, `meta`, `byline`, `time`, `url`, `text`, `record`…).
    """

    status: Status = Status.OK
    reason: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: Image | None = None
    tags: tuple[str, ...] = ()
    section: str | None = None
    blocks: tuple[Block, ...] = ()
    related: tuple[Link, ...] = ()
    removed: tuple[Removed, ...] = ()
    provenance: FrozenMap = field(default_factory=FrozenMap)
    extras: FrozenMap = field(default_factory=FrozenMap)
    page_type: str | None = None  # one of PAGE_TYPES, from the page-type classifier; None when not classified
    confidence: float | None = None  # the story model's calibrated belief (0-1) that `blocks` are the story

    def __post_init__(self) -> None:
        if self.page_type is not None and self.page_type not in PAGE_TYPES:
            raise ValueError(f"page_type must be one of {', '.join(PAGE_TYPES)}, not {self.page_type!r}")

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    @property
    def text(self) -> str:
        """The body blocks joined by blank lines, without title or metadata."""
        return "\n\n".join(block.text for block in self.blocks)

    def evolve(self, **changes: Any) -> Article:
        """A copy with some fields changed (the record itself never changes)."""
        return replace(self, **_coerce(changes))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data; `Article.from_dict(a.to_dict()) == a`."""
        return {
            "status": self.status.value,
            "reason": self.reason,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "authors": list(self.authors),
            "agency": self.agency,
            "published": self.published,
            "modified": self.modified,
            "site_name": self.site_name,
            "language": self.language,
            "description": self.description,
            "image": self.image.to_dict() if self.image else None,
            "tags": list(self.tags),
            "section": self.section,
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "related": [r.to_dict() for r in self.related],
            "removed": [r.to_dict() for r in self.removed],
            "provenance": dict(self.provenance),
            "extras": dict(self.extras),
            "page_type": self.page_type,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Read back what `to_dict()` wrote; unknown keys are ignored, `text` is derived.
        Raises `FormatError` when `data` is not a mapping or a field has the wrong type."""
        data = _mapping(data, "article")
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        _check_article(values)
        return cls(**_coerce(values))


# Article fields read from JSON that hold one string or null; the others are checked one by one below.
TEXT_FIELDS = ("reason", "url", "canonical_url", "title", "agency", "published", "modified", "site_name", "language",
               "description", "section")


def _mapping(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise FormatError(f"{what} must be an object, not {type(data).__name__}")
    return data


def _text(data: Mapping[str, Any], key: str, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise FormatError(f"{what} {key} must be a string, not {type(value).__name__}")
    return value


def _optional_text(data: Mapping[str, Any], key: str, what: str) -> str | None:
    return None if data.get(key) is None else _text(data, key, what)


def _check_article(values: Mapping[str, Any]) -> None:
    """`FormatError` unless every known field of a JSON article has its type (nested parts check themselves)."""
    if "status" in values and values["status"] not in Status.__members__.values():
        raise FormatError(f"status must be one of {', '.join(Status)}, not {values['status']!r}")
    for name in TEXT_FIELDS:
        _optional_text(values, name, "article")
    for name in ("authors", "tags"):
        items = values.get(name) or ()
        if not isinstance(items, (list, tuple)) or not all(isinstance(item, str) for item in items):
            raise FormatError(f"article {name} must be a list of strings")
    for name in ("blocks", "related", "removed"):
        if not isinstance(values.get(name) or (), (list, tuple)):
            raise FormatError(f"article {name} must be a list")
    if values.get("image") is not None:
        _mapping(values["image"], "image")
    for name in ("provenance", "extras"):
        mapping = _mapping(values.get(name) or {}, f"article {name}")
        if not all(isinstance(key, str) for key in mapping):
            raise FormatError(f"article {name} keys must be strings")
    if values.get("page_type") is not None and values["page_type"] not in PAGE_TYPES:
        raise FormatError(f"page_type must be one of {', '.join(PAGE_TYPES)}, not {values['page_type']!r}")
    confidence = values.get("confidence")
    if confidence is not None and (type(confidence) not in (int, float) or not 0 <= confidence <= 1):
        raise FormatError(f"confidence must be a number from 0 to 1, not {confidence!r}")


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    """Turn JSON-shaped values (lists, dicts, strings) into the record's types."""
    out = dict(values)
    if "status" in out:
        out["status"] = Status(out["status"])
    for name in ("authors", "tags"):
        if name in out:
            out[name] = tuple(out[name] or ())
    if isinstance(out.get("image"), Mapping):
        out["image"] = Image.from_dict(out["image"])
    if "blocks" in out:
        out["blocks"] = tuple(b if isinstance(b, Block) else Block.from_dict(b) for b in out["blocks"] or ())
    if "related" in out:
        out["related"] = tuple(r if isinstance(r, Link) else Link.from_dict(r) for r in out["related"] or ())
    if "removed" in out:
        out["removed"] = tuple(r if isinstance(r, Removed) else Removed.from_dict(r) for r in out["removed"] or ())
    for name in ("provenance", "extras"):
        if name in out and not isinstance(out[name], FrozenMap):
            out[name] = FrozenMap(out[name] or {})
    return out


def failed(status: Status, reason: str, *, url: str | None = None) -> Article:
    """The record for an input that yielded no story."""
    return Article(status=status, reason=reason, url=url)


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """One output row of a corpus run: the article plus where it came from and its cluster."""

    article: Article
    id: str | None = None  # the input's own id, kept as given
    source: str = ""  # file name and offset / line / WARC record id
    cluster: str | None = None  # id shared by duplicates and syndicated copies
    canonical: bool = True  # the record chosen to stand for its cluster
    duplicate_of: str | None = None  # the canonical record's `source` when this is a copy

    def to_dict(self) -> dict[str, Any]:
        out = self.article.to_dict()
        out.update(
            id=self.id,
            source=self.source,
            cluster=self.cluster,
            canonical=self.canonical,
            duplicate_of=self.duplicate_of,
        )
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        """A row as `to_dict()` wrote it; `FormatError` on wrong types, like `Article.from_dict`."""
        article = Article.from_dict(data)
        return cls(
            article=article,
            id=_optional_text(data, "id", "record"),
            source=_optional_text(data, "source", "record") or "",
            cluster=_optional_text(data, "cluster", "record"),
            canonical=bool(data.get("canonical", True)),
            duplicate_of=_optional_text(data, "duplicate_of", "record"),
        )
