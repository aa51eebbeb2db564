"""A short quoted name right after an article is a noun phrase inside its clause, not a
quote someone said: "Wie die „Aktion Deutschland hilft“ mitteilte, …" has that speaker,
and "Die „Kampagne für ein Freies Tibet“ berichtete über …" is no direct quote framed by
"berichtete" (phrases.named_after_article; clauses.clause reads across the name)."""

from __future__ import annotations

from attribution_texts import run_body as run


def test_wie_frame_with_a_quoted_name_as_subject() -> None:
    atts = run(
        "Wie die „Aktion Deutschland hilft“ heute mitteilte, werde effektive Hilfe geleistet."
    ).attributions
    assert [([s.text for s in a.speakers], a.message.text) for a in atts] == [
        (["die „Aktion Deutschland hilft“"], "werde effektive Hilfe geleistet")
    ]


def test_quoted_name_before_its_verb_is_no_direct_quote() -> None:
    atts = run("Die „Kampagne für ein Freies Tibet“ berichtete über einen Marsch.").attributions
    assert not [a for a in atts if a.kind.value == "direct"]


def test_quote_before_a_frame_stays_a_quote() -> None:
    atts = run("„Wir sind müde“, sagte die Ministerin.").attributions
    assert [(a.kind.value, a.message.text) for a in atts] == [("direct", "Wir sind müde")]


def test_clause_reads_across_a_quoted_name() -> None:
    from newsprobe.attribution.clauses import clause
    from newsprobe.claims.units import sentence_views

    analysis = run("Wie die „Aktion Deutschland hilft“ heute mitteilte, sei alles gut.")
    toks = next(v.toks for v in sentence_views(analysis) if any(t.text == "Wie" for t in v.toks))
    verb = next(t for t in toks if t.text == "mitteilte")
    start, end = clause(toks, verb.i)
    assert toks[start].text == "Wie" and toks[end].text == ","
