"""Statements in texts that lost their quotation marks (10kGNAD, converted or scraped
text), and the closing frames they are told with.

* A closing frame followed by a comma and a coordinated main clause ("…, sagt Kurz, aber
  die Hanni und ich meinen das Gleiche."): the statement is the clause before the frame,
  as without the clause after it.
* A text counts as one that lost its marks with no mark at all, or with a quote left in a
  long text that frames its indicative statements bare ("…, sagt X.") at least twice
  (:func:`carry_over.unmarked_text`).
* In such a text, the sentences between two frames of one speaker are that speaker's
  words (:mod:`newsprobe.attribution.bare_quotes`); not where the two frames name different
  speakers, nor where the marks are kept.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "speaker", "message"),
    [
        (
            "Ein unglücklicher Begriff sei das, sagt Kurz, aber die Hanni und ich meinen "
            "das Gleiche.",
            "Kurz",
            "Ein unglücklicher Begriff sei das",
        ),
        (
            "Die Lage ist ernst, sagte der Minister, doch man werde handeln.",
            "der Minister",
            "Die Lage ist ernst",
        ),
    ],
)
def test_frame_before_a_coordinated_clause(body: str, speaker: str, message: str) -> None:
    framed = [a for a in run(body).attributions if a.cue is not None and a.cue.lemma == "sagen"]
    assert [([s.text for s in a.speakers], a.message.text) for a in framed] == [
        ([speaker], message)
    ]


def test_frame_with_an_apposition_is_not_a_coordinated_clause() -> None:
    """ "…, sagte X, der Sprecher, …": no coordinator after the comma, the apposition
    stays the speaker's."""
    atts = run("Die Lage ist ernst, sagte Anna Berg, die Sprecherin der Stadt.").attributions
    assert [(a.message.text, [s.text for s in a.speakers]) for a in atts] == [
        ("Die Lage ist ernst", ["Anna Berg, die Sprecherin der Stadt"])
    ]


def _toks(n_sentences: int, quotes: int) -> list[list[SimpleNamespace]]:
    """Sentences of plain words, the first ``quotes`` of them holding a quoted word."""
    out = []
    for k in range(n_sentences):
        words = [SimpleNamespace(is_mark=False, quote=None) for _ in range(3)]
        if k < quotes:
            words += [
                SimpleNamespace(is_mark=True, quote=k),
                SimpleNamespace(is_mark=True, quote=k),
            ]
        out.append(words)
    return out


def test_unmarked_text_counts_quotes_per_sentence_and_bare_frames() -> None:
    from newsprobe.attribution.carry_over import BARE_FRAMED, SENTENCES_PER_QUOTE, unmarked_text

    long = SENTENCES_PER_QUOTE
    assert unmarked_text(_toks(5, 0))  # no mark at all
    assert unmarked_text(_toks(long, 1), BARE_FRAMED)  # one slogan in a long interview
    assert not unmarked_text(_toks(long, 1), BARE_FRAMED - 1)  # its statements not bare
    assert not unmarked_text(_toks(long, 2), BARE_FRAMED)  # quotes every 20 sentences
    assert not unmarked_text(_toks(long - 1, 1), BARE_FRAMED)  # a short article


_BETWEEN = (
    "Das ist öffentlichkeitswirksam, greift aber nicht, kritisiert Hans Frey, Leiter der "
    "Vogelstation. Es ist zynisch, so etwas zu behaupten. Es müssen Jäger aus der Umgebung "
    "gewesen sein, sagt Frey. Der Verband schweigt."
)


def test_sentence_between_two_frames_of_one_speaker() -> None:
    atts = run(_BETWEEN).attributions
    between = [a for a in atts if a.message.text.startswith("Es ist zynisch")]
    assert [(a.kind.value, a.cue) for a in between] == [("direct", None)]
    first = atts[between[0].continues] if between[0].continues is not None else None
    assert first is not None and first.cue is not None and first.cue.text == "kritisiert"
    # the narrator's sentence after the second frame stays the narrator's
    assert not [a for a in atts if "Verband" in a.message.text]


def test_no_sentence_between_frames_of_two_speakers_or_with_marks() -> None:
    other = _BETWEEN.replace("sagt Frey", "sagt Koller")
    assert not [a for a in run(other).attributions if "zynisch" in a.message.text]
    marked = _BETWEEN.replace("Es müssen Jäger", "„Es müssen Jäger").replace(
        "gewesen sein, sagt", "gewesen sein“, sagt"
    )
    assert not [a for a in run(marked).attributions if "zynisch" in a.message.text]
