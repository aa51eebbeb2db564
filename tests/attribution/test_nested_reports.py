"""A speech or thought verb in Konjunktiv inside another statement's reported clause, said
of a pronoun, is part of that statement (:mod:`newsprobe.attribution.nested_reports`).
Texts written for newsprobe."""

from __future__ import annotations

from attribution_texts import run_body as run


def _cues(body: str) -> list[str]:
    return [a.cue.text for a in run(body).attributions if a.cue is not None]


def test_a_konjunktiv_thought_in_a_reported_clause_is_the_outer_statement() -> None:
    body = "Der spanische Innenminister sagte gestern, man erwäge, rechtliche Schritte einzuleiten."
    assert _cues(body) == ["sagte"]


def test_outside_a_reported_clause_a_pronoun_statement_stays() -> None:
    body = "Der Minister war in Rom. Man erwäge, rechtliche Schritte einzuleiten, sagte er."
    assert "sagte" in _cues(body)
    assert "erwägt" in _cues("Er erwägt, rechtliche Schritte einzuleiten.")


def test_only_a_pronoun_in_konjunktiv_inside_an_indirect_clause_is_dropped() -> None:
    from types import SimpleNamespace

    from newsprobe.attribution.found import Found
    from newsprobe.attribution.nested_reports import drop_nested_reports

    text = "X sagte, man erwäge es, Anna erwäge es."
    toks = [SimpleNamespace(start=text.index(w), mood=m) for w, m in [("erwäge", "subj1")]]
    toks.append(SimpleNamespace(start=text.rindex("erwäge"), mood="subj1"))
    sents = [SimpleNamespace(start=0, toks=toks)]

    def found(word_at: int, speaker: tuple[int, int], message: tuple[int, int]) -> Found:
        cue = (word_at, word_at + 6, "cognition_verb", "erwägen")
        return Found(kind="indirect", sentence=0, message=message, cue=cue, speakers=[speaker])

    outer = found(2, (0, 1), (9, len(text) - 1))
    outer.cue = (2, 7, "speech_verb", "sagen")
    man = text.index("man")
    anna = text.index("Anna")
    pronoun = found(text.index("erwäge"), (man, man + 3), (text.index("es"), len(text) - 1))
    named = found(text.rindex("erwäge"), (anna, anna + 4), (len(text) - 3, len(text) - 1))
    kept = drop_nested_reports([outer, pronoun, named], sents, text)  # type: ignore[arg-type]
    assert kept == [outer, named]
    toks[0].mood = "ind"  # in the indicative it is a statement of its own
    kept = drop_nested_reports([outer, pronoun, named], sents, text)  # type: ignore[arg-type]
    assert kept == [outer, pronoun, named]
