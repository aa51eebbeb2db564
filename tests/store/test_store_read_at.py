"""When the page was read and where a derived date came from, stored with the article (and
added to databases made before the columns existed)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsprobe import Corpus, analyze_text
from newsprobe.store.schema import SCHEMA_VERSION
from support import sqlite_database_at

PAGE = (
    "Startseite\nPolitik\nWirtschaft\nSport\nKultur\n\n"
    "Stadtrat beschließt neuen Radweg an der Uferstraße\n"
    "Von Jana Lindner\nvor 2 Stunden\n\n"
    "Der Stadtrat hat am Abend mit großer Mehrheit den Bau eines neuen Radwegs an der "
    "Uferstraße beschlossen. Die Arbeiten sollen im Frühjahr beginnen, sagte die "
    "Bürgermeisterin nach der Sitzung.\n\n"
    "Anwohner hatten den Weg seit Jahren gefordert. Die Kosten liegen nach Angaben der Stadt "
    "bei rund 1,2 Millionen Euro.\n\n"
    "Impressum\nDatenschutz\nKontakt\n"
)


def test_read_time_and_derived_date_are_stored(db_location: str) -> None:
    read = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
    analysis = analyze_text(PAGE, reference=read)
    with Corpus(db_location) as corpus:
        corpus.add(analysis)
        corpus.add(analyze_text(PAGE.replace("Radweg", "Fußweg")))
        rows = {a.published_from is not None: a for a in corpus.articles()}
    derived, plain = rows[True], rows[False]
    assert derived.read_at == datetime(2025, 3, 14, 12, 0)
    assert derived.published_from == analysis.meta.published_from
    assert derived.published == datetime(2025, 3, 14, 10, 0)
    assert plain.read_at is None and plain.published is None


def test_a_version_5_database_gets_the_columns(tmp_path: Path) -> None:
    db = sqlite_database_at(tmp_path / "v5.db", 5)  # version 6 added read_at
    with Corpus(db) as corpus:
        assert corpus.stats().schema_version == SCHEMA_VERSION
        corpus.add(analyze_text(PAGE, reference=datetime(2025, 3, 14, 12, 0, tzinfo=UTC)))
        assert corpus.articles()[0].read_at == datetime(2025, 3, 14, 12, 0)
