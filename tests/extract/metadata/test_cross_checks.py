"""`read_metadata` cross-checks between sources, one behaviour per fixture page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import Metadata, read_metadata

Read = Callable[..., Metadata]  # the `read` fixture: a fixture page's metadata
FIXTURES = Path(__file__).parent / "fixtures"


# Dates


def test_published_and_modified_kept_apart_when_page_prints_only_the_update(read: Read) -> None:
    meta = read("meta_tags_updated_label.html", "https://gardennotes.example/roses/prune")
    assert meta.published == "2021-03-05T08:00:00+01:00"  # "Updated January 20, 2025" does not replace it
    assert meta.modified == "2025-01-20T10:00:00+01:00"
    assert meta.provenance["published"] == "meta"
    assert meta.provenance["modified"] == "meta"
    assert meta.authors == ("Maria de la Cruz",)
    assert meta.title == "How to Prune Roses in Winter"


def test_printed_update_date_is_the_pages_date_when_nothing_else_says(read: Read) -> None:
    meta = read("printed_update_only.html", "https://sleepdesk.example/better-sleep")
    assert meta.published == "2025-08-19"
    assert meta.provenance["published"] == "text"
    assert meta.modified == "2025-08-19T13:25:59+00:00"
    assert meta.authors == ("Taya Iv",)


def test_plain_printed_date_beats_a_disagreeing_stamp(read: Read) -> None:
    meta = read("stamp_disagrees_with_print.html", "https://papers.example/article/3261")
    assert meta.published == "2000-04-24"
    assert meta.provenance["published"] == "text"


def test_a_caption_date_does_not_override_a_stamp_whose_day_is_printed_too(read: Read) -> None:
    # The lead photo's caption (2014) comes first by the headline; the stamp's day is printed below it.
    meta = read("caption_date_above_the_stamped_day.html", "https://news.example/6330957/geoengineering-warning/")
    assert meta.published == "2023-11-02T19:53:52+00:00"
    assert meta.provenance["published"] == "jsonld"


def test_printed_local_day_beats_the_same_moment_stamped_in_utc(read: Read) -> None:
    # "19. Oktober 2019 00:04 Uhr" by the headline is the stamp's 22:04 UTC told in the newsroom's time:
    # a day off, the same minutes; the modification stamp, in UTC too, is a day behind the printed day.
    meta = read("stamp_in_utc_printed_local.html", "https://zeitung.example/gesundheit/alternative-therapien")
    assert meta.published == "2019-10-19"
    assert meta.provenance["published"] == "text"
    assert meta.modified == "2019-10-18T22:05:41+00:00"


def test_printed_day_and_time_beat_a_stamp_a_day_off_with_no_time(read: Read) -> None:
    meta = read("stamp_without_time_printed_local.html", "https://nachrichten.example/investigativ/datenleck")
    assert meta.published == "2020-04-28"
    assert meta.provenance["published"] == "text"


def test_a_stamp_a_day_off_stays_when_the_print_shows_no_time_of_that_moment(read: Read) -> None:
    meta = read("stamp_a_day_off_printed_without_time.html", "https://garden.example/winterize-hose")
    assert meta.published == "2021-12-10T02:17:00+00:00"  # "December 9, 2021" alone: no clock time
    assert meta.provenance["published"] == "meta"
    page = (FIXTURES / "stamp_in_utc_printed_local.html").read_text(encoding="utf-8")
    other_minutes = page.replace("00:04 Uhr", "00:30 Uhr")  # not the stamp's moment: another one
    meta = read_metadata(LexborHTMLParser(other_minutes), "https://zeitung.example/gesundheit/alternative-therapien")
    assert meta.published == "2019-10-18T22:04:00+00:00"
    assert meta.provenance["published"] == "jsonld"


def test_labelled_date_far_from_the_headline(read: Read) -> None:
    meta = read("labelled_date_far.html", "https://verein.example/faire-lieferketten")
    assert meta.published == "2024-10-17"
    assert meta.provenance["published"] == "text"


def test_url_day_beats_a_utc_stamp_one_day_off(read: Read) -> None:
    meta = read("times_and_urls.html", "https://news.example/2024/10/17/council-budget")
    assert meta.published == "2024-10-17"
    assert meta.provenance["published"] == "url"
    same_day = read("times_and_urls.html", "https://news.example/2024/10/18/council-budget")
    assert same_day.published == "2024-10-18T03:30:00+00:00"
    assert same_day.provenance["published"] == "meta"


def test_url_day_beats_a_stamp_days_away(read: Read) -> None:
    meta = read("times_and_urls.html", "https://news.example/2024/09/02/council-budget")
    assert meta.published == "2024-09-02"
    assert meta.provenance["published"] == "url"


def test_lone_time_element_used_when_nothing_else_dates_the_page(read: Read) -> None:
    meta = read("lone_time.html", "https://blog.example/debusine-transitions.html")
    assert meta.published[:10] == "2025-12-18"
    assert meta.title == "Preparing a transition in Debusine"  # the date printed inside the h1 is left out


def test_times_of_a_list_of_items_do_not_date_the_page(read: Read) -> None:
    meta = read("many_times.html", "https://research.example/en/internet-of-things")
    assert meta.published is None


def test_future_stamp_refused_printed_date_used(read: Read) -> None:
    meta = read("meta_tags_updated_label.html", now="2021-01-01")
    assert meta.published is None or meta.published[:10] <= "2021-01-01"
    assert meta.modified is None


# Authors


def test_declared_staff_byline_kept_as_written(read: Read) -> None:
    meta = read("collective_byline.html", "https://www.investo.example/terms/d/digital-marketing")
    assert meta.authors == ("The Investo Team",)
    assert meta.provenance["authors"] == "jsonld"
    assert meta.site_name == "Investo"


def test_person_beside_a_staff_credit_is_the_byline(read: Read) -> None:
    meta = read("person_and_staff.html")
    assert meta.authors == ("Jay Berstein",)
    assert meta.provenance["authors"] == "meta"


def test_outlet_and_comment_text_are_no_authors(read: Read) -> None:
    meta = read("site_author_refused.html", "https://www.mdr.de/thueringen/autohaeuser-100.html")
    assert meta.authors == ()
    assert "authors" not in meta.provenance


def test_byline_element_read_line_by_line_and_labels_refused(read: Read) -> None:
    meta = read("byline_element_lines.html", "https://spice.example/blog/cayenne")
    assert meta.authors == ("Luke Kim",)  # not "Hardware", a one-word label in an "author" class
    assert meta.provenance["authors"] == "byline"
    assert meta.title == "Introducing the Cayenne Data Accelerator"


# Titles


def test_kicker_in_h1_left_out(read: Read) -> None:
    meta = read("h1_kicker.html", "https://www.tagesschau.de/investigativ/rheinmetall-datenleck-101.html")
    assert meta.title == "Daten von Rheinmetall gehackt"
    assert meta.provenance["title"] == "h1"
    assert meta.published == "2020-04-28"  # "Stand: 28.04.2020" printed under the headline


def test_site_name_cut_from_h1_too(read: Read) -> None:
    meta = read("h1_with_site.html", "https://artlyst.com/reviews/critics-choice-2025")
    assert meta.title == "Critics’ Choice: Best UK Art Exhibitions 2025"


def test_date_classed_element_dates_the_page_when_it_is_the_only_day(read: Read) -> None:
    meta = read("date_class.html", "http://www.example.net/blog/wahlzensur/")
    assert meta.published == "2018-10-26"
    assert meta.provenance["published"] == "text"
    listing = read("date_class_list.html", "http://www.example.net/ueber-uns/")
    assert listing.published is None  # two days in a sidebar list date other pages, not this one


def test_written_by_in_an_author_box_below_the_story(read: Read) -> None:
    meta = read("author_box.html", "https://lender.example/blog/millennials-habits")
    assert meta.authors == ("Cassidy Horton",)
    assert meta.provenance["authors"] == "byline"


def test_author_link_marked_up_as_such_taken_as_written(read: Read) -> None:
    meta = read("rel_author.html", "https://bunterepublik.example/2017/06/12/talstrasse/")
    assert meta.authors == ("gizzmo",)  # a user name, declared by rel="author": no capitals needed
    assert meta.provenance["authors"] == "byline"
    assert meta.published == "2017-06-12"


def test_headline_cut_short_yields_to_the_full_one(read: Read) -> None:
    meta = read("truncated_headline.html", "https://emilyhome.example/fix-it-friday")
    assert meta.title == "Fix It Friday: How To Arrange Your Living Room (Including One Trick That Works)"
    assert meta.provenance["title"] == "meta"


def test_domain_printed_before_the_headline_is_cut() -> None:
    tree = LexborHTMLParser("<title>davidbau.com Vibe Coding</title>")
    assert read_metadata(tree, "https://davidbau.com/archives/2025/12/16/vibe_coding.html").title == "Vibe Coding"


def test_site_prefixed_publication_meta_dates_the_page(read: Read) -> None:
    meta = read("vendor_published_meta.html", "https://legal.example/insights/articles/moving-legal-work")
    assert meta.published == "2025-05-27T06:03:43+00:00"
    assert meta.provenance["published"] == "meta"


def test_a_meta_tag_named_published_dates_the_page(read: Read) -> None:
    meta = read("published_meta_in_words.html", "https://software.example/blog/learn/data-analysis-tools.html")
    assert meta.published == "2025-07-17"
    assert meta.provenance["published"] == "meta"


def test_script_data_in_the_page_text_is_no_printed_date(read: Read) -> None:
    meta = read("script_dates_in_text.html", "https://lab.example/newsletter/fitness-protocol")
    assert meta.published == "2022-11-02"  # the date printed by the headline, not the script's copy of the stamp
    assert meta.provenance["published"] == "text"


def test_a_list_of_days_by_the_headline_does_not_overrule_the_stamp(read: Read) -> None:
    meta = read("comment_dates_by_headline.html", "https://courses.example/best-online-course-platforms/")
    assert meta.published == "2025-12-11T10:51:03+00:00"  # not the first comment's day


def test_java_style_stamp_in_structured_data_is_read(read: Read) -> None:
    meta = read("java_date_jsonld.html")
    assert meta.published == "2020-01-28"  # "Tue Jan 28 15:28:56 CET 2020": a zone name is no offset
    assert meta.provenance["published"] == "jsonld"


def test_rdfa_date_created_dates_the_page(read: Read) -> None:
    meta = read("rdfa_date_created.html")
    assert meta.published == "2022-01-28T12:45:46+00:00"
    assert meta.provenance["published"] == "microdata"


def test_howto_node_dates_and_credits_the_page(read: Read) -> None:
    meta = read("howto_jsonld.html")
    assert meta.published == "2022-01-10"  # "…T22:06:08:684Z": a broken time keeps its day
    assert meta.authors == ("Jana Brandt",)
    assert meta.page_kind == "article"


def test_date_after_a_padded_headline_beats_the_masthead_day(read: Read) -> None:
    meta = read("date_after_padded_headline.html")
    assert meta.published == "2021-10-18"  # blank elements and a script do not push it out of reach
    assert meta.provenance["published"] == "text"


def test_byline_date_with_a_two_digit_year(read: Read) -> None:
    meta = read("two_digit_year_byline.html")
    assert meta.published == "2023-10-31"  # "31.10.23"; the menu's "Version 2.1.18" is no date
    assert meta.provenance["published"] == "text"


def test_a_script_comment_by_the_headline_is_no_printed_date(read: Read) -> None:
    meta = read("script_comment_by_headline.html")
    assert meta.published == "2011-11-22"  # not the banner's "Erstellt 11.02.08"


def test_slash_date_read_in_the_pages_locale(read: Read) -> None:
    meta = read("slash_date_in_page_locale.html")
    assert meta.published == "2020-04-12"  # British English writes the day first


def test_slash_date_refused_when_the_locale_does_not_say() -> None:
    html = (FIXTURES / "slash_date_in_page_locale.html").read_text(encoding="utf-8")
    meta = read_metadata(LexborHTMLParser(html.replace('lang="en-GB"', 'lang="en"')), None)
    assert meta.published is None  # 12 April or 4 December: unknown, so missing rather than wrong


def test_a_day_printed_alone_dates_a_page_with_nothing_else(read: Read) -> None:
    meta = read("lone_printed_day.html")
    assert meta.published == "2022-02-01"
    assert meta.provenance["published"] == "text"


def test_a_day_ending_a_sentence_or_labelled_as_the_sites_update_is_no_date(read: Read) -> None:
    assert read("lone_day_in_a_sentence.html").published is None


def test_a_date_in_the_headline_names_its_subject_not_its_publication(read: Read) -> None:
    meta = read("date_in_headline.html")
    assert meta.published == "2007-05-20"


def test_the_one_day_a_page_prints_dates_it_even_labelled_as_its_update(read: Read) -> None:
    meta = read("lone_update_day.html")
    assert meta.published == "2016-12-30"  # "Aktualisiert:": the page's own day, the only one it shows
    assert meta.provenance["published"] == "text"


def test_a_date_opening_the_first_paragraph_is_its_dateline(read: Read) -> None:
    meta = read("dateline_paragraph.html")
    assert meta.published == "2022-02-01"  # not the 17.01.2022 named later in the story


def test_a_lone_day_after_a_label_counts_by_its_own_length(read: Read) -> None:
    assert read("lone_labelled_day.html").published == "2025-11-13"  # "Last updated:" is no part of it


def test_hatom_abbr_gives_its_stamp_in_the_title(read: Read) -> None:
    meta = read("hatom_abbr_date.html")
    assert meta.published == "2017-09-09T10:52:00+02:00"
    assert meta.provenance["published"] == "microdata"


def test_printed_modification_stamp_does_not_override_the_publication(read: Read) -> None:
    meta = read("modification_stamp_printed.html")
    assert meta.published == "2022-12-25T11:00:02+00:00"
    assert meta.modified is None  # before the publication: a wrong stamp, dropped


def test_a_date_inside_a_sentence_split_by_markup_is_no_dateline(read: Read) -> None:
    meta = read("prose_date_by_headline.html")
    assert meta.published == "2020-02-04T13:15:08+00:00"


def test_a_modification_stamp_printed_alone_is_the_date_the_page_shows(read: Read) -> None:
    meta = read("modification_shown_alone.html")
    assert meta.published == "2021-03-20"  # printed by the headline; the 16 March publication printed nowhere
    assert meta.provenance["published"] == "text"
    assert meta.modified == "2021-03-20T14:00:17+00:00"


def test_a_publication_stamp_in_the_pages_script_data_dates_a_page_that_declares_none(read: Read) -> None:
    meta = read("script_state_stamp.html")
    assert meta.published == "2016-11-04T20:37:27+00:00"
    assert meta.provenance["published"] == "script"


def test_script_stamps_that_name_several_days_date_nothing() -> None:
    page = ('<html><body><h1>Latest reviews</h1><script type="application/json">[{"publishedDate":'
            '"2016-11-04T20:37:27Z"}, {"publishedDate":"2017-01-09T08:00:00Z"}]</script></body></html>')
    assert read_metadata(LexborHTMLParser(page), None).published is None  # a list of items, not the page's day
