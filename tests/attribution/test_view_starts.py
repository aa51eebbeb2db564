"""Start offsets of tokens, sentences and mentions, worked out once per run."""

from newsprobe import analyze_text
from newsprobe.attribution.view import mention_starts, sentence_starts, token_starts

TEXT = "Die Ministerin Anna Berg sagte am Montag, der Plan sei fertig. Er komme im Mai."


def test_starts_are_the_layers_offsets_and_kept_for_the_run():
    analysis = analyze_text(TEXT, lang="de")
    for starts_of, layer in (
        (token_starts, analysis.tokens),
        (sentence_starts, analysis.sentences),
        (mention_starts, analysis.mentions),
    ):
        starts = starts_of(analysis)
        assert starts == [span.start for span in layer]
        assert starts_of(analysis) is starts  # the same list: no second pass


def test_starts_are_worked_out_again_when_the_layer_changed():
    analysis = analyze_text(TEXT, lang="de")
    before = sentence_starts(analysis)
    assert len(before) == 2
    analysis.sentences = analysis.sentences[:1]
    assert sentence_starts(analysis) == [analysis.sentences[0].start]
