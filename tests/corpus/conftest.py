"""Input folders for the ingest tests: articles written for these tests, in every input
format, with the damaged inputs users really have."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from corpus_inputs import german, html_page, warc_bytes


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A folder of inputs and the expected accounting (articles, duplicates, failures)."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(german(0), encoding="utf-8")
    (root / "sub" / "a-copy.txt").write_text(german(0), encoding="utf-8")  # same bytes
    (root / "b.html").write_bytes(html_page(0))
    lines = [
        json.dumps(
            {
                "text": german(1),
                "outlet": "Kurier",
                "published": "2024-05-02T08:00:00+02:00",
                "url": "https://kurier.example/1",
            },
            ensure_ascii=False,
        ),
        "{this is not json",
        json.dumps({"text": german(2), "outlet": "Kurier"}, ensure_ascii=False),
        json.dumps({"title": "ohne Text"}),
    ]
    (root / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "d.json").write_text(
        json.dumps([{"text": german(3)}, {"html": html_page(1).decode()}], ensure_ascii=False),
        encoding="utf-8",
    )
    packed = gzip.compress(
        "\n".join(
            json.dumps({"text": german(4 + i)}, ensure_ascii=False) for i in range(3)
        ).encode()
    )
    (root / "e.jsonl.gz").write_bytes(packed)
    warc = warc_bytes([html_page(2), html_page(3), html_page(4)])
    (root / "f.warc.gz").write_bytes(warc[:-120])  # the last record is cut off
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "big.txt").write_text(german(9) * 300, encoding="utf-8")  # over max_bytes below
    expected = {
        "articles": 1 + 1 + 2 + 2 + 3 + 2,  # a, b, c(2), d(2), e(3), f(2 readable)
        "duplicates": 1,  # a-copy
        "failures": 2 + 1 + 3,  # c (bad line, no text), f (cut), empty/binary/big
        "max_bytes": 20_000,
    }
    return root, expected
