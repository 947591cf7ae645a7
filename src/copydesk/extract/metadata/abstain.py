"""Whether to give the date and the authors the readers chose, or withhold them.

A value is given when it is expected to score better than no value: a small logistic model estimates the
chance the value is right, another the chance the page has no such value at all, and the value is withheld
when the second is higher ("correct or missing"). The features describe the value and the page, never a
site: where the value came from, whether other sources agree, whether the page prints it by the headline,
the page's shape. The weights are data (`copydesk/data/abstain.json`), trained by `benchmarks/train_abstain.py`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from copydesk.extract.metadata import dates
from copydesk.extract.metadata.authors import is_collective
from copydesk.extract.metadata.jsonld import JsonLd, text_of
from copydesk.extract.metadata.model import Metadata
from copydesk.extract.metadata.owner import is_personal_name
from copydesk.extract.metadata.page_dates import META_MODIFIED, META_PUBLISHED
from copydesk.extract.metadata.sources import PageSources

WITHHELD = "withheld"  # provenance of a value found and left out: "withheld: jsonld"
#: Where a published date can come from (`provenance["published"]`); any other source sets none of these.
DATE_SOURCES = ("jsonld", "meta", "microdata", "time", "text", "url", "script")
#: Where authors can come from (`provenance["authors"]`).
AUTHOR_SOURCES = ("jsonld", "meta", "byline", "microdata", "marked", "element", "box", "site")
MAX_PRINTED_LINES = 8  # lines holding the day's year read for a printed date: the story's own comes early
MAX_LINE = 120  # a printed date's line, as `headline.MAX_DATE_LINE`: a longer line is prose
MAX_COUNT = 8  # counts above this say "many"; the model needs no finer grain there
DAYS_IN_YEAR = 365.0
YEARS_A_STEP = 4  # the day's year printed this many times is one step: a date line, a copyright, a few teasers
MAX_YEARS = MAX_COUNT * YEARS_A_STEP  # the year's count stops where its feature does


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model on standardised features: P = sigmoid(((x - mean) / scale) @ weights + bias)."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def logit(self, x: list[float]) -> float:
        return self.bias + sum(w * (v - m) / s for w, v, m, s in zip(self.weights, x, self.mean, self.scale))

    def probability(self, x: list[float]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(x)))


def _margin(right: Model, none: Model) -> tuple[tuple[float, ...], float]:
    """(weights, bias) of logit(right) - logit(none) as one linear function of the raw features: the two
    sigmoids order as their logits do, so P(right) < P(none) where this is negative (half the work)."""
    weights = tuple(wr / sr - wn / sn for wr, sr, wn, sn in zip(right.weights, right.scale, none.weights, none.scale))
    bias = (right.bias - sum(w * m / s for w, m, s in zip(right.weights, right.mean, right.scale))
            - none.bias + sum(w * m / s for w, m, s in zip(none.weights, none.mean, none.scale)))
    return weights, bias


@cache
def models() -> dict[str, Model]:
    """The shipped models by name ("date_right", "date_none", "author_right", "author_none"); empty when no
    field abstains."""
    raw = json.loads(files("copydesk.data").joinpath("abstain.json").read_text(encoding="utf-8"))
    return {name: Model(tuple(m["mean"]), tuple(m["scale"]), tuple(m["weights"]), float(m["bias"]))
            for name, m in raw["models"].items()}


def found(meta: Metadata, key: str) -> bool:
    """Whether the readers found a value for `key` ("published", "authors"), given or withheld."""
    return bool(getattr(meta, key)) or meta.provenance.get(key, "").startswith(WITHHELD)


@cache
def _margins() -> dict[str, tuple[tuple[float, ...], float]]:
    shipped = models()
    return {field: _margin(shipped[f"{field}_right"], shipped[f"{field}_none"])
            for field in ("date", "author") if f"{field}_right" in shipped and f"{field}_none" in shipped}


def abstaining(field: str) -> bool:
    """Whether `field` ("date", "author") has shipped models: its features are computed only then."""
    return field in _margins()


def withheld(field: str, x: list[float]) -> bool:
    """Whether `field`'s value ("date", "author") scores better withheld: P(right) < P(the page has none)."""
    margin = _margins().get(field)
    return margin is not None and margin[1] + sum(w * v for w, v in zip(margin[0], x)) < 0


def _count(n: int) -> float:
    return float(min(n, MAX_COUNT))


def _log_length(text: str) -> float:
    return math.log1p(len(text)) / 10


def _years_apart(one: str | None, other: str | None) -> float:
    """log(1 + years between two days): a page 25 years older than its stamp is no outlier to extrapolate."""
    if not one or not other:
        return 0.0
    try:
        days = abs(date.fromisoformat(one[:10]).toordinal() - date.fromisoformat(other[:10]).toordinal())
        return math.log1p(days / DAYS_IN_YEAR)
    except ValueError:
        return 0.0


def _stamps(src: PageSources, ld: JsonLd, url_day: str | None) -> list[str]:
    """The publication stamp each structured source declares (its first value, as written), and the URL's day:
    a stamp agrees with a day it opens with (ISO, as nearly all are; parsing them all again costs too much)."""
    art = ld.article or {}
    raw = [text_of(art.get("datePublished")),
           next((v for n in META_PUBLISHED for v in src.meta.get(n, ())), None),
           next(iter(src.microdata.get("datePublished", [])), None),
           next((v for v, marked in src.times if marked), None),
           url_day]
    return [value.strip() for value in raw if value]


def _year_reading(day: str, text: str, first: bool | None, language: str | None) -> tuple[bool, int]:
    """(whether a short line of the page's text prints `day`, how often its year is printed, counted up to
    `MAX_YEARS`), in one pass over the text: the first `MAX_PRINTED_LINES` lines holding the year are read."""
    year, count, lines, printed, line_end = day[:4], 0, 0, False, -1
    day_number = day[8:10].lstrip("0")
    at = text.find(year)
    while at >= 0 and (count < MAX_YEARS or (not printed and lines < MAX_PRINTED_LINES)):
        count = min(count + 1, MAX_YEARS)
        if not printed and lines < MAX_PRINTED_LINES and at > line_end:
            begin, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            lines += 1
            line = text[begin:line_end] if line_end - begin <= MAX_LINE else ""
            # A line printing the day holds its day of the month in digits too: most lines are spared the parse.
            printed = day_number in line and (dates.parse_text(line, first, language) or "")[:10] == day
        at = text.find(year, at + len(year))
    return printed, count


def date_features(published: str, modified: str | None, source: str | None, src: PageSources, ld: JsonLd,
                  printed: tuple[list[str], list[str]], url: str | None, language: str | None,
                  has_headline: bool) -> list[float]:
    """What says whether the page's publication day `published` is right, and whether the page has one;
    `printed` holds the days printed by the headline (plain, as updates: `page_dates.printed_dates`)."""
    day = published[:10]
    plain, updates = printed
    shown, years = _year_reading(day, src.body_text, dates.day_first(language),
                                 language.split("-")[0] if language else None)
    url_day = dates.date_from_url(url)
    stamps = _stamps(src, ld, url_day)
    declared_modified = any(src.meta.get(n) for n in META_MODIFIED) or bool((ld.article or {}).get("dateModified"))
    latest_printed = max(plain + updates) if plain or updates else None
    return [
        *(float(source == s) for s in DATE_SOURCES),
        _count(sum(stamp.startswith(day) for stamp in stamps)),
        _count(len(stamps)),
        float(day in plain),
        float(day in updates),
        float(shown),
        _count(len(set(plain + updates))),
        float(bool(modified)),
        float((modified or "")[:10] == day),
        float(declared_modified),
        _years_apart(day, modified),
        _years_apart(day, latest_printed),
        float(bool(latest_printed) and day < (latest_printed or "")),
        float("T" in published),
        float(url_day is not None),
        float(ld.article is not None),
        float(ld.kind == "article"),
        float(has_headline),
        _log_length(src.body_text),
        _count(years // YEARS_A_STEP),
    ]


def author_features(authors: tuple[str, ...], source: str | None, src: PageSources, ld: JsonLd,
                    header: list[str], has_headline: bool) -> list[float]:
    """What says whether the page's `authors` are right, and whether the page credits anyone."""
    header_lower = "\n".join(header).lower()
    declared = {name.casefold() for name, _ in ld.authors}
    meta_authors = {v.casefold() for v in src.meta.get("author", ())}
    words = [len(name.split()) for name in authors]
    return [
        *(float(source == s) for s in AUTHOR_SOURCES),
        float(all(src.find_lower(name.lower()) >= 0 for name in authors)),
        float(all(name.lower() in header_lower for name in authors)),
        float(any(name.casefold() in declared for name in authors)),
        float(any(name.casefold() in meta_authors for name in authors)),
        sum(is_personal_name(name) for name in authors) / len(authors),
        float(any(n == 1 for n in words)),
        float(any(is_collective(name) for name in authors)),
        _count(len(authors)),
        sum(words) / len(words) / MAX_COUNT,
        float(any(not name.replace(" ", "").replace("-", "").isalpha() for name in authors)),
        float(any(kind == "organization" for _, kind in ld.authors)),
        float(ld.article is not None),
        float(ld.kind == "article"),
        float(has_headline),
        _log_length(src.body_text),
    ]
