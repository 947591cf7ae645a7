"""The chosen blocks, the dropped ones and the metadata → one `Article`.

Here the repeated headline becomes `title`, byline and dateline lines become
metadata (`read_body_metadata`), the lead figure's caption and credit become
`Article.image`, `related` blocks give `Article.related`, and every dropped block
is listed in `removed` under its category.
"""

from __future__ import annotations

from collections.abc import Sequence

from copydesk.extract.blocks import Block as Candidate
from copydesk.extract.blocks import Page
from copydesk.extract.boilerplate import dropped_category, list_removed, related_links, text_category
from copydesk.extract.metadata import Metadata, read_body_metadata
from copydesk.extract.scoring import Selection
from copydesk.extract.status import judge_status
from copydesk.model import Article, Block, FrozenMap, Image
from copydesk.urls import absolute_url

LEAD_CAPTION_WINDOW = 3  # a caption before the story's third block belongs to the lead image
TITLE_MIN_CHARS = 10  # shorter headings ("News") match too many titles by chance
METADATA_FIELDS = ("title", "authors", "agency", "published", "modified", "site_name", "language", "description",
                   "tags", "section")


def assemble_article(page: Page, selection: Selection, meta: Metadata, html_text: str, url: str | None) -> Article:
    """The `Article` for a page whose story blocks were chosen."""
    blocks = page.blocks
    dropped = dict(selection.dropped)
    kept = [i for i in selection.kept if not _repeats_title(blocks[i].text, meta.title)]
    dropped.update((i, "title") for i in selection.kept if i not in set(kept))
    body = [Block(kind=blocks[i].kind, text=blocks[i].text, level=blocks[i].level) for i in kept]  # type: ignore[arg-type]
    meta, byline_lines = read_body_metadata(meta, body)
    dropped.update((kept[i], "byline") for i in byline_lines)
    body = [block for i, block in enumerate(body) if i not in byline_lines]
    kept = [index for i, index in enumerate(kept) if i not in byline_lines]
    image = _lead_image(page, kept, dropped, meta, url)
    removed = list_removed(_removed_items(blocks, set(kept), dropped, image))
    related = related_links([link for i, category in sorted(dropped.items()) if category == "related"
                             for link in blocks[i].links], meta.canonical_url or url)
    status, reason = judge_status(page, kept, removed, html_text, url)
    return Article(
        status=status, reason=reason, url=url, canonical_url=meta.canonical_url,
        **{name: getattr(meta, name) for name in METADATA_FIELDS},
        image=image, blocks=tuple(body), related=related, removed=removed,
        provenance=FrozenMap(meta.provenance),
    )


def _repeats_title(text: str, title: str | None) -> bool:
    """A block that is the headline again (exactly, or the title minus a `| Site` suffix)."""
    if not title or len(text) < TITLE_MIN_CHARS or len(text) > 2 * len(title):
        return False
    a, b = text.casefold().strip(), title.casefold().strip()
    return a == b or (b.startswith(a) and len(a) > 0.6 * len(b))


def _lead_image(page: Page, kept: Sequence[int], dropped: dict[int, str], meta: Metadata,
                url: str | None) -> Image | None:
    """The lead image: metadata's image with the caption / credit of a figure at the top of the story."""
    limit = kept[min(LEAD_CAPTION_WINDOW, len(kept)) - 1] if kept else 0
    caption = credit = None
    figure_src = None
    for index, category in sorted(dropped.items()):
        if index > limit or category not in ("caption", "credit"):
            continue
        text = page.blocks[index].text
        if category == "credit" or text_category(text) == "credit":
            credit = credit or text
            dropped[index] = "credit"
        else:
            caption = caption or text
        figure_src = figure_src or _image_before(page, index)
    image_url = absolute_url(meta.image_url or figure_src, meta.canonical_url or url)
    if not (image_url or caption or credit):
        return None
    return Image(url=image_url, caption=caption or meta.image_caption, credit=credit or meta.image_credit)


def _image_before(page: Page, index: int) -> str | None:
    """The last figure image that came before block `index`."""
    srcs = [src for at, src in page.images if at <= index]
    return srcs[-1] if srcs else None


def _removed_items(blocks: Sequence[Candidate], kept: set[int], dropped: dict[int, str],
                   image: Image | None) -> list[tuple[str, str]]:
    """(category, text) for every block not in the body, the lead caption and credit excepted."""
    used = {image.caption, image.credit} if image else set()
    items = []
    for block in blocks:
        if block.index in kept or block.text in used:
            continue
        category = dropped.get(block.index) or dropped_category(
            block.text, block.hint or ("caption" if block.caption else None), block.link_density)
        items.append((category, block.text))
    return items
