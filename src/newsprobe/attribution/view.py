"""A light view of the analysis for the attribution rules: sentences of tokens with coarse
word classes (from STTS for German, from word lists and capitals for English, which ships
no tagger) and the quote each token stands in."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

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

_EN_DET = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "some",
        "several",
        "many",
        "most",
        "all",
        "any",
        "each",
        "every",
        "no",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
        "both",
        "few",
        "other",
        "another",
    ]
)
_EN_POSS = frozenset(["his", "her", "its", "their", "our", "my", "your"])
_EN_PRON = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "one", "someone", "nobody", "everyone", "who"]
)
_EN_ADP = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "to",
        "into",
        "about",
        "over",
        "under",
        "after",
        "before",
        "during",
        "since",
        "without",
        "within",
        "between",
        "among",
        "against",
        "via",
        "per",
        "as",
        "than",
        "like",
        "through",
        "across",
    ]
)
_EN_CONJ = frozenset(["and", "or", "but", "nor", "yet", "so"])
_EN_SCONJ = frozenset(
    ["that", "whether", "if", "because", "although", "though", "while", "when", "where"]
)
_EN_ADV = frozenset(
    [
        "also",
        "not",
        "never",
        "just",
        "only",
        "still",
        "even",
        "again",
        "later",
        "earlier",
        "yesterday",
        "today",
        "tomorrow",
        "now",
        "then",
        "however",
        "there",
        "here",
        "too",
        "very",
        "already",
        "recently",
    ]
)
_EN_AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
    ]
)
_EN_WH = frozenset(["what", "why", "how", "which", "whom", "whose"])
_QUOTE_CHARS = frozenset("„“”\"»«‚‘’'")


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
    if low in _EN_DET:
        return "DET"
    if low in _EN_POSS:
        return "POSS"
    if low in _EN_PRON:
        return "PRON"
    if low in _EN_ADP:
        return "ADP"
    if low in _EN_CONJ:
        return "CONJ"
    if low in _EN_SCONJ:
        return "SCONJ"
    if low in _EN_WH:
        return "WH"
    if low in _EN_AUX:
        return "VFIN"
    if low in _EN_ADV or low.endswith("ly"):
        return "ADV"
    if word[0].isupper() and not first:
        return "PROPN"
    if word[0].isupper() and first:
        return "PROPN" if word.lower() not in _EN_ADV else "ADV"
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
    stts = _STTS
    marks = _QUOTE_CHARS
    for index, token in enumerate(analysis.tokens):
        sid = token.sentence
        if sid is None or not 0 <= sid < n_sents:
            continue
        sent = sents[sid]
        toks = sent.toks
        text = token.text
        start = token.start
        pos = token.pos
        low = text.lower()
        if german and pos:
            tag = stts.get(pos, "X")
            if text[:1] == "@" and len(text) > 1:
                tag = "PROPN"
        else:
            tag = coarse_en(token, not toks)
            if low in verbs and not (toks and toks[-1].tag in ("DET", "POSS")):
                tag = "VFIN"
        while q_index < n_top and q_end <= start:
            q_index += 1
            if q_index < n_top:
                q_start, q_end = top[q_index].start, top[q_index].end
        quote = index_of[id(top[q_index])] if q_index < n_top and q_start <= start else None
        is_mark = text in marks
        lemma = (token.lemma or text).lower()
        if german and "ß" in lemma and pos in _VERB_TAGS and lemma == low:
            lemma = _modern_lemma(lemma)
        toks.append(
            Tok(
                index,
                len(toks),
                text,
                low,
                "PUNCT" if is_mark else tag,
                pos,
                lemma,
                token.mood,
                start,
                token.end,
                quote,
                is_mark,
            )
        )
    _mark_boundaries(sents)
    if german:
        _mark_zu_infinitives(sents)
    return sents


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
