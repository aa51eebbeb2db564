"""Build the shipped table of German word forms and their out-of-context STTS tags.

The ``pos`` component tags each German word form with HanTa's out-of-context analysis
(:func:`newsprobe.language.pos.lexical_tag`), cached per form.  A form HanTa has not seen in
this process costs a morphological analysis (about a millisecond); on a fresh worker process
most forms of the first articles are such misses.  This script precomputes the analysis for
every word form of the GermEval 2014 sentences (CC BY 4.0) and of newsprobe's own German
lexicons, and writes it as a gzipped TSV the
component loads once, so the table is exactly the cache HanTa would fill — no behaviour changes,
only the time.

    python -m newsprobe.language.build_tag_table --data ../shared/data/germeval2014 \\
        --out src/newsprobe/language/data/de_forms.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from pathlib import Path

from newsprobe.language.pos import analyse_form as lexical_tag

#: Forms seen fewer times than this are left out.
MIN_COUNT = 1


def forms(paths: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) >= 2:
                counts[cols[1]] += 1
    return counts


#: newsprobe's own German lexicons: their words (and capitalised forms, for sentence starts)
#: go into the table too, so that cue words are tagged by HanTa, not guessed.
LEXICONS = (
    "attribution/cues_de.toml",
    "attribution/sources_de.toml",
    "claims/cues_de.toml",
    "claims/concepts_de.toml",
    "entities/kb/roles.toml",
    "entities/kb/heads.toml",
    "language/mood.toml",
)


def lexicon_words() -> set[str]:
    import tomllib

    root = Path(__file__).resolve().parents[1]
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            for word in re.findall(r"[^\W\d_]+", value):
                words.update((word, word[:1].upper() + word[1:]))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for name in LEXICONS:
        path = root / name
        if path.is_file():
            walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="germeval2014 folder")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args(argv)
    paths = sorted(args.data.glob("NER-de-*.tsv"))
    if not paths:
        parser.error(f"no NER-de-*.tsv under {args.data}")
    counts = forms(paths)
    kept = sorted(
        {f for f, n in counts.items() if n >= args.min_count and "\t" not in f} | lexicon_words()
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(
            "# word form <TAB> STTS tag (HanTa, out of context); data: GermEval 2014, "
            "CC BY 4.0; built by newsprobe.language.build_tag_table\n"
        )
        for form in kept:
            out.write(f"{form}\t{lexical_tag(form)}\n")
    print(f"{len(kept)} forms -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
