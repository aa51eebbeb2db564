"""One grammar for relative date stamps (``[relative_stamp]`` in furniture.toml): the stamp the
whole-page pass finds on a line, the date line the lexicon types and the date read from it
are the same shapes."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from newsprobe import analyze_text
from newsprobe.layout.lexicon import furniture
from newsprobe.layout.page_meta import date_score
from newsprobe.layout.relative_date import from_relative, relative_stamp
from newsprobe.model import BlockKind

READ = datetime(2026, 3, 10, 8, 30, 12, tzinfo=UTC)

STAMPS = [
    ("vor 3 Stunden", datetime(2026, 3, 10, 5, 30, tzinfo=UTC)),
    ("vor zwei Stunden", datetime(2026, 3, 10, 6, 30, tzinfo=UTC)),
    ("vor 1 Std.", datetime(2026, 3, 10, 7, 30, tzinfo=UTC)),
    ("vor 5 Min.", datetime(2026, 3, 10, 8, 25, tzinfo=UTC)),
    ("Aktualisiert: vor einem Tag", datetime(2026, 3, 9, tzinfo=UTC)),
    ("Zuletzt aktualisiert vor fünf Tagen", datetime(2026, 3, 5, tzinfo=UTC)),
    ("gestern, 14:30", datetime(2026, 3, 9, 14, 30, tzinfo=UTC)),
    ("Aktualisiert am heute, 12:30 Uhr", datetime(2026, 3, 10, 12, 30, tzinfo=UTC)),
    ("3h ago", datetime(2026, 3, 10, 5, 30, tzinfo=UTC)),
    ("45m ago", datetime(2026, 3, 10, 7, 45, tzinfo=UTC)),
    ("two hours ago", datetime(2026, 3, 10, 6, 30, tzinfo=UTC)),
    ("Posted a few minutes ago", datetime(2026, 3, 10, 8, 30, tzinfo=UTC)),
    ("7 hours", datetime(2026, 3, 10, 1, 30, tzinfo=UTC)),
]


@pytest.mark.parametrize(("stamp", "want"), STAMPS)
def test_every_shape_is_found_typed_and_read_alike(stamp: str, want: datetime) -> None:
    assert relative_stamp(stamp) is not None  # the whole-page pass finds it
    assert re.match(furniture().relative.line, stamp, re.IGNORECASE)  # a date line alone
    assert date_score(stamp) >= 0.7  # a stamp, never a headline
    assert from_relative(stamp, READ) == want


@pytest.mark.parametrize(
    "text",
    ["vor 2 Jahrzehnten", "vor 3 Tagesordnungspunkten", "Lesezeit: 2 Min.", "ah ago",
     "ein 3 days-long Festival", "Heute wählt die Stadt"],
)  # fmt: skip
def test_words_that_only_begin_like_a_stamp_are_none(text: str) -> None:
    assert relative_stamp(text) is None
    assert from_relative(text, READ) is None


def test_a_stamp_within_a_line_is_found_but_types_no_date_line() -> None:
    line = "Von Anna Beck | vor 2 Stunden"
    assert relative_stamp(line) is not None
    assert not re.match(furniture().relative.line, line, re.IGNORECASE)


def test_a_clean_texts_stamp_in_words_is_its_date_line() -> None:
    text = (
        "Stadtrat beschließt neuen Radweg\n\nvor zwei Stunden\n\nDer Stadtrat hat am Abend "
        "mit großer Mehrheit beschlossen, einen neuen Radweg entlang der Hauptstraße zu "
        "bauen.\n\nDie Arbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern.\n"
    )
    got = analyze_text(text, only=["layout"], reference=READ)
    assert [b.kind for b in got.blocks[:2]] == [BlockKind.HEADLINE, BlockKind.DATELINE]
    assert got.meta.published == datetime(2026, 3, 10, 6, 30, tzinfo=UTC)
