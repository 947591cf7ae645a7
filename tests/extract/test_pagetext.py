"""`extract.pagetext`: the page's block texts joined and lower-cased once."""

from __future__ import annotations

import pytest

from copydesk.extract.pagetext import SEPARATOR, joined_text


@pytest.mark.parametrize("texts", [
    ["Short page", "Two blocks"],  # shorter than the cut: the whole lower-cased join
    ["ΟΔΟΣ ΑΘΗΝΑΣ " * 3, "ΑΘΗΝΑΣ"],  # a sigma ending its word before the cut
    ["ab ΑΣ", "ΤΡΑ ΟΔΟΣ"],  # a capital sigma just before a cut inside its word: final there, not in the join
    ["ΟΔΟΣ", "ΑΒ"],  # a sigma just before the separator
    ["İstanbul İzmir", "ΑΣΤΡΑ"],  # a capital lower-cased to two letters: the join's offsets move
    ["A" * 8 + "Σ.", "x"],  # a case-ignorable full stop between the sigma and the cut
])
def test_the_head_is_the_joins_first_characters_lower_cased(texts: list[str]) -> None:
    text = joined_text(texts)
    assert text.joined == SEPARATOR.join(texts)
    assert text.lowered == text.joined.lower()
    for chars in range(len(text.joined) + 2):
        assert text.lowered_head(chars) == text.joined[:chars].lower(), chars


def test_a_cut_sigma_is_lowered_as_the_cut_text_would_be() -> None:
    """"ΑΣ" cut from "ΑΣΤΡΑ" ends its word at the cut ("ας"), where the whole join reads "σ"."""
    text = joined_text(["ΑΣΤΡΑ"])
    assert text.lowered[:2] == "ασ"
    assert text.lowered_head(2) == "ας"


def test_no_space_lets_a_sigma_read_past_it() -> None:
    """`lowered_head` trusts the join's lower case once a space follows the last sigma: no space is cased or
    case-ignorable, so the sigma's case never reads past one."""
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert all(("ΑΣ" + s + "Β").lower() == ("ΑΣ" + s).lower() + "β" for s in spaces)
