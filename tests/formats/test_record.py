"""`read_record` on junk: `FormatError` and nothing else."""

from __future__ import annotations

import pytest

from copydesk.errors import FormatError
from copydesk.formats.record import read_record


@pytest.mark.parametrize("text", [
    '{"blocks": ["x"]}',
    '{"url": 1}',
    '{"image": 1}',
    '{"authors": [1]}',
    '{"status": "maybe"}',
    '{"related": [{"title": null}]}',
    '{"x": ' * 2000 + "1" + "}" * 2000,
    "{not json",
])
def test_junk_json_records_raise_format_error_only(text):
    with pytest.raises(FormatError):
        read_record(text)


def test_a_json_record_reads_back():
    article = read_record('{"title": "T", "authors": ["AFP"], '
                          '"blocks": [{"kind": "heading", "text": "H", "level": 2}]}')
    assert article.title == "T" and article.authors == ("AFP",) and article.blocks[0].level == 2
