"""The subject before the cue verb is the speaker, not the object after it, where the subject
phrase is hard to read: an apposition the phrase took in ("Der Präsident der Region, Karl
Huber, wies … zurück"), a name's genitive in the article's place ("Berlins früherer
Bürgermeister"), an adjective the tagger read as a verb ("der autonomen Region").  Texts
written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run
from attribution_texts import speaker


@pytest.mark.parametrize(
    ("body", "fragment", "expected"),
    [
        (
            "Der Präsident der Region, Karl Huber, wies jedoch die Darstellung zurück, die "
            "Fischer seien vertrieben worden.",
            "Fischer seien vertrieben",
            "Der Präsident der Region, Karl Huber",
        ),
        (
            "Die Sprecherin des Vereins, Anna Roth, kritisierte die Pläne scharf: „Das ist "
            "ein Fehler, den wir bereuen werden.“",
            "ein Fehler",
            "Die Sprecherin des Vereins, Anna Roth",
        ),
        (
            "Berlins früherer Bürgermeister Karl Huber (SPD) wies Vorwürfe auf Versäumnisse "
            "zurück: „Wir haben nichts versäumt.“",
            "nichts versäumt",
            "Berlins früherer Bürgermeister Karl Huber (SPD)",
        ),
        (
            "Chinas neuer Außenminister sagte, das Land werde sich weiter öffnen.",
            "weiter öffnen",
            "Chinas neuer Außenminister",
        ),
    ],
)
def test_the_fronted_subject_speaks(body: str, fragment: str, expected: str) -> None:
    assert speaker(run(body), fragment) == expected


def test_an_insertion_without_apposition_still_inverts() -> None:
    # "Die Lage, sagte der Minister, …": the frame is inserted, the subject follows it
    assert speaker(run("Die Lage, sagte der Minister, sei ernst."), "sei ernst") == "der Minister"


def test_an_adjective_the_tagger_reads_as_a_verb_after_an_article() -> None:
    from newsprobe.attribution.tag_repairs import _adjectives_read_as_verbs

    class T:
        def __init__(self, i: int, text: str, stts: str, tag: str) -> None:
            self.i, self.text, self.low, self.stts, self.tag = i, text, text.lower(), stts, tag
            self.mood = self.token_mood = "ind" if stts == "VVFIN" else None

    words = [("Präsident", "NN", "NOUN"), ("der", "ART", "DET"), ("autonomen", "VVFIN", "VFIN")]
    words += [("Region", "NN", "NOUN")]
    toks = [T(i, *w) for i, w in enumerate(words)]
    _adjectives_read_as_verbs(toks)  # type: ignore[arg-type]
    assert (toks[2].tag, toks[2].stts, toks[2].mood) == ("ADJ", "ADJA", None)
    # the article opens the clause: a pronoun and its verb ("…, die wollen Geld")
    words = [(",", "$,", "PUNCT"), ("die", "ART", "DET"), ("wollen", "VVFIN", "VFIN")]
    words += [("Geld", "NN", "NOUN")]
    toks = [T(i, *w) for i, w in enumerate(words)]
    _adjectives_read_as_verbs(toks)  # type: ignore[arg-type]
    assert toks[2].tag == "VFIN"


def test_a_demonstrative_before_a_name_is_the_pronoun_alone() -> None:
    body = (
        "Nach dem Treffen mit dem Minister kritisierte dieser Frankreich scharf: „Das ist ein "
        "schwerer Fehler.“"
    )
    assert speaker(run(body), "schwerer Fehler") == "dieser"
    body = "Nach der Sitzung beschuldigte dieser Israel und die Vereinigten Staaten des Angriffs."
    assert speaker(run(body), "Israel und die Vereinigten Staaten") == "dieser"
