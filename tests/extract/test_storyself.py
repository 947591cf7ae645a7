"""`extract.storyself`: where a block names the site (an input of the story model)."""

from __future__ import annotations

import tracemalloc

from copydesk.extract.pagetext import joined_text
from copydesk.extract.storyself import FEATURES, page_site_keys, self_columns


def test_the_site_is_named_however_it_is_spelt_and_short_names_are_no_evidence() -> None:
    keys = page_site_keys("BIKE Magazin", "https://www.bike-magazin.de/news/a-story")
    assert "bikemagazin" in keys and all(len(k) >= 4 for k in keys)
    assert "ndr" not in page_site_keys("NDR", "https://www.ndr.de/x")  # a syllable of too many words
    # an archived copy is named by the site it was taken from
    assert "example" in page_site_keys(None, "https://web.archive.org/web/2019/https://www.example.com/a")
    texts = ["Lesen Sie das BIKE Magazin. Einfach digital in der App.",  # spaced and capitalised
             "Die Strecke führt über 40 Kilometer durch den Wald.",
             "Straße frei: bike-magazin.de testet Räder",  # the host as printed
             ""]
    columns = self_columns(joined_text(texts), keys)
    assert columns.shape == (4, len(FEATURES))
    assert columns[:, 0].tolist() == [1.0, 0.0, 1.0, 0.0]
    assert self_columns(joined_text(texts), frozenset())[:, 0].tolist() == [0.0] * 4  # no name known, nothing named



def test_a_block_repeating_the_sites_name_is_searched_once_not_at_every_repeat() -> None:
    """A hostile page declares its site "aaaa" and prints a block of millions of "a": the search moves to the next
    block after a hit, so its memory stays that of the texts (a list of every offset held ~100 bytes a character;
    such a page took 11 s of `extract` against 0.2 s without the input)."""
    texts = ["a" * 2_000_000, "the story", "aaaa again"]
    tracemalloc.start()
    try:
        columns = self_columns(joined_text(texts), ["aaaa"])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert columns[:, 0].tolist() == [1.0, 0.0, 1.0]
    assert peak < 20_000_000  # the lower-cased texts and their join: ~4 MB
