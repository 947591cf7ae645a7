"""The CI accuracy gate: copydesk on both evaluation sets against benchmarks/floors.json.

Also the rules of `update`: floors only go up unless a reason is given, and the
reason lands in the file's history.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import gate

TODAY = "2026-11-25"


def test_copydesk_holds_the_pinned_floors(shared_dir: Path) -> None:
    floors = gate.load_floors(gate.FLOORS_PATH)
    problems = gate.check(floors, gate.measure_copydesk(shared_dir), gate.corpus_hash(shared_dir))
    assert problems == [], "\n".join(problems)


@pytest.fixture()
def floors_file(tmp_path: Path) -> Path:
    path = tmp_path / "floors.json"
    gate.save_floors(path, {"tolerance": 0.002, "corpus_sha256": "abc",
                            "floors": {"all": {"wcxb.all.f1": 0.800, "traf.snippet.f1": 0.850}}, "history": []})
    return path


def test_update_raises_floors_to_the_measured_value_rounded_down(floors_file: Path) -> None:
    measured = {"all": {"wcxb.all.f1": 0.81279, "traf.snippet.f1": 0.8499, "wcxb.article.date": None}}
    new = gate.raise_floors(gate.load_floors(floors_file), measured, "abc", today=TODAY)
    assert new["floors"]["all"] == {"wcxb.all.f1": 0.812, "traf.snippet.f1": 0.850}  # 0.8499 is within tolerance
    assert new["history"] == []


def test_update_refuses_to_lower_a_floor_without_a_reason(floors_file: Path) -> None:
    before = floors_file.read_text(encoding="utf-8")
    measured = {"all": {"wcxb.all.f1": 0.790, "traf.snippet.f1": 0.9}}
    with pytest.raises(gate.FloorLowered, match=r"all wcxb.all.f1 0.8 -> 0.79"):
        gate.raise_floors(gate.load_floors(floors_file), measured, "abc", today=TODAY)
    assert floors_file.read_text(encoding="utf-8") == before


def test_lowering_with_a_reason_is_recorded_in_history(floors_file: Path) -> None:
    measured = {"all": {"wcxb.all.f1": 0.790, "traf.snippet.f1": 0.9}}
    new = gate.raise_floors(gate.load_floors(floors_file), measured, "abc", allow_lower="new page types", today=TODAY)
    gate.save_floors(floors_file, new)
    saved = json.loads(floors_file.read_text(encoding="utf-8"))
    assert saved["floors"]["all"] == {"wcxb.all.f1": 0.79, "traf.snippet.f1": 0.9}
    assert saved["history"] == [{"date": TODAY, "reason": "new page types",
                                 "lowered": [{"split": "all", "metric": "wcxb.all.f1", "old": 0.8, "new": 0.79}]}]


def test_check_fails_below_floor_minus_tolerance_and_on_a_changed_corpus(floors_file: Path) -> None:
    floors = gate.load_floors(floors_file)
    assert gate.check(floors, {"all": {"wcxb.all.f1": 0.7985, "traf.snippet.f1": 0.85}}, "abc") == []
    problems = gate.check(floors, {"all": {"wcxb.all.f1": 0.7975, "traf.snippet.f1": 0.85}}, "abc")
    assert problems == ["all wcxb.all.f1: 0.7975 < floor 0.8 - 0.002"]
    changed = gate.check(floors, {"all": {"wcxb.all.f1": 0.9, "traf.snippet.f1": 0.9}}, "def")
    assert len(changed) == 1 and "corpus changed" in changed[0] and "re-measured" in changed[0]


def test_corpus_hash_sees_a_changed_byte_and_a_renamed_file(tmp_path: Path) -> None:
    html = tmp_path / "data" / "wcxb-dev" / "html"
    html.mkdir(parents=True)
    (html / "0001.html.gz").write_bytes(b"<p>one</p>")
    (tmp_path / "data" / "wcxb-dev" / "ground-truth.jsonl.gz").write_bytes(b"{}")
    first = gate.corpus_hash(tmp_path)
    (html / "0001.html.gz").write_bytes(b"<p>One</p>")
    second = gate.corpus_hash(tmp_path)
    (html / "0001.html.gz").rename(html / "0002.html.gz")
    assert len({first, second, gate.corpus_hash(tmp_path)}) == 3
