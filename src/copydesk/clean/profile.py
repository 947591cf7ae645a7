"""Per-site templates learned from a corpus: the lines a site repeats on every page.

A line is the site's template when it recurs across *unrelated* documents of the
site. Documents are first grouped: two are related (syndicated copies, updates of
one story) when they share long lines beyond the site's common core. A line then
counts once per group it appears in, so a real paragraph that two or three copies
of one story share never looks like template. A recurring line must also be either
common to most groups, or not prose (a menu, a label, a teaser head): a background
paragraph an agency reuses in a few unrelated stories is kept.

Lines are compared after normalisation (case folded, digits as `0`, spaces
collapsed), so `© 2024` and `12 comments` match their siblings on other pages.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from copydesk.clean.lines import ENDS_SENTENCE, WORD, count_words, split_lines
from copydesk.errors import FormatError
from copydesk.options import MAX_TEXT_CHARS

MIN_GROUPS = 3  # a line seen in fewer unrelated documents is not yet a pattern
MAJORITY_SHARE = 0.5  # prose recurring in at least this share of unrelated groups is template (an appeal box)
LABEL_SHARE = 0.1  # short non-prose lines recurring in this share of groups are template (menus, labels)
CORE_SHARE = 0.75  # long lines in this share of documents are the site's core, not evidence of relatedness
RELATED_MIN_SHARED = 2  # two documents share at least this many long non-core lines to be related…
RELATED_SHARE = 0.3  # …and that many are at least this share of the smaller one's long lines
MAX_COPIES = 50  # lines shared by more documents are site furniture, not one story's copies (and pairs grow fast)
LONG_LINE_WORDS = 8  # a line this long is prose, specific enough to tell stories apart
MAX_KEY_CHARS = 500  # longer lines are stories, never template; keeps profile files small
MAX_LINES_PER_DOC = 5000  # bound on the work one pathological document can cause
FORMAT_VERSION = 1
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def template_key(line: str) -> str | None:
    """The normalised form lines are compared in, or None for a line too long to be template."""
    if len(line) > MAX_KEY_CHARS:
        return None
    key = _SPACES.sub(" ", _DIGITS.sub("0", line.casefold())).strip()
    return key if WORD.search(key) else None


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """Lines that recur across a site's unrelated documents: that site's template."""

    site: str | None = None
    lines: frozenset[str] = field(default_factory=frozenset)  # normalised keys (`template_key`)
    documents: int = 0  # documents it was learned from
    groups: int = 0  # of which unrelated (syndicated copies count once)

    def is_template(self, line: str) -> bool:
        """True when `line` is one of the site's template lines."""
        return bool(self.lines) and template_key(line) in self.lines

    @classmethod
    def learn(cls, texts: Iterable[str], site: str | None = None) -> SiteProfile:
        """The template of the site whose raw scraped `texts` these are (see the module docstring).
        Texts that `clean_text` would refuse as too large are left out."""
        docs = [_doc_keys(text) for text in texts if isinstance(text, str) and len(text) <= MAX_TEXT_CHARS]
        groups = _group_documents(docs)
        seen: Counter[str] = Counter()
        for members in groups:
            seen.update(set().union(*(docs[i] for i in members)))
        total = len(groups)
        template = frozenset(
            key for key, count in seen.items()
            if count >= MIN_GROUPS and count >= _needed(key, total)
        )
        return cls(site=site, lines=template, documents=len(docs), groups=total)

    def to_dict(self) -> dict:
        return {"format": FORMAT_VERSION, "site": self.site, "documents": self.documents, "groups": self.groups,
                "lines": sorted(self.lines)}

    @classmethod
    def from_dict(cls, data: dict) -> SiteProfile:
        if (not isinstance(data, dict) or data.get("format") != FORMAT_VERSION
                or not isinstance(data.get("lines"), list)):
            raise FormatError("not a copydesk site profile (format 1)")
        return cls(site=data.get("site"), lines=frozenset(str(k) for k in data["lines"]),
                   documents=int(data.get("documents") or 0), groups=int(data.get("groups") or 0))

    def save(self, path: str | Path) -> None:
        """Write the profile as a small JSON file (`SiteProfile.load` reads it back)."""
        Path(path).write_bytes(orjson.dumps(self.to_dict(), option=orjson.OPT_INDENT_2) + b"\n")

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        """Read a profile written by `save`; `FormatError` when the file is not one."""
        try:
            data = orjson.loads(Path(path).read_bytes())
        except OSError as exc:
            raise FormatError(f"{path}: cannot read profile: {exc.strerror or exc}") from exc
        except orjson.JSONDecodeError as exc:
            raise FormatError(f"{path}: not JSON: {exc}") from exc
        return cls.from_dict(data)


def _doc_keys(text: str) -> frozenset[str]:
    keys = (template_key(line.text) for line in split_lines(text)[:MAX_LINES_PER_DOC])
    return frozenset(k for k in keys if k)


def _is_prose(key: str) -> bool:
    return count_words(key) >= LONG_LINE_WORDS or ENDS_SENTENCE.search(key) is not None


def _needed(key: str, groups: int) -> int:
    share = MAJORITY_SHARE if _is_prose(key) else LABEL_SHARE
    return math.ceil(share * groups)


def _group_documents(docs: list[frozenset[str]]) -> list[list[int]]:
    """Documents joined when related (union-find over pairs), each group in input order."""
    n = len(docs)
    df: Counter[str] = Counter()
    for keys in docs:
        df.update(k for k in keys if _is_long(k))
    core = {k for k, c in df.items() if c >= max(MIN_GROUPS, CORE_SHARE * n)}
    specific = [{k for k in keys if _is_long(k) and k not in core} for keys in docs]
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owners: dict[str, list[int]] = {}
    for i, own in enumerate(specific):
        for k in own:
            owners.setdefault(k, []).append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in owners.values():
        if 1 < len(members) <= MAX_COPIES:
            shared.update((a, b) for x, a in enumerate(members) for b in members[x + 1:])
    for (a, b), count in shared.items():
        smaller = min(len(specific[a]), len(specific[b]))
        if count >= RELATED_MIN_SHARED and count >= RELATED_SHARE * smaller:
            parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _is_long(key: str) -> bool:
    return count_words(key) >= LONG_LINE_WORDS
