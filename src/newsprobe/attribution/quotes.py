"""The ``quotes`` component: every statement the article attributes to someone.

Cue rules run sentence by sentence (:mod:`newsprobe.attribution.cues`); then quotes without
a cue of their own are attached (a list of quotes under an introducing sentence ending in a
colon, a quote that carries on the previous attribution, a quote followed by "Das sagte X",
a quoted subheading that repeats a quote of the body); then Konjunktiv-I sentences that
continue an attribution without a new cue; then speakers are linked to entity clusters and
pronouns to their antecedents.  The result is ``analysis.attributions``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsprobe.attribution.clauses import SOURCE_ONLY_VERBS
from newsprobe.attribution.colon_quotes import colon_frame, framed_after_colon
from newsprobe.attribution.continuations import continuation_statements, main_verb
from newsprobe.attribution.cues import Context, SentenceRules, content_end
from newsprobe.attribution.danach import danach_statements
from newsprobe.attribution.found import Found, said_by
from newsprobe.attribution.irrealis import drop_hypothetical, hypothetical_sentences
from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.marks import Quote
from newsprobe.attribution.nested_reports import drop_nested_reports
from newsprobe.attribution.phrases import head_of, np_right
from newsprobe.attribution.resolve import Linker, antecedent
from newsprobe.attribution.subjects import fill_subjects
from newsprobe.attribution.view import Sent, Tok, keep_for_claims, sentences_of, token_starts
from newsprobe.model import (
    Analysis,
    Attribution,
    AttributionKind,
    BlockKind,
    Cue,
    EntityType,
    Span,
)
from newsprobe.options import Options

#: Scratch key: attribution id -> resolved antecedent span of an anaphoric speaker.
ANTECEDENTS = "attribution.antecedents"
_QUOTE_BLOCKS = frozenset(
    {BlockKind.LIST_ITEM, BlockKind.HIGHLIGHT, BlockKind.QUOTE_BLOCK, BlockKind.PARAGRAPH}
)
_BODY_BLOCKS = frozenset(
    {
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.QUOTE_BLOCK,
        BlockKind.HIGHLIGHT,
        BlockKind.TEASER,
    }
)
_WORD = re.compile(r"\w+")


class QuotesComponent:
    name = "quotes"

    requires: tuple[str, ...] = ("entities",)

    def __call__(self, analysis: Analysis, options: Options) -> None:
        analysis.attributions = []
        if not analysis.text.strip() or not analysis.sentences or not analysis.tokens:
            return
        attributions, antecedents = find_attributions(analysis)
        analysis.attributions = attributions
        analysis._scratch[ANTECEDENTS] = antecedents


def surnames(analysis: Analysis) -> frozenset[str]:
    """The last words of the people named with at least two words ("Florian Bieber")."""
    out = set()
    for m in analysis.mentions:
        words = m.text.split()
        if m.type == EntityType.PER and len(words) >= 2 and words[-1][:1].isupper():
            out.add(words[-1])
    return frozenset(out)


def find_attributions(analysis: Analysis) -> tuple[list[Attribution], dict[int, tuple[int, int]]]:
    """The attributions of ``analysis`` and the antecedents of anaphoric speakers."""
    text = analysis.text
    lex, quotes, sents = sentences_of(analysis)
    keep_for_claims(analysis, sents)
    rules = SentenceRules(Context(text, quotes, lex, surnames(analysis)))
    founds: list[Found] = []
    for sent in sents:
        founds.extend(rules.find(sent))
    founds = _dedupe(founds)
    kinds = {b.id: b.kind for b in analysis.blocks}
    founds = _attach_quotes(founds, quotes, sents, rules, text, kinds)
    founds = _colon_statements(founds, sents, rules, kinds)
    founds = _colon_speakers(founds, sents, rules)
    founds = _said_before(founds, sents, rules, kinds)
    founds = danach_statements(founds, sents, rules)
    hypothetical = hypothetical_sentences(sents, main_verb, founds)
    founds = drop_hypothetical(founds, sents, hypothetical)
    founds = continuation_statements(founds, sents, kinds, rules, hypothetical)
    founds = drop_nested_reports(founds, sents, text)
    fill_subjects(founds, sents, lex)
    founds.sort(key=lambda f: (f.start, f.end))
    _resolve(founds, analysis, sents, lex)
    starts = [s.start for s in analysis.sentences]
    out: list[Attribution] = []
    index_of = {id(f): i for i, f in enumerate(founds)}
    antecedents: dict[int, tuple[int, int]] = {}
    tokens = analysis.tokens
    starts_of_tokens = token_starts(analysis)
    for i, f in enumerate(founds):
        first = max(0, bisect_right(starts, f.start) - 1)
        last = max(0, bisect_left(starts, f.end) - 1)
        sentence_ids = sorted(set(range(first, last + 1)) | f.sentences)
        mood = f.mood or _mood(tokens, starts_of_tokens, f.message)
        cue = None
        if f.cue is not None:
            cue = Cue.of(text, f.cue[0], f.cue[1], type=f.cue[2], lemma=f.cue[3])
        speakers = [Span.of(text, s, e) for s, e in f.speakers]
        continues = index_of.get(id(f.parent)) if f.parent is not None else None
        out.append(
            Attribution.of(
                text,
                f.start,
                f.end,
                id=i,
                kind=_kind(f.kind, cue),
                cue=cue,
                speakers=speakers,
                message=Span.of(text, *f.message),
                speaker_entity=f.entity,
                mood=mood,
                continues=continues,
                sentences=sentence_ids,
                confidence=f.confidence,
            )
        )
        if f.antecedent is not None:
            antecedents[i] = f.antecedent
    return out, antecedents


def _mood(tokens, token_starts: list[int], span: tuple[int, int]) -> str | None:
    k = bisect_left(token_starts, span[0])
    while k < len(tokens) and tokens[k].start < span[1]:
        if tokens[k].mood and tokens[k].pos in ("VVFIN", "VAFIN", "VMFIN"):
            return tokens[k].mood
        k += 1
    return None


def _dedupe(founds: list[Found]) -> list[Found]:
    """One record per message: the same quote or span found by two rules keeps the one
    with a speaker and the higher confidence."""
    best: dict[tuple[int, int], Found] = {}
    order: list[tuple[int, int]] = []
    for f in founds:
        key = f.message
        other = best.get(key)
        if other is None:
            best[key] = f
            order.append(key)
            continue
        if (bool(f.speakers), f.confidence) > (bool(other.speakers), other.confidence):
            best[key] = f
    kept = [best[k] for k in order]
    # A cue without a speaker inside another attribution's message is part of that message.
    inside = _covered_cues(kept)
    return [f for n, f in enumerate(kept) if f.speakers or f.cue is None or n not in inside]


def _covered_cues(kept: list[Found]) -> set[int]:
    """Indices of the statements whose cue lies inside another statement's message, found
    with the messages sorted by start and the two largest ends so far (a pairwise test was
    quadratic in the number of statements, which a long text has thousands of)."""
    by_start = sorted(range(len(kept)), key=lambda n: kept[n].message[0])
    starts = [kept[n].message[0] for n in by_start]
    # after the first k messages: (largest end, its index), second largest end
    tops: list[tuple[int, int, int]] = []
    best, owner, second = -1, -1, -1
    for n in by_start:
        end = kept[n].message[1]
        if end > best:
            best, owner, second = end, n, best
        elif end > second:
            second = end
        tops.append((best, owner, second))
    out: set[int] = set()
    for n, f in enumerate(kept):
        if f.cue is None or f.speakers:
            continue
        k = bisect_right(starts, f.cue[0])
        if k == 0:
            continue
        best, owner, second = tops[k - 1]
        if (best if owner != n else second) >= f.cue[1]:
            out.add(n)
    return out


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _attach_quotes(
    founds: list[Found],
    quotes: list[Quote],
    sents: list[Sent],
    rules: SentenceRules,
    text: str,
    kinds: dict,
) -> list[Found]:
    """Direct quotes that no cue governs: lists under a colon, quotes carrying on the last
    attribution, "„…“ Das sagte X.", quoted subheadings repeating a body quote."""
    used: set[int] = {f.quote for f in founds if f.quote is not None}
    covered = [f.message for f in founds]
    by_sentence: dict[int, list[Found]] = {}
    for f in founds:
        by_sentence.setdefault(f.sentence, []).append(f)
    sent_starts = [s.start for s in sents]
    new: list[Found] = []
    pending_repeats: list[tuple[int, Quote]] = []
    for qid, q in enumerate(quotes):
        if q.depth != 0 or qid in used:
            continue
        if any(s <= q.start and q.end <= e for s, e in covered):
            continue
        first = max(0, bisect_right(sent_starts, q.start) - 1)
        last = max(0, bisect_left(sent_starts, q.end) - 1)
        inside = [t for s in sents[first : last + 1] for t in s.toks if t.quote == qid]
        words = [t for t in inside if t.tag != "PUNCT"]
        outside = [
            t
            for s in sents[first : last + 1]
            for t in s.toks
            if t.quote is None
            and t.tag not in ("PUNCT", "CONJ", "ADV")
            and not (q.start <= t.start < q.end)
        ]
        has_verb = any(t.tag == "VFIN" for t in inside)
        clause_like = len(words) >= 4 and (has_verb or q.inner_end - q.inner_start > 40)
        part = _interrupted(q, first, founds + new, quotes) if outside and words else None
        # "„Wir kommen.“ Das sagte X.": a short quote, too, when the next sentence says whose.
        said = _das_sagte(last, sents, rules) if not outside and words and q.closed else None
        if not clause_like and part is None and said is None:
            continue
        if outside:
            # Inside a sentence with words of its own: the next part of a quote a frame
            # interrupts ("„…“, sagte er, „…“"), or a quoted statement no cue governs.
            if part is not None or (has_verb and q.closed):
                found = Found(
                    kind="direct",
                    sentence=first,
                    message=(q.inner_start, q.inner_end),
                    quote=qid,
                    confidence=0.75 if part is not None else 0.4,
                    sentences=set(range(first, last + 1)),
                )
                found.parent = part
                frame = None if part is not None else framed_after_colon(sents[first], qid, rules)
                if frame is not None:
                    # "Die Ministerin blieb gelassen: „…“": the clause before the colon
                    found.cue, found.speakers, found.heads = frame.cue, frame.speakers, frame.heads
                    found.anaphoric, found.confidence = frame.anaphoric, 0.6
                new.append(found)
            continue
        sent = sents[first]
        kind = kinds.get(sent.block)
        if kind not in _BODY_BLOCKS:
            pending_repeats.append((qid, q))
            continue
        parent = _introducer(first, sents, by_sentence, founds + new, kinds, rules)
        found = _quoted(q, qid, first, 0.75, set(range(first, last + 1)))
        if parent is not None and parent.message == (0, 0):
            # "Ein Nutzer schrieb:" + the quote in the next block: one attribution.
            found.cue, found.speakers, found.heads = parent.cue, parent.speakers, parent.heads
            found.anaphoric, found.confidence = parent.anaphoric, 0.8
            found.sentences |= parent.sentences
            by_sentence[parent.sentence] = [found]
            new.append(found)
            continue
        if parent is not None:
            found.parent = parent
            new.append(found)
            continue
        after = said
        if after is not None:
            after.message = found.message
            after.quote = qid
            after.kind = "direct"
            after.sentences |= found.sentences
            new.append(after)
            continue
        found.confidence = 0.5  # a quote nobody is named for
        new.append(found)
    result = founds + new
    # Quoted headlines and subheadings that repeat a quote of the body.
    for qid, q in pending_repeats:
        words = _words(text[q.inner_start : q.inner_end])
        for other in result:
            if other.quote is None:
                continue
            owords = _words(text[other.message[0] : other.message[1]])
            if len(words) >= 4 and _contains(owords, words):
                first = max(0, bisect_right(sent_starts, q.start) - 1)
                rep = _quoted(q, qid, first, 0.7, {first})
                rep.parent = other
                result.append(rep)
                break
    return result


def _colon_statements(
    founds: list[Found], sents: list[Sent], rules: SentenceRules, kinds: dict
) -> list[Found]:
    """ "Ich sage es ganz deutlich: Wir werden …": a sentence that ends in a colon after a
    cue verb and its subject introduces the next sentence (without quotation marks: an
    indirect statement; quoted ones were attached before)."""
    covered = [f.message for f in founds]
    sentence_of = {}
    for f in founds:
        for sid in f.sentences or {f.sentence}:
            sentence_of.setdefault(sid, []).append(f)
    out = list(founds)
    for k in range(len(sents) - 1):
        sent, nxt = sents[k], sents[k + 1]
        if not sent.toks or sent.toks[-1].text != ":" or not nxt.toks:
            continue
        if any(f.message[1] > f.message[0] for f in sentence_of.get(k, [])):
            continue
        if nxt.block != sent.block and kinds.get(nxt.block) not in _QUOTE_BLOCKS:
            continue
        toks = nxt.toks
        if toks[0].is_mark or any(s <= toks[0].start < e for s, e in covered):
            continue
        intro = rules.introduction(sent)
        if intro is None:
            continue
        end = content_end(toks) or len(toks)
        intro.message = (toks[0].start, toks[end - 1].end)
        intro.kind = "partial" if any(t.quote is not None for t in toks[:end]) else "indirect"
        intro.sentences |= {nxt.id}
        intro.confidence = 0.6
        intro.mood = next((t.mood for t in toks[:end] if t.tag == "VFIN" and t.mood), None)
        out.append(intro)
    return out


def _colon_speaker_np(toks: list[Tok], rules: SentenceRules) -> tuple[int, int] | None:
    """ "BKA-Präsident Ziercke: …", "Bundeswirtschaftsministerium: …": a speaker phrase
    that opens the sentence and a colon right after it — a name (two words at least, or a
    role noun with a name) or a head the source lexicon knows.  ``(start, end)`` tokens."""
    colon = next((t.i for t in toks[:8] if t.text == ":" and t.quote is None), None)
    if colon is None or colon == 0 or colon + 1 >= len(toks):
        return None
    np = np_right(toks, 0, rules.lex)
    if np is None or np[1] != colon:
        return None
    head = head_of(toks, np)
    if head is None or head.tag not in ("NOUN", "PROPN") or head.text in rules.lex.colon_nouns:
        return None
    words = toks[np[0] : np[1]]
    names = [t for t in words if t.tag == "PROPN"]
    known = sources(rules.lex.lang).head_type(head.text) is not None
    role = any(
        t.tag == "NOUN" and sources(rules.lex.lang).head_type(t.text) is not None for t in words
    )
    if not (known or len(names) >= 2 or (names and role)):
        return None
    if any(t.tag in ("VFIN", "ADP") for t in words):
        return None
    return np


def _colon_speakers(founds: list[Found], sents: list[Sent], rules: SentenceRules) -> list[Found]:
    """Interview and highlight layout: "Scholz: „…“", "BKA-Präsident Ziercke: Wir …",
    "Bundeswirtschaftsministerium: Förderzusagen gelten weiterhin".  The phrase before the
    colon is the speaker of what follows it; no verb names the act, so there is no cue."""
    if not rules.de:
        return founds
    by_sentence: dict[int, list[Found]] = {}
    for f in founds:
        by_sentence.setdefault(f.sentence, []).append(f)
    out = list(founds)
    for sent in sents:
        toks = sent.toks
        if len(toks) < 4:
            continue
        np = _colon_speaker_np(toks, rules)
        if np is None:
            continue
        after = toks[np[1]].end
        here = [f for f in by_sentence.get(sent.id, []) if f.message[0] >= after]
        speaker = rules._speaker_span(toks, np)
        if here:
            for f in here:
                if f.cue is None and not f.speakers and f.parent is None:
                    f.speakers, f.heads = [speaker], rules._heads(toks, np)
                    f.confidence = max(f.confidence, 0.7)
            continue
        if by_sentence.get(sent.id):
            continue  # the sentence has an attribution of its own before the colon
        end = content_end(toks)
        start = np[1] + 1
        if end - start < 3 or not any(t.tag == "VFIN" for t in toks[start:end]):
            continue
        kind, message, qid = rules._message(toks, start, end)
        out.append(
            Found(
                kind=kind,
                sentence=sent.id,
                message=message,
                speakers=[speaker],
                heads=rules._heads(toks, np),
                quote=qid,
                mood=next((t.mood for t in toks[start:end] if t.tag == "VFIN" and t.mood), None),
                confidence=0.6,
                sentences={sent.id},
            )
        )
    return out


def _said_before(
    founds: list[Found], sents: list[Sent], rules: SentenceRules, kinds: dict
) -> list[Found]:
    """ "Die Polizei nahm drei Verdächtige fest. Das teilte ein Sprecher mit.": a sentence
    that opens with "Das"/"Dies" as the object of a speech verb and names its subject
    attributes the sentence before it (quoted ones were attached before)."""
    covered = [f.message for f in founds if f.message[1] > f.message[0]]
    with_message = {
        sid for f in founds if f.message[1] > f.message[0] for sid in f.sentences or {f.sentence}
    }
    out = list(founds)
    for k in range(1, len(sents)):
        sent, prev = sents[k], sents[k - 1]
        toks = sent.toks
        if len(toks) < 3 or toks[0].low not in rules.lex.fronted_objects or k in with_message:
            continue
        if kinds.get(sent.block) not in _BODY_BLOCKS or kinds.get(prev.block) not in _BODY_BLOCKS:
            continue
        verb = toks[1]
        if verb.tag != "VFIN" or toks[0].tag not in ("PRON", "DET"):
            continue
        if any(t.tag == "ADV" and t.stts == "PTKNEG" for t in toks):
            continue  # "Das sagte er nicht."
        lemma = rules._verb_lemma(toks, verb)
        end = content_end(toks)
        if lemma in SOURCE_ONLY_VERBS:
            # "Dies geht aus einer Mitteilung des Konzerns hervor."
            np = rules._source_pp(toks, 0, end, verb)
            if np is None or not rules._names_source(toks, np):
                continue
            owner = rules._genitive_after(toks, np[1], end)  # "… des Konzerns"
            if owner is not None and owner[0] == np[1]:
                np = (np[0], owner[1])
        else:
            if lemma is None or rules.lex.verb_type(lemma) != "speech_verb":
                continue
            np = rules._subject(toks, 0, end, verb, verb)
            if np is None or np[0] <= 1 or not rules._can_speak(toks, np):
                continue
        ptoks = prev.toks
        pend = content_end(ptoks)
        if not pend or ptoks[pend - 1].text == ":":
            continue
        message = (ptoks[0].start, ptoks[pend - 1].end)
        inside = [f for f in founds if message[0] <= f.message[0] < message[1]]
        # "Die Opposition wirft der Regierung vor, … Das sagte ihr Fraktionschef X.": X
        # said the whole sentence, the attribution inside it included
        whole = rules._names_source(toks, np) and all(
            (f.sentences or {f.sentence}) == {prev.id} for f in inside
        )
        if not whole and any(
            a <= message[0] < b or message[0] <= a < message[1] for a, b in covered
        ):
            continue
        quoted = any(t.quote is not None for t in ptoks[:pend])
        out.append(
            Found(
                kind="partial" if quoted else "indirect",
                sentence=sent.id,
                message=message,
                cue=(
                    verb.start,
                    verb.end,
                    "impersonal" if lemma in SOURCE_ONLY_VERBS else "speech_verb",
                    lemma,
                ),
                **said_by(rules, toks, np),
                mood=next((t.mood for t in ptoks[:pend] if t.tag == "VFIN" and t.mood), None),
                confidence=0.7,
                sentences={prev.id, sent.id},
            )
        )
    return out


def _interrupted(q: Quote, first: int, founds: list[Found], quotes: list[Quote]) -> Found | None:
    """The attribution of the quote part before ``q`` when only its frame stands between
    them ("„…“, sagte er, „…“")."""
    for f in founds:
        if f.quote is None or f.cue is None or first not in (f.sentences or {f.sentence}):
            continue
        prev = quotes[f.quote]
        if prev.end <= f.cue[0] and f.cue[1] <= q.start and q.start - prev.end < 200:
            return f
    return None


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _quoted(q: Quote, qid: int, sentence: int, confidence: float, sentences: set[int]) -> Found:
    """Quotation ``qid`` as a direct statement of its own (a speaker is looked for later)."""
    return Found(
        kind="direct",
        sentence=sentence,
        message=(q.inner_start, q.inner_end),
        quote=qid,
        confidence=confidence,
        sentences=sentences,
    )


def _introducer(
    first: int,
    sents: list[Sent],
    by_sentence: dict[int, list[Found]],
    founds: list[Found],
    kinds: dict,
    rules: SentenceRules,
) -> Found | None:
    """The attribution a cue-less quote in sentence ``first`` belongs to: the sentence before
    it ending in a colon (a list of quotes), or an attribution in the last two sentences of
    the same or the previous paragraph."""
    if first == 0:
        return None
    prev = sents[first - 1]
    ends_colon = bool(prev.toks) and prev.toks[-1].text == ":"
    if ends_colon and prev.id in by_sentence:
        return by_sentence[prev.id][-1]
    same_chain = [f for f in founds if f.sentence < first and first - max(f.sentences) <= 2]
    if same_chain:
        candidate = max(same_chain, key=lambda f: (max(f.sentences), f.start))
        if candidate.speakers or candidate.parent is not None or ends_colon:
            return candidate
    if ends_colon:
        return rules.introduction(prev) or colon_frame(prev, rules)
    # Walk back over a run of list items to the colon sentence that introduces them.
    k = first - 1
    while (
        k >= 0
        and kinds.get(sents[k].block) in (BlockKind.LIST_ITEM,)
        and sents[k].block != sents[first].block
    ):
        k -= 1
    if (
        k >= 0
        and k != first - 1
        and sents[k].toks
        and sents[k].toks[-1].text == ":"
        and k in by_sentence
    ):
        return by_sentence[k][-1]
    return None


def _das_sagte(last: int, sents: list[Sent], rules: SentenceRules) -> Found | None:
    """ "„…“ Das sagte X am Montag." — the cue follows in the next sentence."""
    if last + 1 >= len(sents):
        return None
    nxt = sents[last + 1]
    toks = nxt.toks
    if len(toks) < 3 or toks[0].low not in ("das", "dies", "so", "this", "that"):
        return None
    verb = toks[1]
    lemma = rules._verb_lemma(toks, verb)
    if lemma is None or rules.lex.verb_type(lemma) != "speech_verb":
        return None
    np = rules._subject(toks, 0, content_end(toks), verb, verb if verb.tag == "VFIN" else None)
    if np is None:
        return None
    return Found(
        kind="direct",
        sentence=nxt.id,
        message=(0, 0),
        cue=(verb.start, verb.end, "speech_verb", lemma),
        **said_by(rules, toks, np),
        confidence=0.8,
        sentences={nxt.id},
    )


def _resolve(founds: list[Found], analysis: Analysis, sents: list[Sent], lex) -> None:
    """Entity of every speaker; antecedents of pronoun and possessive speakers."""
    linker = Linker(analysis)
    text = analysis.text
    src = sources(lex.lang)

    def depth(f: Found) -> int:
        d = 0
        while f.parent is not None and d < 10:
            f, d = f.parent, d + 1
        return d

    for i in sorted(range(len(founds)), key=lambda k: depth(founds[k])):
        f = founds[i]
        entity = None
        if f.speakers:
            head = f.heads[0] if f.heads else None
            entity = linker.entity(f.speakers[0], head, text)
        parent = f.parent
        if f.anaphoric and entity is None:
            if parent is not None and parent.antecedent is not None:
                f.antecedent = parent.antecedent
            elif f.antecedent is None:
                f.antecedent = antecedent(f, i, founds, sents, src, linker, lex, text)
            if f.antecedent is not None:
                entity = linker.entity(f.antecedent, None, text)
        if entity is None and parent is not None:
            entity = parent.entity
        f.entity = entity


def _kind(found: str, cue: Cue | None) -> AttributionKind:
    """The kind of a found attribution; a speech act told without its content is narrated."""
    if found == "reported" and cue is not None and cue.type.startswith("narrated"):
        return AttributionKind.NARRATED
    return AttributionKind(found)
