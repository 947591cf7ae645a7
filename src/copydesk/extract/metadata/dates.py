"""Dates as pages write them → ISO 8601, or None.

A date keeps its time and offset only when the page gives both; a time without
an offset is cut to the day (an offset is never invented). Month names are read in
the 49 languages of `month_names.tsv`: a page reads English and its own language's
names, every language's when its language is unknown, less the names that mean
different months in different languages ("listopad": November in Polish, October in
Croatian). Year-month-day dates are read in Chinese, Japanese (also in the Reiwa and
Heisei eras) and Korean; Thai Buddhist-era years on Thai pages; digits of any script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources

MIN_YEAR = 1990  # the web's news archives start in the 1990s; earlier years are copyright lines or birthdays
MAX_YEAR = 2100  # later years are placeholders ("9999-12-31") or typos
CENTURY = 2000  # a two-digit year ("17.10.24") on the web is of this century
#: A date is written in a value's first characters (the longest value a shared page is dated by holds 116): a
#: hostile page's megabyte-long meta value or line would cost the patterns seconds.
MAX_DATE_TEXT = 1_000

#: Month names by language (`copydesk/data/month_names.tsv`, written from Unicode CLDR by
#: `benchmarks/make_month_names.py`): one line per language and month, names space-separated.
MONTH_NAMES_FILE = "month_names.tsv"
#: Language codes pages declare for a language the file keys otherwise.
LANGUAGE_ALIASES = {"iw": "he", "in": "id"}

#: English-speaking regions that write the day first (03/09/2026 is 3 September); the US writes the month first.
DAY_FIRST_ENGLISH = frozenset({"GB", "UK", "IE", "AU", "NZ", "IN", "ZA", "SG", "PK", "NG", "KE"})
#: Languages written day first wherever they are spoken.
DAY_FIRST_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "ru", "pl", "cs", "sk", "hu", "ro", "tr",
                                 "el", "da", "sv", "nb", "nn", "no", "fi", "uk", "bg", "hr", "sr", "sl", "ca",
                                 "id", "vi", "th"})

#: The blocks of Devanagari, Bengali and Thai letters and marks that month names are written in.
MARK_BLOCKS = ((0x0900, 0x0963), (0x0971, 0x097F), (0x0980, 0x09E5), (0x09F0, 0x09FF), (0x0E00, 0x0E4F))
#: Characters of month names that Python's `\w` takes for no letter: the vowel signs and viramas of Devanagari
#: and Bengali ("मार्च"), Thai's vowel and tone marks ("มีนาคม"); a name is cut at them otherwise. Only those
#: blocks' characters that are no letter: a letter both `[^\W\d_]` and a mark's class would match lets a month
#: word fail in thousands of ways on a long run of Thai (a 1 MB line took seconds a pattern).
MONTH_MARKS = "".join(re.escape(char) for first, last in MARK_BLOCKS
                      for char in map(chr, range(first, last + 1)) if not char.isalnum())
#: A month's word: letters and marks, a period inside (Thai "มี.ค."), maybe closed by an abbreviation sign
#: (Devanagari "जन॰", Hebrew "ינו׳") or a period, which the name is looked up without.
_MONTH = rf"(?P<month>[^\W\d_](?:[^\W\d_]|[{MONTH_MARKS}]|\.(?=[^\W\d_])){{1,15}}[\u0970\u05f3]?)\.?"
_NOT_AFTER_LETTER = rf"(?<![^\W\d_])(?<![{MONTH_MARKS}])"
#: A year of the web's news: also 25xx, a Thai Buddhist-era year (2567 is 2024), read on Thai pages only.
_YEAR = r"(?P<year>(?:19|20|25)\d\d)"
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
    # 17. Oktober 2024 / 17 octobre 2024 / 17 de octubre de 2024 / 5 d’abril de 2024 / 17 октября 2024 г.
    re.compile(rf"(?<!\d){_DAY}\s*(?:de\s+|d['’])?{_MONTH}\s*(?:del?\s+|,\s*)?{_YEAR}(?!\d)", re.I),
    # October 17, 2024 / Oct. 17th 2024
    re.compile(rf"{_NOT_AFTER_LETTER}{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I),
    # 2024年3月5日 / 2024년 3월 5일: Chinese, Japanese and Korean write year, month and day, each with its counter
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"),
    # ngày 5 tháng 3 năm 2024 / 5 tháng 3, 2024: Vietnamese names its months by number ("tháng" is "month")
    re.compile(r"(?<!\d)(?P<day>[0-3]?\d)\s+tháng\s+(?P<month>[01]?\d)(?:\s+năm\s+|\s*[,/]\s*)"
               r"(?P<year>(?:19|20)\d\d)(?!\d)", re.I),
    # 2024. március 5. / 2024 m. kovo 5 d.: Hungarian and Lithuanian write the year first, closed by a period
    re.compile(rf"(?<!\d){_YEAR}(?:\.|\s+m\.)\s*{_MONTH}\s+(?P<day>[0-3]?\d)(?!\d)", re.I),
    # Tue Oct 17 09:30:00 CET 2024 (Java's Date.toString, left in some sites' structured data)
    re.compile(rf"{_NOT_AFTER_LETTER}{_MONTH}\s+{_DAY}\s+\d\d:\d\d(?::\d\d)?\s+[A-Z]{{2,5}}\s+{_YEAR}(?!\d)"),
    # 17.10.2024, 17. 10. 2024 (dots: day first, as German, Russian and most of Europe write it)
    re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?{_YEAR}(?![\d])"),
    # 17/10/2024, 10/17/2024, 17-10-2024: read only when one number is over 12 (09/03/2026 is refused)
    re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[/-])(?P<month>[0-3]?\d)(?P=sep){_YEAR}(?![\d])"),
    # 17.10.24: a two-digit year, read only with two-digit day and month ("2.1.18" is a version number)
    re.compile(r"(?<![\d.])(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>[0-9]\d)(?![\d.]?\d)"),
    # 2024/10/17 / 2024.10.17 / 2024. 3. 5. (Korean, Hungarian)
    re.compile(rf"(?<!\d){_YEAR}[./]\s?(?P<month>[01]?\d)[./]\s?(?P<day>[0-3]?\d)(?!\d)"),
)

#: The characters (or words) each of `TEXT_DATES` needs one of ("" for none), looked for with `in` before the
#: pattern runs: most values hold no time, no slash and no dot, and are spared the patterns that need them.
TEXT_DATE_MARKS: tuple[str | tuple[str, ...], ...] = ("", "", "年년", ("háng",), ".", ":", ".", "/-", ".", "./")
#: Years the `YEAR` test misses: a Buddhist-era year, a Japanese era's, digits other than ASCII ones
#: (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Myanmar, full-width): `parse_text` reads these after
#: `western_digits`. Looked for only in text that is not ASCII, or on a Thai page.
OTHER_YEAR = re.compile(r"25\d\d|令和|平成|[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59"
                        r"\u1040-\u1049\uff10-\uff19]")
#: The zero of each script's digits that `OTHER_YEAR` finds; its nine followers are 1-9.
DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0xFF10)
ASCII_DIGITS = {zero + n: ord("0") + n for zero in DIGIT_ZEROS for n in range(10)}
#: A Japanese era's year ("令和6年", "平成元年": its first year is 元), and the Gregorian year before each era's first.
ERA_YEAR = re.compile(r"(令和|平成)\s*(元|\d{1,2})\s*年")
ERA_START = {"令和": 2018, "平成": 1988}  # Reiwa 1 is 2019, Heisei 1 is 1989
BUDDHIST_ERA = 543  # a Thai Buddhist-era year less this is the Gregorian one
#: A Thai letter: a month name in Thai dates its year in the Buddhist era.
THAI = re.compile(r"[\u0e01-\u0e4f]")
MIN_CUT = 3  # a name cut short keeps three letters at least ("Sep"); "Ma" is March's and May's
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


@cache
def _names_by_language() -> dict[str, dict[str, int]]:
    """language → its month names → their numbers, as shipped; read once per process (a file that never changes)."""
    text = resources.files("copydesk").joinpath("data", MONTH_NAMES_FILE).read_text(encoding="utf-8")
    table: dict[str, dict[str, int]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            language, number, names = line.split("\t")
            table.setdefault(language, {}).update(dict.fromkeys(names.split(), int(number)))
    return table


@cache
def month_names(language: str | None = None) -> dict[str, int]:
    """The month names a page in `language` (lower case: "de", "pt") reads, with their numbers: English and its own
    language's, which wins where the two differ; every language's when it is unknown, less the names that mean
    different months in different languages ("listopad", "lis", "srp"). Also the names cut short ("Sept",
    "Dezemb."): the first letters, three or more, of one month's names only."""
    table = _names_by_language()
    language = LANGUAGE_ALIASES.get(language, language) if language else None
    tables = [table["en"], table.get(language, {})] if language else list(table.values())
    meanings: dict[str, set[int]] = {}
    for names in tables:
        for name, number in names.items():
            meanings.setdefault(name, set()).add(number)
    named = tables[0] | tables[1] if language else {n: min(m) for n, m in meanings.items() if len(m) == 1}
    cut: dict[str, set[int]] = {}
    for name, number in named.items():
        for end in range(MIN_CUT, len(name)):
            cut.setdefault(name[:end], set()).add(number)
    # A name one language gives another month (unread without the page's language) is not read cut short either.
    return {start: min(m) for start, m in cut.items() if len(m) == 1 and start not in meanings} | named


def _month_number(raw: str, names: dict[str, int]) -> int | None:
    return int(raw) if raw.isdigit() else names.get(raw.lower().rstrip("."))


def day_first(locale: str | None) -> bool | None:
    """Whether the page's locale ("en-GB", "de") writes 09/03/2026 day first (True), month first
    (False, US English), or is unknown (None: such a date is refused)."""
    if not locale:
        return None
    language, _, region = locale.replace("_", "-").partition("-")
    if language.lower() == "en":
        return True if region.upper() in DAY_FIRST_ENGLISH else False if region.upper() == "US" else None
    return True if language.lower() in DAY_FIRST_LANGUAGES else None


def parse_text(value: str | None, day_first: bool | None = None, language: str | None = None) -> str | None:
    """The first plausible date written in `value` ("17. Oktober 2024", "Oct 17, 2024", "17.10.2024",
    "2024年3月5日"…); `day_first` (see `day_first()`) reads 09/03/2026 in the page's locale, which is refused
    without it; `language` (the page's, "de") says which month names are read (see `month_names`)."""
    if not value:
        return None
    value = value[:MAX_DATE_TEXT]
    if not YEAR.search(value):
        if not _other_year(value, language):
            return None
        value = western_digits(value)
    iso = parse_iso(value) if ISO_STAMP.search(value) and ISO_DAY.search(value) else None
    if iso:
        return iso
    names = month_names(language)
    for pattern, marks in zip(TEXT_DATES, TEXT_DATE_MARKS):
        if marks and not any(map(value.__contains__, marks)):
            continue
        for match in pattern.finditer(value):
            month = _month_number(match["month"], names)
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
            if year > MAX_YEAR and (language == "th" or THAI.match(match["month"])):
                year -= BUDDHIST_ERA
            found = valid_day(year if year > 99 else CENTURY + year, month, day)
            if found:
                return found
    return None


def western_digits(value: str) -> str:
    """`value` with its digits in ASCII and a Japanese era's year as the Gregorian one ("令和6年" → "2024年")."""
    if "年" in value:
        value = ERA_YEAR.sub(_gregorian_year, value)
    return value.translate(ASCII_DIGITS)


def _gregorian_year(era: re.Match[str]) -> str:
    year = 1 if era[2] == "元" else int(era[2].translate(ASCII_DIGITS))
    return f"{ERA_START[era[1]] + year}年"


def holds_year(line: str, language: str | None = None) -> bool:
    """Whether `line` may print a date that `parse_text` reads: it holds a year, in any script's digits."""
    # `YEAR` holds "19", "20" or a dot: a line with none of them (six in seven) is dropped by `in` alone.
    if ("20" in line or "19" in line or "." in line) and YEAR.search(line):
        return True
    return _other_year(line, language)


def _other_year(text: str, language: str | None) -> bool:
    """Whether `text` holds one of `OTHER_YEAR`'s years: only text that is not ASCII does, or a Thai page's."""
    return (not text.isascii() or language == "th") and OTHER_YEAR.search(text) is not None


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
    month = _month_number(match["month"], month_names()) if match else None
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
    month = month_names().get(match["month3"].lower())
    return valid_day(int(match["year3"]), month, int(match["day3"])) if month else None
