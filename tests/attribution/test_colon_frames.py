"""A quote after a sentence that ends in a colon without a cue verb belongs to that
sentence's subject, or to the phrase opening a verbless frame (``quotes._colon_frame``);
subject phrases with an adverbial adjective or a quantifier before the noun
(``phrases.np_right``).  Texts written for newsprobe."""

from __future__ import annotations

from attribution_texts import run_body as run
from attribution_texts import speaker


def test_quote_after_a_colon_frame_without_a_cue() -> None:
    body = (
        "Die Stadtwerke haben die Preise erhöht. Die Geschäftsführerin Eva Roth blieb am "
        "Montag trotz der Kritik gelassen:\n\n„Wir haben alles richtig gemacht und "
        "werden dabei bleiben.“"
    )
    assert speaker(run(body), "alles richtig gemacht") == "Die Geschäftsführerin Eva Roth"


def test_quote_after_a_verbless_colon_frame() -> None:
    body = (
        "Die Tournee ist vorbei. Die Sängerin Nina Berg zur neuen Heimat:\n\n„Ich fühle "
        "mich hier sehr wohl und bleibe noch lange.“"
    )
    assert speaker(run(body), "sehr wohl") == "Die Sängerin Nina Berg"


def test_no_speaker_where_the_colon_frame_names_none() -> None:
    body = (
        "Die Tournee ist vorbei. Die Lage in der Stadt ist ernst:\n\n„Wir haben alles "
        "richtig gemacht und werden dabei bleiben.“"
    )
    assert speaker(run(body), "alles richtig gemacht") == ""


def test_subjects_with_an_adverbial_adjective_or_a_quantifier() -> None:
    body = (
        "Die Wahl ist vorbei. Die staatlich kontrollierten Medien hatten von einem "
        "„Volkskrieg“ gesprochen. Beide Seiten hatten vereinbart, die Truppen abzuziehen."
    )
    analysis = run(body)
    assert speaker(analysis, "Volkskrieg") == "Die staatlich kontrollierten Medien"
    assert speaker(analysis, "Truppen abzuziehen") == "Beide Seiten"
