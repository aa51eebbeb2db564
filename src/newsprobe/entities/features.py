"""Token features for the CRF name tagger: word, affixes, shape, STTS tag, gazetteers, context.

The same function computes features at training time (GermEval sentences, HanTa tags) and at
run time (SoMaJo tokens, tags from the ``pos`` component), so the two cannot drift apart.
Per-word features are cached: news text repeats its words, and building feature strings is
most of the tagger's cost.
"""

from __future__ import annotations

import gzip
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from newsprobe.entities import kb
from newsprobe.language.words import DEFINITE_ARTICLES_DE, word_set

#: Bump when the features change: a model trained on other features must be retrained.
FEATURE_VERSION = "8"

#: Words of a name that are not the name: articles and the particles of names in many
#: languages ("von", "de", "al", "bin").
_FUNCTION_WORDS = DEFINITE_ARTICLES_DE | word_set(
    "the am an für fur und of de la le du van von zu zum zur al el bin ibn y e da do dos di "
    "del im in auf aus bei mit"
)
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜÀÁÂÉÈÊËÍÎÓÔÚÛÇÑŠŽČ"
_LOWER = "abcdefghijklmnopqrstuvwxyzäöüßàáâéèêëíîóôúûçñšžčğış"
_SHAPE_MAP = str.maketrans(
    _UPPER + _LOWER + "0123456789", "X" * len(_UPPER) + "x" * len(_LOWER) + "d" * 10
)
_REPEAT = re.compile(r"(.)\1+")


#: Speech verbs and reporting words next to which names are mostly persons' ("sagte Merkel").
_SPEECH = frozenset(
    [
        "sagte",
        "sagt",
        "sagten",
        "erklärte",
        "erklärt",
        "betonte",
        "betont",
        "meinte",
        "meint",
        "so",
        "laut",
        "kritisierte",
        "kritisiert",
        "forderte",
        "fordert",
        "warnte",
        "warnt",
        "teilte",
        "schrieb",
        "berichtete",
        "bestätigte",
        "kündigte",
        "räumte",
        "sprach",
        "erläuterte",
        "ergänzte",
        "fügte",
        "verwies",
        "said",
        "says",
        "told",
    ]
)


@dataclass(frozen=True)
class Gazetteers:
    """Word sets the features test membership in."""

    loc: frozenset[str]
    org: frozenset[str]
    per: frozenset[str]
    first: frozenset[str]
    derived: frozenset[str]
    role: frozenset[str]
    title: frozenset[str]
    org_suffixes: tuple[str, ...]
    org_words: frozenset[str]
    #: ``kb/gazetteer.tsv.gz``: places (GeoNames), subdivisions, currencies, languages, and the
    #: hand-written organisation and product lists.
    words: dict[str, tuple[str, ...]]
    #: Endings of nouns that announce an organisation's name ("der Autobauer", "des Konzerns").
    org_triggers: tuple[str, ...] = ()
    #: Endings of role nouns that stand before a person's name ("Finanzchefin").
    person_roles: tuple[str, ...] = ()


def _name_words(name: str) -> list[str]:
    return [w for w in name.split() if w and w.lower() not in _FUNCTION_WORDS]


@lru_cache(maxsize=1)
def gazetteers() -> Gazetteers:
    loc: set[str] = set()
    org: set[str] = set()
    per: set[str] = set()
    derived: set[str] = set()
    for text, found in kb.all_surfaces().items():
        for surface in found:
            if surface.form == "derived":
                derived.add(text)
                continue
            if surface.confirm:
                continue
            target = {"LOC": loc, "ORG": org, "PER": per}.get(surface.entry.type)
            if target is not None:
                target.update(_name_words(text))
    roles = kb.roles()
    role: set[str] = set()
    for noun in (*roles["office"], *roles["generic"]):
        role.update((noun, noun + "s", noun + "es", noun + "en", noun + "n"))
    heads = tomllib.loads(files("newsprobe.entities.kb").joinpath("heads.toml").read_text("utf-8"))
    return Gazetteers(
        loc=frozenset(loc),
        org=frozenset(org),
        per=frozenset(per),
        first=kb.first_names(),
        derived=frozenset(derived),
        role=frozenset(role),
        title=frozenset(roles["person_titles"]["words"]),
        org_suffixes=tuple(heads["org"]["de_suffixes"]),
        org_words=frozenset(heads["org"]["en_words"]) | frozenset(heads["org"]["legal_forms"]),
        words=word_lists(),
        org_triggers=tuple(heads["org_triggers"]["de_suffixes"]),
        person_roles=tuple(heads["person_role_suffixes"]),
    )


def word_lists() -> dict[str, tuple[str, ...]]:
    """``kb/gazetteer.tsv.gz`` (written by ``kb/build_gazetteer.py``): word → the kinds of name
    it occurs in (``place``, ``placepart``, ``subdiv``, ``cur``, ``lang``, ``orgname``…)."""
    path = files("newsprobe.entities.kb").joinpath("gazetteer.tsv.gz")
    table: dict[str, tuple[str, ...]] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, found = line.partition("\t")
            table[word] = tuple(found.split())
    return table


#: Entries of the per-word feature caches.  News text repeats its words, so the most recent
#: few ten thousand cover nearly every token; each entry holds some 20 strings, so a larger
#: cache mostly costs memory (an ingest worker grew past 500 MB with 100,000 + 2 × 200,000).
_CACHED_WORDS = 30_000


def shape(word: str) -> str:
    """Collapsed word shape: "Putin" → "Xx", "US-Institut" → "X-Xx", "2024" → "d"."""
    return _collapsed(word.translate(_SHAPE_MAP))


@lru_cache(maxsize=8192)
def _collapsed(mapped: str) -> str:
    """Runs of one character as one, cut to 8: many words map to the same string
    ("Xxxxxx"), so this is cached by the mapped string, not by the word."""
    return _REPEAT.sub(r"\1", mapped)[:8]


@lru_cache(maxsize=_CACHED_WORDS)
def _word_flags(word: str) -> tuple[str, ...]:
    """:func:`gaz_flags` of ``word`` in the shipped gazetteers (a word's features and its
    four neighbour roles all ask)."""
    return tuple(gaz_flags(word, gazetteers()))


def gaz_flags(word: str, g: Gazetteers) -> list[str]:
    """The gazetteer and trigger flags of ``word`` (places, names, roles, organisation heads …)."""
    flags = [
        flag
        for flag, words in (
            ("loc", g.loc),
            ("org", g.org),
            ("per", g.per),
            ("first", g.first),
            ("der", g.derived),
            ("role", g.role),
            ("title", g.title),
        )
        if word in words
    ]
    if word[:1].isupper() and (word in g.org_words or word.lower().endswith(g.org_suffixes)):
        flags.append("orgh")
    if word[:1].isupper() and len(word) > 3:
        low = word.lower()
        if low.endswith(g.org_triggers):
            flags.append("otrig")
        if low.endswith(g.person_roles):
            flags.append("prole")
    elif word in _SPEECH:
        flags.append("speech")
    listed = g.words.get(word)
    if listed:
        flags.extend(listed)
    elif word[-1:] == "s" and len(word) > 4:  # genitive: "Münchens", "Bayerns"
        flags.extend(f + "G" for f in g.words.get(word[:-1], ()) if f in ("place", "subdiv"))
    return flags


@lru_cache(maxsize=_CACHED_WORDS)
def word_features(word: str, pos: str) -> tuple[str, ...]:
    """Features of the token itself."""
    g = gazetteers()
    low = word.lower()
    feats = ["b", "w=" + low, "sh=" + shape(word), "pos=" + pos, "pos2=" + pos[:2]]
    n = len(low)
    if n > 3:
        feats += ["s2=" + low[-2:], "s3=" + low[-3:], "p3=" + low[:3]]
    if n > 4:
        feats += ["s4=" + low[-4:], "p4=" + low[:4]]
    if n > 5:
        feats.append("s5=" + low[-5:])
    if n <= 2:
        feats.append(f"len{n}")
    if word[:1].isupper():
        feats.append("T")
        if word.isupper() and n > 1:
            feats.append("U")
    if any(c.isdigit() for c in word):
        feats.append("D")
    if "-" in word and n > 2:
        parts = [p for p in word.split("-") if p]
        if parts:
            feats += ["H", "hf=" + parts[0].lower(), "hl=" + parts[-1].lower()[-5:]]
            feats += ["hfg:" + f for f in gaz_flags(parts[0], g)]
            feats += ["hlg:" + f for f in gaz_flags(parts[-1], g)]
            if parts[-1][:1].islower():
                feats.append("Hlow")  # "Putin-treu", "Nato-weit"
    feats += ["g:" + f for f in _word_flags(word)]
    return tuple(feats)


def context_features(word: str, pos: str, offset: int) -> tuple[str, ...]:
    """Features a neighbour at ``offset`` (−2…2) contributes."""
    p = f"{offset}:"
    feats = [p + "w=" + word.lower(), p + "pos=" + pos, p + "sh=" + shape(word)]
    feats += [p + "g:" + f for f in _word_flags(word)]
    if abs(offset) == 1 and len(word) > 4:
        feats.append(p + "s3=" + word[-3:].lower())
    return tuple(feats)


class NameList:
    """Words seen inside names of the training data, with the types they had there and how
    often they were part of a name ("Merkel" → PER, always), whether they mostly open a
    multi-word person name (``tnF``: a first name), and capitalised words the training data
    also writes in lower case (``tlc``: "Neue", "Deutsche").  Training uses jackknifed lists
    (built without the sentences being featurised) so that the model learns how far to trust
    a list that, at run time, is built from all the training data."""

    def __init__(self, flags: dict[str, tuple[str, ...]]) -> None:
        self.flags = flags

    @classmethod
    def build(cls, sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> NameList:
        """From ``(words, BIO tags)`` pairs."""
        total: dict[str, int] = {}
        inside: dict[str, dict[str, int]] = {}
        first: dict[str, int] = {}
        lower: set[str] = set()
        for words, tags in sentences:
            for k, (word, tag) in enumerate(zip(words, tags, strict=True)):
                total[word] = total.get(word, 0) + 1
                if word[:1].islower():
                    lower.add(word)
                if tag != "O":
                    kinds = inside.setdefault(word, {})
                    kinds[tag[2:]] = kinds.get(tag[2:], 0) + 1
                    if tag == "B-PER" and k + 1 < len(tags) and tags[k + 1] == "I-PER":
                        first[word] = first.get(word, 0) + 1
        flags: dict[str, tuple[str, ...]] = {}
        for word, kinds in inside.items():
            named = sum(kinds.values())
            share = named / total[word]
            if share < 0.3 or not word[:1].isupper():
                continue
            best = max(kinds, key=lambda k: kinds[k])
            found = ["tn:" + best, "tn%" + ("hi" if share >= 0.8 else "mid")]
            found += ["tn+" + k for k in kinds if k != best]
            if 2 * first.get(word, 0) >= named:
                found.append("tnF")  # mostly a first name
            flags[word] = tuple(found)
        for word in total:
            if word[:1].isupper() and word.lower() in lower:
                flags[word] = (*flags.get(word, ()), "tlc")  # also written lower case
        return cls(flags)

    def to_text(self) -> str:
        return "".join(f"{w}\t{' '.join(f)}\n" for w, f in sorted(self.flags.items()))

    @classmethod
    def from_text(cls, text: str) -> NameList:
        flags = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                word, _, found = line.partition("\t")
                flags[word] = tuple(found.split())
        return cls(flags)

    def get(self, word: str) -> tuple[str, ...]:
        return self.flags.get(word, ())


def sentence_features(
    words: Sequence[str], tags: Sequence[str | None], names: NameList | None = None
) -> list[list[str]]:
    """Feature lists for every token of one sentence (``tags``: STTS or None)."""
    n = len(words)
    pos = [t or "_" for t in tags]
    lows = [w.lower() for w in words]
    ctx = [_neighbour(w, p) for w, p in zip(words, pos, strict=True)]
    listed = [names.get(w) for w in words] if names is not None else None
    quoted = inside_quotes(words)
    window = window_features(words)
    out: list[list[str]] = []
    for i in range(n):
        feats = [*word_features(words[i], pos[i]), *window[i]]
        if quoted[i]:
            feats.append("Q")
        if i + 3 < n and words[i + 1] == "(" and words[i + 3] == ")" and acronym(words[i + 2]):
            feats.append("ACR")  # "… Kriegsstudien (ISW)"
        if 0 < i < n - 1:
            feats.append("ppp=" + pos[i - 1] + "|" + pos[i] + "|" + pos[i + 1])
        if listed is not None:
            feats += listed[i]
        if i == 0:
            feats.append("BOS")
        else:
            feats += ctx[i - 1][1]
            if i > 1:
                feats += ctx[i - 2][0]
            if listed is not None:
                feats += _near(listed[i - 1], "-1:")
            feats.append("pp=" + pos[i - 1] + "|" + pos[i])
            feats.append("ww=" + lows[i - 1] + "|" + lows[i])
        if i == n - 1:
            feats.append("EOS")
        else:
            feats += ctx[i + 1][2]
            if i + 2 < n:
                feats += ctx[i + 2][3]
            if listed is not None:
                feats += _near(listed[i + 1], "1:")
            feats.append("pn=" + pos[i] + "|" + pos[i + 1])
            feats.append("wn=" + lows[i] + "|" + lows[i + 1])
        out.append(feats)
    return out


#: The letters of :func:`case_letter`, with ``_`` for beyond the sentence.
CASE_LETTERS = "_Txdp"


def case_letter(word: str) -> str:
    """One letter for how ``word`` begins: ``T`` capital, ``x`` small letter, ``d`` digit,
    ``p`` anything else."""
    c = word[:1]
    if c.isupper():
        return "T"
    if c.isalpha():
        return "x"
    return "d" if c.isdigit() else "p"


def window_features(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The capitalisation pattern of each token's window, ±2 (``cp=``) and ±1 (``cp1=``),
    ``_`` beyond the sentence: "sagte Anna Lena Berg ." → ``cp=xTTTp`` for "Lena".  A run of
    capitalised words between small ones is how German writes most multi-word names; the word
    and tag features see only pairs."""
    cases = ["_", "_", *(case_letter(w) for w in words), "_", "_"]
    return [
        ("cp=" + "".join(cases[i : i + 5]), "cp1=" + "".join(cases[i + 1 : i + 4]))
        for i in range(len(words))
    ]


CLOSING_QUOTE = {"„": "“", "“": "”", "»": "«", "«": "»", '"': '"', "‚": "‘", "'": "'"}
_QUOTE_REACH = 12  # tokens: titles and short quotes, not whole quoted sentences


def inside_quotes(words: Sequence[str]) -> list[bool]:
    """Which tokens stand between an opening quote mark and its closing one at most
    ``_QUOTE_REACH`` tokens on ("„Die Zauberflöte“")."""
    out = [False] * len(words)
    i, n = 0, len(words)
    while i < n:
        close = CLOSING_QUOTE.get(words[i])
        if close is not None:
            for j in range(i + 1, min(n, i + _QUOTE_REACH)):
                if words[j] == close or (close == "“" and words[j] == "”"):
                    for k in range(i + 1, j):
                        out[k] = True
                    i = j
                    break
        i += 1
    return out


def acronym(word: str) -> bool:
    """Whether ``word`` looks like an acronym (2–7 characters, two or more capitals)."""
    return 2 <= len(word) <= 7 and word[:1].isupper() and sum(c.isupper() for c in word) >= 2


@lru_cache(maxsize=_CACHED_WORDS)
def _neighbour(word: str, pos: str) -> tuple[tuple[str, ...], ...]:
    """What ``word`` contributes as the neighbour at −2, −1, +1, +2 (in that order)."""
    return tuple(context_features(word, pos, off) for off in (-2, -1, 1, 2))


@lru_cache(maxsize=4096)
def _near(flags: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    return tuple(prefix + f for f in flags if f[2] == ":")
