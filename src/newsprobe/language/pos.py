"""The ``pos`` component: part-of-speech tags, lemmas and verb mood on every token.

German: STTS tags from HanTa (the Hanover Tagger, which ships its model), lemmas from
simplemma, and the mood of finite verbs (``ind``, ``subj1`` = Konjunktiv I, ``subj2`` =
Konjunktiv II) from a small lexicon plus the regular Konjunktiv-I rule (stem + "e" with a
subject other than "ich": "passe", "gebe").  The mood drives indirect-speech detection.
English: lemmas from simplemma; ``pos`` stays empty (the attribution rules ask HanTa's English
model about the words of saying they need, :mod:`newsprobe.language.pos_en`).
Other languages: lemmas where simplemma has a dictionary, else nothing.
"""

from __future__ import annotations

import gzip
import os
import re
import tomllib
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from newsprobe.cache import digest, memo
from newsprobe.model import Analysis, Token
from newsprobe.options import Options

#: Languages simplemma is asked about (it ships dictionaries for these and many more).
_LEMMA_LANGS = frozenset({"de", "en", "fr", "es", "it", "nl", "pt", "pl", "sv", "da"})
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_MAX_SENTENCE_TOKENS = 400  # HanTa is quadratic-ish on huge "sentences" (lists, tables)


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=1)
def _moods() -> dict[str, str]:
    data = tomllib.loads(files("newsprobe.language").joinpath("mood.toml").read_text("utf-8"))
    table: dict[str, str] = {}
    for mood in ("subj1", "subj2"):
        for form in data[mood]["forms"]:
            table[form] = mood
    return table


def _umlaut_subjunctive(low: str, lemma_: str) -> bool:
    """A strong verb's Konjunktiv II the lexicon lacks: an umlaut its infinitive does not
    have and a subjunctive ending ("befände", "sprächen", "stünden" of "befinden",
    "sprechen", "stehen"); the indicative forms with an umlaut end otherwise ("fährt",
    "hältst", "rät")."""
    return (
        low != lemma_
        and lemma_.endswith("n")
        and low.endswith(("e", "en", "est", "et"))
        and any(u in low and u not in lemma_ for u in "äöü")
    )


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The lemma of ``word`` (simplemma; the word itself when unknown)."""
    if lang not in _LEMMA_LANGS:
        return word
    from newsprobe.language.lemmas import lemmatize

    return lemmatize(word, lang)


def stts(tag: str) -> str:
    """HanTa writes "VA(FIN)", "ADJ(A)"; STTS is "VAFIN", "ADJA"."""
    return tag.replace("(", "").replace(")", "")


def verb_mood(form: str, lemma_: str, subject_ich: bool) -> str:
    """Mood of a German finite verb form: ``ind``, ``subj1`` or ``subj2``."""
    low = form.lower()
    mood = _moods().get(low)
    if mood == "subj2":
        return mood
    if mood is None and _umlaut_subjunctive(low, lemma_.lower()):
        return "subj2"
    if low in ("habe", "werde") or mood is None:
        regular = low.endswith("e") and lemma_.endswith("en") and low == lemma_.lower()[:-1]
        if not (regular or low in ("habe", "werde")):
            return "ind" if mood is None else mood
        return "ind" if subject_ich else "subj1"
    return mood


@lru_cache(maxsize=1)
def form_table() -> dict[str, str]:
    """Precomputed :func:`lexical_tag` results for 24,824 German forms (see build_tag_table)."""
    path = files("newsprobe.language").joinpath("data/de_forms.tsv.gz")
    table: dict[str, str] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                form, _, tag = line.rstrip("\n").partition("\t")
                table[form] = tag
    return table


#: Set NEWSPROBE_HANTA_OOV=1 to have HanTa analyse forms the table lacks (slower, better).
_HANTA_FOR_UNKNOWN = os.environ.get("NEWSPROBE_HANTA_OOV", "") == "1"
_SUFFIX_LENGTHS = range(5, -1, -1)
_SUFFIX_MIN_COUNT = 3


def _shape(form: str) -> str:
    if len(form) > 1 and form.isupper():
        return "U"
    first = form[:1]
    return "C" if first.isupper() else ("D" if first.isdigit() else "l")


@lru_cache(maxsize=1)
def _suffix_model() -> dict[tuple[str, str], str]:
    """Most frequent tag per (shape, suffix of 0–5 letters), learned from the form table
    (half a second; kept in the cache folder, keyed on this file and the table)."""
    table = files("newsprobe.language").joinpath("data/de_forms.tsv.gz").read_bytes()
    return memo(
        "pos-suffixes",
        digest(Path(__file__).read_bytes(), table),
        _learn_suffix_model,
        lambda value: isinstance(value, dict) and bool(value),
    )


def _learn_suffix_model() -> dict[tuple[str, str], str]:
    counts: dict[tuple[str, str], Counter[str]] = {}
    for form, tag in form_table().items():
        shape, low = _shape(form), form.lower()
        for n in _SUFFIX_LENGTHS:
            if len(low) >= n:
                counts.setdefault((shape, low[len(low) - n :]), Counter())[tag] += 1
    return {
        key: c.most_common(1)[0][0] for key, c in counts.items() if c.total() >= _SUFFIX_MIN_COUNT
    }


def guess_tag(word: str) -> str:
    """A tag for a form the table lacks, from its shape and longest known suffix.

    On 2,500 held-out forms of the table this agrees with HanTa's analysis on 76 % (the
    misses are mostly NE/NN); it costs microseconds where HanTa's analysis costs about a
    millisecond, which on news text made HanTa two thirds of the pipeline's time.
    """
    head = word.rsplit("-", 1)[-1]
    if head is not word and head[:1].isupper():
        word = head  # "ai-Bericht", "US-Institut": the compound's head decides
    shape, low = _shape(word), word.lower()
    model = _suffix_model()
    guess = "NN"
    for n in _SUFFIX_LENGTHS:
        if len(low) >= n:
            tag = model.get((shape, low[len(low) - n :]))
            if tag is not None:
                guess = tag
                break
    # a verb form built like a participle ("zurückgelassen", "abgeschnitten") is one
    if shape == "l" and guess.startswith("VV") and _PARTICIPLE.match(low):
        return "VVPP"
    # an unknown capitalised word is a noun, a name or an adjective ("Kanadier" is no verb)
    if shape != "l" and guess not in _CAPITALISED_TAGS:
        return "NN"
    return guess


_CAPITALISED_TAGS = frozenset({"NN", "NE", "ADJA", "ADJD", "FM", "CARD", "XY", "TRUNC"})


_PARTICIPLE = re.compile(
    r"^(?:zurück|ab|an|auf|aus|bei|durch|ein|fest|fort|frei|her|heraus|herein|hin|hinaus|"
    r"los|mit|nach|um|vor|weg|zu|zusammen|dar|statt|teil|)ge\w{2,}(?:t|en)$"
)


def lexical_tag(word: str) -> str:
    """The most likely STTS tag for ``word`` out of context.

    HanTa's analysis, from the shipped table of 24,824 forms when it has the form; else a
    suffix guess (:func:`guess_tag`), or HanTa itself with ``NEWSPROBE_HANTA_OOV=1``.
    """
    tag = form_table().get(word)
    if tag is not None:
        return tag
    return analyse_form(word) if _HANTA_FOR_UNKNOWN else _guess_cached(word)


@lru_cache(maxsize=500_000)
def _guess_cached(word: str) -> str:
    return guess_tag(word)


@lru_cache(maxsize=500_000)
def analyse_form(word: str) -> str:
    """The STTS tag HanTa gives ``word`` on its own."""
    result = _tagger().analyze(word, taglevel=1)
    tag = result[1] if isinstance(result, tuple) else str(result)
    return stts(tag)


_OPENERS = frozenset({"„", "“", '"', "»", "«", "‚", "'", ":", "(", "–", "-", "•", "*"})
_RELATIVE = frozenset({"der", "die", "das", "dem", "den", "des", "dessen", "deren", "denen"})


def tag_german(words: list[str], *, context: bool = False) -> list[str]:
    """STTS tags for one sentence.

    By default each word form gets HanTa's out-of-context analysis, cached per form, plus one
    context rule (an article form right after a comma is a relative pronoun).  On 66,713
    tokens of German news this agrees with HanTa's sentence-level Viterbi tagging on 93 % of
    tokens at a fraction of the cost once the cache is warm (the Viterbi tagger runs at about
    18,000 tokens/s on one core, the warm cache at millions).  ``context=True`` runs the
    Viterbi tagger instead.
    """
    if not words:
        return []
    if context:
        tags: list[str] = []
        for i in range(0, len(words), _MAX_SENTENCE_TOKENS):
            chunk = words[i : i + _MAX_SENTENCE_TOKENS]
            tags.extend(stts(t) for t in _tagger().tag_sent(chunk, taglevel=0))
        return tags
    table = form_table()
    known = table.get
    unknown = analyse_form if _HANTA_FOR_UNKNOWN else _guess_cached
    # lexical_tag, inline: the table's tag, else the guess (or HanTa)
    tags = [tag if (tag := known(w)) is not None else unknown(w) for w in words]
    moods = _moods()
    previous = ""
    for i, word in enumerate(words):
        # a capitalised sentence start ("Leider", "Offenbar") is the lower-case form
        if (i == 0 or previous in _OPENERS) and word[:1].isupper() and word not in table:
            lower = known(word.lower())
            if lower is not None:
                tags[i] = lower
        previous = word
    for i in range(1, len(words)):
        if words[i - 1] == "," and words[i] in _RELATIVE and tags[i] in ("ART", "PDS"):
            tags[i] = "PDS" if _verb_second(words, tags, i) else "PRELS"
    for i, word in enumerate(words):
        tag = tags[i]
        if tag == "VVINF" and _ZU_INFINITIVE.match(word):
            tag = tags[i] = "VVIZU"  # "einzugehen", "auszuschalten"
        if tag not in _FINITE and word[:1].islower():
            low = word.lower()
            if low in moods:
                tags[i] = _finite_tag(low)  # "lägen", "hätten": lexicon forms are finite
    _finite_in_clauses(words, tags)
    return tags


_ZU_INFINITIVE = re.compile(
    r"^(?:ab|an|auf|aus|bei|durch|ein|fest|fort|frei|heraus|herein|hinaus|los|mit|nach|"
    r"um|vor|weg|zurück|zusammen|dar|statt|teil|weiter|wieder)zu[a-zäöüß]{3,}[lr]?n$"
)


def _verb_second(words: list[str], tags: list[str], i: int) -> bool:
    """ "…, das sei falsch": a finite verb right after the pronoun and more words after it,
    none of them a verb (a relative clause ends in its verb: "…, das gilt," "…, die kommen
    werden")."""
    if i + 2 >= len(words) or tags[i + 1] not in _FINITE:
        return False
    rest = []
    for k in range(i + 2, len(words)):
        if words[k] in _CLAUSE_BREAKS or tags[k].startswith("$"):
            break
        rest.append(tags[k])
    return bool(rest) and not any(t.startswith("V") for t in rest)


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "„", "“", "»", "«", '"'})
_INFINITIVE_OPENERS = frozenset({"zu", "um", "ohne", "statt", "anstatt"})
_FINITE_OF_INFINITIVE = {"VVINF": "VVFIN", "VAINF": "VAFIN", "VMINF": "VMFIN"}


def _finite_in_clauses(words: list[str], tags: list[str]) -> None:
    """A clause needs a finite verb: plural present forms read out of context as infinitives
    ("Die Preise steigen", "dass Experten einen Anstieg erwarten") become finite.

    Clauses are cut at punctuation.  In a clause without any finite tag, the first auxiliary or
    modal infinitive becomes finite (the other verbs depend on it: "dass sie kommen wollen");
    without one, every full-verb infinitive does ("Die Preise steigen und die Löhne sinken").
    Infinitive clauses ("um … zu senken", "… zu helfen") are left alone.
    """
    start = 0
    for end in range(len(words) + 1):
        if end < len(words) and words[end] not in _CLAUSE_BREAKS:
            continue
        _finite_in_clause(words, tags, start, end)
        start = end + 1


def _finite_in_clause(words: list[str], tags: list[str], start: int, end: int) -> None:
    if end - start < 2:
        return
    infinitives: list[int] = []
    subjunctives: list[int] = []
    for i in range(start, end):
        tag = tags[i]
        lower = words[i].lower()
        if tag in _FINITE or tag in ("VVIMP", "VVIZU") or lower in _INFINITIVE_OPENERS:
            return
        if tag in _FINITE_OF_INFINITIVE and words[i].endswith("n") and words[i][:1].islower():
            infinitives.append(i)
        elif tag in ("ADJA", "ADJD") and _unknown_subjunctive(words[i]):
            subjunctives.append(i)
    if not infinitives:
        if subjunctives:  # "…, die Stadt brauche mehr Geld": no finite verb but this one
            tags[subjunctives[0]] = "VVFIN"
        return
    helpers = [i for i in infinitives if tags[i] != "VVINF"]
    for i in helpers[:1] or infinitives:
        tags[i] = _FINITE_OF_INFINITIVE[tags[i]]


def _unknown_subjunctive(word: str) -> bool:
    """A form the lexicon does not know, guessed an adjective, that is a verb's stem + "e"
    whose infinitive the lexicon knows ("brauche", "drohe" beside "brauchen", "drohen"): the
    Konjunktiv I of reported speech (or a first person), never an adjective's "-e" form, whose
    "-en" form is an adjective too ("große"/"großen")."""
    if not word.endswith("e") or not word[:1].islower() or len(word) < 4:
        return False
    table = form_table()
    return word not in table and table.get(word + "n", "").startswith("VV")


_AUX = ("wär", "hätt", "würd", "sei", "hab", "werd")
_MODAL = ("könn", "müss", "müß", "dürf", "möcht", "woll", "soll", "mög")


def _finite_tag(form: str) -> str:
    if form.startswith(_AUX):
        return "VAFIN"
    return "VMFIN" if form.startswith(_MODAL) else "VVFIN"


class PosComponent:
    name = "pos"
    requires: tuple[str, ...] = ("tokens",)

    def __call__(self, analysis: Analysis, options: Options) -> None:
        lang = analysis.meta.language or ""
        by_sentence: dict[int | None, list[Token]] = {}
        for token in analysis.tokens:
            by_sentence.setdefault(token.__dict__["sentence"], []).append(token)
        lemmas = _lemma_table(lang)
        german = lang == "de"
        for tokens in by_sentence.values():
            words = [t.__dict__["text"] for t in tokens]  # field values, no attribute lookups
            found: list[str] = []
            for token, word in zip(tokens, words, strict=True):
                if token.__dict__["kind"] == "URL":
                    found.append(word)
                    continue
                lem = lemmas.get(word)
                if lem is None:
                    lem = lemma(word, lang)
                    if len(lemmas) >= _LEMMA_TABLE_SIZE:
                        lemmas.clear()
                    lemmas[word] = lem
                found.append(lem)
            if german:
                self._german(tokens, words, found)
            else:
                for token, lem in zip(tokens, found, strict=True):
                    token.fill(lem)

    @staticmethod
    def _german(tokens: list[Token], words: list[str], lemmas: list[str]) -> None:
        tags = tag_german(words)
        lowered: list[str] | None = None
        for i, token in enumerate(tokens):
            tag = tags[i]
            mood = None
            if tag in _FINITE:
                if lowered is None:
                    lowered = [w.lower() for w in words]
                near = lowered[max(0, i - 3) : i] + lowered[i + 1 : i + 3]
                word = words[i]
                mood = verb_mood(word, lemmas[i] or word, "ich" in near)
            token.fill(lemmas[i], tag, mood)


#: Lemmas by word, per language: a plain dict in front of :func:`lemma`'s cache (a hit costs
#: a tenth of an ``lru_cache`` call with two arguments); emptied when it reaches this size.
_LEMMA_TABLE_SIZE = 200_000
_LEMMA_TABLES: dict[str, dict[str, str]] = {}


def _lemma_table(lang: str) -> dict[str, str]:
    table = _LEMMA_TABLES.get(lang)
    if table is None:
        table = _LEMMA_TABLES[lang] = {}
    return table
