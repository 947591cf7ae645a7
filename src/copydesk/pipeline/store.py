"""Shard outputs on disk: the rows of a shard and its index of fingerprints.

`NAME.rows.jsonl` holds one `Record.to_dict()` a line, in record order;
`NAME.index.pkl` holds, for each row, its byte offset and its dedup `Fingerprint`
(None for rows that are not stories). The final stage keeps only the indexes in
memory and reads rows back by offset, so memory grows with the number of
fingerprints, not with the text of the corpus.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from copydesk.dedup import Fingerprint
from copydesk.model import Record
from copydesk.pipeline.base import commit


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """Where a row is in its shard's rows file, and its fingerprint."""

    offset: int
    fingerprint: Fingerprint | None


class ShardStore:
    """The folder of shard outputs of one run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def rows_path(self, name: str) -> Path:
        return self.folder / f"{name}.rows.jsonl"

    def index_path(self, name: str) -> Path:
        return self.folder / f"{name}.index.pkl"

    def write(self, name: str, pairs: Iterable[tuple[Record, Fingerprint | None]]) -> Iterator[Record]:
        """Write a shard's rows and index under temporary names, publish both when done; yield each record."""
        rows_tmp = self.rows_path(name).with_suffix(".tmp")
        index: list[IndexEntry] = []
        with open(rows_tmp, "wb") as fh:
            for record, print_ in pairs:
                index.append(IndexEntry(fh.tell(), print_))
                fh.write(orjson.dumps(record.to_dict()) + b"\n")
                yield record
        index_tmp = self.index_path(name).with_suffix(".tmp")
        index_tmp.write_bytes(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        commit(rows_tmp, self.rows_path(name))
        commit(index_tmp, self.index_path(name))

    def index(self, name: str) -> list[IndexEntry]:
        # Our own file, written by `write` in this run's folder: safe to unpickle.
        return pickle.loads(self.index_path(name).read_bytes())

    def rows(self, name: str) -> Iterator[dict[str, Any]]:
        with open(self.rows_path(name), "rb") as fh:
            for line in fh:
                yield orjson.loads(line)

    def row_at(self, name: str, offset: int) -> dict[str, Any]:
        with open(self.rows_path(name), "rb") as fh:
            fh.seek(offset)
            return orjson.loads(fh.readline())
