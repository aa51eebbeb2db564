"""Which body claims support a headline clause: the replaceable part of the headline check.

A :class:`Matcher` indexes an article's candidate claims once (:meth:`Matcher.index`) and then
answers, for any span of the text (a headline or highlight clause), which candidates support
it and how strongly (:meth:`MatchIndex.support`).  :class:`LexicalMatcher` — the default —
compares weighted content keys: entities (from ``analysis.mentions``), lemmas of content words
and *concepts* (paraphrase groups from ``concepts_<lang>.toml``: "im Stich lassen" ~
"zurücklassen"), with predicates weighing most.  A stronger matcher (embeddings, NLI) only has
to implement the same two methods.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Protocol

from newsprobe.claims.clause_keys import (
    CHANGE_WORDS,
    COUNT_SKIP,
    GENERIC_COUNTED,
    PARTICLES,
    no_evidence_that,
    predicative,
    sums,
)
from newsprobe.claims.concepts import concepts
from newsprobe.claims.lexicon import lexicon
from newsprobe.claims.match_keys import (
    Keys,
    closeness,
    merge,
    negation_differs,
    pair,
    pairs_of,
)
from newsprobe.claims.numbers import (
    CHANGE_BEFORE,
    differences,
    quantities,
)
from newsprobe.claims.similarity import fold, stems
from newsprobe.claims.similarity import similar as similar  # re-exported (tests)
from newsprobe.claims.units import Tok, sentence_views
from newsprobe.claims.verbs import ATTEMPT_WORDS, LIGHT_VERBS, english_verb, full_verb
from newsprobe.model import Analysis, Claim, MentionForm, Span

_TAG_WEIGHTS = (
    ("VV", 2.0),
    ("NE", 1.5),
    ("NN", 1.0),
    ("FM", 1.0),
    ("CARD", 1.0),
    ("ADJ", 0.5),
)
_PARTIAL_FORMS = frozenset({MentionForm.COMPOUND, MentionForm.DERIVED})


@dataclass(frozen=True)
class Support:
    """A candidate claim that supports the target, with its score and the shared keys."""

    claim: int
    score: float
    shared: tuple[str, ...] = ()
    #: The score from the candidate's own words (without the lead's topic context).
    direct: float | None = None
    #: The shared keys that are the target's predicates (what the clause says happens).
    predicates: tuple[str, ...] = ()


class MatchIndex(Protocol):
    def support(self, target: Span) -> list[Support]:
        """Candidates supporting ``target`` (best first)."""
        ...


class Matcher(Protocol):
    def index(self, analysis: Analysis, candidates: Sequence[Claim]) -> MatchIndex:
        """Prepare the article's candidate claims for many :meth:`MatchIndex.support` calls."""
        ...


# -- the lexical matcher ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Feature:
    forms: tuple[str, ...]  # folded lemma and surface, and their hyphen parts
    weight: float | None  # None: no content word
    keys: tuple[tuple[str, float], ...]  # content keys it adds (a compound: head and parts)
    predicate: bool
    negation: bool
    breaks: bool  # clause punctuation


_FEATURES: dict[str, dict[tuple[str, str, str | None, bool], _Feature]] = {}
#: Verb prefixes that intensify rather than change the verb, which a concept's entry may carry
#: where the headline's verb has none ("überfluten"; not "zusprechen", "versprechen": other
#: acts than "sprechen"), and the letters the bare verb needs (:meth:`_prefixed_concepts`).
_PREFIXES = ("uber", "durch")
_BASE_MIN = 6
_TAGLESS_MIN = 3
_BREAKS = frozenset({",", ";", ":", "–", "—"})


def _feature(tok: Tok, tagged: bool, stop: frozenset[str], negation: frozenset[str]) -> _Feature:
    lemma, surface = fold(tok.claim_lemma), fold(tok.text)
    forms = {lemma, surface}
    for form in (lemma, surface):
        forms.update(p for p in form.split("-") if p)
    weight: float | None = None
    if tok.is_word:
        if tagged:
            for prefix, w in _TAG_WEIGHTS:
                if tok.pos is not None and tok.pos.startswith(prefix):
                    weight = w
                    break
        elif tok.text[:1].isdigit() or len(tok.low) >= _TAGLESS_MIN:
            weight = 1.0
    if lemma in stop or surface in stop:
        weight = None
    keys: tuple[tuple[str, float], ...] = ()
    if weight is not None:
        # "#", "@" and "~" mark figures, names and concepts: a word such as a hashtag "#0"
        # never takes one of those keys
        parts = [q for p in lemma.split("-") if (q := p.lstrip("#@~"))]
        if not parts:
            weight = None
        elif len(parts) > 1:  # the compound's head, and its modifiers at half weight
            keys = ((parts[-1], weight), *((p, weight / 2) for p in parts[:-1] if p not in stop))
        else:
            keys = ((lemma.lstrip("#@~"), weight),)
    return _Feature(
        forms=tuple(forms),
        weight=weight,
        keys=keys,
        predicate=tagged and tok.pos is not None and tok.pos.startswith("VV"),
        negation=tok.low in negation,
        breaks=tok.low in _BREAKS,
    )


class _LexicalIndex:
    """Built on the first :meth:`support` call: an article without a headline or highlight
    to check (most of a corpus of plain texts) never pays for it."""

    def __init__(
        self, matcher: LexicalMatcher, analysis: Analysis, candidates: Sequence[Claim]
    ) -> None:
        self.matcher = matcher
        self.analysis = analysis
        self._pending: list[Claim] | None = list(candidates)

    def _build(self, candidates: Sequence[Claim]) -> None:
        analysis = self.analysis
        language = analysis.meta.language or "en"
        self.language = language
        self.concepts = concepts(language)
        self.lexicon = lexicon(language)
        self.negation = self.lexicon.word_set("negation")
        self.toks: list[Tok] = [t for view in sentence_views(analysis) for t in view.toks]
        self.toks.sort(key=lambda t: t.start)
        self.starts = [t.start for t in self.toks]
        self.order = {t.index: n for n, t in enumerate(self.toks)}
        self.tagged = any(t.pos is not None for t in self.toks)
        # Entity mentions: token index -> (entity key, partial form?)
        self.entity_of: dict[int, tuple[str, bool]] = {}
        #: entity key -> the folded words of its names (aliases: "Bayern" ~ "FC Bayern München")
        self.entity_words: dict[str, set[str]] = {}
        for m in analysis.mentions:
            key = f"@{m.entity}" if m.entity is not None else f"@{fold(m.text)}"
            self.entity_words.setdefault(key, set()).update(
                w for w in (fold(x) for x in m.text.replace("-", " ").split()) if len(w) > 2
            )
            for tok in self._tokens(m.start, m.end):
                self.entity_of[tok.index] = (key, m.form in _PARTIAL_FORMS or not m.full)
        self.sentence_span = {i: (s.start, s.end) for i, s in enumerate(analysis.sentences)}
        self.features = _FEATURES.setdefault(language, {})
        self.candidates = [(c, self.keys(c.start, c.end, c.sentence).seal()) for c in candidates]
        # The lead (the first sentence of teaser or body) sets the article's topic: a later
        # sentence speaks of it without naming it again ("three still missing" after "a
        # landslide in Italy").
        first = min((c.sentence for c in candidates if c.sentence is not None), default=None)
        self.lead = Keys()
        for c, have in self.candidates:
            if c.sentence == first:
                for key, weight in have.weights.items():
                    self.lead.add(key, weight)
        self.lead.seal()

    def _tokens(self, start: int, end: int) -> list[Tok]:
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.starts, end)
        return [t for t in self.toks[lo:hi] if t.start >= start and t.end <= end]

    def _feature(self, tok: Tok) -> _Feature:
        """What matching needs of a token (cached per word form: words repeat)."""
        key = (tok.text, tok.claim_lemma, tok.pos, self.tagged)
        found = self.features.get(key)
        if found is None:
            found = _feature(tok, self.tagged, self.concepts.stopwords, self.negation)
            if len(self.features) < 200_000:
                self.features[key] = found
        return found

    def keys(self, start: int, end: int, sentence: int | None = None) -> Keys:
        keys = Keys()
        toks = self._tokens(start, end)
        feats = [self._feature(t) for t in toks]
        lemmas: dict[str, list[Tok]] = {}
        for tok, feat in zip(toks, feats, strict=True):
            for form in feat.forms:
                lemmas.setdefault(form, []).append(tok)
            if feat.negation:
                keys.negations.append(self.order[tok.index])
            elif feat.breaks:
                keys.breaks.append(self.order[tok.index])
        keys.negations += [self.order[t.index] for t in no_evidence_that(toks, feats)]
        # "attempted murder", "versuchter Totschlag": the act was not done
        keys.negations += [self.order[t.index] for t in toks if fold(t.low) in ATTEMPT_WORDS]
        consumed: set[int] = set()
        english = (
            {t.index for k, t in enumerate(toks) if english_verb(toks, k, self.concepts.verbs)}
            if not self.tagged and self.concepts.verbs
            else set()
        )
        for n, q in enumerate(quantities(toks, self.language)):
            key = f"#{n}"
            keys.quantities[key] = q
            keys.add(key, 1.0, at=[self.order[toks[k].index] for k in range(q.first, q.last + 1)])
            consumed.update(toks[k].index for k in range(q.first, q.last + 1))
            noun = self._counted(toks, q.last + 1)
            if noun:
                keys.counted[key] = noun
            after = {fold(t.low) for t in toks[q.last + 1 : q.last + 3]}
            before = fold(toks[q.first - 1].low) if q.first > 0 else ""
            if after & CHANGE_WORDS or before in CHANGE_BEFORE:
                keys.changes.add(key)
        if len(keys.quantities) > 1:
            found = list(keys.quantities.values())
            keys.differences = differences(found)
            keys.sums = sums(toks, found)
        read = self._read_concepts(lemmas, english, keys)  # the tokens a concept reads
        consumed |= read
        for tok, feat in zip(toks, feats, strict=True):
            at = [self.order[tok.index]]
            entity = self.entity_of.get(tok.index)
            if entity is not None:
                key, partial = entity
                keys.add(key, 0.75 if partial else 1.5, at=at)
                keys.names[key] = self.entity_words.get(key, set())
                if not partial:
                    continue
            if feat.weight is None:
                continue
            if tok.index in consumed:
                # a figure in a word a concept reads stays a figure ("17-Jähriger": a youth,
                # aged 17, not 16)
                for part, weight in feat.keys if tok.index in read and len(feat.keys) > 1 else ():
                    if part.isdigit():
                        keys.add(part, weight, at=at)
                continue
            speech = self._speech(tok) or tok.index in english
            for part, weight in feat.keys:
                top = weight == feat.weight
                keys.add(
                    part, 2.0 if speech and top else weight, (feat.predicate or speech) and top, at
                )
                if (feat.predicate or speech) and top and part not in LIGHT_VERBS:
                    keys.verbs.add(part)
        if self.tagged:
            predicative(toks, feats, keys)
        if self.tagged and not keys.predicates:
            # no full verb: a predicative adjective says what the clause claims ("… geht es
            # besser", "Brücke marode")
            for tok, feat in zip(toks, feats, strict=True):
                if tok.pos == "ADJD" and feat.keys and feat.keys[0][0] in keys.weights:
                    keys.predicates.add(feat.keys[0][0])
        if sentence is not None and sentence in self.sentence_span:
            # The entities of the whole sentence: a clause's subject often stands in another.
            s_start, s_end = self.sentence_span[sentence]
            for tok in self._tokens(s_start, s_end):
                entity = self.entity_of.get(tok.index)
                if entity is not None and entity[0] not in keys.weights:
                    keys.add(entity[0], 0.0)
                    keys.names[entity[0]] = self.entity_words.get(entity[0], set())
        return keys

    def _read_concepts(
        self, lemmas: dict[str, list[Tok]], english: set[int], keys: Keys
    ) -> set[int]:
        """Add the concepts the clause's words name to ``keys``; the tokens they read.  A
        word that a phrase of several words reads is that phrase's, not its own concept's
        ("lose power" is a power cut, not a loss)."""
        found: list[tuple[str, list[Tok], bool]] = []
        for form in list(lemmas):
            # only a noun is read as a compound whose head may carry the concept
            # ("Frauenklinik" -> "klinik"), not a verb ("abschießen" is no "essen")
            noun = any(t.pos is None or t.pos.startswith("N") for t in lemmas[form])
            # a name is no compound: "Stadtbergen" holds no "bergen" (rescue)
            named = all(t.pos == "NE" or t.index in self.entity_of for t in lemmas[form])
            entries = self.concepts.by_word.get(form, ()) if named else None
            for name, words in entries if entries is not None else self._concepts_of(form, noun):
                if all(w in lemmas or w == form for w in words):
                    used = [t for w in words for t in lemmas.get(w, lemmas[form])]
                    found.append((name, used, len(words) > 1))
        phrases = {t.index for _, used, phrase in found if phrase for t in used}
        read: set[int] = set()
        for name, used, phrase in found:
            if not phrase and all(t.index in phrases for t in used):
                continue
            predicate = name in self.concepts.predicates
            keys.add(
                f"~{name}",
                2.0 if predicate else 1.0,
                predicate,
                [self.order[t.index] for t in used],
            )
            if predicate and any(full_verb(t) or t.index in english for t in used):
                keys.verbs.add(f"~{name}")
            read.update(t.index for t in used)
        return read

    def _speech(self, tok: Tok) -> bool:
        """A verb of saying ("bestätigt", "confirms"): what the clause says someone does."""
        if tok.pos is not None and not tok.pos.startswith("V"):
            return False
        entries = self.lexicon.candidates(tok.low, tok.claim_lemma.lower())
        return any(e.type.name == "speech_verb" and len(e.words) == 1 for e in entries)

    def _counted(self, toks: Sequence[Tok], k: int) -> frozenset[str]:
        """The noun a figure counts ("200 Feuerwehrleute", "hundreds of homes"): its folded
        lemma and concept names; empty where none follows or it is a unit or a generic word."""
        of = False
        while k < len(toks) and fold(toks[k].low) in COUNT_SKIP:
            of = of or toks[k].low == "of"
            k += 1
        if k >= len(toks) or not toks[k].is_word:
            return frozenset()
        tok = toks[k]
        if self.tagged and not (tok.pos or "").startswith("N"):
            return frozenset()
        if not self.tagged and not (of or (tok.low.endswith("s") and len(tok.low) > 4)):
            return frozenset()  # untagged: a plural noun or "… of X", not a verb
        if fold(tok.low) in self.concepts.stopwords:
            return frozenset()
        lemma, surface = fold(tok.claim_lemma), fold(tok.low)
        if lemma in GENERIC_COUNTED or surface in GENERIC_COUNTED:
            return frozenset()
        # and their stems: a dative plural ("mit 300 Einsatzkräften") is the entry's noun
        forms = {lemma, surface, *stems(surface), *stems(lemma)}
        names = {f"~{name}" for form in forms for name, _ in self._concepts_of(form)}
        return frozenset({lemma, *names})

    def _concepts_of(
        self, form: str, compound: bool = True
    ) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Concept entries containing ``form`` — or, for a compound (``compound``: the form is
        a noun's), its head ("frauenklinik" -> "klinik")."""
        cache = self.concepts.cache
        key = form if compound else f"\x00{form}"
        found = cache.get(key)
        if found is None:
            found = self._find_concepts(form) if compound else self._verb_concepts(form)
            if len(cache) < 200_000:
                cache[key] = found
        return found

    def _verb_concepts(self, form: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """A verb's concepts: its own, or those of the verb without its separable particle."""
        found = self.concepts.by_word.get(form)
        if found:
            return found
        for particle in PARTICLES:
            if form.startswith(particle) and len(form) - len(particle) >= 4:
                rest = self.concepts.by_word.get(form[len(particle) :])
                if rest:
                    return tuple((name, (form,)) for name, words in rest if len(words) == 1)
        return self._prefixed_concepts(form)

    def _prefixed_concepts(self, form: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The concept of a verb that only its prefixed form names ("fluten" ~ "überfluten"):
        one concept alone among its prefixed forms, for a full verb of 6+ letters."""
        if len(form) < _BASE_MIN or form in LIGHT_VERBS:
            return ()
        names = {
            name
            for prefix in _PREFIXES
            for name, words in self.concepts.by_word.get(prefix + form, ())
            if len(words) == 1
        }
        if len(names) != 1:
            return ()  # none, or prefixes of different senses ("abbrechen", "einbrechen")
        return ((names.pop(), (form,)),)

    def _find_concepts(self, form: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        found = self.concepts.by_word.get(form)
        if found:
            return found
        for cut in range(3, len(form) - 4):
            head = self.concepts.by_word.get(form[cut:])
            if head:
                return tuple((name, (form,)) for name, words in head if len(words) == 1)
        return ()

    def _ready(self) -> None:
        """Build the candidates' keys (once, on the first call that needs them)."""
        if self._pending is not None:
            candidates, self._pending = self._pending, None
            self._build(candidates)

    def relaxed(self, matcher: LexicalMatcher) -> _LexicalIndex:
        """The same index judged by ``matcher``'s thresholds: shares the candidates' keys
        (built once, on the first :meth:`support` call of either)."""
        self._ready()
        other = copy(self)
        other.matcher = matcher
        return other

    def support(self, target: Span) -> list[Support]:
        self._ready()
        wanted = self.keys(target.start, target.end)
        total = wanted.total()
        if total <= 0:
            return []
        found: list[Support] = []
        for claim, have in self.candidates:
            if claim.start < target.end and target.start < claim.end:
                continue  # never itself
            support = self._score(wanted, total, have, claim.id)
            if support is not None:
                found.append(support)
        if not found:
            found = self._pairs(target, wanted, total)
        found.sort(key=lambda s: (-s.score, -(s.direct or 0.0), s.claim))
        return found

    def negation_differs(self, target: Span, claim: int) -> bool:
        """Whether ``claim`` and ``target`` disagree on negation at a shared predicate
        (:func:`negation_differs`; False where ``claim`` is no candidate)."""
        self._ready()
        wanted = self.keys(target.start, target.end)
        for candidate, have in self.candidates:
            if candidate.id == claim:
                pairs = pairs_of(wanted, have)
                return negation_differs(wanted, have, pairs)
        return False

    def _score(self, wanted: Keys, total: float, have: Keys, claim: int) -> Support | None:
        pairs = pairs_of(wanted, have)
        score = sum(wanted.weights[k] * closeness(k, m) for k, m in pairs.items()) / total
        context = sum(
            wanted.weights[k]
            for k in wanted.weights
            if k not in pairs and k[:1] != "#" and self.lead.match(k) is not None
        )
        direct = score
        score += self.matcher.context * context / total
        # a name only the lead gives: the sentence speaks of it by a description ("Unfall auf
        # der A7 …" … "Die Autobahn war gesperrt") — not where it names someone else of its
        # own ("… wird der frühere Coach Till Brandt gehandelt")
        others = any(
            k[:1] == "@" and w > 0 and k not in pairs.values() for k, w in have.weights.items()
        )
        named = (
            0
            if others
            else sum(
                1 for k in wanted.weights if k[:1] == "@" and k not in pairs and self.lead.match(k)
            )
        )
        if not self.matcher.supports(wanted, have, pairs, score, named):
            return None
        predicates = tuple(k for k in pairs if k in wanted.predicates)
        return Support(claim, round(min(score, 1.0), 3), tuple(pairs), round(direct, 3), predicates)

    def _pairs(self, target: Span, wanted: Keys, total: float) -> list[Support]:
        """Two neighbouring sentences that back the target together (each with part of it):
        "Kilometerlanger Stau, Pendler warten" over "… stauten sich …" + "Pendler …"; or the
        two halves of a main clause around a clause of its own ("Der Bürgermeister, der
        angeblich Schulden hat, ist zurückgetreten": the relative clause is a claim of its own,
        and its hedge hedges neither half)."""
        found: list[Support] = []
        for (a, ka), (b, kb) in _neighbours(self.candidates):
            if a.sentence is None or b.sentence is None or b.sentence - a.sentence > 1:
                continue
            if any(c.start < target.end and target.start < c.end for c in (a, b)):
                continue
            one = self._score(wanted, total, ka, a.id)
            two = self._score(wanted, total, kb, b.id)
            if one is not None or two is not None:
                continue
            merged = merge(ka, kb)
            support = self._score(wanted, total, merged, a.id)
            if support is None:
                continue
            own_a = {k for k in support.shared if pair(k, wanted, ka) is not None}
            own_b = {k for k in support.shared if pair(k, wanted, kb) is not None}
            if own_a - own_b and own_b - own_a:  # each adds something of its own
                # each side keeps the predicates its own words carry
                preds = set(support.predicates)
                found.append(replace(support, predicates=tuple(sorted(own_a & preds))))
                found.append(
                    Support(
                        b.id, support.score, support.shared, predicates=tuple(sorted(own_b & preds))
                    )
                )
        return found[:2]


def _neighbours(
    candidates: Sequence[tuple[Claim, Keys]],
) -> list[tuple[tuple[Claim, Keys], tuple[Claim, Keys]]]:
    """Each candidate with the next one, and with the one after that where all three are
    clauses of one sentence (a main clause split by the clause embedded in it)."""
    found = list(pairwise(candidates))
    for a, mid, b in zip(candidates, candidates[1:], candidates[2:], strict=False):
        if a[0].sentence is not None and a[0].sentence == mid[0].sentence == b[0].sentence:
            found.append((a, b))
    return found


#: The lexical index (the loose match of the headline check reuses its keys).
RelaxableIndex = _LexicalIndex


def contradicts(index: MatchIndex, target: Span, claim: int) -> bool:
    """Whether the body claim ``claim`` negates the predicate it shares with ``target`` (or
    ``target`` negates it and the claim does not), by the lexical index's keys: such a claim
    never backs the target, whatever else it shares.  False for other matchers' indexes."""
    if not isinstance(index, _LexicalIndex):
        return False
    return index.negation_differs(target, claim)


class LexicalMatcher:
    """Weighted overlap of entities, content lemmas and concepts (see module doc).

    A candidate supports the target when the shared keys carry at least ``threshold`` of the
    target's weight; a predicate is among them where the target has one (or, failing that,
    at least ``arguments`` other keys and ``argument_threshold`` of the weight are shared); at
    least two keys are shared (one, for a target of one or two keys); one of the target's
    figures at least, where it has any; and both agree on
    negation — at the shared predicate, so that "nicht namentlich genannt" elsewhere in the
    sentence does not count, while "Kein Soldat wird zurückgelassen" does.
    """

    def __init__(
        self,
        threshold: float = 0.5,
        arguments: int = 3,
        argument_threshold: float = 0.55,
        context: float = 0.5,
        shared: int = 2,
        verb_threshold: float = 0.75,
    ) -> None:
        self.verb_threshold = verb_threshold  # score a clause whose verb is unmatched needs
        self.shared = shared  # keys that must be shared (one, for a target of one or two)
        self.context = context  # share of a key's weight counted where only the lead has it
        self.threshold = threshold
        self.arguments = arguments
        self.argument_threshold = argument_threshold

    def index(self, analysis: Analysis, candidates: Sequence[Claim]) -> MatchIndex:
        return _LexicalIndex(self, analysis, candidates)

    def supports(
        self, wanted: Keys, have: Keys, pairs: dict[str, str], score: float, named: int = 0
    ) -> bool:
        """Whether ``have`` backs ``wanted`` (see the class doc); ``named``: the target's names
        that only the lead gives, counted among the shared keys where the target's verb is
        shared."""
        if score < self.threshold:
            return False
        predicates = [k for k in pairs if k in wanted.predicates]
        if (
            predicates
            and wanted.verbs
            and not wanted.verbs & pairs.keys()
            and score < self.verb_threshold
        ):
            # the clause's verb says something else of the same things ("Räuber gesteht
            # Überfall" over "soll … überfallen haben"): its verbal nouns alone do not back it
            return False
        if predicates:
            if negation_differs(wanted, have, pairs):
                return False
        elif wanted.predicates:
            if len(pairs) < self.arguments or score < self.argument_threshold:
                return False
            if wanted.negated != have.negated:
                return False
        elif wanted.negated != have.negated:
            return False
        numbers = [k for k in wanted.weights if k[:1].isdigit() or k[:1] == "#"]
        if numbers and not any(k in pairs for k in numbers):
            return False  # "2,100 dockworkers" is not backed by a sentence without the figure
        keys = len([k for k, w in wanted.weights.items() if w > 0])
        if not wanted.verbs & pairs.keys():
            named = 0
        return len(pairs) + named >= (self.shared if keys >= 3 else 1)
