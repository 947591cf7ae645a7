"""The seed-000 layout: read, written, and round-tripped."""

import orjson
import pytest

from copydesk import Article, Block, FormatError, Image, read_record, render
from copydesk.formats.layout import looks_like_layout, parse_date

RELATED_LINE = "Related article: N. Korean Soldiers 'Highly Likely' Killed in Ukraine - Seoul"


def test_reads_seed_000_into_fields(seed_record):
    article = read_record(seed_record)
    assert article.title == "Ukraine Says Russia to Deploy 10K North Korean Troops"
    assert article.authors == ("AFP",)
    assert article.published == "2024-10-17"
    assert article.image == Image(credit="KCNA VIA KNS / AFP")
    assert article.url.endswith("ukraine-says-russia-to-deploy-10k-north-korean-troops-a86731")
    assert len(article.blocks) == 12
    assert article.blocks[0].text.startswith("Russia is preparing to deploy 10,000")
    assert article.blocks[-1].text.startswith("Moscow and Pyongyang have been allies")
    assert [r.title for r in article.related] == ["N. Korean Soldiers 'Highly Likely' Killed in Ukraine - Seoul"]
    assert RELATED_LINE not in article.text
    assert [r.category for r in article.removed] == ["related"]
    assert article.provenance["title"] == "record"


def test_renders_seed_000_byte_for_byte_without_the_related_line(seed_record):
    rendered = render(read_record(seed_record), "text")
    assert rendered == seed_record.replace("\n\n" + RELATED_LINE, "")


def test_rendered_record_reads_back_to_the_same_article(seed_record):
    article = read_record(seed_record)
    again = read_record(render(article))
    assert again == article.evolve(related=(), removed=())


@pytest.mark.parametrize(
    "article",
    [
        Article(title="Only a title", published="2023-01-05", blocks=(Block(text="Body line one."),)),
        Article(authors=("Jane Doe", "John Roe"), title="Two authors", blocks=(Block(text="Text."),)),
        Article(title="No date", authors=("Reuters",), url="https://example.com/x", blocks=(Block(text="A."),)),
        Article(title="Credit", published="2020-02-29", image=Image(credit="Photo: Jane / AP"),
                blocks=(Block(text="First paragraph of the story."), Block(text="Second."))),
    ],
)
def test_partial_records_round_trip(article):
    back = read_record(render(article))
    for name in ("title", "authors", "published", "url", "blocks"):
        assert getattr(back, name) == getattr(article, name)
    assert (back.image.credit if back.image else None) == (article.image.credit if article.image else None)


def test_json_round_trip(seed_record):
    article = read_record(seed_record)
    text = render(article, "json")
    assert orjson.loads(text)["authors"] == ["AFP"]
    assert read_record(text) == article


def test_markdown_has_headline_byline_and_paragraphs(seed_record):
    md = render(read_record(seed_record), "markdown")
    assert md.startswith("# Ukraine Says Russia to Deploy 10K North Korean Troops\n\nBy AFP · October 17, 2024")
    assert "## Related\n\n- N. Korean Soldiers" in md
    assert "\n\nZelensky said the North Korean troops included" in md


def test_markdown_renders_block_kinds():
    article = Article(blocks=(
        Block(kind="heading", text="Section", level=2), Block(kind="list_item", text="item"),
        Block(kind="quote", text="said"), Block(kind="table", text="a\tb\n1\t2"), Block(kind="code", text="x = 1"),
        Block(text="# not a heading"),
    ))
    md = render(article, "markdown")
    assert "## Section" in md and "- item" in md and "> said" in md
    assert "| a | b |\n| --- | --- |\n| 1 | 2 |" in md
    assert "```\nx = 1\n```" in md
    assert "\\# not a heading" in md


def test_raw_scrape_is_not_a_record(seed_scrape):
    assert not looks_like_layout(seed_scrape)
    with pytest.raises(FormatError):
        read_record(seed_scrape)


@pytest.mark.parametrize("bad", ["", "{not json", "just some words"])
def test_bad_records_raise_format_error(bad):
    with pytest.raises(FormatError):
        read_record(bad)


def test_unknown_render_format_is_a_config_error():
    from copydesk import ConfigError

    with pytest.raises(ConfigError):
        render(Article(), "html")


@pytest.mark.parametrize(
    ("line", "iso"),
    [("October 17, 2024", "2024-10-17"), ("Oct 7, 2024", "2024-10-07"), ("17 October 2024", "2024-10-17"),
     ("2024-02-30", None), ("Octember 1, 2024", None), ("2024-10-17T09:00:00+02:00", "2024-10-17")],
)
def test_parse_date(line, iso):
    assert parse_date(line) == iso
