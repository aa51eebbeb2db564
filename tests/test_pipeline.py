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


def test_collector_threshold_is_raised_during_a_run_and_restored_after():
    import gc

    from newsprobe.model import Analysis
    from newsprobe.pipeline import GC_THRESHOLD_DURING_RUN, Options, Pipeline

    seen: list[int] = []

    class Probe:
        name = "probe"
        requires: tuple[str, ...] = ()

        def __call__(self, analysis: Analysis, options: Options) -> None:
            seen.append(gc.get_threshold()[0])

    import newsprobe.pipeline as pl

    before = gc.get_threshold()
    pl._BUILT["probe"] = Probe()
    try:
        gc.set_threshold(700, *before[1:])
        Pipeline(names=["probe"])(Analysis(text="x"))
        assert seen == [GC_THRESHOLD_DURING_RUN]
        assert gc.get_threshold()[0] == 700
        # automatic collection switched off by the caller (threshold 0) stays off
        gc.set_threshold(0, *before[1:])
        Pipeline(names=["probe"])(Analysis(text="x"))
        assert seen[-1] == 0 and gc.get_threshold()[0] == 0
    finally:
        pl._BUILT.pop("probe", None)
        gc.set_threshold(*before)


def test_nested_runs_restore_the_callers_threshold_once_the_last_one_ends():
    import gc

    from newsprobe.pipeline import GC_THRESHOLD_DURING_RUN, fewer_collections

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *before[1:])
        with fewer_collections():
            with fewer_collections():
                assert gc.get_threshold()[0] == GC_THRESHOLD_DURING_RUN
            assert gc.get_threshold()[0] == GC_THRESHOLD_DURING_RUN
        assert gc.get_threshold()[0] == 700
    finally:
        gc.set_threshold(*before)
