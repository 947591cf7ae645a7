"""Who wrote it: credentials, house credits and outlets, one behaviour per fixture page."""

from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.extract.metadata.authors import clean_authors

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str, url: str | None = None) -> Metadata:
    tree = LexborHTMLParser((FIXTURES / name).read_text(encoding="utf-8"))
    return read_metadata(tree, url)


def test_credentials_stay_with_the_declared_name() -> None:
    meta = read("credentials_byline.html", "https://www.nutrio.example/nutrition/plant-based-diet-guide")
    assert meta.authors == ("Jillian Kubala, MS, RD",)
    assert meta.provenance["authors"] == "meta"


def test_credentials_kept_as_written_and_people_still_split() -> None:
    assert clean_authors(["Genevieve Carlton, Ph.D."], typed=True) == ("Genevieve Carlton, Ph.D.",)
    assert clean_authors(["Jane Doe, MD and John Roe, DVM"]) == ("Jane Doe, MD", "John Roe, DVM")
    assert clean_authors(["Michael Greger, M.D. FACLM"]) == ("Michael Greger, M.D. FACLM",)


def test_outlet_after_a_name_is_no_credential() -> None:
    meta = read("outlet_after_name.html")
    assert meta.authors == ("Jane Doe",)


def test_declared_role_credit_is_the_byline() -> None:
    meta = read("declared_role.html", "https://greenfolk.example/zero-waste-guide/")
    assert meta.authors == ("Community Editor",)


def test_person_beside_a_role_is_the_byline() -> None:
    meta = read("person_and_role.html", "https://greenfolk.example/moving-on-a-budget/")
    assert meta.authors == ("Mike Marshall",)


def test_staff_credit_in_an_author_box() -> None:
    meta = read("staff_author_box.html", "https://www.podio.example/article/plumbing-industry-trends")
    assert meta.authors == ("Podio Staff",)
    assert meta.provenance["authors"] == "byline"


def test_role_in_loose_text_is_no_author() -> None:
    assert clean_authors(["Senior Editor"]) == ()
