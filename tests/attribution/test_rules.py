"""Cue rules beyond the basic verb patterns: frames of any verb, interrupted quotes, speech
nouns with their clause, colon-introduced statements, indicative clauses after a bare
frame, "demnach", sources the phrase chunker cannot read, and what is no cue at all."""

from __future__ import annotations

from attribution_texts import find
from attribution_texts import run_body as run


def test_interrupted_quote_is_one_statement() -> None:
    a = run("„Wir haben gewonnen“, sagte der Trainer, „und das verdient.“ Danach ging er.")
    first = find(a, "Wir haben gewonnen")
    second = find(a, "und das verdient")
    assert first.kind == second.kind == "direct"
    assert first.speakers[0].text == "der Trainer"
    assert second.continues == first.id and second.source == first.source


def test_frame_with_a_verb_outside_the_lexicon() -> None:
    a = run("„Ja, das stimmt so“, nickte die Ministerin. Dann ging sie.")
    att = find(a, "Ja, das stimmt so")
    assert att.kind == "direct" and att.cue.text == "nickte"
    assert att.speakers[0].text == "die Ministerin"


def test_short_quote_governed_as_a_whole_is_direct() -> None:
    att = find(run("„Nein“, sagte der Sprecher."), "Nein")
    assert att.kind == "direct"


def test_speech_noun_with_its_clause() -> None:
    opinion = find(run("Die Ministerin ist der Meinung, dass die Reform zu spät kommt."), "Reform")
    assert opinion.kind == "indirect" and opinion.cue.type == "speech_noun"
    assert opinion.message.text == "dass die Reform zu spät kommt"
    assert opinion.speakers[0].text == "Die Ministerin"
    demand = find(run("Die Forderung der Opposition, dass der Minister gehe, verhallte."), "gehe")
    assert demand.speakers[0].text == "der Opposition"


def test_statement_after_a_colon_in_the_next_paragraph() -> None:
    a = run("Der Minister sagte am Montag:\n\nWir werden die Steuern nicht erhöhen.")
    att = find(a, "Wir werden die Steuern nicht erhöhen")
    assert att.kind == "indirect" and att.cue.text == "sagte"
    assert att.speakers[0].text == "Der Minister"


def test_indicative_main_clause_after_a_bare_frame() -> None:
    att = find(run("Die Ministerin glaubt, die Reform kommt zu spät."), "Reform")
    assert att.message.text == "die Reform kommt zu spät" and att.cue.type == "cognition_verb"
    # With an object of its own the verb is about that, not about the clause after it.
    a = run("Der Minister sagte das gestern, die Reform kommt zu spät.")
    assert not any("Reform" in x.message.text for x in a.attributions)


def test_reported_clause_ends_where_a_main_clause_in_the_indicative_begins() -> None:
    a = run(
        "Der Sprecher erklärte, dass die Lage ernst sei, und die Regierung beschloss "
        "am Abend neue Maßnahmen."
    )
    assert find(a, "Lage").message.text == "dass die Lage ernst sei"


def test_particle_verb_and_adverb() -> None:
    # "sagte … weiter" is "sagen", not an unknown "weitersagen".
    att = find(run("Die Ministerin sagte weiter, man habe die Pläne geprüft."), "Pläne")
    assert att.cue.lemma == "sagen" and att.mood == "subj1"


def test_demnach_carries_on_the_source_before() -> None:
    a = run(
        "Die Polizei erklärte, es habe einen Unfall gegeben. Demnach stieß ein Lastwagen "
        "mit einem Bus zusammen."
    )
    first = find(a, "Unfall")
    then = find(a, "Lastwagen")
    assert then.cue.type == "anaphoric" and then.continues == first.id
    assert then.source == first.source


def test_sources_the_chunker_does_not_read() -> None:
    a = run("Laut „Spiegel“ soll der Minister zurücktreten. Nach einer Studie raucht jeder Vierte.")
    spiegel = find(a, "Minister zurücktreten")
    assert spiegel.speakers[0].text == "„Spiegel“" and spiegel.kind == "reported"
    study = find(a, "raucht jeder Vierte")
    assert study.speakers[0].text == "einer Studie"
    police = find(run("Nach Polizeiangaben wurde niemand verletzt."), "niemand verletzt")
    assert police.cue.type == "source_noun" and police.kind == "reported"


def test_what_is_no_cue() -> None:
    a = run(
        "Es zeigte sich, dass die Brücke marode ist. Der Mann wurde zu drei Jahren Haft "
        "verurteilt. Die Aktie notierte bei 20 Euro. Das Projekt droht zu scheitern."
    )
    assert a.attributions == []


def test_fronted_object_is_not_the_speaker() -> None:
    att = find(run("„Wir kommen wieder.“ Dies teilte ein Sprecher der Stadt mit."), "kommen")
    assert att.speakers[0].text.startswith("ein Sprecher")
