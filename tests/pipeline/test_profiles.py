"""`--profiles`: site templates learned from the text inputs of a run, or loaded from a file."""

from __future__ import annotations

import orjson
import pytest

from copydesk.errors import ConfigError
from copydesk.pipeline import run_corpus

STORIES = 12  # texts from one site: enough for its template lines to stand out
# The same lines around every story of the site, as a naive scraper keeps them.
HEADER = "Example Daily | Home | World | Business | Sport"
FOOTER = "Get the Example Daily briefing in your inbox every morning. Sign up now"


@pytest.fixture
def scraped_site(tmp_path, wcxb_rows):
    """A JSONL export: real WCXB story texts wrapped in one site's template lines."""
    texts = [row["main_content"] for row in wcxb_rows
             if row.get("page_type") == "article" and len((row.get("main_content") or "").split()) > 120][:STORIES]
    path = tmp_path / "scrape.jsonl"
    path.write_bytes(b"".join(
        orjson.dumps({"id": n, "url": f"https://example-daily.test/story/{n}",
                      "text": f"{HEADER}\n{text}\n{FOOTER}"}) + b"\n"
        for n, text in enumerate(texts)
    ))
    return path


def test_auto_profiles_take_the_sites_template_lines_out(tmp_path, scraped_site):
    summary = run_corpus([scraped_site], tmp_path / "out", format="jsonl", profiles="auto")
    rows = [orjson.loads(line) for line in summary.output.read_bytes().splitlines()]
    assert [row["id"] for row in rows] == [str(n) for n in range(STORIES)]
    assert all(row["status"] == "ok" for row in rows)
    assert not any(HEADER in row["text"] or FOOTER in row["text"] for row in rows)


def test_a_missing_profile_file_is_a_config_error(tmp_path, scraped_site):
    with pytest.raises(ConfigError):
        run_corpus([scraped_site], tmp_path / "out", profiles=tmp_path / "nowhere.json")
