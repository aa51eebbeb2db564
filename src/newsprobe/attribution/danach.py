""" "Danach …" as "according to it": a sentence that reports what a text or speaker named in
the sentence before says ("Die UNICEF stellte ihren Bericht vor. Danach bestimmen Schläge
den Alltag vieler Kinder.").

"Danach" mostly means "afterwards", so it is read as a source only where all of these hold:

* it opens the sentence, or stands right after the main finite verb ("Die Rechte stehen
  danach über …");
* the main verb is in Konjunktiv, or a present-tense full verb (a narrative "Danach brach
  Feuer aus", "Danach wurde er Minister" is in the past; "werden", "haben" and modal verbs
  mostly tell what comes next: "Danach werden die Parteien beraten");
* the sentence before names a statement: a speech or thought verb, a verb of publishing
  ("veröffentlichte neue Zahlen"), or a speech, source or document noun ("Bericht",
  "Studie", "Gesetzentwurf", "Darstellung").

Like "Demnach", the attribution has no speaker of its own; the quotes component links it to
the attribution before (:func:`newsprobe.attribution.continuations.continuation_statements`).
"""

from __future__ import annotations

from newsprobe.attribution.clauses import content_end
from newsprobe.attribution.found import Found
from newsprobe.attribution.lexicon import CueLexicon, sources
from newsprobe.attribution.view import Sent, Tok

#: Finite verbs that mostly tell what comes next after a temporal "danach".
_NOT_REPORTING = frozenset(["werden", "haben", "können", "müssen", "sollen", "dürfen", "wollen"])
#: Verbs that publish a text or pass a law, whose content "Danach" may go on to report.
_PUBLISHING = frozenset(
    ["veröffentlichen", "vorstellen", "vorlegen", "präsentieren", "herausgeben", "verabschieden"]
)
#: Present-tense forms of "sein".
_SEIN_PRESENT = frozenset(["ist", "sind"])


def _main_finite(toks: list[Tok]) -> Tok | None:
    for t in toks:
        if t.tag == "VFIN" and t.quote is None:
            return t
        if t.tag == "VPP" and t.i == 1 and toks[0].low == "danach":
            return t  # "Danach verzeichnet …": the tagger reads the finite verb as a participle
        if t.text in (",", ":", ";"):
            return None
    return None


def _present(verb: Tok) -> bool:
    """A present-tense (or Konjunktiv) form of a full verb or of "sein"."""
    if verb.mood in ("subj1", "subj2"):
        return True
    lemma = verb.lemma.lower()
    if lemma in _NOT_REPORTING:
        return False
    form = verb.low
    if lemma == "sein":
        return form in _SEIN_PRESENT
    if not lemma.endswith("n"):
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return form in (lemma, stem + "t", stem + "et")


def _names_statement(lex: CueLexicon, sent: Sent) -> bool:
    document = sources(lex.lang)
    for t in sent.toks:
        if t.tag in ("VFIN", "VPP", "VINF") and (
            lex.verb_type(t.lemma) or t.lemma in _PUBLISHING or t.claim_lemma in _PUBLISHING
        ):
            return True
        if t.tag == "NOUN" and (
            lex.is_source_noun(t.text)
            or t.text in lex.clause_nouns
            or (document.head_type(t.text) or ("",))[0] == "document"
        ):
            return True
    return False


def danach_token(lex: CueLexicon, sent: Sent, before: Sent | None) -> Tok | None:
    """The "danach" of ``sent`` that reads "according to it" (see the module doc)."""
    if lex.lang != "de" or before is None or before.block != sent.block:
        return None
    toks = sent.toks
    verb = _main_finite(toks)
    if verb is None:
        return None
    at = None
    if toks and toks[0].low == "danach":
        at = toks[0]
    elif verb.i + 1 < len(toks) and toks[verb.i + 1].low == "danach":
        at = toks[verb.i + 1]
    if at is None or at.quote is not None or not _present(verb):
        return None
    if content_end(toks) <= 2 or not _names_statement(lex, before):
        return None
    return at


def danach_statements(founds: list[Found], sents: list[Sent], rules: object) -> list[Found]:
    """``founds`` with a "Danach" attribution for each sentence that holds none and reads
    as "according to it" (``rules`` builds it as it builds "Demnach")."""
    lex: CueLexicon = rules.lex  # type: ignore[attr-defined]
    if lex.lang != "de":
        return founds
    text: str = rules.ctx.text  # type: ignore[attr-defined]
    busy = {f.sentence for f in founds}
    out = list(founds)
    for k, sent in enumerate(sents):
        if sent.id in busy or "anach" not in text[sent.start : sent.end]:
            continue  # (a substring test: most sentences hold no "danach")
        t = danach_token(lex, sent, sents[k - 1] if k else None)
        if t is not None:
            found = rules.anaphoric_found(sent, t)  # type: ignore[attr-defined]
            if found is not None:
                out.append(found)
    return out
