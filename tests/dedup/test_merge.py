"""Merging a cluster's metadata into its canonical record."""

from __future__ import annotations

from copydesk.dedup import merge_cluster
from copydesk.formats.record import read_record
from copydesk.model import FrozenMap, Image


def test_seed_record_stays_canonical_with_its_metadata_and_clean_body(seed_record, seed_scrape, article):
    record = read_record(seed_record)
    scrape = article(seed_scrape, url="https://www.themoscowtimes.com/2024/10/17/story")
    merged = merge_cluster(record, [record, scrape])
    assert merged == record  # nothing to fill: the record already has every story field the scrape has
    assert merged.title == "Ukraine Says Russia to Deploy 10K North Korean Troops"
    assert merged.authors == ("AFP",) and merged.image.credit == "KCNA VIA KNS / AFP"
    assert "Remind me later" not in merged.text and "Related article" not in merged.text


def test_missing_story_fields_come_from_the_best_member_with_provenance(stories, article):
    canonical = article(stories[0], url="https://a.example/story", site_name="A", image=Image(url="https://img/1.jpg"))
    rich = article(stories[0], url="https://b.example/story", site_name="B", title="Title",
                   authors=("Jane Roe",), published="2024-10-17", image=Image(url="https://img/1.jpg", credit="AFP"),
                   provenance=FrozenMap({"title": "jsonld", "authors": "byline"}))
    poorer = article(stories[0], title="Other title", tags=("world",))
    merged = merge_cluster(canonical, [poorer, rich])
    assert merged.title == "Title" and merged.authors == ("Jane Roe",) and merged.published == "2024-10-17"
    assert merged.tags == ("world",)
    assert merged.provenance["title"] == "cluster:jsonld" and merged.provenance["tags"] == "cluster"
    assert merged.image == Image(url="https://img/1.jpg", credit="AFP")
    assert merged.url == "https://a.example/story" and merged.site_name == "A"  # site fields stay its own
    assert merged.text == canonical.text
    assert merge_cluster(canonical, [rich, poorer]) == merged  # donors' order does not matter


def test_another_picture_does_not_lend_its_credit(stories, article):
    canonical = article(stories[1], image=Image(url="https://img/own.jpg"))
    other = article(stories[1], image=Image(url="https://img/other.jpg", credit="Reuters"))
    assert merge_cluster(canonical, [other]).image == Image(url="https://img/own.jpg")
