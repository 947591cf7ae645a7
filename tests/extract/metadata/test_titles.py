"""Which headline: the h1 and the declared titles cross-checked, one behaviour per fixture page."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import Metadata
from copydesk.extract.metadata.sources import read_sources
from copydesk.extract.metadata.title import (
    choose_title,
    site_keys,
    squash,
    strip_site,
    unmangle,
    without_dangling_signs,
    without_labels,
)

Read = Callable[..., Metadata]  # the `read` fixture: a fixture page's metadata


def squashed(text: str) -> str:
    """`squash` as it is defined: NFKC, case-folded, only letters and digits (`[\\W_]` dropped)."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


def test_squash_of_every_ascii_character_and_of_shared_titles(shared_dir: Path) -> None:
    # ASCII text takes a shorter way: it must drop, keep and lower-case each character as the definition does
    ascii_texts = [f"A{chr(code)}b_{chr(code)}" for code in range(128)]
    with gzip.open(shared_dir / "data" / "wcxb-dev" / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as lines:
        titles = [json.loads(line).get("title") or "" for line in lines]
    assert sum(title.isascii() for title in titles) > 500 and sum(not title.isascii() for title in titles) > 50
    for text in [*ascii_texts, *titles, "", "Straße İstanbul ＡＢＣ", "ＡＢＣ"]:
        assert squash(text) == squashed(text), text
    assert squash(None) == ""


def test_h1_piece_spelled_exactly_by_metadata_beats_the_whole_h1(read: Read) -> None:
    meta = read("h1_with_source_and_count.html", "https://dotboard.example/story/25/12/19/grads")
    assert meta.title == "Computer Science Grads Find Their Degrees No Longer Guarantee Jobs"
    assert meta.provenance["title"] == "h1"


def test_utf8_read_as_latin1_is_repaired(read: Read) -> None:
    meta = read("mangled_title.html", "https://coatinvestor.example/retirement-calculators/")
    assert meta.title == "A DIY Investor’s Guide to Retirement Calculators"


def test_text_that_does_not_round_trip_is_left_alone() -> None:
    assert unmangle("Café au lait") == "Café au lait"  # no C1 controls: nothing to repair
    assert unmangle("a\x85b") == "a\x85b"  # a C1 control that is no UTF-8 sequence stays


def test_short_labels_after_a_pipe_are_cut() -> None:
    assert without_labels("How meditation rewires brains | Opinion") == "How meditation rewires brains"
    assert without_labels("Kein App Store mehr mit iOS 13? | iPhone") == "Kein App Store mehr mit iOS 13?"
    # a long second half is the headline's own, and a short head keeps what follows
    long_half = "Top 10 Digital Cameras of 2025 | The Best Mirrorless Cameras on the Market"
    assert without_labels(long_half) == long_half
    assert without_labels("Webcams | Yosemite") == "Webcams | Yosemite"


def test_characters_lost_to_question_marks_are_taken_from_the_declared_title(read: Read) -> None:
    meta = read("h1_lost_characters.html", "https://school.example/blog/basics-of-event-planning")
    assert meta.title == "What Are The Basics Of Event Planning: Beginner's Guide"
    assert meta.provenance["title"] == "h1"


def test_headline_length_h1_stands_against_a_rephrased_seo_title(read: Read) -> None:
    meta = read("h1_rephrased_by_seo_title.html", "https://www.carreports.example/cars/hybrids-evs/buying-guide/")
    assert meta.title == "Find an Efficient Vehicle That’s Right for You"
    assert meta.provenance["title"] == "h1"


def test_h1_introducing_a_box_is_no_headline(read: Read) -> None:
    meta = read("h1_introducing_a_box.html", "https://siliconnotes.example/2025/12/19/google-cloud-inference")
    assert meta.title == "How Google Cloud runs AI inference at scale"


def test_h1_that_opens_the_declared_title_beats_the_site_h1(read: Read) -> None:
    meta = read("h1_first_segment.html", "https://gopher.example/blog/defer-panic-and-recover")
    assert meta.title == "Defer, Panic, and Recover"
    assert meta.provenance["title"] == "h1"


def test_site_named_in_brackets_after_the_title_is_cut(read: Read) -> None:
    meta = read("title_site_in_brackets.html", "https://erikdemaine.example/foldcut")
    assert meta.title == "The Fold-and-Cut Problem"
    assert strip_site("Types of Wine (Infographic)", {"erikdemaine"}) == "Types of Wine (Infographic)"


def test_domain_before_the_title_goes_with_its_separator() -> None:
    keys = site_keys([], "instantly.example")
    assert strip_site("Instantly.example - Sales Engagement & Lead Intelligence", keys) \
        == "Sales Engagement & Lead Intelligence"
    assert strip_site("Instantly.example Sales Engagement", keys) == "Sales Engagement"


def test_separators_left_dangling_at_either_end_are_dropped(read: Read) -> None:
    meta = read("title_decorated_h1.html", "https://northline.example/portfolio/")
    assert meta.title == "CREATIVE AGENCY PORTFOLIO"  # the h1 prints a decorative "/ " before it
    assert without_dangling_signs("National Rail Enquiries -") == "National Rail Enquiries"
    assert without_dangling_signs("Star Wars: A New Hope") == "Star Wars: A New Hope"
    assert without_dangling_signs("AC/DC live") == "AC/DC live"
    assert without_dangling_signs("-") == "-"  # nothing else to keep


def test_labels_after_a_pipe_count_words_not_signs() -> None:
    assert without_labels("12 Must-Have Data Analysis Tools for 2026 | Python, SQL & AI") \
        == "12 Must-Have Data Analysis Tools for 2026"
    assert without_labels("How to Grow a Lemon Tree | Step-by-Step Guide") == "How to Grow a Lemon Tree"


def test_references_escaped_twice_in_an_h1_are_read() -> None:
    chosen = choose_title(["Tools for 2026 | Python, SQL &#x26; AI"], [], set())
    assert chosen == ("Tools for 2026 | Python, SQL & AI", "h1")


def test_kicker_set_apart_in_a_block_before_the_h1s_own_words(read: Read) -> None:
    meta = read("h1_kicker_apart.html")
    assert meta.title == "Holocaust-Überlebende Margot Friedländer wird 100 Jahre"


def test_separator_printed_apart_from_the_kicker_is_left_out(read: Read) -> None:
    meta = read("h1_kicker_hidden_colon.html", "https://www.zeitung.example/2019/43/klimaschutz-banken")
    assert meta.title == "Bohren, bis es heiß wird"


def test_a_linked_word_opening_the_h1_is_no_kicker(read: Read) -> None:
    assert read("h1_linked_word.html").title == "Apple releases a new phone today"


def test_site_name_in_the_middle_cuts_it_and_its_slogan() -> None:
    keys = site_keys((), "www.petri-heil.example")
    title = "Bielersee-Winterhechte | petri-heil.example | Dein Schweizer Fischereimagazin"
    assert strip_site(title, keys) == "Bielersee-Winterhechte"
    # a middle segment that names no site stays
    assert strip_site("Pike in winter | Lake Biel | Dein Magazin", keys) == "Pike in winter | Lake Biel | Dein Magazin"


def test_site_name_after_a_short_label_is_cut_at_a_few_words_more() -> None:
    title = "How to help babies sleep through the night | Patient Education | UC Davis Children's Hospital"
    assert without_labels(title) == "How to help babies sleep through the night"
    # one long segment after the headline is the headline's own second half
    assert without_labels("Top Digital Cameras | The Best Mirrorless Cameras") == \
        "Top Digital Cameras | The Best Mirrorless Cameras"


def test_h1_naming_no_story_is_not_confirmed_by_the_title_naming_it(read: Read) -> None:
    # "News - Seeinstitut" cut to "News" spells the first h1, a section label: the story's h1 wins
    meta = read("title_section_h1.html", "https://www.seeinstitut.example/news/elektron")
    assert meta.title == "Auf das erste Elektron kommt es an"
    assert meta.provenance["title"] == "h1"


def test_h1_that_ends_the_declared_title_after_its_sections(read: Read) -> None:
    meta = read("title_h1_last_segment.html", "https://www.praesidialamt.example/reden/2003/03/31")
    assert meta.title == "Rede zum Föderalismuskonvent der Landesparlamente"
    assert meta.provenance["title"] == "h1"


def test_h1_after_the_sites_own_h1_is_the_headline(read: Read) -> None:
    meta = read("title_site_h1_first.html", "https://www.bayoucitymag.example/outdoors/best-biking-trails")
    assert meta.title == "The Best Trails and Neighborhoods in Houston for Biking"
    assert meta.provenance["title"] == "h1"


def test_h1_of_pieces_run_together_yields_to_the_declared_title(read: Read) -> None:
    meta = read("title_glued_h1.html", "https://appswap.example/software/notion/")
    assert meta.title == "Best Notion Alternatives: Top Note-taking Tools in 2026"
    # pieces joined by a colon or a dash read as one line, and a kicker apart from the headline is cut
    joined = choose_title(["OER Language: Spanish"], [("Spanish Materials - The OER Center", "meta")], set(),
                          [("OER Language:", "Spanish")])
    assert joined == ("OER Language: Spanish", "h1")
    kicked = choose_title(["Corona: Shops expect a slow restart"], [("Shops fear the slow restart", "meta")],
                          set(), [("Corona", "Shops expect a slow restart")], ["Shops expect a slow restart"])
    assert kicked == ("Shops expect a slow restart", "h1")


def test_short_label_after_a_dash_is_cut_from_a_declared_title_no_h1_prints(read: Read) -> None:
    meta = read("title_dash_label.html", "https://playfultones.example/blog/pixel-perfect-ui-part-1")
    assert meta.title == "Reflections on Building a Pixel-Perfect UI Pipeline in JUCE Applications"
    # a printed h1 keeps its dash segment; a short headline keeps what follows the dash
    assert choose_title(["Gym Workouts for Beginners — Strength Training"],
                        [("Gym Workouts for Beginners — Strength Training", "meta")], set()) \
        == ("Gym Workouts for Beginners — Strength Training", "h1")
    assert choose_title([], [("Villa Galaxy - Ferienvilla in Florida", "title_tag")], set()) \
        == ("Villa Galaxy - Ferienvilla in Florida", "title_tag")


def test_an_initial_opening_the_headline_is_no_domain() -> None:
    keys = site_keys(["Yonhap News Agency"], "en.yna.co.kr")
    assert strip_site("N. Korea slams S. Korea for joint military drill", keys) \
        == "N. Korea slams S. Korea for joint military drill"
    assert strip_site("yonhapnewsagency.example N. Korea slams S. Korea", keys) == "N. Korea slams S. Korea"


def test_kicker_run_into_the_h1_is_cut_where_the_declared_title_separates_it(read: Read) -> None:
    meta = read("title_kicker_run_together.html", "https://www.handelspraxis.example/olympia-getraenke")
    assert meta.title == "Getränke per Schiff ins Stadtzentrum"
    assert meta.provenance["title"] == "h1"
    # a kicker the h1 joins with a sign of its own is printed as part of the headline
    assert choose_title(["Krach im Werk: Es knirscht im Aufsichtsrat"],
                        [("Krach im Werk - Es knirscht im Aufsichtsrat", "meta")], set(),
                        [("Krach im Werk:", "Es knirscht im Aufsichtsrat")]) \
        == ("Krach im Werk: Es knirscht im Aufsichtsrat", "h1")


def test_h1_pieces_a_declared_title_spells_exactly_are_the_headline() -> None:
    # what follows the h1's first separator ("Kicker / Story")
    assert choose_title(['"Reformstau lösen" / Irme Stetter-Karp ist neue ZdK-Präsidentin'],
                        [("Irme Stetter-Karp ist neue ZdK-Präsidentin", "jsonld")], set()) \
        == ("Irme Stetter-Karp ist neue ZdK-Präsidentin", "h1")
    # the opening pieces, without a subtitle printed in an element of its own
    assert choose_title(["Dezuka Suisan: Fish Cakes, Hot and Fresh Welcome to the Flavor Capital"],
                        [("Dezuka Suisan: Fish Cakes, Hot and Fresh", "meta")], set(),
                        [("Dezuka Suisan: Fish Cakes, Hot", "and", "Fresh", "Welcome to the Flavor Capital")]) \
        == ("Dezuka Suisan: Fish Cakes, Hot and Fresh", "h1")


def test_one_word_h1_stands_when_a_declared_title_uses_the_word(read: Read) -> None:
    meta = read("title_one_word_h1.html", "https://www.vonderkueste.example/design/")
    assert meta.title == "Design"
    assert meta.provenance["title"] == "h1"
    # a word the declared title lists as a segment of its own is a section, and a word it lacks a menu
    assert choose_title(["Literatur"], [("Kultur | Literatur | 30.11. Buch der Woche", "title_tag")], set()) \
        == ("Kultur | Literatur | 30.11. Buch der Woche", "title_tag")
    assert choose_title(["Menu"], [("How rivers carve canyons", "meta")], set()) \
        == ("How rivers carve canyons", "meta")


def test_h1_linking_to_the_home_page_is_the_sites_name(read: Read) -> None:
    meta = read("title_h1_links_home.html", "https://www.kochblog.example/rinderleber-geschnetzeltes/")
    assert meta.title == "Rinderleber-Geschnetzeltes mit Apfel und Zwiebel"
    assert meta.provenance["title"] == "title_tag"


def test_which_h1_links_count_as_the_home_page() -> None:
    def home(href: str) -> list[str]:
        page = f'<html><body><h1><a href="{href}">Liebe geht durch den Magen</a></h1></body></html>'
        return read_sources(LexborHTMLParser(page)).home_h1s

    for href in ("/", "https://www.kochblog.example/", "https://www.kochblog.example", "./", "/index.php", "/en/"):
        assert home(href) == ["Liebe geht durch den Magen"], href
    for href in ("/rinderleber-geschnetzeltes/", "?p=42", "#", "/2020/05/story.html"):
        assert home(href) == [], href
    h1_in_link = '<a href="/"><div class="logo"><h1>Liebe geht durch den Magen</h1></div></a>'
    assert read_sources(LexborHTMLParser(f"<html><body>{h1_in_link}</body></html>")).home_h1s \
        == ["Liebe geht durch den Magen"]


def test_short_h1_shares_words_with_a_declared_title_inside_its_compounds() -> None:
    chosen = choose_title(["Finanzierung Ihres Autos"],
                          [("Autofinanzierung – Autokredit oder doch besser Leasing?", "title_tag")], set())
    assert chosen == ("Finanzierung Ihres Autos", "h1")
    # a short part of a longer word is no shared word: the menu label still yields
    assert choose_title(["Über uns"], [("Überraschung im Zoo: Ein Panda wird geboren", "meta")], set()) \
        == ("Überraschung im Zoo: Ein Panda wird geboren", "meta")


def test_a_long_site_name_holding_the_hosts_name_is_cut() -> None:
    keys = site_keys((), "www.bayrische-bembel.example")
    title = "EFC Bayrische Bembel Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft"
    assert strip_site(title, keys) == "Eintracht Frankfurt stellt Weichen für die Zukunft"
    # a segment the site's name fills less than half of is a headline that names the site
    assert strip_site("Bayrische Bembel fahren zum Auswärtsspiel nach Frankfurt - Story", keys) \
        == "Bayrische Bembel fahren zum Auswärtsspiel nach Frankfurt - Story"


def test_one_word_declared_title_yields_to_one_with_words() -> None:
    candidates = [("Medienmitteilungen", "meta"),
                  ("Impfen und Boostern ist bis Ende Februar noch überall möglich", "title_tag")]
    assert choose_title([], candidates, set()) \
        == ("Impfen und Boostern ist bis Ende Februar noch überall möglich", "title_tag")
    assert choose_title([], [("Medienmitteilungen", "meta")], set()) == ("Medienmitteilungen", "meta")


def test_archived_copy_names_the_archived_site(read: Read) -> None:
    # The archive's host names no site: the archived page's host shows "Kuchen Rezepte" to be the site's name.
    url = "https://web.archive.org/web/20160330101229/http://kuchenrezept.example/apfelkuchen-vom-blech"
    meta = read("title_archived_copy.html", url)
    assert meta.title == "Apfelkuchen vom Blech"
    assert meta.provenance["title"] == "title_tag"


def test_declared_title_printed_in_an_h2_beats_an_h1_it_does_not_spell(read: Read) -> None:
    # The h1 rephrases the story; the page prints its declared title whole as a heading of its own. The date
    # printed by the h1 is still the story's: the headline's place on the page is the h1's.
    meta = read("title_declared_in_h2.html", "https://robots.example/blog/mapping")
    assert meta.title == "How Does Robot Vacuum Mapping Work"
    assert meta.provenance["title"] == "h2"
    assert meta.published == "2024-11-06"


def test_declared_title_spelt_as_its_h2_prints_it(read: Read) -> None:
    # og:title writes a hyphen where the page's heading (and its <title>) print a dash
    meta = read("title_h2_spelling.html", "https://weinprobe.example/termine-2020")
    assert meta.title == "Termine Weinproben Januar – Mai 2020 Halle und Dessau"


def test_h2_decorated_with_signs_keeps_the_declared_spelling(read: Read) -> None:
    meta = read("title_h2_decorated.html", "https://hafen-architektur.example/team/weber")
    assert meta.title == "Jens Weber"


def test_segment_of_the_declared_title_printed_as_an_h2_is_the_headline(read: Read) -> None:
    # No h1; <title> runs the club's name, a section and the story together, and the page prints the story's part
    meta = read("title_h2_prints_a_segment.html", "https://sv-musterstadt.example/index.php?site=news&id=111")
    assert meta.title == "Die Turniere der letzten Zeit"


def test_declared_title_printed_whole_in_an_h2_beats_an_h1_that_only_opens_it(read: Read) -> None:
    meta = read("title_h1_opens_the_declared_h2.html", "https://seniors.example/travel/insurance/best/")
    assert meta.title == "Best Travel Insurance for Seniors in 2025"


def test_soft_hyphens_of_an_h1_go_unless_a_declared_title_writes_them(read: Read) -> None:
    # The h1 breaks its long word with soft hyphens; og:title, which confirms it, writes none
    meta = read("title_soft_hyphens.html", "https://statistik.example/presse/2040")
    assert meta.title == "Bevölkerungsvorausberechnung für das Jahr 2040"
    soft = "Be\u00advöl\u00adke\u00adrungs\u00advor\u00adaus\u00adbe\u00adrech\u00adnung für das Jahr 2040"
    assert choose_title([soft], [(soft, "meta")], set()) == (soft, "h1")


def test_opening_of_the_declared_title_printed_as_an_h2_is_the_headline(read: Read) -> None:
    # The declared title adds the issue "(2021/5)"; the page prints the story's title without it
    meta = read("title_h2_prints_the_opening.html", "https://reiseheft.example/reisen/muehle-20215/")
    assert meta.title == "Die vergessene Mühle am Bach"


def test_h2_printing_the_declared_title_without_its_label_beats_a_lone_h1(read: Read) -> None:
    # The declared title ends in a brand after a pipe, not known as the site's name; the h2 prints the rest
    meta = read("title_h2_without_the_label.html", "https://babytips.example/toddlers/own-bed")
    assert meta.title == "How to Get Toddlers to Sleep in Their Own Bed"
    assert meta.provenance["title"] == "h2"
