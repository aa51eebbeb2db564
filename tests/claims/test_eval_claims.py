"""The ``claims`` and ``subjectivity`` evaluation tasks (bundled gold; tiny written fixtures;
the CheckThat data is only read when ../shared has it)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsprobe.eval.base import EvalError
from newsprobe.eval.claims import (
    LABELS,
    dominant_status,
    gold_dir,
    read_gold,
    run,
)
from newsprobe.eval.labels import macro_f1
from newsprobe.eval.registry import TASKS
from newsprobe.eval.subjectivity import run as run_subjectivity
from newsprobe.model import Analysis, Claim, ClaimStatus
from support import SHARED


def test_gold_sets_are_big_enough_and_well_formed() -> None:
    dev = read_gold(gold_dir() / "claims_gold.tsv")
    held = read_gold(gold_dir() / "claims_heldout.tsv")
    languages = Counter(i.language for i in dev)
    assert languages["de"] >= 60 and languages["en"] >= 30
    assert {i.label for i in dev} == set(LABELS)
    ids = [i.id for i in dev + held]
    assert len(ids) == len(set(ids))
    sentences = {i.sentence for i in dev}
    assert not sentences & {i.sentence for i in held}
    for item in dev + held:
        for cue in item.cues:
            assert cue in item.sentence, item


def test_claims_task_scores_a_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "mini.tsv"
    gold.write_text(
        "# a comment\n"
        "id\tlang\tlabel\tcues\tsentence\n"
        "a\tde\thedged\toffenbar\tDer Brand wurde offenbar gelegt.\n"
        "b\tde\tquestion\t\tWer soll das bezahlen?\n"
        "c\ten\tasserted\t\tThe bridge was closed on Monday.\n",
        encoding="utf-8",
    )
    result = run(gold)
    values = {m.name: m.value for m in result.metrics}
    assert result.n_items == 3
    assert values["accuracy"] == 1.0 and values["cue recall"] == 1.0
    assert values["gold hedged -> hedged"] == 1
    assert any(n.startswith("mini: confusion hedged") for n in result.notes)


def test_claims_task_scores_each_file_of_a_folder() -> None:
    result = run(gold_dir(), limit=4)
    assert result.systems() == ["claims_gold", "claims_heldout"]
    assert result.n_items == 8


def test_claims_task_rejects_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tlang\tlabel\tcues\tsentence\nx\tde\tmaybe\t\tSatz.\n", encoding="utf-8")
    with pytest.raises(EvalError, match="row 2"):
        run(bad)
    with pytest.raises(EvalError, match="not found"):
        run(tmp_path / "missing.tsv")


def test_helpers() -> None:
    text = "Erster Teil, zweiter längerer Teil."
    analysis = Analysis(text=text)
    analysis.claims = [
        Claim.of(text, 0, 10, id=0, role="body", status=ClaimStatus.ASSERTED),
        Claim.of(text, 12, len(text), id=1, role="body", status=ClaimStatus.HEDGED),
    ]
    assert dominant_status(analysis) == "hedged"
    assert dominant_status(Analysis(text="")) == "asserted"
    assert macro_f1([("a", "a"), ("b", "a")], ("a", "b")) == pytest.approx((2 / 3) / 2)


def test_subjectivity_task_on_a_written_fixture(tmp_path: Path) -> None:
    data = tmp_path / "dev_de.tsv"
    data.write_text(
        "sentence_id\tsentence\tlabel\n"
        "1\tDas ist ein Skandal, den sich keine Regierung leisten darf.\tSUBJ\n"
        "2\tDie Brücke ist seit Montag gesperrt.\tOBJ\n"
        "3\tLeider hat die Stadt die Chance verpasst.\tSUBJ\n",
        encoding="utf-8",
    )
    result = run_subjectivity(tmp_path)
    assert result.systems() == ["newsprobe", "majority (OBJ)"]
    assert result.get("newsprobe", "macro-F1").value == 1.0
    assert result.get("majority (OBJ)", "SUBJ recall").value == 0.0
    (tmp_path / "dev_de.tsv").write_text(
        "sentence_id\tsentence\tlabel\n1\tSatz.\tMAYBE\n", encoding="utf-8"
    )
    with pytest.raises(EvalError, match="unknown label"):
        run_subjectivity(tmp_path)
    with pytest.raises(EvalError, match="needs a dataset"):
        run_subjectivity(None)


def test_tasks_are_registered() -> None:
    assert TASKS["claims"].runs_without_data
    assert TASKS["subjectivity"].default_data == ("checkthat2025-subjectivity-de",)


def test_subjectivity_on_checkthat_when_present() -> None:
    data = SHARED / "data" / "checkthat2025-subjectivity-de"
    if not (data / "dev_de.tsv").is_file():
        pytest.skip("../shared/data/checkthat2025-subjectivity-de is not available")
    result = run_subjectivity(data, limit=40)
    assert result.n_items == 40
    assert 0.0 <= result.get("newsprobe", "macro-F1").value <= 1.0
