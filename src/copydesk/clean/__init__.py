"""Already-scraped text → `Article`, alone or with a site's learned template.

    cleaner    the recipe: checks, seed-layout header, lines, decisions, record
    lines      text → non-blank lines with where the blank lines were
    features   numbers that describe a line (shape, function words, vocabulary, position)
    context    a line's neighbours' scores, for the second stage of the line model
    linemodel  the trained two-stage line models (a few seeds, averaged) in `copydesk/data/clean_lines.json`
    decide     keep or drop each line and name the category of what is dropped
    profile    `SiteProfile`: lines a site repeats across unrelated documents
    stopwords  function words of the languages read, as one set
"""

from __future__ import annotations

from copydesk.clean.cleaner import clean_text
from copydesk.clean.profile import SiteProfile

__all__ = ["SiteProfile", "clean_text"]
