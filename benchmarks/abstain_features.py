"""Features of the publication day and the authors `read_metadata` finds, for `train_abstain`.

They describe the value and the page, never a site: where the value came from, whether other sources agree,
whether the page prints it by the headline or elsewhere, how far it is from the page's other days, the page's
shape, the names' shape. Measured by site-grouped CV and not shipped (RESULTS.md, "abstaining where a guess
scores worse"), so they live here, reading the page again beside `read_metadata` the way the reader does.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from copydesk.extract.metadata import Metadata, dates, read_metadata
from copydesk.extract.metadata.authors import is_collective
from copydesk.extract.metadata.headline import dateline_lines, header_lines, headline_spots
from copydesk.extract.metadata.jsonld import JsonLd, read_jsonld, text_of
from copydesk.extract.metadata.owner import is_personal_name
from copydesk.extract.metadata.page_dates import META_MODIFIED, META_PUBLISHED, printed_dates
from copydesk.extract.metadata.reader import PHRASES
from copydesk.extract.metadata.sources import PageSources, read_sources

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


def page_evidence(tree: Any, url: str | None) -> tuple[Metadata, dict[str, list[float]]]:
    """`read_metadata`, and the features of its publication day and authors ("date", "author": present when
    a value was found), read from the same sources, headline and header lines as the reader's."""
    meta = read_metadata(tree, url)
    src = read_sources(tree, PHRASES)
    ld = read_jsonld(src.jsonld)
    # The reader's headline anchors: the title, else an h1; after the h1s when the title is an h2.
    title, h2_title = meta.title, meta.provenance.get("title") == "h2"
    anchors = (*src.h1s, title) if h2_title else (title, *src.h1s)
    spots = next((found for anchor in anchors if (found := headline_spots(src.body_text, anchor))), [])
    language = meta.language
    primary = language.split("-")[0] if language else None
    evidence: dict[str, list[float]] = {}
    if meta.published:
        printed = printed_dates(dateline_lines(src.body_text, spots), dates.day_first(language), primary)
        evidence["date"] = date_features(meta.published, meta.modified, meta.provenance.get("published"), src, ld,
                                         printed, url, language, bool(spots))
    if meta.authors:
        evidence["author"] = author_features(meta.authors, meta.provenance.get("authors"), src, ld,
                                             header_lines(src.body_text, spots), bool(spots))
    return meta, evidence
