"""Who wrote it: credentials, house credits and outlets, one behaviour per fixture page."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.extract.metadata.authors import AGENCIES, AGENCY_ALTERNATION, ANY_AGENCY, clean_authors
from copydesk.extract.metadata.byline import byline_markers, ends_with_marker, names_in_lines

Read = Callable[..., Metadata]  # the `read` fixture: a fixture page's metadata


def test_credentials_stay_with_the_declared_name(read: Read) -> None:
    meta = read("credentials_byline.html", "https://www.nutrio.example/nutrition/plant-based-diet-guide")
    assert meta.authors == ("Jillian Kubala, MS, RD",)
    assert meta.provenance["authors"] == "meta"


def test_credentials_kept_as_written_and_people_still_split() -> None:
    assert clean_authors(["Genevieve Carlton, Ph.D."], typed=True) == ("Genevieve Carlton, Ph.D.",)
    assert clean_authors(["Jane Doe, MD and John Roe, DVM"]) == ("Jane Doe, MD", "John Roe, DVM")
    assert clean_authors(["Michael Greger, M.D. FACLM"]) == ("Michael Greger, M.D. FACLM",)


def test_outlet_after_a_name_is_no_credential(read: Read) -> None:
    meta = read("outlet_after_name.html")
    assert meta.authors == ("Jane Doe",)


def test_declared_role_credit_is_the_byline(read: Read) -> None:
    meta = read("declared_role.html", "https://greenfolk.example/zero-waste-guide/")
    assert meta.authors == ("Community Editor",)


def test_person_beside_a_role_is_the_byline(read: Read) -> None:
    meta = read("person_and_role.html", "https://greenfolk.example/moving-on-a-budget/")
    assert meta.authors == ("Mike Marshall",)


def test_staff_credit_in_an_author_box(read: Read) -> None:
    meta = read("staff_author_box.html", "https://www.podio.example/article/plumbing-industry-trends")
    assert meta.authors == ("Podio Staff",)
    assert meta.provenance["authors"] == "byline"


def test_role_in_loose_text_is_no_author() -> None:
    assert clean_authors(["Senior Editor"]) == ()


def test_a_line_quoting_a_title_is_no_author() -> None:
    assert clean_authors(["Hinweise zur Manuskriptgestaltung „Wiener Digitale Revue"]) == ()
    assert clean_authors(["Franz Müller"]) == ("Franz Müller",)


def test_site_named_after_its_writer_declares_them(read: Read) -> None:
    meta = read("personal_site.html", "https://www.erinspain.example/12-diy-woodworking-projects/")
    assert meta.authors == ("Erin Spain",)  # the site's name, but a person's: she writes it
    assert meta.provenance["authors"] == "meta"


def test_site_named_after_its_writer_without_a_byline(read: Read) -> None:
    meta = read("personal_site_undeclared.html", "https://pollybarks.example/blog/zero-waste-lifestyle-guide")
    assert meta.authors == ("Polly Barks",)
    assert meta.provenance["authors"] == "site"


def test_business_named_like_a_person_is_no_author(read: Read) -> None:
    meta = read("business_named_like_person.html", "https://www.morganstanley.example/articles/retirement")
    assert meta.authors == ()  # "we" and "our": a company speaks, not Morgan Stanley the person


def test_brand_named_with_a_given_name_is_no_author(read: Read) -> None:
    meta = read("brand_named_like_person.html", "https://www.royalroad.example/fiction/chapter-1")
    assert meta.authors == ()


def test_fragments_of_an_organisation_are_no_people() -> None:
    assert clean_authors(["Center for Drug Evaluation and Research"], typed=True) == ()
    assert clean_authors(["Justin C. Meserole, Morgan & Morgan"]) == ("Justin C. Meserole",)
    names = ("Rui Ma", "Heba Ledwon", "Suparn Patra")
    assert clean_authors(["Rui Ma, Heba Ledwon & Suparn Patra"], typed=True) == names


def test_declared_phrase_is_no_name_but_lower_case_names_are() -> None:
    byline = "Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines - 10+ Years in the Moving Trade"
    assert clean_authors([byline], typed=True) == ("Benjamin Johnson",)
    assert clean_authors(["kirstin boatto"], typed=True) == ("kirstin boatto",)


def test_author_box_opening_with_the_name_before_a_bio(read: Read) -> None:
    meta = read("author_box_bio.html", "https://www.optimo.example/blog/seo-tips-for-therapists")
    assert meta.authors == ("Lauren Vetter",)
    assert meta.provenance["authors"] == "byline"


def test_article_by_alone_on_its_line_names_the_author_below(read: Read) -> None:
    meta = read("article_by_lead_line.html", "https://bytesauna.example/post/proofs-as-types")
    assert meta.authors == ("Matias Heikkilä",)


def test_byline_printed_by_the_headline_beats_the_filing_account(read: Read) -> None:
    meta = read("printed_byline_over_account.html", "https://www.investornotes.example/best-retirement-calculators/")
    assert meta.authors == ("Charles Patterson",)  # a guest post filed under the editor's account
    assert meta.provenance["authors"] == "byline"


def test_reviewer_is_no_writer(read: Read) -> None:
    assert read("reviewer_before_writer.html").authors == ("Jillian Kubala, MS, RD",)


def test_soft_hyphens_leave_names() -> None:
    assert clean_authors(["Von Mat\u00adthi\u00adas Lauerer"]) == ("Matthias Lauerer",)


def test_commenter_marked_as_comment_author_is_no_author(read: Read) -> None:
    meta = read("commenter_marked_author.html", "https://luxurytravelnotes.example/best-luxury-hotel-brands/")
    assert meta.authors == ()


def test_login_name_yields_to_the_printed_writer(read: Read) -> None:
    meta = read("login_name_and_printed_writer.html", "https://fest.example/guide-to-meditation/")
    assert meta.authors == ("Denise Everheart",)
    assert meta.provenance["authors"] == "byline"
    bare = LexborHTMLParser("<meta name=author content=andrew.keaveney>")
    assert read_metadata(bare, None).authors == ("andrew.keaveney",)  # nothing else named: the declared name stays


def test_copyright_holder_of_a_site_named_after_them(read: Read) -> None:
    meta = read("copyright_owner.html", "https://tobyhede.example/blog/ineffective-agents")
    assert meta.authors == ("Toby Hede",)
    assert meta.provenance["authors"] == "site"
    assert read("copyright_owner.html", "https://agents.example/blog/ineffective-agents").authors == ()


def test_initials_and_jr_keep_their_dot() -> None:
    assert clean_authors(["By Perry Bacon Jr."], typed=True) == ("Perry Bacon Jr.",)
    assert clean_authors(["Joe S."]) == ("Joe S.",)
    assert clean_authors(["By Jane Doe."]) == ("Jane Doe",)


def test_picture_credit_is_no_byline() -> None:
    assert clean_authors(["Bild © ARD"]) == ()


def test_bare_name_beside_the_date_under_the_headline(read: Read) -> None:
    meta = read("name_beside_date.html", "https://preservation.example/blog/2025-12-17-the-pilot-has-landed")
    assert meta.authors == ("Karen Lund",)  # not "In This Article", beside another date further down
    assert meta.provenance["authors"] == "byline"


def test_about_the_author_box_names_the_bio_subject(read: Read) -> None:
    meta = read("about_the_author_bio.html", "https://www.codehack.example/blog/cloud-computing-innovations")
    assert meta.authors == ("Juliette Carreiro",)  # the full name, not "Juliette" of the link below


def test_written_by_with_the_name_after_blank_lines(read: Read) -> None:
    meta = read("written_by_then_blank_lines.html", "https://learnly.example/online-course-center/what-is-it")
    assert meta.authors == ("Eliza Brandt",)


def test_name_after_a_lone_author_label_far_below_the_headline(read: Read) -> None:
    meta = read("facts_box_author.html", "https://learn.example/insights/benefits")
    assert meta.authors == ("Lisa D. Ellis",)
    assert meta.provenance["authors"] == "byline"


def test_one_word_role_below_a_label_is_no_author() -> None:
    # the label reader's names go through the loose-text rule: one capitalised word is a role
    from copydesk.extract.metadata.page_authors import _people

    assert _people(["Rechtsanwalt"], (), set(), "element") == ()
    assert _people(["Lisa D. Ellis"], (), set(), "element") == ("Lisa D. Ellis",)


def test_this_post_was_written_by(read: Read) -> None:
    meta = read("written_by_sentence.html", "https://www.health.example/blog/plant-based")
    assert meta.authors == ("Vanessa Mendez, MD",)
    assert clean_authors(["This post was written by Danielle Padula, Head of Marketing and Community Development"]) \
        == ("Danielle Padula",)


def test_login_link_and_forum_name_are_no_people(read: Read) -> None:
    meta = read("login_link_as_author.html", "https://shop.example/cameras/best-cheap/")
    assert meta.authors == ("Ray Ansari",)
    assert clean_authors(["AI Alignment Forum"]) == ()
    assert clean_authors(["Sign In"]) == ()
    assert clean_authors(["Submit"]) == ()  # a form's button


def test_name_after_a_dot_separated_date() -> None:
    assert clean_authors(["Dec. 19, 2025 · Niko Matsakis"]) == ("Niko Matsakis",)
    assert clean_authors(["Jane Doe • John Roe"]) == ("Jane Doe", "John Roe")


def test_outlet_declared_as_a_person_is_no_author(read: Read) -> None:
    meta = read("outlet_as_jsonld_person.html", "https://www.dailywire.example/story/movies/2025/12/19/ten/")
    assert meta.authors == ("Brian Truitt",)


def test_citation_authors_several_tags_and_one_tag_split(read: Read) -> None:
    meta = read("citation_authors.html", "https://journal.example/2019/6/e14273")
    assert meta.authors == ("Jennifer Huberty", "Jeni Green", "Linda Larkey")


def test_article_written_by_label_and_credentials_after_a_known_one(read: Read) -> None:
    meta = read("article_written_by_label.html", "https://obesity.example/blog/weight-loss-medications/")
    assert meta.authors == ("Doris Munoz-Mantilla, MD, FOMA, DABOM",)
    assert clean_authors(["Jane Doe, CNN"]) == ("Jane Doe",)  # an acronym alone is the outlet, not a credential


def test_byline_opening_a_meta_description_on_its_own_line(read: Read) -> None:
    assert read("description_byline.html", "https://www.bss.example/district/343604").authors == ("Md Aynal Haque",)
    # a one-line description is a sentence, even one that opens with "By"
    assert read("description_sentence_by.html", "https://save.example/groceries").authors == ()


def test_section_label_and_heading_are_no_credit_but_a_hyphenated_team_is() -> None:
    assert clean_authors(["EDITORIAL"], collective=True) == ()  # a section's label
    assert clean_authors(["Investopedia Editorial"], collective=True) == ("Investopedia Editorial",)
    assert clean_authors(["PETA-Team"], collective=True) == ("PETA-Team",)
    assert clean_authors(["Zur Person"]) == ()  # "About the person": a heading


def test_single_words_joined_in_printed_text_are_a_phrase() -> None:
    from copydesk.extract.metadata.page_authors import _people

    assert _people(["Von Sitte und Moral"], (), set(), "byline") == ()
    assert _people(["Von Jane Doe und John Roe"], (), set(), "byline") == ("Jane Doe", "John Roe")


def test_lone_staff_credit_in_a_byline_element(read: Read) -> None:
    meta = read("newsdesk_byline.html", "https://www.weekly.example/posts/human-input-crucial")
    assert meta.authors == ("Newsdesk",)
    assert meta.provenance["authors"] == "byline"


def byline_names(lines: list[str]) -> tuple[str, ...]:
    """The authors the first byline among `lines` names, read as the page's author reader reads the lines
    by the headline (`names_in_lines`, then the names cleaned)."""
    found = names_in_lines(lines)
    return clean_authors([found[0]]) if found else ()


def test_names_printed_on_lines_of_their_own_after_a_lone_lead_in() -> None:
    lines = ["Streit ums Feuerholz", "Von", "Roland Brockmann", "und", "Sebastian Drescher", "13. Februar 2017"]
    assert byline_names(lines) == ("Roland Brockmann", "Sebastian Drescher")
    assert byline_names(["By", "Jane Doe", "Updated May 2, 2024"]) == ("Jane Doe",)
    assert clean_authors(["Mark Newton", "Übersetzung"]) == ("Mark Newton",)  # the translation credit's label


def test_a_class_naming_authorities_is_no_byline(read: Read) -> None:
    assert read("authorities_menu.html", "https://www.legalhelp.example/about/i-need-legal-help").authors == ()


def test_author_label_with_a_colon_opening_a_line_below_the_story(read: Read) -> None:
    meta = read("author_label_after_story.html", "https://www.stiftung.example/news/detail/aufgaben")
    assert meta.authors == ("Uta Staschewski",)
    assert clean_authors(["Rechtsanwalt"]) == ()  # a lawyer's title, printed under the label


def test_lead_in_after_a_dash() -> None:
    assert byline_names(["05.02.2020", "- Redaktion: Eberhard Fuhr (Pressesprecher)"]) == ("Eberhard Fuhr",)


def test_name_beside_a_date_after_a_dash() -> None:
    from copydesk.extract.metadata.owner import name_beside_date

    assert name_beside_date(["Essay", "25.10.2022 - Reiner Nagel"]) == "Reiner Nagel"
    assert name_beside_date(["25.10.2022 - Berlin Mitte"]) is None  # no given name: a place


def test_lead_in_with_its_colon_alone_on_a_line_below_the_story(read: Read) -> None:
    meta = read("sign_off_label.html", "https://www.sonne.example/index.php?id=30&news=477")
    assert meta.authors == ("Götz Warnke",)  # "davon" in the prose is no label


def test_printed_byline_naming_the_declared_author_among_others_wins(read: Read) -> None:
    meta = read("printed_byline_names_more.html", "https://www.hr.example/blog/hr-trends/")
    assert meta.authors == ("Dr Marna van der Merwe", "Dr Dieter Veldsman", "Erik van Vulpen")
    assert meta.provenance["authors"] == "byline"


def test_staff_credit_yields_to_the_writer_named_below_the_story(read: Read) -> None:
    meta = read("author_house_credit_then_writer.html", "https://www.quarry.example/blog/query-optimization")
    assert meta.authors == ("Paulina Gianni",)  # "Team Quarry" by the headline is the house account


def test_bio_box_opening_with_its_subject_after_the_story(read: Read) -> None:
    meta = read("author_bio_box_after_story.html", "https://www.soundwave.example/blog/podcast-equipment-guide")
    assert meta.authors == ("Alban Brookes",)
    assert meta.provenance["authors"] == "byline"


def test_name_by_the_headline_confirmed_by_its_bio(read: Read) -> None:
    meta = read("author_bio_subject_by_headline.html", "https://harbourhotels.example/blog/travel-hacks")
    assert meta.authors == ("Julia Gralton",)


def test_businesses_described_one_after_another_are_no_authors(read: Read) -> None:
    meta = read("author_listed_businesses_described.html", "https://harbourcu.example/blog/tax-season")
    assert meta.authors == ()


def test_declared_writer_the_site_is_named_after_when_printed_as_the_byline(read: Read) -> None:
    meta = read("author_site_named_writer_printed.html", "https://news.startuplessons.example/p/call-for-proposals")
    assert meta.authors == ("Erin Reese",)  # declared, named like the site, and printed "by Erin Reese"
    assert meta.provenance["authors"] == "meta"


def test_surname_spelled_like_a_particle_is_a_name() -> None:
    assert clean_authors(["Amitava Das"], typed=True) == ("Amitava Das",)  # capitalised: a surname
    assert clean_authors(["Autorenseite von"]) == ()  # lower case: a lead-in whose name follows elsewhere


def test_copyright_holder_printed_atop_the_page_as_its_name(read: Read) -> None:
    meta = read("author_masthead_and_copyright.html", "https://codenotes.example/post/dot-github")
    assert meta.authors == ("Cassie Willis",)  # the host names her otherwise; the masthead names the site
    assert meta.provenance["authors"] == "site"


def test_declared_author_printed_first_of_several_linked_names(read: Read) -> None:
    meta = read("author_declared_first_of_listed.html", "https://courses.example/report/free-certificates/")
    assert meta.authors == ("Rui Mao", "Heba Ledwood", "Suparn Patel")
    assert meta.provenance["authors"] == "byline"
    section = LexborHTMLParser('<meta name="author" content="Camila Mena"><h1>Productores del norte</h1>'
                               '<a href="/a/cm">Camila Mena</a><br>en<br><a href="/s/t">Territorio</a>'
                               '<p>Texto de la nota sobre los productores del norte del país.</p>')
    assert read_metadata(section, None).authors == ("Camila Mena",)  # "en Territorio": her section, no person


def test_staff_credit_stays_beside_a_loose_name(read: Read) -> None:
    meta = read("author_house_credit_loose_name.html", "https://akkunews.example/2022/12/06/akkufabrik")
    assert meta.authors == ("Die Redaktion",)  # a bare name by the date is no "Written by": the credit stands


def test_declared_login_name_spelled_out_by_the_printed_name(read: Read) -> None:
    meta = read("login_name_spelled_out.html", "https://bauwelt.example/sportzentrum-am-berg/")
    assert meta.authors == ("Arian Schlichtmeier",)  # "arianschlichtmeier" declared, letter for letter
    dotted = LexborHTMLParser('<meta name="author" content="christian.stadtmann"><h1>Wahl</h1>'
                              '<p>Ein Bericht.</p><footer>Christian P. Stadtmann</footer>')
    assert read_metadata(dotted, None).authors == ("Christian P. Stadtmann",)  # the login drops the initial
    other = LexborHTMLParser('<meta name="author" content="robert.stitz"><h1>Decke</h1><p>Robert Stolz</p>')
    assert read_metadata(other, None).authors == ("robert.stitz",)  # another name: the login stays


def test_author_box_bio_calling_its_subject_by_given_name(read: Read) -> None:
    meta = read("author_box_bio_by_given_name.html", "https://loopnotes.example/three-models")
    assert meta.authors == ("Tim Gruen",)
    assert meta.provenance["authors"] == "byline"
    lone = LexborHTMLParser('<meta name="author" content="Podwise Team"><h1>Podcast checklist</h1>'
                            '<p>Buy a mic.</p><div>Stefan</div>'
                            '<p>Stefan is the founder of Podwise and a creator at heart.</p>')
    assert read_metadata(lone, None).authors == ("Stefan",)  # a bio right under his given name: he wrote it
    place = LexborHTMLParser('<h1>Best states to visit</h1><p>Our picks.</p><h2>Georgia</h2>'
                             '<p>Georgia is a state in the south, known for her peaches and his coast.</p>')
    assert read_metadata(place, None).authors == ()  # a heading described: no writer's role, no author box


def test_lead_alone_on_its_line_above_the_name(read: Read) -> None:
    meta = read("author_lead_alone_sign_off.html", "https://ln.example/luebeck/auktion")
    assert meta.authors == ("Cosima Kunzel",)  # "Von" alone, the name on the next line, below the story
    assert meta.provenance["authors"] == "byline"


def test_the_writer_a_personal_sites_host_spells_is_its_author(read: Read) -> None:
    meta = read("host_named_writer.html", "https://gregoryszorc.com/blog/2020/01/13/mercurial-python-3/")
    assert meta.authors == ("Gregory Szorc",)
    assert meta.provenance["authors"] == "site"


def test_a_brand_named_like_a_person_whose_name_the_page_uses_as_a_word_is_no_author(read: Read) -> None:
    meta = read("host_named_brand.html", "https://www.nobledesktop.com/classes/best-design-courses")
    assert meta.authors == ()  # "desktop" is a word of the page, not a surname


def test_the_agency_search_finds_what_its_alternatives_find(wcxb_rows: list[dict]) -> None:
    # `ANY_AGENCY`'s lookahead only skips places where no agency's name can open: every written form of every
    # agency (a class's first and last letter) and the shared pages' bylines and text give the plain union's matches.
    plain = re.compile(AGENCY_ALTERNATION)
    forms = [re.sub(r"\[(.)[^\]]*?(.)\]", rf"\{side}", re.sub(r"\\b|\^|\$", "", alternative))
             for pattern in AGENCIES.values() for alternative in pattern.pattern.split("|") for side in (1, 2)]
    texts = [*forms, " / ".join(forms), ", ".join(f"By {form}" for form in forms),
             *(f"{row['author']} · {row['title']}" for row in wcxb_rows),
             *(row["main_content"][:500] for row in wcxb_rows[:200])]
    assert len(forms) > 100
    for text in texts:
        assert [m.span() for m in ANY_AGENCY.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_handle_after_a_byline_marker_in_an_author_element_is_the_author(read: Read) -> None:
    # "· von" / rel="author" "freeman1984": a user name the printed-text rules refuse as a lone word
    meta = read("handle_after_marker.html", "https://sladisworld.example/2019/12/10/six-sigma/")
    assert meta.authors == ("freeman1984",)
    assert meta.provenance["authors"] == "byline"


def test_a_site_builders_credit_in_the_footer_is_no_author(read: Read) -> None:
    meta = read("handle_in_footer_credit.html", "https://www.lostiempos.example/actualidad/juicio")
    assert meta.authors == ()


def test_a_word_the_page_uses_in_its_sentences_is_no_handle(read: Read) -> None:
    meta = read("handle_used_in_prose.html", "https://beds.example/hotel-bed")
    assert meta.authors == ()


def test_a_handle_by_the_headline_linked_to_its_user_page_is_the_author(read: Read) -> None:
    # "Thread starter" / a link to /forums/members/tiberius.8/ reading "Tiberius"
    meta = read("handle_thread_starter.html", "https://forum.example/threads/patchnotes-4-47-4.3976/")
    assert meta.authors == ("Tiberius",)


def test_a_handle_by_the_headline_without_its_user_page_is_no_author(read: Read) -> None:
    meta = read("handle_thread_starter_unlinked.html", "https://forum.example/threads/patchnotes-4-47-4.3976/")
    assert meta.authors == ()


def test_a_handle_linking_to_the_author_page_it_names_is_the_author(read: Read) -> None:
    # an author element's link to /author/matthias/ reading "Matthias"; the Twitter handle beside it is not
    meta = read("handle_author_page_link.html", "https://herrpfleger.example/2019/10/fuelcell-echo/")
    assert meta.authors == ("Matthias",)


def test_byline_markers_are_read_in_the_pages_language_and_any_script() -> None:
    german, chinese = byline_markers("de"), byline_markers("zh")
    assert ends_with_marker("22. Januar 2020 @ 18:13 // Autor:", german)
    assert ends_with_marker("· von", german) and not ends_with_marker("Die Musik stammt von", german)
    assert ends_with_marker("作者：", chinese) and not ends_with_marker("von", chinese)


def test_a_doubtful_author_meta_tag_gives_way_to_the_one_marked_author(read: Read) -> None:
    # a theme's credit in the author tag, and the outlet's name there: the rel="author" link names the writer
    meta = read("meta_theme_credit_marked_author.html", "https://www.piratenpartei.example/volksbegehren-bge/")
    assert meta.authors == ("Harald Bauer",)
    meta = read("meta_outlet_marked_author.html", "https://www.furche.example/gesellschaft/achtsam-2497954")
    assert meta.authors == ("Ursula Baatz",)


def test_a_handle_whose_user_page_names_it_among_the_paths_pieces_is_the_author(read: Read) -> None:
    # an author element's link to /user,profile,30,lars.html reading " Lars" beside an icon
    meta = read("handle_user_profile_link.html", "https://games.example/previews,id1085,0,anno_1800_beta.html")
    assert meta.authors == ("Lars",)


def test_a_handle_after_a_marker_on_a_date_line_by_the_headline_is_the_author(read: Read) -> None:
    # "06.11.2023 13:30 von Olga": the date makes the line a byline, with no author markup
    meta = read("handle_on_date_line.html", "https://www.klatschblatt.example/stars/ehezoff-der-pochers")
    assert meta.authors == ("Olga",)
    # Drupal's "Gespeichert von" / "rasos" / "am 24. Juli 2017 - 18:55": the handle between marker and date
    meta = read("handle_between_marker_and_date.html", "https://www.freie-inhalte.example/faircoin")
    assert meta.authors == ("rasos",)


def test_a_word_after_a_marker_on_a_date_line_that_the_page_uses_in_its_sentences_is_no_author(read: Read) -> None:
    meta = read("handle_on_date_line_used_in_prose.html", "https://pottersnotes.example/2024/03/mugs")
    assert meta.authors == ()


def test_a_byline_led_by_the_pieces_kind_names_its_writer(read: Read) -> None:
    # "Eine Kolumne von Nils Pickert" by the headline: the printed full name, not the declared "Nils"
    meta = read("byline_column_by.html", "https://www.stadtgespraech.example/feierabend-als-kulturtechnik/")
    assert meta.authors == ("Nils Pickert",)
    assert meta.provenance["authors"] == "byline"


def test_another_roles_credit_on_the_byline_line_is_no_writer(read: Read) -> None:
    meta = read("byline_text_and_illustration.html", "https://www.tafelrunde.example/reisen/purzelbaum/")
    assert meta.authors == ("Christian Seiler",)
    line = "Text by Jane Doe  Photos by John Roe"
    assert names_in_lines([line]) == ("Jane Doe", line)


def test_an_interview_by_names_its_writer_and_an_interview_colon_its_subject() -> None:
    assert names_in_lines(["Ein Interview von", "Eugen Zentner", "mit", "Sonja Silberhorn"]) == (
        "Eugen Zentner", "Ein Interview von")
    assert names_in_lines(["A column by Jane Doe"]) == ("Jane Doe", "A column by Jane Doe")
    assert names_in_lines(["Interview: Jens Bergmann"]) is None


def test_a_desk_credited_in_the_byline_is_the_house_credit(read: Read) -> None:
    meta = read("collective_desk_byline.html", "https://www.morningledger.example/life-style/walk/4792.cms")
    assert meta.authors == ("Lifestyle Desk",)
    assert clean_authors(["Newsdesk"], collective=True) == ("Newsdesk",)  # one word, as before


def test_a_teasers_byline_above_the_headline_yields_to_the_declared_name_printed_below(read: Read) -> None:
    # "by Adam Wright" in the menu's teaser before the headline; "Joanna Walsh" declared and printed by it
    meta = read("teaser_byline_above_headline.html", "https://shutterweekly.example/technique/camera-types/")
    assert meta.authors == ("Joanna Walsh",)


def test_a_handle_after_a_marker_on_the_line_below_the_date_is_the_author(read: Read) -> None:
    meta = read("handle_by_line_below_date.html", "https://designdaily.example/art-school-19-honours")
    assert meta.authors == ("zeta",)


def test_an_author_link_handle_whose_bio_opens_with_it_is_the_author(read: Read) -> None:
    # "Quenby, as a proficient editor …" opens a sentence-long line: the bio's subject, not a word in prose
    meta = read("handle_author_link_bio.html", "https://camcorp.example/blog/diy-smart-home/")
    assert meta.authors == ("Quenby",)


def test_people_listed_below_a_plural_author_label_are_the_authors(read: Read) -> None:
    meta = read("authors_list_label.html", "https://www.policycentre.example/document/technology-policies/")
    assert meta.authors == ("John A. Alic", "David C. Mowery")


def test_a_named_newsroom_or_staff_report_is_the_house_credit(read: Read) -> None:
    meta = read("collective_newsroom_named.html", "https://www.arzneilexikon.example/lexikon/chininum-arsenicosum")
    assert meta.authors == ("Redaktion Arzneilexikon Online",)
    meta = read("collective_staff_report.html", "https://valleynewsfeed.example/county-police-blotters/")
    assert meta.authors == ("VNF Staff Report",)


def test_a_dated_handle_by_the_headline_beats_another_declared_author(read: Read) -> None:
    # "Erstellt von" / "Fabian" / "am Dienstag 6. Mai 2014" printed; "Marko Hinz" declared in a meta tag
    meta = read("dated_handle_over_declared.html", "https://bastelkeller.example/technik/podcasts-mediaserver/")
    assert meta.authors == ("Fabian",)


def test_a_dated_handle_must_stand_whole_in_the_text() -> None:
    # a header window's last line may end inside a name ("Rede von Mo…"): only a handle printed whole is taken
    from copydesk.extract.metadata.handles import _stands_whole
    assert _stands_whole("Rede von Mo\nam 6. Mai 2014", "Mo")
    assert not _stands_whole("Rede von Monika Stern\nam 6. Mai 2014", "Mo")
    assert _stands_whole("von Jörg-Peter.", "Jörg-Peter") and not _stands_whole("Jörg-Peters", "Jörg-Peter")


def test_a_signature_dash_line_before_the_byline() -> None:
    assert names_in_lines(["---- by Kenneth Surin"]) == ("Kenneth Surin", "---- by Kenneth Surin")


def test_a_role_between_an_author_label_and_the_name_is_passed_over(read: Read) -> None:
    # "Autor:" / "Rechtsanwalt" / "Jonas Brenneke" below the story
    meta = read("author_label_role_name.html", "https://www.rechtsportal.example/news/wohngeld-2023")
    assert meta.authors == ("Jonas Brenneke",)
