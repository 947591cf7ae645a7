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
from copydesk.extract.boilerplate import dropped_category, list_removed, related_links
from copydesk.extract.metadata import Metadata, read_body_metadata, settle_language
from copydesk.extract.pagetype import PageType
from copydesk.extract.phrases import known_category
from copydesk.extract.scoring import Selection
from copydesk.extract.status import judge_status
from copydesk.model import Article, Block, FrozenMap, Image
from copydesk.urls import absolute_url

LEAD_CAPTION_WINDOW = 3  # a caption before the story's third block belongs to the lead image
TITLE_MIN_CHARS = 10  # shorter headings ("News") match too many titles by chance
EDGE_BLOCKS = 3  # an author's bio or lone name sits among the story's first or last blocks
AUTHOR_BIO_MAX_CHARS = 600  # a bio runs a few sentences; a longer block that opens with the name is story
MIN_FIRST_NAME_CHARS = 3  # "Jo" or an initial opens too many sentences to mark a bio
METADATA_FIELDS = ("title", "authors", "agency", "published", "modified", "site_name", "language", "description",
                   "tags", "section")


def assemble_article(page: Page, selection: Selection, meta: Metadata, html_text: str, url: str | None,
                     page_type: PageType | None = None, byline_from: Sequence[int] | None = None) -> Article:
    """The `Article` for a page whose story blocks were chosen (and whose type was judged); the body's byline
    is read from the blocks `byline_from` (the story before the model's precision margin, `apply_model`; by
    default the kept ones), so a margin that drops a byline's block cannot change the authors."""
    blocks = page.blocks
    dropped = dict(selection.dropped)
    kept = [i for i in selection.kept if not _repeats_title(blocks[i].text, meta.title)]
    dropped.update((i, "title") for i in set(selection.kept).difference(kept))
    body = [_body_block(blocks[i]) for i in kept]
    story = kept if byline_from is None else [i for i in byline_from if not _repeats_title(blocks[i].text, meta.title)]
    meta, byline_lines = read_body_metadata(meta, body if story == kept else [_body_block(blocks[i]) for i in story])
    bylines = {story[i] for i in byline_lines}
    dropped.update((i, "byline") for i in bylines)
    lines = {i: "byline" for i, index in enumerate(kept) if index in bylines} | _author_lines(body, meta.authors)
    dropped.update((kept[i], category) for i, category in lines.items())
    body = [block for i, block in enumerate(body) if i not in lines]
    kept = [index for i, index in enumerate(kept) if i not in lines]
    meta = settle_language(meta, "\n".join(block.text for block in body))  # the declared tag checked on the story
    image = _lead_image(page, kept, dropped, meta, url, selection.categories)
    items = _removed_items(blocks, set(kept), dropped, image, selection.categories)
    removed = list_removed((category, block.text) for block, category in items)
    related = related_links([link for block, category in items if category == "related" for link in block.links],
                            meta.canonical_url or url)
    status, reason = judge_status(page, kept, removed, html_text, url, canonical_url=meta.canonical_url,
                                  page_kind=meta.page_kind, page_type=page_type, declared_body=meta.article_body)
    return Article(
        status=status, reason=reason, url=url, canonical_url=meta.canonical_url,
        **{name: getattr(meta, name) for name in METADATA_FIELDS},
        image=image, blocks=tuple(body), related=related, removed=removed,
        provenance=FrozenMap(meta.provenance), page_type=page_type.label if page_type else None,
    )


def _body_block(block: Candidate) -> Block:
    return Block(kind=block.kind, text=block.text, level=block.level)  # type: ignore[arg-type]


def _author_lines(body: Sequence[Block], authors: Sequence[str]) -> dict[int, str]:
    """Edge blocks that are the author's name alone ("byline") or a bio opening with it ("author_bio")."""
    people = [name.casefold() for name in authors if len(name.split()) > 1]  # an agency credit is not a bio
    if not people:
        return {}
    openers = tuple(f"{name} " for name in people) + tuple(f"{name.split()[0]} " for name in people
                                                           if len(name.split()[0]) >= MIN_FIRST_NAME_CHARS)
    found = {}
    edges = sorted({*range(min(EDGE_BLOCKS, len(body))), *range(max(0, len(body) - EDGE_BLOCKS), len(body))})
    for i in edges:
        text = body[i].text.casefold().strip()
        if text in people:
            found[i] = "byline"
        elif len(text) <= AUTHOR_BIO_MAX_CHARS and body[i].kind == "paragraph" and text.startswith(openers):
            found[i] = "author_bio"
    return found


def _repeats_title(text: str, title: str | None) -> bool:
    """A block that is the headline again (exactly, or the title minus a `| Site` suffix)."""
    if not title or len(text) < TITLE_MIN_CHARS or len(text) > 2 * len(title):
        return False
    a, b = text.casefold().strip(), title.casefold().strip()
    return a == b or (b.startswith(a) and len(a) > 0.6 * len(b))


def _lead_image(page: Page, kept: Sequence[int], dropped: dict[int, str], meta: Metadata,
                url: str | None, known: dict[str, str | None]) -> Image | None:
    """The lead image: metadata's image with the caption / credit of a figure at the top of the story
    (`known`: the text categories the selection read, text → `text_category`)."""
    limit = kept[min(LEAD_CAPTION_WINDOW, len(kept)) - 1] if kept else 0
    caption = credit = None
    figure_src = None
    for index, category in sorted(dropped.items()):
        if index > limit or category not in ("caption", "credit"):
            continue
        text = page.blocks[index].text
        if category == "credit" or known_category(text, known) == "credit":
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
                   image: Image | None, known: dict[str, str | None]) -> list[tuple[Candidate, str]]:
    """(block, category) for every block not in the body, the lead caption and credit excepted."""
    used = {image.caption, image.credit} if image else set()
    items = []
    for block in blocks:
        if block.index in kept or block.text in used:
            continue
        category = dropped.get(block.index) or dropped_category(
            block.text, block.hint or ("caption" if block.caption else None), block.link_density, known)
        items.append((block, category))
    return items
