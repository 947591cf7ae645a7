"""The trained story model: its file matches the code, names are evidence, confidence is a belief."""

from __future__ import annotations

import dataclasses
import gzip
import json
import math
import statistics
from importlib import resources

import numpy as np
import pytest

from benchmarks.datasets import split_of
from benchmarks.scores import word_prf
from copydesk import extract
from copydesk.errors import FormatError
from copydesk.extract.blocks import Block, Page, collect_blocks
from copydesk.extract.pagetext import joined_text
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.scoring import select_blocks
from copydesk.extract.storymodel import (
    ARTICLE_DROP_LOGIT,
    LIST_ADD_LOGIT,
    LIST_DROP_LOGIT,
    MODEL_FILE,
    StoryModel,
    drop_repeats,
    feature_names,
    list_page,
    load_model,
    model_from_json,
    page_rows,
    trim_article,
)
from copydesk.html import Clock, decode_html, parse_html
from copydesk.learn import Dense
from copydesk.options import ExtractOptions
from copydesk.textunits import text_size, word_pattern


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


def _rows(html: bytes, types: tuple[float, ...]) -> dict[str, list[float]]:
    """The story model's feature columns of a page, by name."""
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    text, _ = decode_html(html)
    blocks = collect_blocks(parse_html(text, opts, clock), opts, clock)
    rows = page_rows(blocks, select_blocks(blocks), None, None, types, ())
    return {name: rows[:, i].tolist() for i, name in enumerate(feature_names())}


def test_the_page_type_reaches_every_block_as_evidence(page) -> None:
    types = (0.1, 0.5, 0.0, 0.1, 0.2, 0.05, 0.05)
    columns = _rows(page("listing_home.html"), types)
    assert len(types) == len(TRAINED_TYPES)
    for name, p in zip(TRAINED_TYPES, types, strict=True):
        assert set(columns[f"type:{name}"]) == {p}


def test_a_page_of_teasers_shows_their_repeated_shape_and_a_story_does_not(page, shared_dir) -> None:
    """WCXB-dev 0147 is a news listing (headline, date, one-sentence lead, repeated); the story fixture
    is one long run of prose."""
    uniform = (1 / 7,) * 7
    listing = _rows(gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / "0147.html.gz").read_bytes()),
                    uniform)
    story = _rows(page("paywall_class_story.html"), uniform)
    starts = [i for i, s in enumerate(listing["teaser_start"]) if s]
    assert len(starts) >= 10
    assert statistics.fmean(listing["teaser_density"]) > 1.5 * statistics.fmean(story["teaser_density"])
    assert listing["page_teasers"][0] > story["page_teasers"][0]
    # the teasers are items of one list: most sit in a container repeated ten times or more
    repeated = [i for i in starts if max(listing[f"siblings{k}"][i] for k in range(3)) >= math.log1p(10)]
    assert len(repeated) > len(starts) / 2


@pytest.mark.parametrize(("page_type", "floor"), [("listing", 0.72), ("collection", 0.64), ("forum", 0.80)])
def test_a_listings_items_and_a_forums_replies_are_their_content(shared_dir, page_type: str, floor: float) -> None:
    """The WCXB holdout pages of the type (never trained on): mean body word-F1 with the page-type-aware
    story model 0.708 (16 listings) and 0.820 (27 forums); the model that did not read the page type
    0.601 and 0.777. With the list margins on pages of items (`list_page`), listings 0.732 and collections
    (29) 0.663; the general margins on the same model 0.706 and 0.621."""
    root = shared_dir / "data" / "wcxb-dev"
    scores = []
    with gzip.open(root / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["page_type"] == page_type and split_of(f"wcxb/{row['file_id']}") == "holdout":
                html = gzip.decompress((root / "html" / f"{row['file_id']}.html.gz").read_bytes())
                scores.append(word_prf(extract(html, url=row["url"]).text, row["main_content"]).f1)
    assert len(scores) > 10
    assert statistics.fmean(scores) >= floor


def test_the_shipped_model_was_trained_on_todays_features_and_lexicon() -> None:
    from benchmarks.train_story import check

    assert check() == []


def test_a_story_model_trained_before_the_page_types_were_retrained_is_stale(tmp_path) -> None:
    from benchmarks.train_story import check, type_rows

    data = _shipped()
    assert data.get("pagetype_rows") == type_rows()  # the shipped pair was trained in order
    data["pagetype_rows"] = "0" * 16
    path = tmp_path / MODEL_FILE
    path.write_text(json.dumps(data), "utf-8")
    assert [p for p in check(path) if "trained after another pagetype.json" in p]


def test_an_edited_phrase_makes_the_shipped_model_stale(monkeypatch) -> None:
    from benchmarks.train_story import check
    from copydesk import lexicon

    monkeypatch.setitem(lexicon.TEXT_SOURCES, "appeal", lexicon.TEXT_SOURCES["appeal"] + r"|\bchip in\b")
    assert [p for p in check() if "another lexicon" in p]


def test_a_thai_blocks_overlap_with_the_declared_body_counts_whole_words(shared_dir) -> None:
    """Thai writes vowels and tones as combining marks: read with a plain `\\w+`, "ติดตามข่าวสาร" ("follow the
    news", a widget line) broke into fragments one of which ("าวสาร") the story's first paragraph holds, so a
    third of it looked declared; whole words, it shares nothing, and the story's own phrase shares all."""
    from copydesk.extract.storymodel import _body_overlap

    with (shared_dir / "data" / "newspaper4k" / "expected.jsonl").open(encoding="utf-8") as fh:
        body = next(r for r in map(json.loads, fh) if r["file"] == "thai_article.html.gz")["text"].split("\n\n")[0]
    assert _body_overlap(joined_text(["ติดตามข่าวสาร", "ผู้สื่อข่าวได้รับแจ้งจากนาย"]), body).tolist() == [0.0, 1.0]


@pytest.mark.parametrize("texts", [
    ["ΟΔΟΣ ΑΘΗΝΑΣ", "ΣΑΣ λέει", "", "Athens road"],  # sigmas at a text's ends: each text's own lower case
    ["İstanbul’da ΟΔΟΣ", "ΑΘΗΝΑΣ İzmir"],  # "İ" lower-cases to two letters: read text by text
])
def test_a_blocks_overlap_reads_its_own_words_in_the_pages_join(texts: list[str]) -> None:
    """`_body_overlap` reads each block's words from the page's lower-cased join: the words each text's own
    lower case gives, also where a sigma ends a text or a letter lower-cases to two."""
    from copydesk.extract.storymodel import _body_overlap

    body = "Οδος αθηνας in istanbul’da: athens"
    word = word_pattern()
    words = set(word.findall(body.lower()))
    expected = [sum(w in words for w in found) / len(found) if (found := word.findall(t.lower())) else 0.0
                for t in texts]
    assert _body_overlap(joined_text(texts), body).tolist() == expected


def test_what_follows_a_storys_last_paragraph_is_marked_as_past_it(page, shared_dir) -> None:
    """The story fixture ends on "After writing this, I realized…"; the related posts, link lists and
    subscribe lines after it lie past the page's last paragraph, the story's own blocks do not; a news
    listing (WCXB-dev 0147) repeats its blocks' shapes more than the story does."""
    html = page("paywall_class_story.html")
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    texts = [b.text for b in collect_blocks(parse_html(decode_html(html)[0], opts, clock), opts, clock).blocks]
    columns = _rows(html, (1 / 7,) * 7)
    last = next(i for i, t in enumerate(texts) if t.startswith("After writing this, I realized"))
    assert all(columns["past_prose"][i] == 0 for i in range(last + 1))
    assert all(columns["past_prose"][i] > 0 and columns["prose_after"][i] == 0 for i in range(last + 1, len(texts)))
    assert columns["prose_after"][0] > columns["prose_after"][last - 1] > 0
    listing = _rows(gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / "0147.html.gz").read_bytes()),
                    (1 / 7,) * 7)
    assert statistics.fmean(listing["shape_repeat"]) > statistics.fmean(columns["shape_repeat"])


def test_the_character_columns_read_what_the_regexes_read_in_every_script(shared_dir) -> None:
    """`_character_columns` reads all of a page's texts at once; each value is the one `has_sentence_mark`,
    `has_sentence_end` and `\\d` give text by text, bit for bit: Arabic-Indic, Devanagari, full-width and
    astral digits count, superscripts and "½" do not; Thai, Lao and Khmer end sentences with a space."""
    import re

    from copydesk.extract.storymodel import _character_columns
    from copydesk.textunits import has_sentence_end, has_sentence_mark

    texts = ["", "2026", "a1b2", "١٢٣ و ۴۵", "२०२६ में", "ＡＢ１２", "x² ½ ⅷ", "\ud800 9", "𝟙𝟚 𐒠", "ok, fine",
             "สวัสดี ครับ", "ສະບາຍ ດີ", "ក ខ", "ส 1", "終わり。", "¿Qué?", "a\U0010ffff\uffff"]
    with (shared_dir / "data" / "newspaper4k" / "expected.jsonl").open(encoding="utf-8") as fh:
        texts += [line for row in map(json.loads, fh) for line in row["text"].split("\n")]
    every = "".join(map(chr, range(0x110000)))
    texts += [every[start:start + 4096] for start in range(0, len(every), 4096)]  # every code point
    digit = re.compile(r"\d")
    marked, ended, digits = _character_columns(texts)
    assert marked.tolist() == list(map(has_sentence_mark, texts))
    assert ended.tolist() == list(map(has_sentence_end, texts))
    assert digits.tolist() == [len(digit.findall(t)) / max(len(t), 1) for t in texts]
    assert digits[:9].tolist() == [0.0, 1.0, 0.5, 5 / 8, 4 / 8, 2 / 4, 0.0, 1 / 3, 3 / 4]
    assert marked[10:14].tolist() == [True, True, True, False]


def test_a_story_printed_twice_is_kept_once_and_its_refrains_and_short_lines_stay(shared_dir) -> None:
    """A product page prints its description four times (gallery, tabs, mobile and desktop copies; WCXB 0604,
    whose reference says it once); a forum thread quotes the post above in a reply (2081). The copies go, the
    first stays; lines shorter than `REPEAT_MIN_SIZE` that recur (a listing item's "Free shipping") stay, and
    so does a paragraph repeated among its siblings (a refrain)."""
    root = shared_dir / "data" / "wcxb-dev"
    rows = {row["file_id"]: row for row in map(json.loads, gzip.open(root / "ground-truth.jsonl.gz", "rt"))}
    product = extract(gzip.decompress((root / "html" / "0604.html.gz").read_bytes()), url=rows["0604"]["url"])
    assert product.text.count("The AS Colour Staple Tee. Enduring comfort") == 1
    copies = [r for r in product.removed if r.text.startswith("The AS Colour Staple Tee. Enduring comfort")]
    assert copies and {r.category for r in copies} == {"duplicate"}  # reported as copies, not as low-scoring text
    forum = extract(gzip.decompress((root / "html" / "2081.html.gz").read_bytes()), url=rows["2081"]["url"])
    assert word_prf(forum.text, rows["2081"]["main_content"]).f1 > 0.8  # 0.62 with the quoted copies

    said = "A long paragraph of the story, said once and then said again."
    texts = ["Free shipping", said, said, "Free shipping", said, "Another paragraph, dropped."]
    frames = [1, 2, 3, 4, 5, 1]
    page = Page(blocks=[Block(i, frame, "paragraph", text, 0, 0.0, size=text_size(text))
                        for i, (frame, text) in enumerate(zip(frames, texts))],
                parent=[-1, 0, 0, 0, 6, 6, 0])  # frames 1-3 in the body, 4-5 in section 6
    keep = np.array([True, True, True, True, True, False])
    assert drop_repeats(page, keep).tolist() == [True, True, True, True, False, False]
    assert keep.tolist() == [True, True, True, True, True, False]  # the caller's array is left as it was


def test_an_articles_trim_drops_the_blocks_the_model_doubts_but_never_most_of_the_story() -> None:
    """`trim_article` drops kept blocks at even odds or worse; when they hold over half the kept text the
    model doubts the story itself (a long plain story, every paragraph near -0.9), and nothing is trimmed."""
    sizes = np.array([400.0, 400.0, 300.0, 120.0, 80.0])
    keep = np.array([True, True, True, True, False])
    edges = np.array([3.0, 1.2, 0.4, ARTICLE_DROP_LOGIT, -4.0])  # a doubted last line, a dropped widget
    assert trim_article(edges, keep, sizes).tolist() == [True, True, True, False, False]
    unsure = np.array([-0.9, -0.85, 2.0, -0.9, -4.0])  # 920 of 1,220 kept characters doubted
    assert trim_article(unsure, keep, sizes).tolist() == keep.tolist()
    assert not trim_article(np.zeros(0), np.zeros(0, bool), np.zeros(0)).size


def test_on_a_page_of_items_the_model_adds_at_even_odds_and_drops_only_when_sure() -> None:
    """A page more likely a listing or a collection (the two together, as the classifier confuses them) keeps
    a block outside the rules' container the model finds likelier story than not, and drops a kept one only
    under `LIST_DROP_LOGIT`; any other page keeps the general margins."""
    types = dict.fromkeys(TRAINED_TYPES, 0.0)
    assert not list_page(tuple({**types, "article": 0.55, "listing": 0.45}.values()))
    assert list_page(tuple({**types, "article": 0.45, "listing": 0.3, "collection": 0.25}.values()))
    model = load_model()
    assert LIST_ADD_LOGIT < model.add_logit and LIST_DROP_LOGIT < model.drop_logit
    logits = np.array([0.5, -0.5, -2.0, -3.5])
    rules_kept = np.array([False, False, True, True])
    assert model.decide(logits, rules_kept, items_page=True).tolist() == [True, False, True, False]
    assert model.decide(logits, rules_kept).tolist() == [False, False, False, False]


def _shifted(model: StoryModel, by: float) -> StoryModel:
    """`model` with every logit moved by `by` (its last layer's bias)."""
    *hidden, (weights, bias) = model.network.layers
    return dataclasses.replace(model, network=Dense((*hidden, (weights, bias + by))))


def _shipped_and_applied(shared_dir, key: str, model: StoryModel | None = None):
    """WCXB page `key` labelled, its type, its logits, `train_story`'s decisions and `apply_model`'s, checked equal
    (by the shipped model, or `model`)."""
    from benchmarks.datasets import wcxb_pages
    from benchmarks.label_blocks import label_page
    from benchmarks.train_story import shipped_keep
    from copydesk.extract.pagetype import load_model as load_type_model
    from copydesk.extract.storymodel import apply_model, type_probabilities

    analysed = label_page(next(p for p in wcxb_pages(shared_dir) if p.key == key))
    assert analysed is not None
    page_type = load_type_model().classify(analysed.type_features)
    probs = type_probabilities(page_type)
    model = model or load_model()
    logits = model.logits(page_rows(analysed.blocks, analysed.selection, analysed.title, analysed.article_body,
                                    probs, analysed.site_keys))
    keep = shipped_keep(analysed, logits, np.asarray(probs))
    selection = apply_model(model, analysed.blocks, analysed.selection, analysed.title, analysed.article_body,
                            page_type, analysed.site_keys)[0]
    assert np.flatnonzero(keep).tolist() == list(selection.kept)
    return analysed, page_type, model, logits, keep


TRIM_NUDGE = 0.01  # how far inside the trim's margin a test puts the block it wants doubted


def _margins_kept(analysed, model: StoryModel, logits: np.ndarray) -> np.ndarray:
    """The blocks the general margins keep, copies dropped: what the trim of an article reads."""
    rules_kept = np.isin(np.arange(len(logits)), analysed.selection.kept)
    return drop_repeats(analysed.blocks, model.decide(logits, rules_kept))


@pytest.mark.parametrize(("key", "label"), [("0104", "article"), ("0117", "service")])
def test_the_training_scripts_decisions_are_the_shipped_ones(shared_dir, key: str, label: str) -> None:
    """`train_story` fits the confidence's calibration on `apply_model`'s own decisions: on a page typed
    article the trim drops blocks the margins kept (0104), on a service page it does not (0117: the
    trim would drop some). Every logit is first moved so that the least believed block the margins keep
    sits just inside the trim's margin: the trim has a block to drop whatever the network's logits."""
    analysed, _, model, logits, _ = _shipped_and_applied(shared_dir, key)
    margins_kept = _margins_kept(analysed, model, logits)
    doubting = _shifted(model, ARTICLE_DROP_LOGIT - TRIM_NUDGE - logits[margins_kept].min())
    analysed, page_type, model, logits, keep = _shipped_and_applied(shared_dir, key, doubting)
    assert page_type.label == label
    decided = _margins_kept(analysed, model, logits)
    sizes = np.asarray([b.size for b in analysed.blocks.blocks], dtype=np.float64)
    assert (decided != keep).any() == (label == "article")  # what the trim changes here
    assert (trim_article(logits, decided, sizes) != decided).any()


@pytest.mark.parametrize("name", ["listing_home.html", "paywall_class_story.html"])
def test_rows_from_the_rules_weights_are_the_rows_computed_afresh(page, name: str) -> None:
    """The story model reads the block weights and frame scores the rules computed with every hint; they must be
    the numbers it would compute itself, bit for bit (the shipped model was trained on those)."""
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    blocks = collect_blocks(parse_html(decode_html(page(name))[0], opts, clock), opts, clock)
    selection = select_blocks(blocks)
    assert selection.weighed is not None
    types = (0.6, 0.1, 0.0, 0.1, 0.1, 0.05, 0.05)
    shared = page_rows(blocks, selection, None, None, types, ())
    afresh = page_rows(blocks, dataclasses.replace(selection, weighed=None), None, None, types, ())
    assert shared.tobytes() == afresh.tobytes()
    assert select_blocks(blocks, discussion=True).weighed is None  # a forum's weights leave its replies unhinted


def test_the_training_scripts_decisions_on_a_page_of_items_are_the_shipped_ones(shared_dir) -> None:
    """`train_story` calibrates on the list margins where `apply_model` applies them: on WCXB 0640 (a shop's
    collection, typed so) both keep the same blocks, and the list margins keep items the general ones drop."""
    from copydesk.extract.storymodel import type_probabilities

    analysed, page_type, model, logits, keep = _shipped_and_applied(shared_dir, "0640")
    assert list_page(type_probabilities(page_type))
    rules_kept = np.isin(np.arange(len(logits)), analysed.selection.kept)
    general = drop_repeats(analysed.blocks, model.decide(logits, rules_kept))
    assert keep.sum() > general.sum()
