"""``newsprobe.interop.to_spacy(analysis)``: a spaCy Doc over newsprobe's tokens, layers and
fields, that displaCy renders.  Texts: the bundled samples (written for the project) and
here."""

from __future__ import annotations

import pytest

from newsprobe import analyze_text
from newsprobe.interop.spacy_doc import GROUPS, to_spacy
from newsprobe.model import Analysis, Sentence, Token
from support import SAMPLES, analysed

spacy = pytest.importorskip("spacy")
from spacy import displacy  # noqa: E402


@pytest.fixture(scope="module")
def klinik() -> Analysis:
    return analysed(SAMPLES / "de_klinik.txt")


def test_text_tokens_and_sentences_are_newsprobes(klinik: Analysis) -> None:
    doc = to_spacy(klinik)
    assert doc.text == klinik.text
    by_start = {t.idx: t for t in doc}
    for token in klinik.tokens:  # every newsprobe token is a spaCy token at the same offset
        found = by_start[token.start]
        assert found.text == token.text
        assert found.tag_ == (token.pos or "")
        assert found.lemma_ == (token.lemma or token.text)
    # a line break after a sentence is a whitespace token at its end, as spaCy makes them
    assert [s.start_char for s in doc.sents] == [s.start for s in klinik.sentences]


def test_entities_and_their_fields(klinik: Analysis) -> None:
    doc = to_spacy(klinik)
    names = [m for m in klinik.mentions if m.full and m.form in ("name", "acronym")]
    assert doc.ents and len(doc.ents) <= len(names)
    for ent in doc.ents:
        mention = next(m for m in names if (m.start, m.end) == (ent.start_char, ent.end_char))
        assert ent.label_ == mention.type.value
        assert ent._.entity_id == mention.entity
        assert ent._.entity_name == klinik.entities[mention.entity].name
        assert ent._.origin == mention.origin
    assert len(doc.spans["mentions"]) == len(klinik.mentions)


def test_span_groups_carry_speakers_sources_claims_and_findings(klinik: Analysis) -> None:
    doc = to_spacy(klinik)
    for group in GROUPS:
        assert group in doc.spans
    assert len(doc.spans["quotes"]) == len(klinik.attributions)
    for quote, attribution in zip(doc.spans["quotes"], klinik.attributions, strict=True):
        assert quote.start_char <= attribution.message.start < quote.end_char
        assert quote.label_ == attribution.kind.value
        assert quote._.attribution_id == attribution.id
        if attribution.source is not None:
            source = klinik.sources[attribution.source]
            assert quote._.speaker == source.name
            assert quote._.source_type == source.type.value
    claims = doc.spans["claims"]
    assert [c._.claim_status for c in claims] == [c.status.value for c in klinik.claims]
    assert {c.label_ for c in claims} <= {"asserted", "attributed", "hedged", "opinion", "question"}
    assert [f._.verdict for f in doc.spans["findings"]] == [
        f.verdict.value for f in klinik.findings
    ]
    assert all(s._.cue_type for s in doc.spans["cues"])
    assert doc._.newsprobe["language"] == "de"


def test_displacy_renders_entities_and_spans(klinik: Analysis) -> None:
    doc = to_spacy(klinik)
    ents = displacy.render(doc, style="ent", page=False)
    first = doc.ents[0]
    assert first.text in ents and first.label_ in ents
    spans = displacy.render(doc, style="span", page=False)
    assert doc.spans["sc"][0].label_ in spans
    claims = displacy.render(doc, style="span", options={"spans_key": "claims"}, page=False)
    assert "asserted" in claims


def test_whitespace_between_tokens_is_kept() -> None:
    text = "Titel\n\n  Anna  Berger sagte:\tJa .\n"  # ":" is no token: it gets one
    tokens = [
        Token.of(text, s, e, sentence=n, pos="NE")
        for s, e, n in [(0, 5, 0), (9, 13, 1), (15, 21, 1), (22, 27, 1), (29, 31, 1), (32, 33, 1)]
    ]
    analysis = Analysis(
        text=text,
        tokens=tokens,
        sentences=[Sentence.of(text, 0, 5), Sentence.of(text, 9, 33)],
    )
    doc = to_spacy(analysis)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space] == [
        "Titel",
        "Anna",
        "Berger",
        "sagte",
        ":",
        "Ja",
        ".",
    ]
    assert doc[0].whitespace_ == "" and doc[2].text == "Anna" and doc[2].whitespace_ == " "
    assert [s.text.strip() for s in doc.sents] == ["Titel", "Anna  Berger sagte:\tJa ."]


def test_english_and_empty_articles() -> None:
    doc = to_spacy(analyze_text("Joe Biden met Olaf Scholz in Berlin on Friday.", lang="en"))
    assert {e.text for e in doc.ents} >= {"Joe Biden", "Olaf Scholz", "Berlin"}
    empty = to_spacy(Analysis(text=""))
    assert empty.text == "" and len(empty) == 0


def test_doc_shares_a_given_pipelines_vocab(klinik: Analysis) -> None:
    nlp = spacy.blank("de")
    doc = to_spacy(klinik, nlp)
    assert doc.vocab is nlp.vocab
