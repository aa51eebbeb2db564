"""Regenerate ``freq_bands.tsv.gz``: how often German running text uses a word that no German
dictionary knows.

A capitalised word that is in neither case a form of simplemma's German dictionary is a name
or a rare compound ("Lloris", "Kinderspielzeughersteller").  How often the word occurs in a
large body of German text tells the two apart: in GermEval 2014's dev file (training data)
such a word is inside a name 85 % of the time when its Zipf frequency is 2 or more, against
39 % when it is too rare to be listed (compounds, OCR noise, tweet spellings).  Each line is
``word<TAB>band``, the word lower-cased, ``band`` its Zipf frequency cut to an integer (2, 3,
4 for 4 and more); words of band 1 or unlisted are left out (the feature is silent for them).

Source: wordfreq's German "large" list (https://github.com/rspeer/wordfreq; code Apache-2.0,
word frequencies **CC BY-SA 4.0**, from Wikipedia, subtitles, news, books, web text and
social media).  Not shipped for now: the tagger feature that reads the table was measured and
not kept (``docs/ner-training.md``, "Word-frequency bands"); a table written here would ship
under CC BY-SA 4.0 and needs a ``DATA_LICENSES.md`` row.  To build it::

    pip install wordfreq==3.1.1
    python -m newsprobe.training.ner_freq_bands
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Iterable, Mapping
from pathlib import Path

#: Where the name tagger would read the table (the knowledge base's folder).
OUT = Path(__file__).resolve().parents[1] / "entities" / "kb" / "freq_bands.tsv.gz"
#: The lowest band written: below it the share of names is close to that of unlisted words.
LOWEST = 2
HIGHEST = 4


def band(frequency: float) -> int:
    """Zipf frequency (log10 of occurrences per billion words) cut to an integer, capped."""
    return min(HIGHEST, int(math.log10(frequency) + 9)) if frequency > 0 else 0


def table(frequencies: Mapping[str, float], known: Iterable[str]) -> dict[str, int]:
    """Words of ``frequencies`` (lower case) that are all letters, unknown to ``known`` (in
    any case), with a band of at least :data:`LOWEST`."""
    lower_known = {w.lower() for w in known}
    out: dict[str, int] = {}
    for word, frequency in frequencies.items():
        if len(word) < 2 or not word.isalpha() or word in lower_known:
            continue
        b = band(frequency)
        if b >= LOWEST:
            out[word] = b
    return out


def render(bands: Mapping[str, int]) -> bytes:
    header = "# word\tband (Zipf, capped): wordfreq 3.1.1 German 'large', CC BY-SA 4.0\n"
    body = "".join(f"{w}\t{b}\n" for w, b in sorted(bands.items()))
    return gzip.compress((header + body).encode("utf-8"), 9, mtime=0)


def main() -> None:
    from wordfreq import get_frequency_dict

    from newsprobe.language.lemmas import load_dictionary

    bands = table(get_frequency_dict("de", wordlist="large"), load_dictionary("de"))
    OUT.write_bytes(render(bands))
    print(f"{len(bands)} words -> {OUT}")


if __name__ == "__main__":
    main()
