"""Assembly names the dropped blocks with the text categories the selection and the story model read."""

from __future__ import annotations

import importlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from copydesk import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
READERS = ("scoring", "storymodel")  # the modules that read blocks' words before assembly
ASSEMBLY = ("assemble", "boilerplate")  # the modules that name the dropped blocks


@pytest.mark.parametrize("name", ["article_with_widgets.html", "listing_home.html", "story_layout.html"])
def test_assembly_reads_no_text_the_selection_already_read(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    html = (FIXTURES / name).read_bytes()
    expected = extract(html)
    read: dict[str, Counter[str]] = {"readers": Counter(), "assembly": Counter()}
    for group, modules in (("readers", READERS), ("assembly", ASSEMBLY)):
        for module_name in modules:
            module = importlib.import_module(f"copydesk.extract.{module_name}")
            monkeypatch.setattr(module, "text_category", _counting(module.text_category, read[group]))
    assert extract(html) == expected
    assert read["readers"], "the page has short blocks whose words are read"
    assert not read["assembly"] & read["readers"], "assembly read again texts the selection had read"


def _counting(function: Any, counts: Counter[str]) -> Any:
    def wrapper(text: str) -> Any:
        counts[text] += 1
        return function(text)
    return wrapper
