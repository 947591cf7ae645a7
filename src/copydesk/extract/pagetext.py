"""The page's blocks' texts joined and lower-cased once, for every step that reads the page's words.

The page type counts words in the first characters of the joined texts; the story model looks for the site's
name in each block's lower-case text. Each did its own join and its own `str.lower` of the same texts; this is
built once a page (`engine.story_of`) and passed down to both.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from copydesk.extract.blocks import Page

SEPARATOR = "\n"  # between blocks' texts: whitespace, so the page type's tokens never run across two blocks
CAPITAL_SIGMA = "\u03a3"  # the one letter whose lower case depends on what follows it (final "ς" or "σ")


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's block texts, their join (`SEPARATOR` between), the join lower-cased, and where each text starts."""

    texts: list[str]
    joined: str
    lowered: str
    starts: list[int]  # each text's offset in `joined`, then one past the last text's separator (n + 1 entries)

    @property
    def aligned(self) -> bool:
        """Whether `lowered` keeps `joined`'s offsets (not when a letter lower-cases to two, as "İ" does)."""
        return len(self.lowered) == len(self.joined)

    def lowered_head(self, chars: int) -> str:
        """`joined[:chars].lower()`, read from `lowered` when that is the same string: always, unless a letter
        lower-cased to two or a capital sigma in the last word before the cut would end its word there."""
        joined, lowered = self.joined, self.lowered
        if len(joined) <= chars:
            return lowered
        if not self.aligned:
            return joined[:chars].lower()
        sigma = joined.rfind(CAPITAL_SIGMA, 0, chars)
        # a sigma's case reads the letters after it up to a space (no space is cased or case-ignorable)
        if sigma >= 0 and not any(map(str.isspace, joined[sigma + 1:chars])):
            return joined[:chars].lower()
        return lowered[:chars]


def page_text(page: Page) -> PageText:
    """The page's blocks' texts, joined and lower-cased once."""
    return joined_text([block.text for block in page.blocks])


def joined_text(texts: list[str]) -> PageText:
    """`texts` joined and lower-cased once."""
    joined = SEPARATOR.join(texts)
    # plain ints, summed in C: a page has ~100 texts
    starts = list(accumulate(map(_ONE_MORE, map(len, texts)), initial=0))
    return PageText(texts, joined, joined.lower(), starts)


_ONE_MORE = (1).__add__  # a text's length and its separator
