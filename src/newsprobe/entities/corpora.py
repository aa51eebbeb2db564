"""Extra training corpora for the German name tagger, mapped to GermEval's PER/ORG/LOC/MISC.

Training code only (never imported by the product).  Two licensed corpora beside GermEval 2014:

* **DFKI SmartData v1** (Schiersch et al., LREC 2018; CC BY 4.0 per the repository's LICENSE and
  README — its mention records also carry a "research use only" tag, noted in the model card):
  German web news, RSS items (mostly traffic reports) and tweets about traffic and industry
  events, converted to GermEval-style TSV (``token<TAB>PER/ORG/LOC BIO<TAB>fine BIO``) with a
  ``*.sentences.tsv`` file that tells each sentence's source.  Both the ``train`` and the
  ``test`` split are training material here (newsprobe is scored on GermEval, never on
  SmartData).
* **Europeana Newspapers NER, German** (Neudecker, LREC 2016; CC0, credit requested):
  historical newspaper OCR (1710–1926) with PER/LOC/ORG, ``token<TAB>tag``.

Mapping decisions (each one makes the extra labels mean what GermEval's outer column means):

* Neither corpus annotates MISC (GermEval's OTH: events, works, products, nationalities used as
  nouns…); their O therefore hides some MISC names.  CRFsuite cannot leave a label out of the
  loss, so :func:`fill_misc` *completes* the missing class instead: MISC spans that a model
  trained on GermEval alone finds inside runs of O are written in as MISC ("label completion"),
  and everything else stays as annotated.  In cross-validation the filling model is the fold's
  own GermEval-only model, so no test-fold label reaches training.
* SmartData tags adjectives and quantifiers as locations ("italienische", "deutschen",
  "beiden", "stadtauswärts"); GermEval calls such words LOCderiv, which scores as O.  A
  SmartData mention whose every token is tagged as an adjective, adverb, pronoun or article by
  newsprobe's own STTS tagger becomes O (:func:`drop_non_names`).
* SmartData's ``org-position`` (job titles) is already O in the converted files.
* Europeana's odd tags are read with their evident meaning (``B_PER``, ``B.PER``, ``B-PEr`` →
  B-PER, ``B-ORg`` → B-ORG); unreadable ones (``B-OLOC``, ``B-LOCer``, ``B-ER``, ``B-BER``, the
  three ``I-MISC``) become O, and a sentence with a missing tag (``_``) is left out whole.
  The ``onb`` part (Wiener Zeitung, 1710: 17th-century print, tags visibly shifted against the
  tokens) is left out by default.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from newsprobe.entities.germeval import GermEvalError, GoldSentence, repair_tags, spans

SMARTDATA_SOURCES = ("news", "rss", "tweet")
EUROPEANA_PARTS = ("lft", "sbb", "onb")
DEFAULT_EUROPEANA = ("lft", "sbb")

#: STTS tags of words that are not names: a mention made only of these is GermEval's *deriv or
#: no mention at all.
_NOT_NAME_POS = frozenset(
    ["ADJA", "ADJD", "ADV", "PIAT", "PIDAT", "PIS", "ART", "PDAT", "PDS", "CARD", "PPOSAT"]
)


def read_smartdata(
    folder: Path,
    sources: Iterable[str] = ("news", "rss"),
    *,
    splits: Sequence[str] = ("train", "test"),
) -> list[GoldSentence]:
    """SmartData sentences of the given sources; ``domain`` is ``sd-<source>``."""
    wanted = set(sources)
    unknown = wanted - set(SMARTDATA_SOURCES)
    if unknown:
        raise GermEvalError(f"unknown SmartData source(s): {', '.join(sorted(unknown))}")
    out: list[GoldSentence] = []
    for split in splits:
        tsv, meta = folder / f"{split}.tsv", folder / f"{split}.sentences.tsv"
        if not tsv.is_file() or not meta.is_file():
            raise GermEvalError(f"SmartData files missing: {tsv} / {meta}")
        with meta.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        blocks = _blocks(tsv)
        if len(blocks) != len(rows):
            raise GermEvalError(f"{tsv}: {len(blocks)} sentences, {meta.name} lists {len(rows)}")
        for row, block in zip(rows, blocks, strict=True):
            if row["source"] not in wanted:
                continue
            words = tuple(cols[0] for cols in block)
            tags = tuple(repair_tags([_tag(cols[1] if len(cols) > 1 else "O") for cols in block]))
            out.append(
                GoldSentence(
                    words, tags, f"smartdata:{split}:{row['doc_id']}", domain="sd-" + row["source"]
                )
            )
    return out


def read_europeana(folder: Path, parts: Iterable[str] = DEFAULT_EUROPEANA) -> list[GoldSentence]:
    """Europeana Newspapers sentences of the given parts; ``domain`` is ``eu``.  Sentences are
    grouped into pseudo-documents of 20 (the files keep no document boundaries beyond sbb's
    pages), so that folds and jackknife parts keep neighbouring sentences together."""
    out: list[GoldSentence] = []
    for part in parts:
        if part not in EUROPEANA_PARTS:
            raise GermEvalError(f"unknown Europeana part: {part}")
        path = folder / f"enp_DE.{part}.tsv"
        if not path.is_file():
            raise GermEvalError(f"Europeana file missing: {path}")
        for n, block in enumerate(_blocks(path)):
            raw = [cols[1] if len(cols) > 1 else "_" for cols in block]
            if "_" in raw:
                continue
            words = tuple(cols[0] for cols in block)
            tags = tuple(repair_tags([_tag(t) for t in raw]))
            out.append(GoldSentence(words, tags, f"europeana:{part}:{n // 20}", domain="eu"))
    return out


def _blocks(path: Path) -> list[list[list[str]]]:
    blocks: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
            continue
        current.append(line.split("\t"))
    if current:
        blocks.append(current)
    return blocks


_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def _tag(raw: str) -> str:
    """``B-PER`` → ``B-PER``; ``B_PER``/``B.PER``/``B-PEr`` → ``B-PER``; anything else → O."""
    if len(raw) < 3 or raw[0] not in "BI" or raw[1] not in "-_.":
        return "O"
    kind = _TYPES.get(raw[2:].upper())
    return f"{raw[0]}-{kind}" if kind else "O"


def drop_non_names(sentence: GoldSentence, pos: Sequence[str]) -> GoldSentence:
    """O for mentions whose every token is an adjective, adverb, pronoun… (see the module)."""
    tags = list(sentence.tags)
    changed = False
    for start, end, _kind in spans(sentence.tags):
        if all(pos[i] in _NOT_NAME_POS for i in range(start, end)):
            tags[start:end] = ["O"] * (end - start)
            changed = True
    return replace(sentence, tags=tuple(tags)) if changed else sentence


def fill_misc(sentence: GoldSentence, found: Iterable[tuple[int, int, str]]) -> GoldSentence:
    """Write in the MISC spans of ``found`` that lie wholly in O tokens of ``sentence``."""
    tags = list(sentence.tags)
    changed = False
    for start, end, kind in sorted(found):
        if kind != "MISC" or any(t != "O" for t in tags[start:end]):
            continue
        if end < len(tags) and tags[end].startswith("I-"):
            continue  # the next token continues a gold mention: a boundary clash, not a MISC
        tags[start:end] = ["B-MISC"] + ["I-MISC"] * (end - start - 1)
        changed = True
    return replace(sentence, tags=tuple(tags)) if changed else sentence


class Mix:
    """Which extra corpora join GermEval in training: a spec such as
    ``smartdata=news+rss,europeana=lft+sbb`` (``""``: GermEval alone).  Their folders are
    looked up beside the GermEval folder (``../shared/data/smartdata``, ``…/europeana-de``)."""

    FOLDERS: ClassVar[dict[str, str]] = {"smartdata": "smartdata", "europeana": "europeana-de"}

    def __init__(self, spec: str = "") -> None:
        self.parts: dict[str, tuple[str, ...]] = {}
        #: Complete the missing MISC class with a GermEval-only model (:func:`fill_misc`);
        #: ``misc=keep`` in the spec trains on the corpora's O as it is.
        self.fill_misc = True
        for item in filter(None, (p.strip() for p in spec.split(","))):
            name, _, chosen = item.partition("=")
            if name == "misc" and chosen in ("fill", "keep"):
                self.fill_misc = chosen == "fill"
                continue
            if name not in self.FOLDERS:
                raise GermEvalError(
                    f"unknown corpus {name!r} in mix {spec!r}; known: {', '.join(self.FOLDERS)}"
                )
            default = ("news", "rss") if name == "smartdata" else DEFAULT_EUROPEANA
            allowed = SMARTDATA_SOURCES if name == "smartdata" else EUROPEANA_PARTS
            picked = tuple(chosen.split("+")) if chosen else default
            bad = [p for p in picked if p not in allowed]
            if bad:
                raise GermEvalError(f"unknown {name} part(s) {bad} in mix {spec!r}")
            self.parts[name] = picked

    @property
    def spec(self) -> str:
        items = [f"{n}={'+'.join(p)}" for n, p in self.parts.items()]
        if self.parts and not self.fill_misc:
            items.append("misc=keep")
        return ",".join(items)

    def __bool__(self) -> bool:
        return bool(self.parts)

    def folders(self, germeval: Path) -> dict[str, Path]:
        folder = germeval.parent if germeval.suffix.lower() == ".tsv" else germeval
        root = folder.parent
        return {name: root / self.FOLDERS[name] for name in self.parts}

    def load(self, germeval: Path) -> tuple[list[GoldSentence], list[dict[str, object]]]:
        """The mix's sentences and a record of the files read (for the model card)."""
        import hashlib

        sentences: list[GoldSentence] = []
        record: list[dict[str, object]] = []
        for name, folder in self.folders(germeval).items():
            if not folder.is_dir():
                raise GermEvalError(
                    f"the training mix needs {name} at {folder} (beside the GermEval folder)"
                )
            if name == "smartdata":
                found = read_smartdata(folder, self.parts[name])
                files = [folder / f for f in ("train.tsv", "test.tsv")]
            else:
                found = read_europeana(folder, self.parts[name])
                files = [folder / f"enp_DE.{p}.tsv" for p in self.parts[name]]
            sentences.extend(found)
            for path in files:
                record.append(
                    {
                        "corpus": name,
                        "file": path.name,
                        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                    }
                )
            record.append(
                {"corpus": name, "parts": list(self.parts[name]), "sentences": len(found)}
            )
        return sentences, record
