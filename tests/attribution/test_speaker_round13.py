"""Speaker resolution, round 13 (spk19): a definite description that echoes what the
article said of a person named shortly before ("der Leiter des Osteuropa-Instituts" after
"Osteuropa-Historiker X"), a pronoun whose antecedent lies beyond the usual window (a long
account interrupted by the writer's sentences), and the agent of an agentless passive cue
("Ihm wird vorgeworfen" after "Die Staatsanwaltschaft hat Anklage erhoben"), and a cue
joined to a frame that closes with its speaker ("sagt X – und fügt hinzu").  Texts are
written for these tests."""

from __future__ import annotations

from attribution_texts import resolved_speaker, run_text

from newsprobe.attribution.echoed_roles import shares, stems
from newsprobe.attribution.implied_agents import _agentless_passive
from newsprobe.model import SpeakerResolution, Token


def test_stems_split_hyphenated_words_and_drop_endings() -> None:
    got = stems(["des", "Osteuropa-Instituts", "stellvertretende"])
    assert {"osteuropa", "institut", "stellvertretend"} <= got
    assert "des" not in got
    assert shares({"kommissionsvertreter"}, {"vertreter"})  # a compound's part
    assert shares({"osteuropa"}, {"osteuropa-institut"})
    assert not shares({"minister"}, {"polizei"})


def test_a_description_echoing_a_persons_introduction_is_that_person() -> None:
    text = (
        "Die Gespräche in Belgrad gingen am Montag zu Ende. Der Osteuropa-Historiker Markus "
        "Feldhaus sprach von einem wichtigen Schritt. Die Staaten müssten nun liefern, sagte "
        "Feldhaus. Die Grenzfragen bleiben offen. Als Erfolg wertet der Leiter des "
        "Osteuropa-Zentrums der Universität Graz, dass die Regierungen miteinander reden."
    )
    sp = resolved_speaker(text, "miteinander reden")
    assert sp.name == "Markus Feldhaus"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


def test_a_description_echoing_no_ones_introduction_names_no_one_of_them() -> None:
    text = (
        "Die Gespräche in Belgrad gingen am Montag zu Ende. Der Osteuropa-Historiker Markus "
        "Feldhaus sprach von einem wichtigen Schritt. Die Staaten müssten nun liefern, sagte "
        "Feldhaus. Die Grenzfragen bleiben offen. Als Erfolg wertet der Leiter der "
        "Handelskammer der Stadt Graz, dass die Regierungen miteinander reden."
    )
    sp = resolved_speaker(text, "miteinander reden")
    assert sp.name != "Markus Feldhaus"


def test_a_pronoun_beyond_the_window_takes_the_person_who_spoke_last() -> None:
    text = (
        "Innenminister Thomas Gruber hält an seinem Kurs fest. Die Lage sei ernst, sagt "
        "Gruber. Wir haben keine Zeit mehr. Die Zahlen steigen jede Woche. Viele Gemeinden "
        "sind längst am Limit. Kritik kommt aus den Ländern. Große Interviews gibt es in "
        "mehreren Zeitungen. Seht her, was hier geschieht. Er forderte, man müsse jetzt "
        "handeln."
    )
    sp = resolved_speaker(text, "jetzt handeln")
    assert sp.name == "Thomas Gruber"


def test_a_pronoun_without_anyone_of_its_gender_stays_unresolved() -> None:
    text = (
        "Die Ministerin Anna Berg hält an ihrem Kurs fest. Die Lage sei ernst, sagt Berg. "
        "Die Zahlen steigen jede Woche. Viele Gemeinden sind längst am Limit. Kritik kommt "
        "aus den Ländern. Große Interviews gibt es in mehreren Zeitungen. Er sagte, man "
        "müsse jetzt handeln."
    )
    sp = resolved_speaker(text, "jetzt handeln")
    assert sp.name != "Anna Berg"


def test_an_agentless_passive_cue_takes_the_body_of_the_sentence_before() -> None:
    text = (
        "Die Staatsanwaltschaft Regensburg hat Anklage gegen einen Unternehmer erhoben. Ihm "
        "wird vorgeworfen, Millionen an Steuern hinterzogen zu haben."
    )
    sp = resolved_speaker(text, "Steuern hinterzogen")
    assert sp.name is not None and "Staatsanwaltschaft" in sp.name


def test_an_agentless_passive_after_a_person_subject_is_not_that_persons() -> None:
    text = (
        "Der Unternehmer Karl Huber wurde am Dienstag in Regensburg festgenommen. Ihm wird "
        "vorgeworfen, Millionen an Steuern hinterzogen zu haben."
    )
    analysis = run_text(text)
    att = next(a for a in analysis.attributions if "Steuern" in a.message.text)
    assert att.speaker is None or att.speaker.name != "Karl Huber"


def _toks(words: list[tuple[str, str]]) -> list[Token]:
    out, at = [], 0
    for text, pos in words:
        out.append(Token(text=text, start=at, end=at + len(text), pos=pos))
        at += len(text) + 1
    return out


def test_agentless_passive_needs_werden_before_a_participle_and_no_agent() -> None:
    assert _agentless_passive(_toks([("Ihm", "PPER"), ("wird", "VAFIN"), ("vorgeworfen", "VVPP")]))
    by_agent = [("Es", "PPER"), ("wurde", "VAFIN"), ("von", "APPR"), ("Experten", "NN")]
    assert not _agentless_passive(_toks([*by_agent, ("kritisiert", "VVPP")]))
    assert not _agentless_passive(_toks([("Er", "PPER"), ("hat", "VAFIN"), ("gesagt", "VVPP")]))


def test_a_cue_joined_after_a_frame_that_names_its_speaker_shares_that_speaker() -> None:
    # ("Kurz" is also an adjective: the cue rules find no speaker phrase for either cue)
    text = (
        "Stadträtin Maria Kurz hat neue Pläne. Ich bin auch dafür, dass man den Antrag "
        "online stellen darf, sagt Kurz – und fügt triumphierend an: Eine alte Forderung "
        "der Grünen! Die Opposition schweigt."
    )
    sp = resolved_speaker(text, "alte Forderung")
    assert sp.name == "Maria Kurz"


def test_texts_and_compound_statement_nouns_are_their_authors() -> None:
    from newsprobe.attribution.speaker_resolution import _own_text

    assert _own_text("presseerklärung") and _own_text("brief") and _own_text("ansicht")
    assert _own_text("pressemitteilung")  # a compound of a statement noun
    assert not _own_text("botschafter") and not _own_text("")


def test_a_possessive_before_a_texts_noun_is_its_authors_statement() -> None:
    text = (
        "Die Bürgermeisterin Petra Lindner ist als Kreisvorsitzende zurückgetreten. Sie "
        "wird laut ihrer Presseerklärung ihr Amt im Rathaus weiterhin ausüben."
    )
    sp = resolved_speaker(text, "weiterhin ausüben")
    assert sp.name == "Petra Lindner"


def test_the_court_is_the_court_a_genitive_compound_described_before() -> None:
    text = (
        "Der 3. Strafsenat des Oberlandesgerichts in Celle verkündete am Montag das Urteil "
        "gegen vier Männer. Sie erhielten Haftstrafen. Das Gericht sah es als erwiesen an, "
        "dass die Männer Anschläge geplant hatten."
    )
    sp = resolved_speaker(text, "Anschläge geplant")
    assert sp.name is not None and "Oberlandesgericht" in sp.name and "Celle" in sp.name
