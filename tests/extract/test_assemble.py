"""Assembly names the dropped blocks with the text categories the selection and the story model read."""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from copydesk import extract
from copydesk.extract import phrases

FIXTURES = Path(__file__).resolve().parent / "fixtures"
READERS = ("scoring", "storymodel")  # the modules that read blocks' words before assembly
ASSEMBLY = ("assemble", "boilerplate")  # the modules that name the dropped blocks


@pytest.mark.parametrize("name", ["article_with_widgets.html", "listing_home.html", "story_layout.html"])
def test_assembly_reads_no_text_the_selection_already_read(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    html = (FIXTURES / name).read_bytes()
    expected = extract(html)
    read: dict[str, Counter[str]] = {"readers": Counter(), "assembly": Counter()}
    counting = _counting(phrases.text_category, read)
    monkeypatch.setattr(phrases, "text_category", counting)  # what `known_category` calls
    for module_name in (*READERS, *ASSEMBLY):  # and any module that calls it directly
        module = importlib.import_module(f"copydesk.extract.{module_name}")
        if hasattr(module, "text_category"):
            monkeypatch.setattr(module, "text_category", counting)
    assert extract(html) == expected
    assert read["readers"], "the page has short blocks whose words are read"
    assert not read["assembly"] & read["readers"], "assembly read again texts the selection had read"


def _counting(function: Any, read: dict[str, Counter[str]]) -> Any:
    """`function`, counting each text it reads under the group of the nearest module of ours that asked."""
    groups = {f"copydesk.extract.{module}": group
              for group, modules in (("readers", READERS), ("assembly", ASSEMBLY)) for module in modules}

    def wrapper(text: str) -> Any:
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__") not in groups:
            frame = frame.f_back
        if frame is not None:
            read[groups[frame.f_globals["__name__"]]][text] += 1
        return function(text)
    return wrapper


@pytest.mark.parametrize("name", ["paywall_class_story.html", "article_with_widgets.html"])
def test_a_page_reads_each_text_once(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every reader of a page (scoring's attempts and standfirst, the story model, assembly) shares one
    category cache: the standfirst search once read its texts around it, twice on the paywall page."""
    calls: Counter[str] = Counter()
    original = phrases.text_category

    def counting(text: str) -> str | None:
        calls[text] += 1
        return original(text)
    monkeypatch.setattr(phrases, "text_category", counting)
    for module_name in (*READERS, *ASSEMBLY):
        module = importlib.import_module(f"copydesk.extract.{module_name}")
        if hasattr(module, "text_category"):
            monkeypatch.setattr(module, "text_category", counting)
    extract((FIXTURES / name).read_bytes())
    assert calls and max(calls.values()) == 1, [text for text, n in calls.items() if n > 1]
