"""SoMaJo's tokenizer as the language layer drives it leaves no cyclic garbage behind."""

from __future__ import annotations

import gc

from newsprobe.language.somajo_tokenizer import _split

_TEXT = (
    "Berlin (dpa) - Die Bundesregierung hat am Montag neue Regeln beschlossen. "
    "„Wir prüfen den Plan“, sagte Regierungssprecher Steffen Hebestreit. "
    "Laut Angaben des Ministeriums soll die Reform bis 2025 gelten, u.a. für 3,5 Mio. Menschen. "
) * 3


def test_tokenizing_leaves_no_cycles_for_the_collector() -> None:
    first = _split(_TEXT, "de_CMC", True)  # loads the tokenizer (and its one-off objects)
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        again = _split(_TEXT, "de_CMC", True)
        del again
        assert gc.collect() == 0  # SoMaJo's linked list was unlinked: freed by refcount
    finally:
        if enabled:
            gc.enable()
    assert len(first) == 9 and first[1][0][2] == "symbol"  # the opening quote of sentence 2
