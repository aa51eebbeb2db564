"""A light view of the analysis for the attribution rules: sentences of tokens with coarse
word classes (from STTS for German, from word lists and capitals for English, which ships
no tagger) and the quote each token stands in."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from newsprobe.attribution.marks import Quote
from newsprobe.model import Analysis, Token

#: STTS -> coarse class.
_STTS: dict[str, str] = {
    "ART": "DET",
    "PDAT": "DET",
    "PIAT": "DET",
    "PIDAT": "DET",
    "PPOSAT": "POSS",
    "PWAT": "DET",
    "PRELAT": "DET",
    "ADJA": "ADJ",
    "ADJD": "ADJD",
    "CARD": "NUM",
    "NN": "NOUN",
    "NNA": "NOUN",
    "NNI": "NOUN",
    "NE": "PROPN",
    "FM": "PROPN",
    "TRUNC": "TRUNC",
    "PPER": "PRON",
    "PRF": "PRF",
    "PIS": "PRON",
    "PDS": "PRON",
    "PPOSS": "PRON",
    "PRELS": "REL",
    "PWS": "WH",
    "PWAV": "WH",
    "VVFIN": "VFIN",
    "VAFIN": "VFIN",
    "VMFIN": "VFIN",
    "VVIMP": "VFIN",
    "VAIMP": "VFIN",
    "VVPP": "VPP",
    "VAPP": "VPP",
    "VMPP": "VPP",
    "VVINF": "VINF",
    "VAINF": "VINF",
    "VMINF": "VINF",
    "VVIZU": "VINF",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADPO",
    "APZR": "ADPO",
    "KON": "CONJ",
    "KOKOM": "CONJ",
    "KOUS": "SCONJ",
    "KOUI": "SCONJ",
    "$,": "PUNCT",
    "$.": "PUNCT",
    "$(": "PUNCT",
    "ADV": "ADV",
    "PROAV": "ADV",
    "PTKNEG": "ADV",
    "PTKZU": "PART",
    "PTKVZ": "PTKVZ",
    "PTKA": "ADV",
    "PTKANT": "ADV",
    "ITJ": "ADV",
    "XY": "SYM",
}

_QUOTE_CHARS = frozenset("„“”\"»«‚‘’'")
#: A name with a dot inside (a domain, "ver.di"); abbreviations end in a dot.
_DOTTED_NAME = re.compile(r"[^\W\d_][\w-]+\.[^\W\d_]{2,}(?:\.[^\W\d_]{2,})*")


@dataclass(slots=True)
class Tok:
    """One token as the rules see it."""

    index: int  # index in Analysis.tokens
    i: int  # index within its sentence
    text: str
    low: str
    tag: str  # coarse class
    stts: str | None
    lemma: str
    mood: str | None
    start: int
    end: int
    quote: int | None = None  # index of the outermost quote holding it
    is_mark: bool = False  # a quotation mark
    #: A quotation mark that delimits a clause (not the marks of a quoted fragment).
    boundary: bool = False
    #: A zu-infinitive ("auszuschreiben", or "zu" + infinitive: "zu prüfen").
    zu_inf: bool = False


@dataclass
class Sent:
    """One sentence: its id, block and tokens."""

    id: int
    block: int | None
    start: int
    end: int
    toks: list[Tok] = field(default_factory=list)


#: Word-list classes of ``words_en.toml`` -> coarse class, in the order they are tried.
_EN_CLASSES = (
    ("determiners", "DET"),
    ("possessives", "POSS"),
    ("pronouns", "PRON"),
    ("prepositions", "ADP"),
    ("conjunctions", "CONJ"),
    ("subordinators", "SCONJ"),
    ("wh_words", "WH"),
    ("auxiliaries", "VFIN"),
)


@lru_cache(maxsize=1)
def _english_words() -> tuple[dict[str, str], frozenset[str]]:
    """``(word -> coarse class, adverbs)`` from ``words_en.toml``, loaded once."""
    data = tomllib.loads(
        files("newsprobe.attribution").joinpath("words_en.toml").read_text("utf-8")
    )["classes"]
    classes: dict[str, str] = {}
    for key, tag in _EN_CLASSES:
        for word in data[key]:
            classes.setdefault(word.lower(), tag)
    return classes, frozenset(w.lower() for w in data["adverbs"])


def coarse_en(token: Token, first: bool) -> str:
    """A coarse class for an English token from word lists, capitals and suffixes."""
    word = token.text
    low = word.lower()
    if not any(ch.isalnum() for ch in word):
        return "PUNCT"
    if word.startswith("@") or word.startswith("#"):
        return "PROPN"
    if word[0].isdigit():
        return "NUM"
    classes, adverbs = _english_words()
    tag = classes.get(low)
    if tag is not None:
        return tag
    if low in adverbs or low.endswith("ly"):
        return "ADV"
    if word[0].isupper() and not first:
        return "PROPN"
    if word[0].isupper() and first:
        return "PROPN" if low not in adverbs else "ADV"
    if low.endswith(("ed", "ing")):
        return "VPP"
    return "NOUN"


_VERB_TAGS = frozenset({"VVFIN", "VVPP", "VVINF", "VVIZU", "VAFIN", "VMFIN"})


@lru_cache(maxsize=2048)
def _modern_lemma(word: str) -> str:
    """The lemma of a German verb left unlemmatised in the old spelling with ß after a short
    vowel ("wußte", "gewußt"): that of its current spelling ("wissen")."""
    import simplemma

    return str(simplemma.lemmatize(word.replace("ß", "ss"), lang="de")).lower()


#: (surface, STTS tag, lemma) of a German token -> what :func:`_german_form` makes of it.
_GERMAN_FORMS: dict[tuple[str, str, str | None], tuple[str, str, str, bool]] = {}
_GERMAN_FORMS_SIZE = 200_000


def _german_form(text: str, pos: str, lemma: str | None) -> tuple[str, str, str, bool]:
    """``(lower-cased, coarse class, lemma, is a quotation mark)`` of a tagged German token."""
    low = text.lower()
    tag = _STTS.get(pos, "X")
    if text[:1] == "@" and len(text) > 1:
        tag = "PROPN"
    elif "." in text and tag in ("ADJD", "ADV", "X", "NOUN") and _DOTTED_NAME.fullmatch(text):
        tag = "PROPN"  # "ver.di", "t-online.de", "ZDNet.com"
    is_mark = text in _QUOTE_CHARS
    form_lemma = (lemma or text).lower()
    if "ß" in form_lemma and pos in _VERB_TAGS and form_lemma == low:
        form_lemma = _modern_lemma(form_lemma)
    return low, "PUNCT" if is_mark else tag, form_lemma, is_mark


def build(
    analysis: Analysis, quotes: list[Quote], lang: str, verbs: frozenset[str] = frozenset()
) -> list[Sent]:
    """Sentences with their tokens, coarse classes and quote membership.

    ``verbs`` are the cue verb forms of a language without a tagger: they are tagged as
    finite verbs unless a determiner precedes them ("the claims")."""
    sents = [
        Sent(id=i, block=s.block, start=s.start, end=s.end)
        for i, s in enumerate(analysis.sentences)
    ]
    n_sents = len(sents)
    top = [q for q in quotes if q.depth == 0]
    index_of = {id(q): k for k, q in enumerate(quotes)}
    # Token start -> outermost quote: walk the quotes and tokens in step.
    q_index, n_top = 0, len(top)
    q_start, q_end = (top[0].start, top[0].end) if top else (-1, -1)
    german = lang == "de"
    marks = _QUOTE_CHARS
    forms = _GERMAN_FORMS
    for index, token in enumerate(analysis.tokens):
        fields = token.__dict__  # the token's field values, read without attribute lookups
        sid = fields["sentence"]
        if sid is None or not 0 <= sid < n_sents:
            continue
        sent = sents[sid]
        toks = sent.toks
        text = fields["text"]
        start = fields["start"]
        pos = fields["pos"]
        if german and pos:
            # what a tagged German token's form makes, worked out once per form
            key = (text, pos, fields["lemma"])
            form = forms.get(key)
            if form is None:
                if len(forms) >= _GERMAN_FORMS_SIZE:
                    forms.clear()
                form = forms[key] = _german_form(text, pos, fields["lemma"])
            low, tag, lemma, is_mark = form
        else:
            low = text.lower()
            tag = coarse_en(token, not toks)
            if low in verbs and not (toks and toks[-1].tag in ("DET", "POSS")):
                tag = "VFIN"
            is_mark = text in marks
            if is_mark:
                tag = "PUNCT"
            lemma = (fields["lemma"] or text).lower()
        while q_index < n_top and q_end <= start:
            q_index += 1
            if q_index < n_top:
                q_start, q_end = top[q_index].start, top[q_index].end
        quote = index_of[id(top[q_index])] if q_index < n_top and q_start <= start else None
        toks.append(
            Tok(
                index,
                len(toks),
                text,
                low,
                tag,
                pos,
                lemma,
                fields["mood"],
                start,
                fields["end"],
                quote,
                is_mark,
            )
        )
    _mark_boundaries(sents)
    if german:
        _mark_zu_infinitives(sents)
        _finite_plurals(sents)
    return sents


_CLAUSE_MARKS = frozenset(",;:()–—")


def _finite_plurals(sents: list[Sent]) -> None:
    """A clause without a finite verb whose only verb the tagger read as an infinitive
    ("Sie gehen davon aus", "dass die Preise steigen", "Experten warnen"): the plural
    present and the infinitive are the same form, and a clause needs a finite verb.  The
    first such infinitive that no "zu", modal or auxiliary governs becomes finite."""
    for sent in sents:
        start = 0
        toks = sent.toks
        for end in range(len(toks) + 1):
            if end < len(toks) and not (
                toks[end].boundary or (toks[end].tag == "PUNCT" and toks[end].text in _CLAUSE_MARKS)
            ):
                continue
            clause = toks[start:end]
            start = end + 1
            if any(t.tag in ("VFIN", "VPP") for t in clause):
                continue
            verbs = [t for t in clause if t.tag == "VINF" and t.quote is None]
            if len(verbs) != 1 or verbs[0].zu_inf or verbs[0].stts != "VVINF":
                continue
            verb = verbs[0]
            if verb.i == clause[0].i or not verb.low.endswith(("en", "rn", "ln")):
                continue
            verb.tag, verb.mood = "VFIN", "ind"


def _mark_zu_infinitives(sents: list[Sent]) -> None:
    """Zu-infinitives, whether the tagger says VVIZU or VVINF: "zu" before an infinitive,
    or an infinitive with "zu" after its particle ("auszuschreiben" of "ausschreiben")."""
    for sent in sents:
        prev: Tok | None = None
        for tok in sent.toks:
            if tok.tag == "VINF":
                infix = "zu" in tok.low and tok.low.replace("zu", "", 1) == tok.lemma
                tok.zu_inf = tok.stts == "VVIZU" or infix or (prev is not None and prev.low == "zu")
            prev = tok


def _mark_boundaries(sents: list[Sent]) -> None:
    """Quotation marks delimit clauses unless they enclose a fragment (fewer than four
    words and no finite verb: „Einmannpackungen“, „aus der Zeitung“)."""
    inner: dict[int, list[Tok]] = {}
    for sent in sents:
        for tok in sent.toks:
            if tok.quote is not None and not tok.is_mark:
                inner.setdefault(tok.quote, []).append(tok)
    fragment = {
        q: sum(1 for t in toks if t.tag != "PUNCT") < 4 and not any(t.tag == "VFIN" for t in toks)
        for q, toks in inner.items()
    }
    for sent in sents:
        for tok in sent.toks:
            if tok.is_mark:
                tok.boundary = tok.quote is None or not fragment.get(tok.quote, True)
