"""Dates as pages write them → ISO 8601, or None.

A date keeps its time and offset only when the page gives both; a time without
an offset is cut to the day (an offset is never invented). Textual dates are
read in English, German, French, Spanish, Italian, Portuguese, Dutch and Russian.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

MIN_YEAR = 1990  # the web's news archives start in the 1990s; earlier years are copyright lines or birthdays
MAX_YEAR = 2100  # later years are placeholders ("9999-12-31") or typos
CENTURY = 2000  # a two-digit year ("17.10.24") on the web is of this century

#: Month names by language, lower-case, as they appear in day-month-year or month-day-year text.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier enero gennaio janeiro januari январь января янв jänner janv ene genn",
        "february feb februar février fevrier febrero febbraio fevereiro februari февраль февраля фев févr fevr",
        "march mar märz maerz mars marzo março maart март марта мар",
        "april apr avril abril aprile апрель апреля апр avr abr",
        "may mai mayo maggio maio mei май мая",
        "june jun juni juin junio giugno junho июнь июня июн giu",
        "july jul juli juillet julio luglio julho июль июля июл juil lug",
        "august aug août aout agosto augustus август августа авг ago",
        "september sep sept septembre septiembre settembre setembro сентябрь сентября сен set",
        "october oct oktober octobre octubre ottobre outubro октябрь октября окт okt ott out",
        "november nov novembre noviembre novembro ноябрь ноября ноя",
        "december dec dezember décembre decembre diciembre dicembre dezembro декабрь декабря дек dez dic",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

#: English-speaking regions that write the day first (03/09/2026 is 3 September); the US writes the month first.
DAY_FIRST_ENGLISH = frozenset({"GB", "UK", "IE", "AU", "NZ", "IN", "ZA", "SG", "PK", "NG", "KE"})
#: Languages written day first wherever they are spoken.
DAY_FIRST_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "ru", "pl", "cs", "sk", "hu", "ro", "tr",
                                 "el", "da", "sv", "nb", "nn", "no", "fi", "uk", "bg", "hr", "sr", "sl", "ca",
                                 "id", "vi"})

_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"

#: Every date read here names its year, in full or after a day and a month: a cheap test before the patterns.
#: Spelled `(?:19|20)\d\d|\d\.\d\d\.\d\d`, but opening with one `\d` (the lookbehinds test that digit): the
#: regex engine then skips ahead to the next digit instead of trying both branches at every character,
#: which halves a scan of a whole page's text.
YEAR = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|\.\d\d\.\d\d)")
#: Where `YEAR` can match in a long text: each branch's opening as a literal ("19", "20", and the ".dd.dd" one
#: character after the digit), which the regex engine skips ahead to. Searched for apart, they find a page's
#: years ten times as fast as `YEAR` itself, which tries its opening `\d` at every character.
YEAR_OPENINGS = ((re.compile(r"19\d\d"), 0), (re.compile(r"20\d\d"), 0), (re.compile(r"\.\d\d\.\d\d"), 1))
#: ISO-like stamps: date, optional time, optional fraction, optional offset.
ISO_STAMP = re.compile(
    r"(?<!\d)(?P<year>\d{4})-?(?P<month>[01]\d)-?(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):?(?P<minute>[0-5]\d)(?::?(?P<second>[0-5]\d))?(?:[.,]\d+)?"
    r"\s*(?P<offset>Z|[+-][01]\d(?::?[0-5]\d)?)?)?(?!\d)"
)

#: Textual dates, tried in order; each names year, month and day groups.
TEXT_DATES: tuple[re.Pattern[str], ...] = (
    # 17. Oktober 2024 / 17 octobre 2024 / 17 de octubre de 2024 / 17 октября 2024 г.
    re.compile(rf"(?<!\d){_DAY}\s*(?:de\s+)?{_MONTH}\s*(?:de\s+|,\s*)?{_YEAR}(?!\d)", re.I),
    # October 17, 2024 / Oct. 17th 2024
    re.compile(rf"(?<![^\W\d_]){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I),
    # Tue Oct 17 09:30:00 CET 2024 (Java's Date.toString, left in some sites' structured data)
    re.compile(rf"(?<![^\W\d_]){_MONTH}\s+{_DAY}\s+\d\d:\d\d(?::\d\d)?\s+[A-Z]{{2,5}}\s+{_YEAR}(?!\d)"),
    # 17.10.2024, 17. 10. 2024 (dots: day first, as German, Russian and most of Europe write it)
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<year>(?:19|20)\d\d)(?![\d])"),
    # 17/10/2024, 10/17/2024, 17-10-2024: read only when one number is over 12 (09/03/2026 is refused)
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[/-])(?P<month>[0-3]?\d)(?P=sep)"
               r"(?P<year>(?:19|20)\d\d)(?![\d])"),
    # 17.10.24: a two-digit year, read only with two-digit day and month ("2.1.18" is a version number)
    re.compile(r"(?<![\d.])(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>[0-9]\d)(?![\d.]?\d)"),
    # 2024/10/17 / 2024.10.17
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[./](?P<month>[01]?\d)[./](?P<day>[0-3]?\d)(?!\d)"),
)

#: The characters each of `TEXT_DATES` needs one of ("" for none), looked for with `in` before the pattern runs:
#: most values hold no time, no slash and no dot, and are spared the patterns that need them.
TEXT_DATE_MARKS = ("", "", ":", ".", "/-", ".", "./")
#: An ISO day inside a longer text: `parse_text` reads such a value as a stamp.
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")

#: A declared stamp written year first in words ("2023 Jan 7", PubMed's citation dates); read in meta values
#: only, since printed text uses the form for other days ("Received 2022 Oct 12; Accepted 2023 Jan 7").
YEAR_FIRST = re.compile(rf"^\s*{_YEAR}\s+{_MONTH}\s+(?P<day>[0-3]?\d)\s*$", re.I)

#: Dates in URL paths: /2024/10/17/, /2024-10-17-, /20241017/.
URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)[/_-]?(?P<month>[01]\d)[/_-]?(?P<day>[0-3]\d)(?:[/_.-]|$)"
    r"|/(?P<year2>(?:19|20)\d\d)/(?P<month2>[1-9]|1[0-2])/(?P<day2>[1-9]|[12]\d|3[01])/"  # /2017/7/12/
    r"|/(?P<year3>(?:19|20)\d\d)/(?P<month3>[a-z]{3,9})/(?P<day3>[0-3]?\d)/",  # /2023/october/03/
    re.I,
)


def valid_day(year: int, month: int, day: int) -> str | None:
    """`YYYY-MM-DD` for a real calendar day within the plausible years, else None."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _offset(raw: str | None) -> str | None:
    if not raw:
        return None
    if raw == "Z":
        return "+00:00"
    digits = raw[1:].replace(":", "")
    return f"{raw[0]}{digits[:2]}:{digits[2:4] or '00'}"


def parse_iso(value: str | None) -> str | None:
    """An ISO-like stamp as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM` when it carries an offset."""
    if not value:
        return None
    match = ISO_STAMP.search(value.strip()[:40])
    if not match:
        return None
    day = valid_day(int(match["year"]), int(match["month"]), int(match["day"]))
    if not day:
        return None
    offset = _offset(match["offset"])
    if not (offset and match["hour"]):
        return day
    hour, minute = int(match["hour"]), int(match["minute"])
    if hour > 23:
        return day
    return f"{day}T{hour:02d}:{minute:02d}:{match['second'] or '00'}{offset}"


def _month_number(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    word = raw.lower().rstrip(".")
    return MONTHS.get(word) or MONTHS.get(word[:4]) or MONTHS.get(word[:3])


def day_first(locale: str | None) -> bool | None:
    """Whether the page's locale ("en-GB", "de") writes 09/03/2026 day first (True), month first
    (False, US English), or is unknown (None: such a date is refused)."""
    if not locale:
        return None
    language, _, region = locale.replace("_", "-").partition("-")
    if language.lower() == "en":
        return True if region.upper() in DAY_FIRST_ENGLISH else False if region.upper() == "US" else None
    return True if language.lower() in DAY_FIRST_LANGUAGES else None


def parse_text(value: str | None, day_first: bool | None = None) -> str | None:
    """The first plausible date written in `value` ("17. Oktober 2024", "Oct 17, 2024", "17.10.2024"…);
    `day_first` (see `day_first()`) reads 09/03/2026 in the page's locale, which is refused without it."""
    if not value or not YEAR.search(value):
        return None
    iso = parse_iso(value) if ISO_STAMP.search(value) and ISO_DAY.search(value) else None
    if iso:
        return iso
    for pattern, marks in zip(TEXT_DATES, TEXT_DATE_MARKS):
        if marks and not any(map(value.__contains__, marks)):
            continue
        for match in pattern.finditer(value):
            month = _month_number(match["month"])
            if month is None:
                continue
            day = int(match["day"])
            if "sep" in pattern.groupindex:
                if day > 12 and month > 12:
                    continue
                if day <= 12 and month <= 12 and day_first is None:
                    continue  # both readings are real dates: which one is meant is unknown
                if month > 12 or (day <= 12 and month <= 12 and not day_first):
                    month, day = day, month  # 10/17/2024: the US reading
            year = int(match["year"])
            found = valid_day(year if year > 99 else CENTURY + year, month, day)
            if found:
                return found
    return None


class YearFinder:
    """`YEAR.search(text, position)` over one long text, searched from one position after another: `YEAR` can
    only match where one of `YEAR_OPENINGS` is found (less its offset), so those places are tried with
    `YEAR.match`, nearest first; each opening's next place is kept for the following searches."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.searched = 0  # where the kept places were searched from
        self.heads: dict[int, int] = {}  # opening's index → its next place, where `YEAR` would start
        self._search_from(0, range(len(YEAR_OPENINGS)))

    def search(self, position: int) -> re.Match[str] | None:
        # A kept place lies before `position` or is the first from there; a search back starts over.
        stale = range(len(YEAR_OPENINGS)) if position < self.searched else [
            index for index, start in self.heads.items() if start < position]
        self.searched = position
        self._search_from(position, stale)
        while self.heads:
            index = min(self.heads, key=self.heads.__getitem__)
            start = self.heads[index]
            if match := YEAR.match(self.text, start):
                return match
            self._search_from(start + 1, [index])
        return None

    def _search_from(self, position: int, indexes: Iterable[int]) -> None:
        """The next place of each of the openings `indexes` from `position` (dropped when there is none)."""
        for index in indexes:
            opening, offset = YEAR_OPENINGS[index]
            if found := opening.search(self.text, position + offset):
                self.heads[index] = found.start() - offset
            else:
                self.heads.pop(index, None)


def parse_any(value: str | None) -> str | None:
    """A machine stamp if `value` is one, else a textual date (also "2023 Jan 7" when that is all it holds)."""
    return parse_iso(value) or parse_text(value) or _year_first(value)


def _year_first(value: str | None) -> str | None:
    match = YEAR_FIRST.match(value or "")
    month = _month_number(match["month"]) if match else None
    return valid_day(int(match["year"]), month, int(match["day"])) if match and month else None


def date_from_url(url: str | None) -> str | None:
    """The day a URL path spells out (`/2024/10/17/`), or None."""
    if not url:
        return None
    match = URL_DATE.search(url)
    if not match:
        return None
    if match["year"]:
        return valid_day(int(match["year"]), int(match["month"]), int(match["day"]))
    if match["year2"]:
        return valid_day(int(match["year2"]), int(match["month2"]), int(match["day2"]))
    month = MONTHS.get(match["month3"].lower())
    return valid_day(int(match["year3"]), month, int(match["day3"])) if month else None
