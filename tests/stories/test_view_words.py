"""The story view matches claims on content words; the stop words come from language/words.py."""

from __future__ import annotations

from newsprobe.language.words import FUNCTION_WORDS
from newsprobe.stories.features import _STOP
from newsprobe.stories.view import SAME_CLAIM, _overlap, _words


def test_view_and_features_share_one_function_word_list() -> None:
    # The view leaves out every function word story features leave out (and the frame of
    # reported speech besides), so the two cannot drift apart again.
    assert FUNCTION_WORDS <= _STOP
    assert not FUNCTION_WORDS & _words(" ".join(sorted(FUNCTION_WORDS)))
    assert _words("Der Minister sei schon sehr zufrieden, soll er gesagt haben") == {
        "minis",
        "zufri",
        "gesag",
    }


def test_claims_sharing_only_function_words_are_not_versions() -> None:
    # These words used to count as content in the view ("mehr", "schon", "which", "could"):
    # two different claims met through them.
    a = _words("Die Preise steigen schon seit Monaten mehr als erwartet")
    b = _words("Die Gewerkschaft hat schon mehr Lohn gefordert")
    assert _overlap(a, b) < SAME_CLAIM
    c = _words("Prices could rise more than which anyone expected")
    d = _words("The union could demand more pay, which surprised nobody")
    assert _overlap(c, d) < SAME_CLAIM


def test_versions_of_one_claim_still_meet() -> None:
    a = _words("Die Regierung stellt 100 Milliarden Euro für die Bundeswehr bereit")
    b = _words("Für die Bundeswehr stehen 100 Milliarden Euro bereit, sagt die Regierung")
    assert _overlap(a, b) >= SAME_CLAIM
