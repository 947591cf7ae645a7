"""`read_metadata` on small fixture pages, one behaviour each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import Metadata, read_metadata

Read = Callable[..., Metadata]  # the `read` fixture: a fixture page's metadata


FIXTURES = Path(__file__).parent / "fixtures"


def test_graph_with_person_and_organization_authors(read: Read) -> None:
    meta = read("graph_person_org.html", "https://example.com/business/2024/10/17/rates-rise-again?utm_source=x")
    assert meta.title == "Rates Rise Again as Inflation Bites"
    assert meta.authors == ("Jane Doe", "John Roe")  # the organisation that is the publisher is no author
    assert meta.agency is None
    assert meta.published == "2024-10-17T09:30:00+02:00"  # offset given, so kept
    assert meta.modified == "2024-10-18T08:00:00+02:00"
    assert meta.site_name == "Example Times"
    assert meta.language == "en-US"
    assert meta.canonical_url == "https://example.com/business/2024/10/17/rates-rise-again"
    assert meta.image_url == "https://example.com/img/lead.jpg"
    assert meta.image_caption == "The central bank in Frankfurt"
    assert meta.image_credit == "Jane Photo/Example Agency"
    assert meta.tags == ("rates", "inflation")
    assert meta.section == "Business"
    assert meta.is_accessible_for_free is False
    assert meta.page_kind == "article"
    assert meta.article_body == "The central bank raised rates again on Thursday."
    assert meta.provenance["authors"] == "jsonld"
    assert meta.provenance["published"] == "jsonld"


def test_broken_jsonld_is_repaired(read: Read) -> None:
    meta = read("broken_jsonld.html")
    assert meta.title == "Wahl in Berlin: Die Ergebnisse im Überblick"
    assert meta.authors == ("Erika Mustermann",)
    assert meta.published == "2024-10-17"
    assert meta.description == "Eine Zeile mit Umbruch"
    assert meta.language == "de-DE"


def test_agency_only_byline_seed_000(read: Read) -> None:
    meta = read("agency_byline.html", "https://www.themoscowtimes.com/2024/10/17/ukraine-says-a86731")
    assert meta.title == "Ukraine Says Russia to Deploy 10K North Korean Troops"
    assert meta.authors == ("AFP",)
    assert meta.agency == "AFP"
    assert meta.published == "2024-10-17"
    assert meta.site_name == "The Moscow Times"


def test_title_suffix_stripped_without_h1() -> None:
    tree = LexborHTMLParser(
        "<title>Storm Hits the Coast | Daily Planet</title><meta property='og:site_name' content='Daily Planet'>"
    )
    assert read_metadata(tree, "https://dailyplanet.example/storm").title == "Storm Hits the Coast"
    tree = LexborHTMLParser("<title>Daily Planet - Storm Hits the Coast</title>")
    assert read_metadata(tree, "https://www.dailyplanet.com/storm").title == "Storm Hits the Coast"


def test_russian_date_and_byline_future_date_rejected(read: Read) -> None:
    meta = read("russian_dates.html")
    assert meta.title == "В Москве открылся новый парк"
    assert meta.published == "2024-10-17"  # the 2150 stamp is implausible
    assert meta.authors == ("Иван Петров",)


def test_future_date_rejected_against_now(read: Read) -> None:
    meta = read("graph_person_org.html", now="2024-10-01")
    assert meta.published is None or meta.published[:10] <= "2024-10-01"


def test_nothing_invented(read: Read) -> None:
    meta = read("no_metadata.html", "https://example.com/")
    assert meta.authors == ()
    assert meta.published is None  # a copyright year is no date
    assert meta.site_name is None  # not made up from the host
    assert meta.canonical_url is None


def test_tree_not_mutated() -> None:
    html = (FIXTURES / "graph_person_org.html").read_text(encoding="utf-8")
    tree = LexborHTMLParser(html)
    before = tree.html
    read_metadata(tree, "https://example.com/a")
    assert tree.html == before


@pytest.mark.parametrize("html", ["", "<html>", "<script type='application/ld+json'>{{{</script>", "\x00\xff"])
def test_junk_input_never_raises(html: str) -> None:
    assert isinstance(read_metadata(LexborHTMLParser(html), None), Metadata)
