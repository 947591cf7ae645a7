"""Write `copydesk/data/month_names.tsv`, the month names `copydesk.extract.metadata.dates` reads, from
Unicode CLDR through `babel` (a build-time tool here: the package never imports it).

    python -m benchmarks.make_month_names          # write the file
    python -m benchmarks.make_month_names --check  # does the shipped file match what this script writes?

For each language: CLDR's wide and abbreviated names, in the format (genitive: "marca", "Μαρτίου") and the
stand-alone (nominative: "marzec") contexts, of the language and of the regions listed with it, lower-cased,
each with and without its closing period or abbreviation sign ("janv." and "janv", "ינו׳" and "ינו"); a Catalan
name's article dropped ("de març", "d’abril" → "març", "abril": the date patterns read the article); a Latin or
Greek name also without its accents ("février" → "fevrier", "Μαρτίου" → "μαρτιου": pages and headings in
capitals drop them), a German one also with "ae" / "oe" / "ue" for its umlauts ("maerz"), a Hebrew one also
after the preposition written onto it ("במרץ"). Names holding a digit ("3月", "thg 3") or a space are left out
(the year-month-day forms read those; so are the Levant's two-word names, "كانون الثاني"), and so are names under
three letters in a script with case ("ma"); a caseless script's short names stay (the Levant's August "آب", Hindi's
May "मई"). `EXTRA` adds the spellings the hand-written table before this file read and CLDR lacks.

Deterministic: languages, months and names sorted; babel's version is pinned by the venv.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "copydesk" / "data" / "month_names.tsv"

#: Language code as pages declare it → the CLDR locales whose names it reads (regional ones add spellings:
#: Austrian "Jänner", British "Sept", the Levant's "آذار" and the Maghreb's "جانفي"; "no" and "tl" are the older
#: codes of Bokmål and Filipino).
LANGUAGES: dict[str, tuple[str, ...]] = {
    "af": ("af",), "ar": ("ar", "ar_SY", "ar_LB", "ar_IQ", "ar_MA", "ar_DZ", "ar_TN"), "bg": ("bg",),
    "bn": ("bn",), "bs": ("bs",), "ca": ("ca",), "cs": ("cs",),
    "cy": ("cy",), "da": ("da",), "de": ("de", "de_AT", "de_CH"), "el": ("el",), "en": ("en", "en_GB", "en_AU"),
    "es": ("es", "es_MX", "es_US"), "et": ("et",), "eu": ("eu",), "fa": ("fa",), "fi": ("fi",),
    "fil": ("fil",), "fr": ("fr", "fr_CA", "fr_CH"), "ga": ("ga",), "gl": ("gl",), "he": ("he",), "hi": ("hi",),
    "hr": ("hr",), "hu": ("hu",), "id": ("id",), "is": ("is",), "it": ("it",), "lt": ("lt",), "lv": ("lv",),
    "mk": ("mk",), "ms": ("ms",), "nb": ("nb",), "nl": ("nl",), "nn": ("nn",), "no": ("nb",), "pl": ("pl",),
    "pt": ("pt", "pt_PT"), "ro": ("ro",), "ru": ("ru",), "sk": ("sk",), "sl": ("sl",), "sq": ("sq",),
    "sr": ("sr", "sr_Latn"), "sv": ("sv",), "sw": ("sw",), "th": ("th",), "tl": ("fil",), "tr": ("tr",),
    "uk": ("uk",), "ur": ("ur",),
}
#: Spellings the hand-written table before this file read and CLDR lacks, by language and month.
EXTRA: dict[str, dict[int, tuple[str, ...]]] = {
    "it": {1: ("genn",)},
    "ru": {2: ("фев",), 9: ("сен",), 11: ("ноя",)},
}
#: What closes an abbreviated name: a period, Devanagari's abbreviation sign ("जन॰"), Hebrew's geresh ("ינו׳").
ABBREVIATION_MARKS = ".\u0970\u05f3"
MIN_NAME = 3  # "mai", "ene": two letters of a cased script are words of too many languages; caseless ones ("آب") stay
#: A Catalan month's article, as CLDR writes its genitive ("de març", "d’abril").
CATALAN_ARTICLES = ("de ", "d’", "d'")
HEBREW_IN = "ב"  # "in", written onto the month: "5 במרץ 2024"
GERMAN_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def unaccented(name: str) -> str:
    """`name` without the accents of its Latin and Greek letters; other scripts' marks are letters' parts."""
    kept = []
    for char in unicodedata.normalize("NFD", name):
        if unicodedata.category(char) == "Mn" and kept and unicodedata.name(kept[-1], "").startswith(
                ("LATIN", "GREEK")):
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def spellings(name: str, language: str) -> set[str]:
    """The forms of one CLDR name a page may print (see the module's docstring)."""
    name = name.lower().strip()
    if language == "ca":
        for article in CATALAN_ARTICLES:
            name = name.removeprefix(article)
    forms = {name, name.rstrip(ABBREVIATION_MARKS)}
    forms |= {unaccented(form) for form in forms}
    if language == "de":
        forms |= {form.translate(GERMAN_UMLAUTS) for form in forms}
    if language == "he":
        forms |= {HEBREW_IN + form for form in forms}
    return {f for f in forms if (len(f) >= MIN_NAME or f.upper() == f)
            and not any(c.isdigit() or c.isspace() for c in f)}


def month_names() -> dict[str, dict[int, set[str]]]:
    """language → month → its names."""
    table: dict[str, dict[int, set[str]]] = {}
    for language, locales in LANGUAGES.items():
        months = table.setdefault(language, {m: set() for m in range(1, 13)})
        for code in locales:
            data = Locale.parse(code).months
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in data[context][width].items():
                        months[number] |= spellings(name, language)
        for number, names in EXTRA.get(language, {}).items():
            months[number] |= set(names)
    return table


def render() -> str:
    lines = ["# Month names by language, from Unicode CLDR: written by `python -m benchmarks.make_month_names`",
             "# (do not edit by hand). One line per language and month: the language code, the month's number,",
             "# its names (lower case, space-separated), tab-separated. Read by `copydesk.extract.metadata.dates`.",
             f"# babel {__import__('babel').__version__}"]
    for language, months in sorted(month_names().items()):
        for number, names in sorted(months.items()):
            lines.append(f"{language}\t{number}\t{' '.join(sorted(names))}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare the shipped file with a fresh one")
    args = parser.parse_args()
    text = render()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("month_names.tsv: up to date" if same else "month_names.tsv: differs; rerun this script")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} lines)")


if __name__ == "__main__":
    main()
