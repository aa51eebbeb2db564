"""A name after "laut" ends the source where a plural noun of things follows it, the
clause's subject ("laut Airbus | Bestellungen für …"); a name of several words stays
whole (``source_spans.trim_after``).  Texts written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import speaker_at_cue as _speaker_of


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        (
            "Bisher liegen laut Airbus Bestellungen für 184 Flugzeuge aus Belgien vor.",
            "laut",
            "Airbus",
        ),
        ("Heute gibt es laut Siemens Neuerungen bei den Zügen.", "laut", "Siemens"),
        (
            "Laut Amnesty International sind viele Menschen in Haft.",
            "Laut",
            "Amnesty International",
        ),
    ],
)
def test_a_name_after_laut_ends_before_the_subject(body: str, cue: str, speaker: str) -> None:
    assert _speaker_of(body, cue) == speaker
