"""Task ``quotes``: gold readers, scoring and the runner on tiny corpora written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprobe.eval.base import EvalError
from newsprobe.eval.quotes import build_analysis, run
from newsprobe.eval.quotes_data import load
from newsprobe.eval.registry import TASKS

SPKATT_DOC = {
    "Sentences": [
        {
            "SentenceId": 0,
            "Tokens": ["Der", "Minister", "sagte", ",", "dass", "die", "Lage", "ernst", "sei", "."],
        },
        {"SentenceId": 1, "Tokens": ["Die", "Sonne", "scheint", "."]},
    ],
    "Annotations": [
        {
            "Cue": ["0:2"],
            "Source": ["0:0", "0:1"],
            "Message": [f"0:{i}" for i in range(4, 9)],
            "IsNested": False,
            "Form": "Indirect",
        },
        {"Cue": ["1:2"], "Source": [], "Message": [], "IsNested": True, "Form": "Reported"},
    ],
}

RW_HEADER = "tok\tnormtok\tlemma\tpos\trfpos\tsentstart\tstwr\tframe\tspeaker\tintexpr\tnote\n"


def _rw_row(tok: str, start: bool, stwr: str = "-") -> str:
    return f"{tok}\t{tok}\t{tok}\tX\tX\t{'yes' if start else 'no'}\t{stwr}\t-\t-\t-\t-\n"


@pytest.fixture
def spkatt(tmp_path: Path) -> Path:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "doc.json").write_text(json.dumps(SPKATT_DOC), "utf-8")
    return tmp_path


@pytest.fixture
def rw(tmp_path: Path) -> Path:
    rows = [_rw_row("Er", True), _rw_row("sagte", False), _rw_row(",", False)]
    rows += [_rw_row(w, False, "indirect.speech.1") for w in ["er", "sei", "müde", "."]]
    (tmp_path / "a-1.tsv").write_text(RW_HEADER + "".join(rows), "utf-8")
    (tmp_path / "b-1.tsv").write_text(RW_HEADER + _rw_row("Roman", True), "utf-8")
    (tmp_path / "metadata.tsv").write_text(
        "file\tfictional\na-1.tsv\tno\nb-1.tsv\tyes\nmissing.tsv\tno\n", "utf-8"
    )
    return tmp_path


def test_spkatt_reader_keeps_top_level_annotations(spkatt: Path) -> None:
    fmt, docs, note = load(spkatt, None, None)
    assert fmt == "spkatt" and note == "dev split"
    assert len(docs) == 1 and len(docs[0].annotations) == 1
    assert docs[0].annotations[0].cue == {(0, 2)}


def test_rebuilt_analysis_keeps_the_corpus_tokens(spkatt: Path) -> None:
    _, docs, _ = load(spkatt, None, None)
    analysis = build_analysis(docs[0])
    analysis.check_spans()
    assert [t.text for t in analysis.tokens][:3] == ["Der", "Minister", "sagte"]
    assert len(analysis.sentences) == 2


def test_spkatt_scores_a_found_attribution(spkatt: Path) -> None:
    result = run(spkatt, fmt="spkatt")
    values = {m.name: m.value for m in result.metrics}
    assert values["cue f1"] == pytest.approx(1.0)
    assert values["source recall"] == pytest.approx(1.0)
    assert values["message recall"] == pytest.approx(1.0)
    assert values["indirect message f1"] > 0.9
    assert values["ms/doc (quotes+sources, median)"] > 0


def test_redewiedergabe_reads_non_fiction_only_and_scores_tokens(rw: Path) -> None:
    fmt, docs, note = load(rw, None, None)
    assert fmt == "redewiedergabe" and [d.name for d in docs] == ["a-1"]
    assert "1 of 2" in note
    result = run(rw, fmt="redewiedergabe")
    values = {m.name: m.value for m in result.metrics}
    assert values["indirect recall"] > 0.7
    assert values["indirect precision"] > 0.7


def test_bad_input(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        run(tmp_path / "nothing", fmt="spkatt")
    with pytest.raises(EvalError):
        run(tmp_path, fmt="spkatt")  # no documents
    (tmp_path / "x.json").write_text("[1, 2]", "utf-8")
    with pytest.raises(EvalError):
        run(tmp_path, fmt="spkatt")


def test_registered() -> None:
    assert TASKS["quotes"].formats == ("spkatt", "redewiedergabe")


def test_rebuilt_text_spaces_tokens_as_running_text() -> None:
    from newsprobe.eval.quotes_data import GoldDoc

    doc = GoldDoc(
        name="x",
        sentences=[
            ["Er", "sagte", ":", "„", "Wir", "bleiben", "(", "hier", ")", ".", "“"],
            ["Sie", "sagte", '"', "Nein", '"', "."],
        ],
    )
    analysis = build_analysis(doc)
    analysis.check_spans()
    assert analysis.text == 'Er sagte: „Wir bleiben (hier).“ Sie sagte "Nein".'
    assert [t.text for t in analysis.tokens] == [w for s in doc.sentences for w in s]


def test_redewiedergabe_counts_quote_marks_and_maps_forms(tmp_path: Path) -> None:
    words = ["Er", "sagte", ":", "„", "Wir", "bleiben", "hier", "immer", ".", "“"]
    forms = ["-", "-", "-"] + ["direct.speech.1"] * 7
    rows = [_rw_row(w, i == 0, f) for i, (w, f) in enumerate(zip(words, forms, strict=True))]
    rows += [_rw_row("Laut", True)] + [
        _rw_row(w, False, "indirect.speech.2")
        for w in ["Polizei", "kamen", "drei", "Menschen", "."]
    ]
    (tmp_path / "a-1.tsv").write_text(RW_HEADER + "".join(rows), "utf-8")
    (tmp_path / "metadata.tsv").write_text("file\tfictional\na-1.tsv\tno\n", "utf-8")
    values = {m.name: m.value for m in run(tmp_path, fmt="redewiedergabe").metrics}
    # The quote with its marks is direct; "laut X" framing a clause is indirect speech
    # in the corpus (our kind "reported": its message holds a finite verb).
    assert values["direct recall"] == pytest.approx(1.0)
    assert values["direct precision"] == pytest.approx(1.0)
    assert values["indirect recall"] > 0.7


def test_spkatt_continuation_takes_the_speaker_it_continues(tmp_path: Path) -> None:
    doc = {
        "Sentences": [
            {
                "SentenceId": 0,
                "Tokens": ["Der", "Minister", "sagte", ",", "man", "habe", "geprüft", "."],
            },
            {"SentenceId": 1, "Tokens": ["Die", "Kosten", "seien", "hoch", "."]},
        ],
        "Annotations": [
            {
                "Cue": ["0:2"],
                "Source": ["0:0", "0:1"],
                "Message": ["0:4", "0:5", "0:6"],
                "IsNested": False,
            },
            {
                "Cue": [],
                "Source": ["0:0", "0:1"],
                "Message": ["1:0", "1:1", "1:2", "1:3"],
                "IsNested": False,
            },
        ],
    }
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "doc.json").write_text(json.dumps(doc), "utf-8")
    values = {m.name: m.value for m in run(tmp_path, fmt="spkatt").metrics}
    assert values["source recall"] == pytest.approx(1.0)
    assert values["message recall"] == pytest.approx(1.0)


def test_spkatt_news_narrated_speech_pairs_with_the_uncued_clause(tmp_path: Path) -> None:
    """The news corpus marks narrated speech ("Reported") as a whole clause without a cue;
    our narrated attribution (with its verb as cue) pairs with it by the clause."""
    words = ["Die", "Regierung", "kündigte", "am", "Montag", "Widerstand", "an", "."]
    doc = {
        "Sentences": [{"SentenceId": 0, "Tokens": words}],
        "Annotations": [
            {
                "Cue": [],
                "Source": ["0:0", "0:1"],
                "Message": [f"0:{i}" for i in range(7)],
                "IsNested": False,
                "Form": "Reported",
            }
        ],
    }
    (tmp_path / "doc.json").write_text(json.dumps(doc), "utf-8")
    values = {m.name: m.value for m in run(tmp_path, fmt="spkatt").metrics}
    assert values["source recall"] == pytest.approx(1.0)
    assert values["reported message recall"] > 0.7
    assert values["cue precision"] == 0.0 and values["cue recall"] == 0.0  # nothing to match


def _news(tmp_path: Path, name: str, words: list[str], cue: list[int], source: list[int]) -> Path:
    doc = {
        "Sentences": [{"SentenceId": 0, "Tokens": words}],
        "Annotations": [
            {
                "Cue": [f"0:{i}" for i in cue],
                "Source": [f"0:{i}" for i in source],
                "Message": [f"0:{i}" for i in range(len(words) - 1) if i not in cue + source],
                "IsNested": False,
                "Form": "Indirect",
            }
        ],
    }
    (tmp_path / f"{name}.json").write_text(json.dumps(doc), "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("words", "cue", "source"),
    [
        # the corpus: "nach [Angaben der Polizei]"; ours: cue "nach Angaben", speaker "der Polizei"
        ("Nach Angaben der Polizei sei der Mann geflohen .", [0], [1, 2, 3]),
        # "[Angaben des Instituts] zufolge": the speaker with the document noun before it
        ("Angaben des Instituts zufolge lag das Zentrum im Meer .", [3], [0, 1, 2]),
        # "[Seiner Meinung] nach": the possessive inside the phrase
        ("Seiner Meinung nach hätte die Aufsicht abraten müssen .", [2], [0, 1]),
        # an apposition after the speaker is part of the source (spkatt_spans)
        ("Nach Angaben von Peter Beck , dem Dekan , sei er geflohen .", [0], [1, 2, 3, 4, 5, 6, 7]),
        # "Demnach" is its own source (spkatt_spans)
        ("Demnach sei der Mann am Montag geflohen .", [0], [0]),
        # only a genitive speaker takes the noun before it: not the clause's subject
        ("Im Jahr nimmt die Organisation Schätzungen zufolge viel Geld ein .", [6], [5]),
        # a cue in a relative clause on the speaker: the relative pronoun (spkatt_spans)
        (
            "Die Rede hielt die Schriftstellerin Anna Roth , die den Mut der Helfer hervorhob "
            ", der im Sturm sichtbar geworden sei .",
            [13],
            [8],
        ),
        # a relative clause between the speaker and a cue of the main clause: the speaker
        (
            "Der Minister Karl Berger , der seit Jahren im Amt ist , sagte , er sei müde .",
            [12],
            [0, 1, 2, 3],
        ),
    ],
)
def test_news_source_is_the_phrase_the_preposition_governs(
    tmp_path: Path, words: str, cue: list[int], source: list[int]
) -> None:
    """The news corpus puts the document noun into the source; our cue holds it, our speaker
    is the real source.  The eval reads the governed phrase as the source."""
    _news(tmp_path, "7 - x", words.split(), cue, source)
    values = {m.name: m.value for m in run(tmp_path, fmt="spkatt").metrics}
    assert values["cue recall"] == pytest.approx(1.0)
    assert values["source precision"] == pytest.approx(1.0)
    assert values["source recall"] == pytest.approx(1.0)


def test_news_split_holds_out_a_fixed_part(tmp_path: Path) -> None:
    from newsprobe.eval.quotes_data import news_split

    assert news_split("10 - Titel (2005-01-01)", frozenset()) == "test"
    assert news_split("11 - Titel (2005-01-01)", frozenset()) == "cold4"
    assert news_split("11 - Titel (2005-01-01)", frozenset(), frozenset({"11"})) == "dev"
    assert news_split("12 - Titel (2005-01-01)", frozenset()) == "cold5"
    assert news_split("14 - Titel (2005-01-01)", frozenset()) == "cold6"
    assert news_split("16 - Titel (2005-01-01)", frozenset()) == "cold6"
    assert news_split("14 - Titel (2005-01-01)", frozenset(), frozenset({"14"})) == "dev"
    assert news_split("11 - Titel (2005-01-01)", frozenset({"11"})) == "test"
    assert news_split("13 - Titel (2005-01-01)", frozenset()) == "cold"
    assert news_split("13 - Titel (2005-01-01)", frozenset({"13"})) == "test"
    assert news_split("17 - Titel (2005-01-01)", frozenset()) == "cold2"
    assert news_split("18 - Titel (2005-01-01)", frozenset()) == "cold3"
    # an article read while labelling the speakers gold stays in the development part
    assert news_split("18 - Titel (2005-01-01)", frozenset(), frozenset({"18"})) == "dev"
    assert news_split("19 - Titel (2005-01-01)", frozenset()) == "cold5"
    assert news_split("19 - Titel (2005-01-01)", frozenset(), frozenset({"19"})) == "dev"
    words = ["Der", "Minister", "sagte", ",", "er", "sei", "müde", "."]
    _news(tmp_path, "10 - a", words, [2], [0, 1])
    _news(
        tmp_path, "14 - b", ["Die", "Sonne", "scheint", "heute", "sehr", "hell", "."], [2], [0, 1]
    )
    values = {m.name: m.value for m in run(tmp_path, fmt="spkatt").metrics}
    assert values["test cue recall"] == pytest.approx(1.0)
    assert values["cold6 cue recall"] == pytest.approx(0.0)


def test_news_apposition_ends_at_a_colon() -> None:
    from newsprobe.eval.spkatt_spans import apposition_after
    from newsprobe.model import Token

    words = [
        ("sagte", "VVFIN"), ("Anna", "NE"), ("Berg", "NE"), (",", "$,"), ("die", "ART"),
        ("Leiterin", "NN"), ("der", "ART"), ("Schule", "NN"), (":", "$."),
    ]  # fmt: skip
    tokens, pos = [], 0
    for text, tag in words:
        tokens.append(Token(start=pos, end=pos + len(text), text=text, sentence=0, pos=tag))
        pos += len(text) + 1
    # "sagte Anna Berg, die Leiterin der Schule:" -> the apposition runs up to the colon
    assert apposition_after(tokens, 2, len(tokens)) == 8
    tokens[8] = Token(start=tokens[8].start, end=tokens[8].end, text="und", sentence=0, pos="KON")
    assert apposition_after(tokens, 2, len(tokens)) is None


def test_a_prediction_at_a_nested_cue_is_left_out(tmp_path: Path) -> None:
    """ "sagte X laut Reuters": the corpus nests X's statement in the "laut" one and the
    scoring reads top-level annotations only; our attribution at the nested cue is left out
    too (not counted against precision), unless it is also a top-level cue."""
    words = ["Die", "Lage", "sei", "ernst", ",", "sagte", "der", "Minister", "laut", "Reuters", "."]
    doc = {
        "Sentences": [{"SentenceId": 0, "Tokens": words}],
        "Annotations": [
            {
                "Cue": ["0:8"],
                "Source": ["0:9"],
                "Message": [f"0:{i}" for i in range(8)],
                "IsNested": False,
                "Form": "Indirect",
            },
            {
                "Cue": ["0:5"],
                "Source": ["0:6", "0:7"],
                "Message": [f"0:{i}" for i in range(4)],
                "IsNested": True,
                "Form": "Indirect",
            },
        ],
    }
    (tmp_path / "doc.json").write_text(json.dumps(doc), "utf-8")
    _, docs, _ = load(tmp_path, None, None)
    assert docs[0].nested_cues == [{(0, 5)}]
    values = {m.name: m.value for m in run(tmp_path, fmt="spkatt").metrics}
    assert values["cue precision"] == pytest.approx(1.0)
