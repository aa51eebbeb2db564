"""A light view of the analysis for the attribution rules: sentences of tokens with coarse
word classes (from STTS for German, from word lists and capitals for English, whose words of
saying HanTa's English model tags where it matters: ``language.pos_en``) and the quote each
token stands in.

The claims component reads the same token objects (:func:`claims_sentences`): one pass over
the tokens per article serves both layers.  Each :class:`Tok` carries the fields of both; the
claims fields (``pos``, ``claim_lemma``, ``token_mood``, ``is_word``, ``quoted``) are the
token's own values, which the attribution rules never change."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from operator import attrgetter
from typing import Any

from newsprobe.attribution.lexicon import CueLexicon, cue_verb_lemmas
from newsprobe.attribution.marks import QUOTE_MARKS, Quote
from newsprobe.attribution.tag_repairs import repair_german
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

_FINITE = ("VVFIN", "VAFIN", "VMFIN")
_ALNUM = re.compile(r"[^\W_]")
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
    # -- what the claims rules read (see the module doc) --
    pos: str | None = None  # the STTS tag (as ``stts``)
    #: The lemma, lower-cased (the surface where none); the claims view joins separated
    #: particles to finite verbs ("wirft … vor" -> "vorwerfen").
    claim_lemma: str = ""
    token_mood: str | None = None  # the token's mood, as tagged
    is_word: bool = True  # holds a letter or digit
    quoted: bool = False  # inside outer quotation marks (the claims view sets it)
    #: English cue words: whether HanTa reads the word as a verb in its place (None: not
    #: asked, or HanTa knows no verb reading of the form; see ``language.pos_en``).
    verb_reading: bool | None = None

    @property
    def is_finite(self) -> bool:
        return self.pos in _FINITE

    def is_verb(self, language: str) -> bool:
        """A verb token; without tags (German) a lower-case word ending like a verb form."""
        if self.pos is not None:
            return self.pos.startswith("V")
        if language != "de" or not self.text[:1].islower():
            return False
        return self.low in ("haben", "sein", "worden", "werden") or self.low.endswith(
            ("en", "ern", "eln", "t")
        )


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


#: Modal infinitives the tagger reads as finite after "zu" ("zu wollen").
_MODAL_INFINITIVES = frozenset(["wollen", "können", "müssen", "dürfen", "sollen", "werden"])


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
    if low in adverbs or (low.endswith("ly") and _ly_adverb(word, first)):
        return "ADV"
    if word[0].isupper() and not first:
        return "PROPN"
    if word[0].isupper() and first:
        return "PROPN" if low not in adverbs else "ADV"
    if low.endswith(("ed", "ing")):
        return "VPP"
    return "NOUN"


def _ly_adverb(word: str, first: bool) -> bool:
    """A word in -ly is an adverb when written lower-case; capitalised inside a sentence, a
    name ("Italy", "Kelly"); opening the sentence, an adverb ("Finally", "Recently") unless
    HanTa reads the capitalised form as a name first ("McNally said")."""
    if word.islower():
        return True
    if not first:
        return False
    from newsprobe.language.pos_en import readings

    return readings(word, False)[0] != "NNP"


_VERB_TAGS = frozenset({"VVFIN", "VVPP", "VVINF", "VVIZU", "VAFIN", "VMFIN"})


@lru_cache(maxsize=2048)
def _modern_lemma(word: str) -> str:
    """The lemma of a German verb left unlemmatised in the old spelling with ß after a short
    vowel ("wußte", "gewußt"): that of its current spelling ("wissen").  Asked through the
    ``pos`` layer's lemmatizer, so that its dictionary, loaded already, is not loaded twice."""
    from newsprobe.language.pos import lemma

    return str(lemma(word.replace("ß", "ss"), "de")).lower()


#: (surface, STTS tag, lemma) of a German token -> what :func:`_german_form` makes of it.
_GERMAN_FORMS: dict[tuple[str, str, str | None], tuple[str, str, str, bool, str, bool, bool]] = {}
_GERMAN_FORMS_SIZE = 200_000
#: Surface -> whether it holds a letter or digit (tokens without a German tag).
_IS_WORD: dict[str, bool] = {}
_IS_WORD_SIZE = 200_000


def is_word(text: str) -> bool:
    """Whether ``text`` holds a letter or digit."""
    return text.isalnum() or _ALNUM.search(text) is not None


def _german_form(
    text: str, pos: str, lemma: str | None
) -> tuple[str, str, str, bool, str, bool, bool]:
    """``(lower-cased, coarse class, lemma, is a quotation mark, claims lemma, is a word,
    has an infixed "zu")`` of a tagged German token."""
    low = text.lower()
    tag = _STTS.get(pos, "X")
    if text[:1] == "@" and len(text) > 1:
        tag = "PROPN"
    elif (
        "." in text and tag in ("ADJD", "ADJ", "ADV", "X", "NOUN") and _DOTTED_NAME.fullmatch(text)
    ):
        tag = "PROPN"  # "ver.di", "t-online.de", "ZDNet.com"
    is_mark = text in QUOTE_MARKS
    claim_lemma = form_lemma = (lemma or text).lower()
    if "ß" in form_lemma and pos in _VERB_TAGS and form_lemma == low:
        form_lemma = _modern_lemma(form_lemma)
    # "auszuschreiben" of "ausschreiben": an infixed zu-infinitive (see build)
    infix = "zu" in low and low.replace("zu", "", 1) == form_lemma
    tag = "PUNCT" if is_mark else tag
    return low, tag, form_lemma, is_mark, claim_lemma, is_word(text), infix


#: Scratch key of the sentences :func:`build` made for the quotes component, kept for the
#: claims component (:func:`claims_sentences`).
SCRATCH = "attribution.sents"


def _scratch_key(analysis: Analysis) -> tuple[int, int, int]:
    return len(analysis.text), len(analysis.sentences), len(analysis.tokens)


def keep_for_claims(analysis: Analysis, sents: list[Sent]) -> None:
    """Leave the sentences of this run for :func:`claims_sentences`."""
    analysis._scratch[SCRATCH] = (_scratch_key(analysis), sents)


def sentences_of(analysis: Analysis) -> tuple[CueLexicon, list[Quote], list[Sent]]:
    """The cue lexicon of the article's language, its quotes and its sentences."""
    from newsprobe.attribution.lexicon import cues
    from newsprobe.attribution.marks import find_quotes

    text = analysis.text
    lex = cues(analysis.meta.language or "de")
    paragraphs = [(b.start, b.end) for b in analysis.blocks] or [(0, len(text))]
    quotes = find_quotes(text, paragraphs)
    verbs = lex.speech | lex.cognition if lex.lang != "de" else frozenset()
    return lex, quotes, build(analysis, quotes, lex.lang, verbs)


_STARTS = "attribution.token_starts"
_SENTENCE_STARTS = "attribution.sentence_starts"
_MENTION_STARTS = "attribution.mention_starts"


def _starts(analysis: Analysis, key: str, spans: Sequence[Any]) -> list[int]:
    """The start offsets of ``spans``, worked out once per run and kept under ``key`` (again
    when the layer's length changed)."""
    cached = analysis._scratch.get(key)
    if cached is not None and len(cached) == len(spans):
        return cached  # type: ignore[no-any-return]
    starts = analysis._scratch[key] = list(map(attrgetter("start"), spans))
    return starts


def token_starts(analysis: Analysis) -> list[int]:
    """The start offsets of ``analysis.tokens`` (worked out once per run; the quotes and
    sources components both look tokens up by offset)."""
    return _starts(analysis, _STARTS, analysis.tokens)


def sentence_starts(analysis: Analysis) -> list[int]:
    """The start offsets of ``analysis.sentences`` (once per run, as :func:`token_starts`)."""
    return _starts(analysis, _SENTENCE_STARTS, analysis.sentences)


def mention_starts(analysis: Analysis) -> list[int]:
    """The start offsets of ``analysis.mentions`` (once per run, as :func:`token_starts`)."""
    return _starts(analysis, _MENTION_STARTS, analysis.mentions)


def claims_sentences(analysis: Analysis) -> list[Sent]:
    """The sentences for the claims view: those the quotes component built in this run
    (taken, so that no later call sees them again), else built afresh.  The claims fields
    of their tokens are the same either way; ``quoted`` and ``claim_lemma`` are the claims
    view's to fill."""
    cached = analysis._scratch.pop(SCRATCH, None)
    if cached is not None and cached[0] == _scratch_key(analysis):
        return cached[1]  # type: ignore[no-any-return]
    return sentences_of(analysis)[2]


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
    german = lang == "de"
    marks = QUOTE_MARKS
    forms = _GERMAN_FORMS
    words = _IS_WORD
    flat: list[Tok] = []  # every token kept, in order
    with_infinitive: set[int] = set()  # sentences with a token tagged as an infinitive
    keep = flat.append
    for index, token in enumerate(analysis.tokens):
        fields = token.__dict__  # the token's field values, read without attribute lookups
        sid = fields["sentence"]
        if sid is None or not 0 <= sid < n_sents:
            continue
        toks = sents[sid].toks
        text = fields["text"]
        pos = fields["pos"]
        if german and pos:
            # what a tagged German token's form makes, worked out once per form
            key = (text, pos, fields["lemma"])
            form = forms.get(key)
            if form is None:
                if len(forms) >= _GERMAN_FORMS_SIZE:
                    forms.clear()
                form = forms[key] = _german_form(text, pos, fields["lemma"])
            low, tag, lemma, is_mark, claim_lemma, word, infix = form
        else:
            low = text.lower()
            tag = coarse_en(token, not toks)
            reading = None
            if tag == "VPP" and toks and toks[-1].text == "-" and toks[-1].end == fields["start"]:
                tag = "ADJ"  # "London-based", "state-owned": a compound adjective
            if low in verbs:
                reading = _english_verb(analysis.tokens, index, toks, sid)
                if reading is False:
                    tag = "NOUN" if tag == "VPP" else tag  # "her white pointed pumps"
            if reading is not False and low in verbs and not (toks and toks[-1].tag in _DETS):
                # a capitalised form inside a sentence is a name's part ("United States",
                # "Islamic State"), not the verb
                if not (toks and text[:1].isupper()):
                    tag = "VFIN"
            elif low == "that" and toks and any(t.tag == "VFIN" for t in toks[-5:]):
                tag = "SCONJ"  # "said (on Tuesday) that …": the content clause, no determiner
            is_mark = text in marks
            if is_mark:
                tag = "PUNCT"
            claim_lemma = lemma = (fields["lemma"] or text).lower()
            word = words.get(text)
            if word is None:
                if len(words) >= _IS_WORD_SIZE:
                    words.clear()
                word = words[text] = is_word(text)
            infix = "zu" in low and low.replace("zu", "", 1) == lemma
        zu_inf = False
        if (
            german
            and tag == "VFIN"
            and toks
            and toks[-1].low == "zu"
            and toks[-1].tag == "PART"
            and low in _MODAL_INFINITIVES
        ):
            # "mitwirken zu wollen": after the particle "zu" a modal is no finite verb.
            # ("zu haben"/"zu sein" wait for the claims layer: an attributed "… verschwendet
            # zu haben" hides the accusation its stance check reads.)
            tag = "VINF"
        elif german and tag == "VFIN" and infix and low.endswith("n"):
            tag = "VINF"  # "voranzutreiben" read as finite: an infixed zu-infinitive never is
        elif (
            german
            and tag in ("ADJ", "ADV")
            and toks
            and toks[-1].stts == "PTKZU"
            and text[:1].islower()
            and low.endswith("n")
        ):
            tag = "VINF"  # "zu beteiligen" read as an adjective: after "zu" an infinitive
        if tag == "VINF":
            # Zu-infinitives, whether the tagger says VVIZU or VVINF: "zu" before an
            # infinitive, or an infinitive with "zu" after its particle ("auszuschreiben").
            zu_inf = german and (pos == "VVIZU" or infix or (bool(toks) and toks[-1].low == "zu"))
            with_infinitive.add(sid)
        mood = fields["mood"]
        tok = Tok(
            index,
            len(toks),
            text,
            low,
            tag,
            pos,
            lemma,
            mood,
            fields["start"],
            fields["end"],
            None,
            is_mark,
            is_mark,  # a mark outside quotes delimits a clause (see _mark_boundaries)
            zu_inf,
            pos,
            claim_lemma,
            mood,
            word,
        )
        if not german:
            tok.verb_reading = reading
        if (
            german
            and tag in ("NOUN", "PROPN", "ADJ")
            and toks
            and toks[-1].low == "sein"
            and toks[-1].tag == "VINF"
            and (len(toks) < 2 or toks[-2].low != "zu")
        ):
            toks[-1].tag = "POSS"  # "Wie sein Anwalt mitteilte": the tagger's infinitive
        toks.append(tok)
        keep(tok)
    _mark_boundaries(_mark_quotes(flat, quotes))
    if german:
        # (only a clause with an infinitive has one to make finite)
        _finite_plurals([sents[sid] for sid in sorted(with_infinitive)])
        repair_german(flat, cue_verb_lemmas())
    return sents


_DETS = ("DET", "POSS")


def _english_verb(tokens: Sequence[Token], index: int, left: list[Tok], sid: int) -> bool | None:
    """Whether the English cue word ``tokens[index]`` stands as a verb in its sentence (HanTa,
    :func:`newsprobe.language.pos_en.verb_reading`, over the words around it); ``left`` are
    the sentence's tokens before it."""
    from newsprobe.language.pos_en import WINDOW, verb_reading

    before = [t.text for t in left[-WINDOW:]]
    after: list[str] = []
    for k in range(index + 1, min(len(tokens), index + 1 + WINDOW)):
        if tokens[k].sentence != sid:
            break
        after.append(tokens[k].text)
    return verb_reading([*before, tokens[index].text, *after], len(before))


def _mark_quotes(toks: list[Tok], quotes: list[Quote]) -> list[Tok]:
    """Give every token the index of the outermost quote holding it; the tokens so marked.

    A token belongs to the first outermost quote (in order) that ends after its start, if
    that quote starts at or before it.  With the running maximum of the quotes' ends, the
    tokens of quote ``j`` are those starting in ``[max(start_j, reach_j-1), reach_j)``."""
    top = [(k, q) for k, q in enumerate(quotes) if q.depth == 0]
    if not top or not toks:
        return []
    starts = [t.start for t in toks]
    if starts != sorted(starts):  # tokens out of order: walk them one by one
        return _mark_quotes_walk(toks, [q for _, q in top], [k for k, _ in top])
    marked: list[Tok] = []
    reach = -1
    for k, q in top:
        lo = max(q.start, reach)
        if q.end > reach:
            reach = q.end
        if lo >= reach:
            continue
        for n in range(bisect_left(starts, lo), bisect_left(starts, reach)):
            toks[n].quote = k
            marked.append(toks[n])
    return marked


def _mark_quotes_walk(toks: list[Tok], top: list[Quote], index: list[int]) -> list[Tok]:
    marked: list[Tok] = []
    q_index, n_top = 0, len(top)
    q_start, q_end = top[0].start, top[0].end
    for tok in toks:
        start = tok.start
        while q_index < n_top and q_end <= start:
            q_index += 1
            if q_index < n_top:
                q_start, q_end = top[q_index].start, top[q_index].end
        if q_index < n_top and q_start <= start:
            tok.quote = index[q_index]
            marked.append(tok)
    return marked


_CLAUSE_MARKS = frozenset(",;:()–—")


def _finite_plurals(sents: list[Sent]) -> None:
    """A clause without a finite verb whose only verb the tagger read as an infinitive
    ("Sie gehen davon aus", "dass die Preise steigen", "Experten warnen"): the plural
    present and the infinitive are the same form, and a clause needs a finite verb.  The
    first such infinitive that no "zu", modal or auxiliary governs becomes finite."""
    for sent in sents:
        # one walk over the clauses (the stretches between clause marks)
        first = 0  # the clause's first token
        finite = False  # a finite verb or participle in it
        verbs = 0  # unquoted infinitives in it
        verb: Tok | None = None
        for tok in sent.toks:
            tag = tok.tag
            if not (tok.boundary or (tag == "PUNCT" and tok.text in _CLAUSE_MARKS)):
                if tag == "VFIN" or tag == "VPP":
                    finite = True
                elif tag == "VINF" and tok.quote is None:
                    verbs += 1
                    verb = tok
                continue
            if not finite and verbs == 1 and verb is not None:
                _make_finite(verb, first)
            first, finite, verbs = tok.i + 1, False, 0
        if not finite and verbs == 1 and verb is not None:
            _make_finite(verb, first)


def _make_finite(verb: Tok, first: int) -> None:
    """The clause's one infinitive (its clause starting at token ``first``) as finite."""
    if verb.zu_inf or verb.stts != "VVINF" or verb.i == first:
        return
    if verb.low.endswith(("en", "rn", "ln")):
        verb.tag, verb.mood = "VFIN", "ind"


def _mark_boundaries(quoted: list[Tok]) -> None:
    """Quotation marks delimit clauses unless they enclose a fragment (fewer than four
    words and no finite verb: „Einmannpackungen“, „aus der Zeitung“).  Marks outside
    quotes are boundaries from the start; ``quoted`` are the tokens inside quotes."""
    inner: dict[int, list[Tok]] = {}
    for tok in quoted:
        if not tok.is_mark:
            inner.setdefault(tok.quote, []).append(tok)  # type: ignore[arg-type]
    fragment = {
        q: sum(1 for t in toks if t.tag != "PUNCT") < 4 and not any(t.tag == "VFIN" for t in toks)
        for q, toks in inner.items()
    }
    for tok in quoted:
        if tok.is_mark:
            tok.boundary = not fragment.get(tok.quote, True)  # type: ignore[arg-type]
