"""SiteProfile: a site's template learned from a handful of its scraped pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk import SiteProfile, clean_text
from copydesk.errors import FormatError

SITE = Path(__file__).parent / "fixtures" / "site"
TEMPLATE = ("Riverside Gazette", "Subscribe", "Sign in", "Share this article", "Most read", "Become a member",
            ("The Riverside Gazette is an independent newspaper owned by its readers. We rely on your support to keep "
             "reporting on the issues that matter in our valley."),
            "© 2024 Riverside Gazette Ltd. All rights reserved.", "Council tax rise approved")
WIRE_PARAGRAPH = ("The state transport agency said on Monday it would close the old Millbrook bridge to heavy lorries "
                  "from next month after inspectors found corrosion in two of its steel supports.")


def site_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SITE.glob("*.txt"))}


def story_lines(text: str) -> list[str]:
    """The fixture's story paragraphs: the long lines between the date line and the share widget."""
    lines = text.splitlines()
    body = lines[lines.index("Share this article") - 10:lines.index("Share this article")]
    return [line for line in body if len(line.split()) >= 12]


@pytest.fixture(scope="module")
def profile() -> SiteProfile:
    return SiteProfile.learn(site_texts().values(), site="riverside.example")


def test_template_lines_are_learned(profile):
    assert profile.documents == 6 and profile.groups == 4  # the three wire copies are one group
    for line in TEMPLATE:
        assert profile.is_template(line), line


def test_shared_wire_paragraphs_are_not_template(profile):
    texts = site_texts()
    assert sum(WIRE_PARAGRAPH in t for t in texts.values()) == 3  # a naive 3-document rule would eat it
    for name, text in texts.items():
        for line in story_lines(text):
            assert not profile.is_template(line), (name, line)


def test_profile_removes_the_template_everywhere_and_keeps_the_stories(profile):
    for name, text in site_texts().items():
        article = clean_text(text, profile=profile)
        kept = [b.text for b in article.blocks]
        assert all(line in kept for line in story_lines(text)), name
        assert not any(line in kept for line in TEMPLATE), name
        assert article.status.value == "ok"


def test_profile_removes_prose_the_model_alone_would_keep(profile):
    text = site_texts()["library.txt"]
    appeal = TEMPLATE[6]
    assert appeal in clean_text(text).text or appeal in [r.text for r in clean_text(text).removed]
    assert appeal not in clean_text(text, profile=profile).text


def test_two_unrelated_documents_teach_nothing():
    texts = list(site_texts().values())
    assert SiteProfile.learn([texts[0], texts[3]]).lines == frozenset()


def test_lines_are_compared_with_numbers_and_case_normalised(profile):
    assert profile.is_template("© 2019 RIVERSIDE GAZETTE LTD. All rights reserved.")
    assert not profile.is_template("© 2024 Another Paper Ltd. All rights reserved.")


def test_save_and_load_round_trip(tmp_path, profile):
    path = tmp_path / "site.json"
    profile.save(path)
    assert SiteProfile.load(path) == profile
    (tmp_path / "bad.json").write_text('{"lines": 3}')
    with pytest.raises(FormatError):
        SiteProfile.load(tmp_path / "bad.json")
    with pytest.raises(FormatError):
        SiteProfile.load(tmp_path / "missing.json")


def test_learning_ignores_non_text_and_oversized_text():
    texts = list(site_texts().values())
    huge = "Home\nNews\nSport\n" * 800_000  # 10 MB of a menu: over the clean_text limit
    profile = SiteProfile.learn([None, 3, "", huge, huge, huge])  # type: ignore[list-item]
    assert profile.lines == frozenset() and profile.documents == 1
    assert SiteProfile.learn([*texts, None]) == SiteProfile.learn(texts)  # type: ignore[list-item]


def test_two_syndicated_copies_keep_their_shared_paragraphs():
    texts = {name: text for name, text in site_texts().items() if name != "wire-3.txt"}
    profile = SiteProfile.learn(texts.values())
    assert profile.groups == 4 and profile.is_template("Most read")
    for line in story_lines(texts["wire-1.txt"]):
        assert not profile.is_template(line), line
    cleaned = clean_text(texts["wire-2.txt"], profile=profile)
    assert all(line in [b.text for b in cleaned.blocks] for line in story_lines(texts["wire-2.txt"]))


def test_a_sentence_in_a_script_without_spaces_needs_a_majority_to_be_template():
    """A Chinese sentence in 3 of 10 unrelated documents is shared prose (a quote, a wire line), as an English
    one would be; it was read as a short label (few `\\w+` runs, no Latin full stop) and learnt as template."""
    shared = "市政府表示将在明年继续推进老城区的改造工程。"
    topics = ["经济", "体育", "文化", "科技", "教育", "交通", "医疗", "环境", "旅游", "农业"]
    texts = [f"{topic}新闻第{i}号\n关于{topic}的第一段独家报道内容在这里展开叙述。\n"
             f"记者在{topic}现场采访了多位专家和当地居民。\n" + (shared if i < 3 else "")
             for i, topic in enumerate(topics)]
    profile = SiteProfile.learn(texts)
    assert profile.groups == 10
    assert not profile.is_template(shared)
