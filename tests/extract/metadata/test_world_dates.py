"""Dates written in any language: month names by the page's language (from CLDR), year-month-day forms of
Chinese, Japanese and Korean, months by number in Vietnamese, Thai Buddhist-era years, digits of other scripts."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from copydesk.extract.metadata import Metadata, dates

Read = Callable[..., Metadata]  # the `read` fixture: a fixture page's metadata

#: The month names the hand-written table before `month_names.tsv` read, month by month: every one is kept.
OLD_TABLE = (
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
)


def test_every_name_of_the_old_table_is_read_alike_without_a_language() -> None:
    names = dates.month_names(None)
    for number, line in enumerate(OLD_TABLE, start=1):
        for name in line.split():
            assert names.get(name) == number, name


def test_a_month_words_letters_and_marks_are_told_apart_by_one_class_each() -> None:
    # A Thai letter read by both classes let the month word fail in 2^n ways: a 1 MB Thai line took seconds a
    # pattern, a 2 MB date meta tag 76 s of `extract`. Every character of the blocks is read by one class at most.
    letter, mark = re.compile(r"[^\W\d_]"), re.compile(f"[{dates.MONTH_MARKS}]")
    for first, last in dates.MARK_BLOCKS:
        both = [chr(c) for c in range(first, last + 1) if letter.fullmatch(chr(c)) and mark.fullmatch(chr(c))]
        assert not both, both
    assert mark.fullmatch("\u0e35") and mark.fullmatch("\u094d") and letter.fullmatch("\u0e21")  # ี, ्, ม


def test_the_shipped_month_names_are_what_the_cldr_script_writes() -> None:
    pytest.importorskip("babel")
    from benchmarks.make_month_names import OUT, render

    assert OUT.read_text(encoding="utf-8") == render()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("发布时间：2024年3月5日 10:30", "zh", "2024-03-05"),
        ("2024年03月05日", None, "2024-03-05"),
        ("２０２４年３月５日", None, "2024-03-05"),  # full-width digits
        ("令和6年3月5日", "ja", "2024-03-05"),  # Reiwa 6
        ("平成31年4月1日", None, "2019-04-01"),
        ("令和元年5月1日", None, "2019-05-01"),  # an era's first year is 元
        ("입력 2024년 3월 5일 10:30", "ko", "2024-03-05"),
        ("2024. 3. 5. 10:30", "ko", "2024-03-05"),
        ("5 มีนาคม 2567 เวลา 10:30 น.", "th", "2024-03-05"),  # Buddhist era
        ("5 มี.ค. 2567", None, "2024-03-05"),  # a Thai month name dates its year in the Buddhist era
        ("5 มีนาคม 2024", None, "2024-03-05"),  # the Gregorian year on a Thai page stays
        ("٥ مارس ٢٠٢٤", "ar", "2024-03-05"),  # Arabic-Indic digits
        ("۵ مارس ۲۰۲۴", "fa", "2024-03-05"),  # Persian digits, a Gregorian month
        ("५ मार्च २०२४", "hi", "2024-03-05"),  # Devanagari digits, a vowel sign inside the name
        ("5 जन॰ 2024", "hi", "2024-01-05"),  # Devanagari's abbreviation sign
        ("5 listopada 2024", "pl", "2024-11-05"),
        ("5. listopada 2024.", "hr", "2024-10-05"),  # the same word is October in Croatian
        ("5. března 2024", "cs", "2024-03-05"),
        ("5 Nisan 2024", "tr", "2024-04-05"),
        ("5 Μαρτίου 2024", "el", "2024-03-05"),
        ("5 ΜΑΡΤΙΟΥ 2024", None, "2024-03-05"),  # capitals drop the accent
        ("2024. március 5.", "hu", "2024-03-05"),  # year first
        ("2024 m. kovo 5 d.", "lt", "2024-03-05"),
        ("5 במרץ 2024", "he", "2024-03-05"),  # "in March"
        ("5 d’abril de 2024", "ca", "2024-04-05"),
        ("5 de marzo del 2024", "es", "2024-03-05"),
        ("5 آذار 2024", "ar", "2024-03-05"),  # the Levant's name of March
        ("5 آب 2024", "ar", "2024-08-05"),  # and of August: two letters of a caseless script
        ("5 मई 2024", "hi", "2024-05-05"),
        ("Thứ ba, ngày 5 tháng 3 năm 2024", "vi", "2024-03-05"),  # months by number
        ("5 Sept 2024", None, "2024-09-05"),  # a name cut short
        ("5 Dezemb. 2024", "de", "2024-12-05"),
    ],
)
def test_dates_in_other_languages_and_scripts(text: str, language: str | None, expected: str) -> None:
    assert dates.parse_text(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("5 listopada 2024", None),  # November or October: unknown without the page's language
        ("5 lis 2024", None),
        ("Les 10 des 2024 meilleurs films", "fr"),  # Indonesian "Des" is read on Indonesian pages only
        ("Top 10 Designs 2024", None),  # no name starts "designs"
        ("10 promospots 2024", None),
        ("5 Augenblicke 2024", "de"),
        ("۱۷ اسفند ۱۴۰۲", "fa"),  # a Solar Hijri year
        ("Ticket 5/3/2567", "en"),  # a Buddhist-era year only on Thai pages
        ("平成元年1月8日", None),  # 1989: before the web's news archives
    ],
)
def test_month_like_words_and_numbers_that_are_no_date(text: str, language: str | None) -> None:
    assert dates.parse_text(text, day_first=True, language=language) is None


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("printed_date_zh.html", "2024-03-05"),
        ("printed_date_ja_era.html", "2024-03-05"),
        ("printed_date_ko.html", "2024-03-05"),
        ("printed_date_th_buddhist_era.html", "2024-03-05"),
        ("printed_date_ar_indic_digits.html", "2024-03-05"),
        ("printed_date_hi.html", "2024-03-05"),
        ("printed_date_pl_listopad.html", "2024-11-05"),
        ("printed_date_hr_listopad.html", "2024-10-05"),
        ("printed_date_cs.html", "2024-03-05"),
        ("printed_date_tr.html", "2024-04-05"),
        ("printed_date_el.html", "2024-03-05"),
        ("printed_date_hu_year_first.html", "2024-03-05"),
        ("printed_date_he.html", "2024-03-05"),
        ("printed_date_ca.html", "2024-04-05"),
    ],
)
def test_a_page_dated_in_its_own_language(read: Read, page: str, expected: str) -> None:
    meta = read(page)
    assert (meta.published, meta.provenance.get("published")) == (expected, "text")


@pytest.mark.parametrize(
    "page",
    ["printed_date_listopad_no_language.html", "printed_date_fa_solar_hijri.html",
     "printed_date_in_a_chinese_sentence.html",  # a biography's dates, told in sentences
     "printed_month_like_word_fr.html", "printed_buddhist_year_not_thai.html"],
)
def test_no_date_read_where_the_page_prints_none_it_can_tell(read: Read, page: str) -> None:
    assert read(page).published is None
