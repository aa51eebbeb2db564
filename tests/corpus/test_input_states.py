"""``Store.input_states`` (the loader's lookup of a whole batch) answers as
``input_state`` does record by record: stored already, same raw bytes as a stored article,
or new — on both backends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_inputs import german

from newsprobe import Corpus
from newsprobe.corpus.records import iter_records
from newsprobe.store.base import InputRef
from pgtest import pg_schema


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "c.db")
        return
    with pg_schema() as url:
        yield url


def test_input_states_equal_input_state_per_record(location: str, tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(
        "\n".join(json.dumps({"text": german(i)}, ensure_ascii=False) for i in range(3)) + "\n",
        encoding="utf-8",
    )
    with Corpus(location) as c:
        c.ingest([str(src)], workers=0)
        store = c._store
        stored = [
            InputRef(r.path, r.offset, r.record, r.sha256)
            for r in iter_records(src, max_bytes=1 << 20)
        ]
        refs = [
            *stored,  # stored already
            InputRef(stored[1].path, stored[1].offset, 2, "0" * 64),  # same place, new bytes
            InputRef(str(tmp_path / "b.jsonl"), 0, 1, stored[2].raw_sha256),  # same bytes
            InputRef(str(tmp_path / "b.jsonl"), 99, 2, "f" * 64),  # new
            InputRef(str(tmp_path / "b.jsonl"), 150, 3, None),  # no hash
            stored[0],  # asked twice
        ]
        want = [store.input_state(r) for r in refs]
        assert store.input_states(refs) == want
        assert [done for done, _ in want] == [True, True, True, False, False, False, False, True]
        assert want[4][1] == want[2][1] is not None and want[3] == (False, None)
        assert store.input_states([]) == []
