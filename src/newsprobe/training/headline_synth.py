"""Synthetic headline-check training pairs derived from licence-clean corpus sentences.

The headline model (:mod:`newsprobe.claims.headline_model`) learns from the project's own gold,
which holds few headlines that drop a hedge.  This module derives more, automatically, from the
German news sentences of GermEval 2014 (NoSta-D, CC BY 4.0; ``../shared/data/germeval2014``).
For a simple declarative sentence *S* stated as fact (one main clause, finite "hat/haben/
ist/sind/wird/werden" in second place, or any such sentence for the tagged forms below):

* **overstated** — the body holds *S* weakened, the headline states *S* as fact.  The weakening
  is one of: reportative "soll/sollen … haben/sein" (``soll``); Konjunktiv I reported speech of
  an interested party ("Die Opposition behauptet, der Minister habe …", ``konjunktiv``); an
  accusation ("… wirft … vor", ``accusation``); a trailing attribution to an interested, anonymous
  or unconfirmed source ("…, heißt es in unbestätigten Berichten", ``attributed``).  Sentences
  the corpus itself hedges ("soll … haben", "offenbar") are turned into fact the other way round.
* **supported** — the same *S* stated as fact in the body, the same headline; half of the
  time attributed to an independent source (police, prosecutors, a ministry, the statistics
  office, a court), trailing or as Konjunktiv I reported speech, so that the model learns that
  an attribution alone is no reserve: whose claim it is decides.
* **unsupported** — a headline made of another sentence that the body lacks.

Each target sentence sits in a short body among two or three other news sentences of the corpus
(the first paragraph stands where a teaser stands), so the model's features are computed as in
real use.  Nothing here ships: only the weights learned from it do (model card,
``DATA_LICENSES.md``).  The corpus is read from ``../shared``; without it there are no pairs.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsprobe.training.gold import HeadlineItem, gold_dir

CORPUS = "germeval2014"
FILES = ("NER-de-dev.tsv", "NER-de-test-part-a.tsv")
#: Finite forms in second place and their reportative ("soll") and Konjunktiv I readings.
_SOLL = {"hat": ("soll", "haben"), "haben": ("sollen", "haben"), "ist": ("soll", "sein"),
         "sind": ("sollen", "sein")}  # fmt: skip
_KONJ = {"hat": "habe", "haben": "hätten", "ist": "sei", "sind": "seien", "wird": "werde",
         "werden": "würden"}  # fmt: skip
#: Interested or partisan speakers whose claim a headline must not state as fact.
_INTERESTED = (
    "Die Opposition behauptet",
    "Der Anwalt des Beschuldigten erklärte",
    "Ein Sprecher des Konzerns sagte",
    "Die Gewerkschaft behauptet",
    "Kritiker der Regierung behaupten",
    "Der Verband der Betreiber erklärte",
    "Ein Sprecher der Partei sagte",
)
#: Trailing attributions to a weak, anonymous or unconfirmed source.
_TRAILING = (
    ", heißt es in unbestätigten Berichten.",
    ", vermuten Beobachter.",
    ", behauptet ein anonymer Nutzer in sozialen Netzwerken.",
    ", heißt es aus Kreisen der Partei.",
    ", berichtet eine Boulevardzeitung unter Berufung auf Insider.",
    ", behauptet die Opposition.",
    ", so der Verdacht der Ermittler.",
)
#: Independent sources: the same claim attributed to them stays supported.
_INDEPENDENT = (  # (as a frame of reported speech, after the sentence)
    ("Die Polizei teilte mit", ", teilte die Polizei mit."),
    ("Die Staatsanwaltschaft bestätigte", ", bestätigte die Staatsanwaltschaft."),
    ("Ein Sprecher des Innenministeriums sagte", ", sagte ein Sprecher des Innenministeriums."),
    ("Das Statistische Bundesamt teilte mit", ", teilte das Statistische Bundesamt mit."),
    ("Das Gericht stellte fest", ", stellte das Gericht fest."),
)
#: Hedges the corpus uses, removed to state a sentence as fact.
_CORPUS_HEDGE = re.compile(r"\s(?:angeblich|mutmaßlich|offenbar|vermutlich)(?=\s)")
_PARTICIPLE = re.compile(r"^[a-zäöüß]+(?:t|en)$")


@dataclass(frozen=True)
class Sentence:
    text: str
    tokens: tuple[str, ...]


def corpus_dir(shared: Path | None = None) -> Path:
    root = shared or gold_dir().parents[4] / "shared"
    return root / "data" / CORPUS


def _detok(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)])", r"\1", text)
    return re.sub(r"\( ", "(", text)


def news_sentences(folder: Path) -> list[Sentence]:
    """The clean news sentences of the corpus (no Wikipedia, quotes, brackets or datelines)."""
    found: list[Sentence] = []
    for name in FILES:
        path = folder / name
        if not path.is_file():
            continue
        news, tokens = False, []
        for line in [*path.read_text("utf-8").splitlines(), ""]:
            if line.startswith("#"):
                news = "wikipedia" not in line.lower()
            elif not line.strip():
                if tokens and news and _clean(tokens):
                    found.append(Sentence(_detok(tokens), tuple(tokens)))
                tokens = []
            else:
                tokens.append(line.split("\t")[1])
    return found


def _clean(tokens: list[str]) -> bool:
    if not 6 <= len(tokens) <= 22 or tokens[-1] != "." or not tokens[0][:1].isupper():
        return False
    return not any(t in {'"', "(", ")", ":", "-", "–", "?", "!", "'"} for t in tokens[:-1])


def _finite(s: Sentence) -> int | None:
    """The index of a second-place finite auxiliary of a one-clause sentence."""
    if "," in s.tokens:
        return None
    for i in range(1, min(5, len(s.tokens) - 2)):
        if s.tokens[i] in _KONJ:
            return i
    return None


def _weakened(s: Sentence, rng: random.Random) -> tuple[str, str] | None:
    """``s`` weakened in the body, and how (None where no form fits)."""
    at = _finite(s)
    toks = list(s.tokens[:-1])
    options: list[str] = []
    if at is not None and toks[at] in _SOLL and _PARTICIPLE.match(toks[-1]):
        options.append("soll")
    if at is not None:
        options.append("konjunktiv")
    if "," not in toks:
        options.append("attributed")
    if not options:
        return None
    kind = options[0] if rng.random() < 0.6 else rng.choice(options)  # few fit "soll"
    if kind == "soll" and at is not None:
        modal, aux = _SOLL[toks[at]]
        return _detok([*toks[:at], modal, *toks[at + 1 :], aux, "."]), kind
    if kind == "konjunktiv" and at is not None:
        return _reported(toks, at, rng.choice(_INTERESTED)), kind
    return _detok(toks) + rng.choice(_TRAILING), kind


def _reported(toks: list[str], at: int, frame: str) -> str:
    """The one-clause sentence ``toks`` as Konjunktiv I reported speech after ``frame``."""
    first = toks[0] if _name_like(toks[0]) else toks[0].lower()
    return f"{frame}, {_detok([first, *toks[1:at], _KONJ[toks[at]], *toks[at + 1 :]])}."


def _name_like(word: str) -> bool:
    return word not in {"Der", "Die", "Das", "Ein", "Eine", "Im", "Am", "In", "Auf", "Mit"}


def _dehedged(s: Sentence) -> str | None:
    """A sentence the corpus hedges, stated as fact (None where none of the forms fit)."""
    text = s.text
    soll = re.match(r"^(\S+(?: \S+){0,3}) (soll|sollen) (.+) (haben|sein)\.$", text)
    if soll and "," not in text:
        finite = {("soll", "haben"): "hat", ("sollen", "haben"): "haben",
                  ("soll", "sein"): "ist", ("sollen", "sein"): "sind"}  # fmt: skip
        return f"{soll[1]} {finite[(soll[2], soll[4])]} {soll[3]}."
    stripped = _CORPUS_HEDGE.sub("", text)
    if stripped != text and stripped[0].isupper():
        return stripped
    return None


def _independent(s: Sentence, fact: str, rng: random.Random) -> str:
    """``fact`` as it is, or attributed to an independent source (half of the time)."""
    if rng.random() < 0.5:
        return fact
    at = _finite(s)
    toks = list(s.tokens[:-1])
    if at is not None and rng.random() < 0.5:
        return _reported(toks, at, rng.choice(_INDEPENDENT)[0])
    return fact[:-1] + rng.choice(_INDEPENDENT)[1]


def _headline(sentence: str) -> str:
    return sentence.rstrip(".").strip()


def pairs(folder: Path, limit: int = 300, seed: int = 13) -> Iterator[tuple[str, HeadlineItem]]:
    """(group, item) pairs: the group names the source sentence (one CV group per sentence)."""
    sentences = news_sentences(folder)
    if not sentences:
        return
    rng = random.Random(seed)
    fillers = [s.text for s in sentences if "," not in s.tokens or len(s.tokens) < 18]
    targets: list[tuple[Sentence, str, str, str]] = []  # sentence, fact, weak, kind
    for s in sentences:
        fact = _dehedged(s)
        if fact is not None:
            targets.append((s, fact, s.text, "corpus_hedge"))
            continue
        if len(s.tokens) > 16:
            continue
        weak = _weakened(s, rng)
        if weak is not None:
            targets.append((s, s.text, weak[0], weak[1]))
    rng.shuffle(targets)
    corpus = [t for t in targets if t[3] == "corpus_hedge"]
    chosen = corpus + [t for t in targets if t[3] != "corpus_hedge"][: max(limit - len(corpus), 0)]
    for n, (source, fact, weak, kind) in enumerate(chosen):
        group = f"synth:{n}"
        other = chosen[(n + 1) % len(chosen)]
        absent = _headline(other[1])
        banned = {source.text, other[0].text, other[1]}  # the absent claim stays absent
        others = rng.sample([f for f in fillers if f not in banned], 3)
        for variant, label, sentence in (
            ("w", "overstated", weak),
            ("f", "supported", _independent(source, fact, rng) if kind != "corpus_hedge" else fact),
        ):
            place = rng.randrange(3)
            body_sents = [*others[:place], sentence, *others[place:]]
            body = f"{body_sents[0]} {body_sents[1]}\n\n{' '.join(body_sents[2:])}"
            yield (
                group,
                HeadlineItem(f"{group}{variant}.1", "de", label, kind, _headline(fact), body),
            )
            if variant == "f":
                yield group, HeadlineItem(f"{group}{variant}.2", "de", "unsupported",
                                          "absent", absent, body)  # fmt: skip
