"""The pipeline: component order, selection with requirements, timings."""

from __future__ import annotations

import pytest

from newsprobe import analyze_text
from newsprobe.pipeline import PipelineError, component_names, resolve

TEXT = "Kremlchef trifft Assad\n\nDer Sprecher sagte, man habe nichts gewusst. Es sei ruhig."


def test_default_order() -> None:
    assert component_names()[:4] == ["layout", "language", "sentences", "tokens"]


def test_only_adds_requirements_in_order() -> None:
    assert resolve(["sentences"]) == ["layout", "language", "sentences"]
    assert resolve(["layout"]) == ["layout"]


def test_unknown_component_is_a_clear_error() -> None:
    with pytest.raises(PipelineError, match="unknown component 'entitys'"):
        resolve(["entitys"])


def test_selected_run_fills_only_its_layers() -> None:
    analysis = analyze_text(TEXT, only=["layout", "sentences"])
    assert analysis.components == ["layout", "language", "sentences"]
    assert len(analysis.sentences) == 3
    assert analysis.tokens == []
    assert [t.component for t in analysis.timings] == analysis.components
    assert all(t.seconds >= 0 for t in analysis.timings)


def test_full_run_tokens_belong_to_sentences() -> None:
    analysis = analyze_text(TEXT)
    assert analysis.meta.language == "de"
    assert [t.text for t in analysis.tokens[:3]] == ["Kremlchef", "trifft", "Assad"]
    for token in analysis.tokens:
        sentence = analysis.sentences[token.sentence]
        assert sentence.start <= token.start < token.end <= sentence.end


def test_forced_language() -> None:
    assert analyze_text(TEXT, lang="en", only=["language"]).meta.language == "en"
