"""`clean_text` in every script: newspaper4k's story texts (8 scripts) cleaned, each scored against itself.

    python -m benchmarks.clean_scripts

The text is already the story, so every line kept is right: the score is the share of the story kept (char
trigrams, which hold for scripts without spaces) and whether the page comes back `ok`.
"""

from __future__ import annotations

import orjson

from benchmarks.datasets import shared_dir
from benchmarks.scores import trigram_prf
from copydesk import Status, clean_text


def main() -> None:
    expected = shared_dir() / "data" / "newspaper4k" / "expected.jsonl"
    rows = [orjson.loads(line) for line in expected.read_bytes().splitlines()]
    total = 0.0
    ok = 0
    for row in rows:
        article = clean_text(row["text"])
        f1 = trigram_prf(article.text, row["text"]).f1 if article.text else 0.0
        total += f1
        ok += article.status is Status.OK
        print(f"{row['file']:32} {row['language'] or '-':3} {article.status.value:12} {f1:.3f}")
    print(f"mean char-trigram F1 {total / len(rows):.4f}; ok {ok} of {len(rows)}")


if __name__ == "__main__":
    main()
