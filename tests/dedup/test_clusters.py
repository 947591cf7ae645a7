"""Clustering on real story bodies: URL keys, exact body hashes, verified MinHash near-duplicates."""

from __future__ import annotations

import dataclasses
import random

import pytest

from copydesk.dedup import assign_clusters, fingerprint
from copydesk.dedup.clusters import MIN_NEAR_SHINGLES
from copydesk.dedup.minhash import SIGNATURE_BYTES
from copydesk.errors import InputError
from copydesk.formats.record import read_record
from copydesk.model import Image

EDIT_WORDS = ("however", "reportedly", "officials", "Monday", "several")


def truncated(text: str, share: float) -> str:
    cut = text[: int(len(text) * share)]
    return cut.rsplit(" ", 1)[0]


def lightly_edited(text: str, seed: int) -> str:
    """Three words replaced, one line dropped, a sign-off added."""
    rng = random.Random(seed)
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 2:
        del lines[rng.randrange(1, len(lines))]
    for _ in range(3):
        i = rng.randrange(len(lines))
        words = lines[i].split()
        words[rng.randrange(len(words))] = rng.choice(EDIT_WORDS)
        lines[i] = " ".join(words)
    return "\n".join([*lines, "Reporting by the news desk; editing by the night editor."])


def clusters_of(articles: dict) -> dict[str, str]:
    """Key → cluster id."""
    return clusters_of_prints(fingerprint(key, art) for key, art in articles.items())


def clusters_of_prints(prints) -> dict[str, str]:
    return {key: a.cluster for key, a in assign_clusters(prints).items()}


def test_seed_scrape_with_its_donation_appeal_joins_the_seed_record(seed_record, seed_scrape, article):
    record = read_record(seed_record)
    scrape = article(seed_scrape)  # the raw scrape, not cleaned: 12 extra appeal lines
    assert len(scrape.text.split()) > 1.4 * len(record.text.split())
    assignments = assign_clusters([fingerprint("000", record), fingerprint("001", scrape)])
    assert assignments["000"].cluster == assignments["001"].cluster
    assert assignments["000"].canonical and assignments["001"].duplicate_of == "000"


def test_truncated_and_edited_copies_join_and_distinct_stories_stay_apart(stories, article):
    docs = {}
    for n, text in enumerate(stories):
        docs[f"{n}/full"] = article(text)
        docs[f"{n}/cut"] = article(truncated(text, 0.6))
        docs[f"{n}/edited"] = article(lightly_edited(text, n))
    found = clusters_of(docs)
    for n in range(len(stories)):
        assert found[f"{n}/full"] == found[f"{n}/cut"] == found[f"{n}/edited"], n
    assert len(set(found.values())) == len(stories)


def test_a_story_joins_the_full_text_of_a_page_many_times_its_length(stories, article):
    story, *others = sorted(stories, key=len)
    page = "\n".join([*others[12:14], story, *others[14:16]])  # the story amid a page of other text
    assert len(page.split()) > 15 * len(story.split())
    found = clusters_of({"story": article(story), "page": article(page), "other": article(others[0])})
    assert found["story"] == found["page"] != found["other"]


def test_two_pieces_of_a_story_that_barely_overlap_join_through_the_whole(stories, article):
    text = stories[7]
    tail = text[int(len(text) * 0.45) :].split(" ", 1)[1]  # the last 55%: it shares a sixth of the first 60%
    found = clusters_of({"whole": article(text), "head": article(truncated(text, 0.6)), "tail": article(tail)})
    assert found["whole"] == found["head"] == found["tail"]


def test_long_pages_sharing_a_site_template_stay_apart(stories, article):
    by_length = sorted(stories, key=len)
    template = "\n".join(by_length[10:12])  # menus, teasers and footer: ~2,400 words on both pages
    page_a, page_b = (article(template + "\n" + story) for story in by_length[5:7])  # ~770 words each of their own
    assert len(set(clusters_of({"a": page_a, "b": page_b}).values())) == 2


def test_a_copy_with_a_fifth_of_its_text_from_a_sidebar_joins(stories, article):
    shortest, _, story, *_ = sorted(stories, key=len)
    sidebar = " ".join(shortest.split()[:150])  # an extractor that kept the first 60% and a sidebar
    copy = truncated(story, 0.6) + "\n" + sidebar
    found = clusters_of({"story": article(story), "copy": article(copy)})
    assert found["story"] == found["copy"]


def test_hash_stage_joins_bodies_that_differ_only_in_case_punctuation_and_spacing(stories, article):
    short = " ".join(stories[0].split()[:12])  # too short for near matching: only the hash can join it
    assert len(short.split()) < MIN_NEAR_SHINGLES
    variant = short.upper().replace(" ", "  ,\n")
    found = clusters_of({"a": article(short), "b": article(variant), "c": article(short + " more")})
    assert found["a"] == found["b"] != found["c"]


def test_url_stage_joins_url_variants_unless_the_bodies_are_different_stories(stories, article):
    url = "https://www.example.com/world/2024/10/17/story-a86731"
    variants = [
        "http://example.com/world/2024/10/17/story-a86731/",
        "https://example.com/world/2024/10/17/story-a86731?utm_source=feed&fbclid=x",
        "https://www.example.com/amp/world/2024/10/17/story-a86731",
        "https://example.com/world/2024/10/17/story-a86731/amp",
    ]
    short = " ".join(stories[1].split()[:15])  # a teaser: too short for near matching
    docs = {"main": article(stories[1], url=url)}
    docs |= {f"v{n}": article(short, url=variant) for n, variant in enumerate(variants)}
    docs["wrong"] = article(stories[2], canonical_url=url)  # a bad canonical link on another story
    found = clusters_of(docs)
    assert {found[f"v{n}"] for n in range(len(variants))} == {found["main"]}
    assert found["wrong"] != found["main"]


def test_front_page_urls_do_not_join_stories(stories, article):
    docs = {f"s{n}": article(" ".join(text.split()[:20]), canonical_url="https://example.com/")
            for n, text in enumerate(stories[:3])}
    assert len(set(clusters_of(docs).values())) == 3


def test_a_round_up_quoting_two_stories_does_not_chain_them(stories, article):
    a, b = stories[3], stories[4]
    found = clusters_of({"a": article(a), "b": article(b), "hub": article(a + "\n" + b)})
    assert found["a"] != found["b"]


def test_result_does_not_depend_on_input_order(stories, article):
    docs = {}
    for n, text in enumerate(stories[:12]):
        docs[f"{n}/full"] = article(text)
        docs[f"{n}/cut"] = article(truncated(text, 0.7), url=f"https://example.org/{n}")
    prints = [fingerprint(key, art) for key, art in docs.items()]
    shuffled = prints[:]
    random.Random(7).shuffle(shuffled)
    assert assign_clusters(prints) == assign_clusters(shuffled)


def test_canonical_is_the_most_complete_record_then_the_longest_then_the_earliest(stories, article):
    text = stories[5]
    docs = {
        "cut-with-metadata": article(truncated(text, 0.5), title="T", authors=("A",), published="2024-01-01"),
        "bare": article(text),
        "full-with-metadata": article(text, title="T", authors=("A",), published="2024-01-02"),
        "full-earlier": article(text + "\nEnd.", title="T", authors=("A",), published="2024-01-01"),
        "with-image": article(text, title="T", authors=("A",), published="2024-01-03", image=Image(credit="AFP")),
    }
    assignments = assign_clusters(fingerprint(key, art) for key, art in docs.items())
    assert [key for key, a in assignments.items() if a.canonical] == ["with-image"]
    del docs["with-image"]
    assignments = assign_clusters(fingerprint(key, art) for key, art in docs.items())
    assert [key for key, a in assignments.items() if a.canonical] == ["full-earlier"]
    assert {a.duplicate_of for a in assignments.values()} == {None, "full-earlier"}


def test_a_signature_of_another_layout_joins_by_hash_only(stories, article):
    def older(key, text):  # as an older version's shard index keeps it
        fp = fingerprint(key, article(text))
        return dataclasses.replace(fp, signature=fp.signature[: SIGNATURE_BYTES // 2])

    found = clusters_of_prints([older("old", stories[0]), older("old-cut", truncated(stories[0], 0.6)),
                                fingerprint("new", article(stories[0]))])
    assert found["old"] == found["new"] != found["old-cut"]


def test_two_documents_with_one_key_are_refused(stories, article):
    with pytest.raises(InputError):
        assign_clusters([fingerprint("k", article(stories[0])), fingerprint("k", article(stories[1]))])
