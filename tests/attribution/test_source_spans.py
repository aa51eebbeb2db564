"""Where a prepositional source phrase ends ("laut X", "X zufolge") and when "Danach" reads
"according to it": each row fails when its rule in ``source_spans.py`` / ``danach.py`` is
off."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run
from attribution_texts import speaker_at_cue as _speaker_of


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        # an institution noun without article is the whole source; the clause's subject
        # after it is not part of it
        (
            "Grund für den Brand waren laut Ministerium Arbeiten an der Leitung.",
            "laut",
            "Ministerium",
        ),
        # a title before a name stays one phrase
        (
            "Der Umsatz stieg laut Polizeisprecher Beringer um zehn Prozent.",
            "laut",
            "Polizeisprecher Beringer",
        ),
        # an adverbial after a name is the clause's, not the source's
        (
            "Der Abschuss soll laut Schnappauf aus Sicherheitsgründen erfolgen.",
            "laut",
            "Schnappauf",
        ),
        # before "zufolge": the clause's subject is not part of the source
        (
            "Allein mit Drogen nimmt die Organisation Schätzungen zufolge jährlich viel Geld ein.",
            "zufolge",
            "Schätzungen",
        ),
        # a title before a name the tagger reads as a noun stays one phrase
        (
            "Der Zeitung Haaretz zufolge fand das Telefonat im Mai statt.",
            "zufolge",
            "Der Zeitung Haaretz",
        ),
        # a "von" attribute of a source noun: its owner speaks
        (
            "Einer Studie von Forschern der Universität Princeton zufolge lernen die Tiere.",
            "zufolge",
            "Forschern der Universität Princeton",
        ),
        # a bracket and a coordinated, prepositional attribute stay
        (
            "Einer Erklärung des Verbandes (VDR) zufolge nahmen 500 Lehrer teil.",
            "zufolge",
            "des Verbandes (VDR)",
        ),
    ],
)
def test_prepositional_source_ends_where_the_source_ends(body: str, cue: str, speaker: str) -> None:
    assert _speaker_of(body, cue) == speaker


@pytest.mark.parametrize(
    ("body", "is_cue"),
    [
        # present tense after a published report: "according to it"
        (
            "Die UNICEF stellte am Montag ihren Bericht vor. Danach bestimmen Schläge den "
            "Alltag vieler Kinder.",
            True,
        ),
        # Konjunktiv after a statement
        (
            "Ein Militärsprecher widersprach dieser Darstellung. Danach hätte es sich um ein "
            "einseitiges Feuergefecht gehandelt.",
            True,
        ),
        # right after the main verb
        (
            "Der Minister stellte den Gesetzentwurf vor. Die Rechte des Einzelnen stehen danach "
            "über dem Interesse der Presse.",
            True,
        ),
        # past tense: "afterwards"
        ("Die Minister legten den Bericht vor. Danach brach Feuer im Saal aus.", False),
        # "werden" + infinitive: what comes next
        (
            "Der Minister stellte den Bericht vor. Danach werden die Parteien über einen "
            "Ausschuss beraten.",
            False,
        ),
        # nothing said in the sentence before
        ("Die Feuerwehr kam um zehn Uhr. Danach steht das Haus leer.", False),
    ],
)
def test_danach_reads_according_to_it_only_after_a_statement(body: str, is_cue: bool) -> None:
    cues = [a.cue.text for a in run(body).attributions if a.cue is not None]
    assert ("Danach" in cues or "danach" in cues) is is_cue, cues


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        # "zu Folge" written apart
        ("Die Spieler wollen sich Gerüchten zu Folge bald trennen.", "zu Folge", "Gerüchten"),
        # a personal pronoun before "zufolge" is the source (resolved later)
        ("Ihnen zufolge hat Mussawi die absolute Mehrheit erhalten.", "zufolge", None),
        # "gemäß" with a speech noun, like "nach seiner Aussage"
        (
            "Gemäß seiner Aussage werden die neuen Codes das Kopieren erlauben.",
            "Gemäß seiner Aussage",
            None,
        ),
        # ", so X" set off by dashes
        (
            "Der Sänger ruft in seinen Liedern dazu auf – so der Vorwurf –, Gewalt anzuwenden.",
            "so",
            "der Vorwurf",
        ),
    ],
)
def test_prepositional_sources_of_every_spelling(body: str, cue: str, speaker: str | None) -> None:
    found = _speaker_of(body, cue)
    if speaker is not None:
        assert found == speaker


@pytest.mark.parametrize(
    ("body", "cue", "is_cue"),
    [
        # "nach" governing a phrase of its own is a time, not a source phrase's end
        (
            "Ergebnis einer Untersuchung nach dem Tode des Mannes war, dass man ihm die "
            "Versorgung verwehrt hatte.",
            "Untersuchung nach",
            False,
        ),
        (
            "In einem Bericht, der nach dem Angriff veröffentlicht wurde, rechtfertigte das "
            "Ministerium die Angriffe.",
            "der nach",
            False,
        ),
        # an inquiry after which something happened, told in the indicative
        (
            "Dies gab heute nach eingehenden Untersuchungen der Techniker der Professor bekannt.",
            "nach eingehenden Untersuchungen",
            False,
        ),
        # guards: a source phrase inside an attribute, an inquiry with its owner
        (
            "Sie wandte sich gegen die ihrer Meinung nach verbreiteten Illusionen im Umgang "
            "mit Extremisten.",
            "Meinung nach",
            True,
        ),
        (
            "Nach ersten Ermittlungen der Polizei war der Bus aus ungeklärter Ursache von der "
            "Fahrbahn abgekommen.",
            "Nach ersten Ermittlungen",
            True,
        ),
    ],
)
def test_nach_governing_its_own_phrase_is_no_source(body: str, cue: str, is_cue: bool) -> None:
    cues = [a.cue.text for a in run(body).attributions if a.cue is not None]
    assert (cue in cues) is is_cue, cues
