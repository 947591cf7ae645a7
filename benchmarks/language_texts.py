"""Every shared page's story text with its declared and known language, for measuring language identifiers.

    python -m benchmarks.language_texts          # ~60 s: writes benchmarks/out/language_texts.jsonl

One JSON object a line: `dataset`, `key`, `split`, `fold`, `declared` (the page's own tag, primary
subtag), `known` (newspaper4k's `language`, or its file name's), `text` (copydesk's story text), `reference` (the human
reference body on WCXB-dev, the `with` snippets on trafilatura-eval), from which `language_candidates`
confirms a declared tag. `benchmarks.language_candidates` reads it without importing copydesk, so it runs in any
environment that has the identifiers to compare.
"""

from __future__ import annotations

import json
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import Page, all_pages
from copydesk import extract
from copydesk.extract.metadata import read_metadata
from copydesk.html import decode_html

OUT = Path(__file__).parent / "out" / "language_texts.jsonl"
FILE_LANGUAGE = {"burmese": "my", "chinese": "zh", "latvian": "lv", "video": "en"}  # newspaper4k rows without one


def known_language(page: Page) -> str | None:
    """newspaper4k's `language`, else what its file name says ("burmese_article"); None on the other sets."""
    if page.dataset != "newspaper4k":
        return None
    return page.meta.get("language") or FILE_LANGUAGE.get(page.key.split("_")[0])


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for page in all_pages():
            article = extract(page.html, page.url)
            text = "\n".join(block.text for block in article.blocks)
            declared = read_metadata(LexborHTMLParser(decode_html(page.html)[0]), page.url).language or ""
            declared = declared.split("-")[0].lower()
            row = {"dataset": page.dataset, "key": page.key, "split": page.split, "fold": page.fold,
                   "declared": declared or None, "known": known_language(page), "text": text,
                   "reference": page.main_content or "\n".join(page.with_)}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
