"""`copydesk clean` and `copydesk profile learn` on real files."""

from __future__ import annotations

import json
from pathlib import Path

from copydesk.cli import main

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SITE = Path(__file__).parent / "fixtures" / "site"


def test_clean_json(capsys):
    seed = next(SEEDS.glob("001_*.txt"))
    assert main(["clean", str(seed), "--format", "json", "--url", "https://example.org/a"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["status"] == "ok" and len(record["blocks"]) == 12 and record["url"] == "https://example.org/a"
    assert {r["category"] for r in record["removed"]} == {"appeal", "button"}


def test_clean_empty_file_exits_1_with_status(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["clean", str(empty)]) == 1
    assert "empty" in capsys.readouterr().err


def test_clean_missing_file_exits_3(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope.txt")]) == 3
    assert "no such file" in capsys.readouterr().err


def test_profile_learn_then_clean_with_it(tmp_path, capsys):
    out = tmp_path / "site.json"
    files = [str(p) for p in sorted(SITE.glob("*.txt"))]
    assert main(["profile", "learn", *files, "-o", str(out), "--site", "riverside.example"]) == 0
    saved = json.loads(out.read_text())
    assert saved["site"] == "riverside.example" and "most read" in saved["lines"]
    capsys.readouterr()
    assert main(["clean", str(SITE / "library.txt"), "--profile", str(out), "--format", "markdown"]) == 0
    text = capsys.readouterr().out
    assert "A new public library will open" in text and "Most read" not in text and "Become a member" not in text


def test_clean_with_a_bad_profile_exits_3(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("not json")
    assert main(["clean", str(SITE / "library.txt"), "--profile", str(bad)]) == 3
    assert "not JSON" in capsys.readouterr().err
