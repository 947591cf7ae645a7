"""The trained story model: its file matches the code, names are evidence, confidence is a belief."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from copydesk import extract
from copydesk.errors import FormatError
from copydesk.extract.storymodel import MODEL_FILE, feature_names, load_model, model_from_json


def _shipped() -> dict:
    return json.loads(resources.files("copydesk").joinpath("data", MODEL_FILE).read_bytes())


def test_the_shipped_model_reads_the_features_the_code_writes() -> None:
    assert _shipped()["features"] == list(feature_names())
    load_model()


@pytest.mark.parametrize("field", ["features", "text_categories", "hints"])
def test_a_model_trained_on_other_features_or_categories_is_refused(field: str) -> None:
    data = _shipped()
    data[field] = data[field][:-1]
    with pytest.raises(FormatError):
        model_from_json(data)


def test_a_story_whose_paragraphs_sit_in_paywall_named_containers_is_kept(page) -> None:
    """The fixture is WCXB-dev page 0488 with each of its 35 paragraphs wrapped in a container whose
    class names a paywall, as a large publisher does: the names are evidence, the prose is the story."""
    article = extract(page("paywall_class_story.html"))
    # The status is the page-type classifier's (it calls this blog post a service page, as it does the
    # unwrapped page); what the names must not do is cut the story or call it paywalled.
    assert article.status != "paywalled"
    assert sum(len(r.text) for r in article.removed if r.category == "appeal") < 200  # the page's one real appeal
    assert len(article.text) > 7000  # the unwrapped page's story is 8,766 characters
    assert "virtuous cycle" in article.text


def test_confidence_is_a_probability_and_higher_for_a_clean_story(page) -> None:
    story = extract(page("paywall_class_story.html"))
    listing = extract(page("listing_home.html"))
    assert 0.0 <= listing.confidence < story.confidence <= 1.0
