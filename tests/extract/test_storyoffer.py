"""Offer lines and repeated runs, inputs of the story model (`benchmarks.storyoffer`)."""

from __future__ import annotations

import unicodedata

import numpy as np

from benchmarks.storyoffer import CURRENCY_SIGNS, FEATURES, offer_columns
from copydesk.extract.blocks import collect_blocks
from copydesk.html import Clock, decode_html, parse_html
from copydesk.options import ExtractOptions


def _columns(html: bytes, anchor_text: str | None) -> tuple[list[str], dict[str, np.ndarray]]:
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    page = collect_blocks(parse_html(decode_html(html)[0], opts, clock), opts, clock)
    texts = [b.text for b in page.blocks]
    anchor = next(i for i, t in enumerate(texts) if t == anchor_text) if anchor_text else None
    frames = np.array([b.frame for b in page.blocks], np.int64)
    sizes = np.array([b.size for b in page.blocks])
    rows = offer_columns(page, texts, frames, sizes, np.zeros(len(texts)), anchor)
    return texts, {name: rows[:, i] for i, name in enumerate(FEATURES)}


def _wcxb(wcxb_rows, wcxb_html, file_id: str) -> bytes:
    return wcxb_html(next(row for row in wcxb_rows if row["file_id"] == file_id))


def test_the_currency_signs_are_unicode_category_sc() -> None:
    every = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Sc"}
    assert set(CURRENCY_SIGNS) == every, f"Unicode {unicodedata.unidata_version}: update CURRENCY_SIGNS"


def test_prices_ratings_and_runs_in_every_script(page) -> None:
    """A product page in Japanese, with prices in yen, baht and euros: the offer lines carry currency and a
    price, the description (Japanese and Thai prose) neither and is no short line; the reviews are a run of
    four like items with ratings, the page's largest, after the offer run that comes first under the title."""
    texts, columns = _columns(page("product_offer.html"), "木製デスクランプ")
    offer = [texts.index(t) for t in ("¥12,800", "ราคา ฿1,290.00", "Preis: 1.299,00 €")]
    stock = texts.index("在庫あり")
    prose = [i for i, t in enumerate(texts) if len(t) > 50]
    stars = [i for i, t in enumerate(texts) if t.startswith("★")]
    assert len(prose) == 2 and len(stars) == 4
    assert all(columns["currency"][offer] == 1) and all(columns["price"][offer] == 1)
    assert columns["price"][stock] == 0 and columns["short_line"][stock] == 1
    assert not any(columns[name][prose].any() for name in ("currency", "price", "rating", "short_line", "in_run"))
    assert all(columns["rating"][stars] == 1)
    assert all(columns["in_first_run"][[*offer, stock]] == 1)
    assert columns["run_price"][stock] == 0.75  # three of the run's four lines are prices
    review = range(stars[0], stars[-1] + 2)
    assert all(columns["in_largest_run"][review] == 1) and all(columns["after_first_run"][review] == 1)
    assert all(columns["run_rating"][review] == 0.5) and all(columns["after_first_run"][prose] == 1)
    assert columns["page_prices"][0] == np.log1p(3) / 4.0


def test_a_shop_page_offer_lines_against_its_description(wcxb_rows, wcxb_html) -> None:
    """A real product page: the cart's shipping line is a short price, the description is prose."""
    texts, columns = _columns(_wcxb(wcxb_rows, wcxb_html, "0580"), "Men's Wool Runner")
    shipping = texts.index("Shipping $5.00")
    description = next(i for i, t in enumerate(texts) if t.startswith("A true original, our Wool Runner"))
    assert columns["price"][shipping] == 1 and columns["short_line"][shipping] == 1
    assert columns["currency"][description] == columns["price"][description] == 0
    assert columns["short_line"][description] == 0


def test_a_collection_grid_is_the_page_largest_run(wcxb_rows, wcxb_html) -> None:
    """A real collection page: its product tiles repeat one item under one parent, the page's largest run."""
    texts, columns = _columns(_wcxb(wcxb_rows, wcxb_html, "0632"), "Men's Sneakers")
    tiles = [texts.index(t) for t in ("Men's Dasher NZ", "Men's Cruiser Terralux™", "Men's Runner NZ Terralux™")]
    assert all(columns["in_largest_run"][tiles] == 1)
    assert all(columns["run_items"][tiles] >= np.log1p(20) / 5.0)
    lead = next(i for i, t in enumerate(texts) if t.startswith("Lightweight, supportive, and wildly comfortable"))
    assert columns["in_run"][lead] == 0 and columns["in_largest_run"][lead] == 0

