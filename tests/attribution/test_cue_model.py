"""The trained cue tagger beside the rules: training script, shipped model and card, and the
hook that keeps a learned cue only inside a whole rule-built attribution."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprobe.api import analyze_text
from newsprobe.attribution.cue_model import hook
from newsprobe.attribution.cue_model.features import FEATURE_VERSION
from newsprobe.attribution.cue_model.tagger import MODEL_NAME, CueTagger, model_dir
from newsprobe.attribution.cue_model.train import main as train_main
from newsprobe.attribution.found import Found

_SENTENCES = [
    (["Der", "Minister", "sagte", ",", "dass", "die", "Steuern", "steigen", "."], [2]),
    (["Die", "Ärztin", "sagte", ",", "das", "sei", "falsch", "."], [2]),
    (["Das", "Haus", "steht", "am", "Fluss", "."], []),
    (["Er", "bestritt", ",", "dass", "er", "dort", "war", "."], [1]),
    (["Wir", "fahren", "morgen", "nach", "Berlin", "."], []),
    (["Sie", "sagte", "nichts", "über", "das", "Haus", "."], [1]),
]


def _write_corpus(folder: Path) -> None:
    """Two speeches in the SpkAtt task-1 JSON format, written by this test."""
    folder.mkdir(parents=True)
    for n in range(2):
        sentences = [{"SentenceId": i, "Tokens": w} for i, (w, _) in enumerate(_SENTENCES)]
        annotations = [
            {"Cue": [f"{i}:{k}" for k in cue], "Source": [f"{i}:0", f"{i}:1"], "Message": []}
            for i, (_, cue) in enumerate(_SENTENCES)
            if cue
        ]
        data = {"Sentences": sentences, "Annotations": annotations}
        (folder / f"speech{n}.json").write_text(json.dumps(data), "utf-8")


def test_train_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        train_main(["--help"])
    assert exit_.value.code == 0
    assert "SpkAtt-2023" in capsys.readouterr().out


def test_train_refuses_the_dev_split(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        train_main(["--data", str(tmp_path / "dev")])


def test_train_writes_a_model_and_card(tmp_path: Path) -> None:
    _write_corpus(tmp_path / "train")
    out = tmp_path / "model" / "cues.crfsuite"
    assert (
        train_main(["--data", str(tmp_path / "train"), "--out", str(out), "--min-freq", "1"]) == 0
    )
    card = json.loads(out.with_suffix(".json").read_text("utf-8"))
    assert card["feature_version"] == FEATURE_VERSION and "CC BY-SA" in card["licence"]
    tagger = CueTagger(out)
    from newsprobe.attribution.marks import find_quotes
    from newsprobe.attribution.view import build

    analysis = analyze_text("Der Minister sagte, dass das Haus steht.", lang="de", only=["pos"])
    sents = build(analysis, find_quotes(analysis.text), "de")
    toks = [t for s in sents for t in s.toks]
    probs = tagger.marginals(toks)
    assert len(probs) == len(toks)
    by_word = dict(zip([t.text for t in toks], probs, strict=True))
    assert by_word["sagte"] > 0.5 > by_word["Haus"]


def test_shipped_model_is_small_and_credited() -> None:
    path = model_dir() / MODEL_NAME
    assert path.is_file() and path.stat().st_size <= 2_000_000
    card = json.loads(path.with_suffix(".json").read_text("utf-8"))
    assert card["feature_version"] == FEATURE_VERSION
    assert "CC BY-SA 4.0" in card["licence"] and card["data"]["path"] == "train"
    notes = (model_dir() / "MODEL_CARD.md").read_text("utf-8")
    assert "SpkAtt-2023" in notes and "CC BY-SA 4.0" in notes and "--data" in notes


def _found(kind: str = "indirect", speakers: bool = True, ctype: str = "speech_verb") -> Found:
    return Found(
        kind=kind,
        sentence=0,
        message=(20, 40),
        cue=(10, 18, ctype, "bekunden"),
        speakers=[(0, 9)] if speakers else [],
    )


def test_hook_keeps_only_whole_confident_attributions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hook.learned_settings, "verb_min", 0.8)
    kept = hook.learned_verb_cue(_found(), lambda: 0.9)
    assert kept is not None and kept.cue is not None and kept.cue[2] == hook.LEARNED_VERB
    assert hook.learned_verb_cue(_found(), lambda: 0.5) is None  # not confident
    assert hook.learned_verb_cue(_found(speakers=False), lambda: 0.9) is None  # no speaker
    assert hook.learned_verb_cue(_found(kind="partial"), lambda: 0.9) is None  # a fragment
    assert hook.learned_verb_cue(_found(ctype="narrated_speech"), lambda: 0.9) is None

    def never() -> float:
        raise AssertionError("the tagger is asked only about whole attributions")

    assert hook.learned_verb_cue(_found(speakers=False), never) is None


_TEXT = "Überschrift\n\nDie Ministerin bekundete, dass die Reform zu spät komme. Dann ging sie."


def test_off_by_default_the_rules_run_alone() -> None:
    assert hook._settings().verb_min > 1  # the environment of the test run does not opt in
    analysis = analyze_text(_TEXT, lang="de", only=["quotes"])
    assert not any(
        a.cue is not None and a.cue.type.startswith("learned") for a in analysis.attributions
    )


def test_switched_on_a_verb_outside_the_lexicon_becomes_a_cue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsprobe.attribution.lexicon import cues

    assert cues("de").verb_type("bekunden") is None
    monkeypatch.setattr(hook.learned_settings, "verb_min", 0.5)
    analysis = analyze_text(_TEXT, lang="de", only=["quotes"])
    found = [a for a in analysis.attributions if a.cue is not None and a.cue.text == "bekundete"]
    assert found, [(a.cue, a.message.text) for a in analysis.attributions]
    att = found[0]
    assert att.cue.type == hook.LEARNED_VERB and att.kind == "indirect"
    assert att.speakers[0].text == "Die Ministerin" and "Reform" in att.message.text
    analysis.check_spans()
    english = analyze_text(
        "Title\n\nThe minister opined that the reform came late.", lang="en", only=["quotes"]
    )
    assert not any(
        a.cue is not None and a.cue.type.startswith("learned") for a in english.attributions
    )
