"""The ``spacy:NAME_OR_PATH`` entity backend, on a small pipeline each test builds and saves
(``spacy.blank`` + ``entity_ruler``; nothing is downloaded)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsprobe import analyze_text
from newsprobe.entities import spacy_ner
from newsprobe.entities.spacy_ner import SpacyNerError, newsprobe_type, parse
from newsprobe.pipeline import Options

spacy = pytest.importorskip("spacy")

TEXT = (
    "Voltaris Holding streicht Stellen\n\n"
    "Berlin – Die Voltaris Holding will bis 2026 rund 400 Stellen abbauen. Konzernchefin "
    "Annika Lundqvist sagte am Montag in Berlin, der Schritt sei unvermeidlich. Die "
    "Gewerkschaft Verdi kritisierte die Pläne. Lundqvist kündigte Gespräche mit dem "
    "Betriebsrat an."
)


def build(path: Path, lang: str = "de") -> Path:
    nlp = spacy.blank(lang)
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Voltaris Holding"},
            {"label": "PERSON", "pattern": "Annika Lundqvist"},
            {"label": "PERSON", "pattern": "Lundqvist"},
            {"label": "GPE", "pattern": "Berlin"},
            {"label": "ORG", "pattern": "Verdi"},
            {"label": "DATE", "pattern": [{"TEXT": "bis"}, {"TEXT": "2026"}]},
            {"label": "CARDINAL", "pattern": "400"},
            # a span that ends inside a newsprobe token: widened to the whole token
            {"label": "ORG", "pattern": "Betriebsrat"},
        ]
    )
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def pipeline_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("spacy") / "ruler-de")


def test_entities_come_from_the_spacy_pipeline(pipeline_dir: Path) -> None:
    analysis = analyze_text(TEXT, ner=f"spacy:{pipeline_dir}")
    names = {(m.text, m.type.value) for m in analysis.mentions if m.full}
    assert ("Voltaris Holding", "ORG") in names
    assert ("Annika Lundqvist", "PER") in names
    assert ("Berlin", "LOC") in names
    assert ("Verdi", "ORG") in names
    assert not any(m.text in ("bis 2026", "400") for m in analysis.mentions)  # not names
    spacy_found = [m for m in analysis.mentions if m.origin.startswith("spacy")]
    assert spacy_found and not any(m.origin.startswith("crf") for m in analysis.mentions)
    # merged as today: the short form joins the full name's entity, Berlin is in the KB
    person = next(e for e in analysis.entities if e.name == "Annika Lundqvist")
    assert {analysis.mentions[i].text for i in person.mentions} >= {"Annika Lundqvist", "Lundqvist"}
    berlin = next(e for e in analysis.entities if e.name == "Berlin")
    assert berlin.kb_id and not berlin.kb_id.startswith("np:name")


def test_the_default_backend_is_the_crf(pipeline_dir: Path) -> None:
    analysis = analyze_text(TEXT)
    assert any(m.origin.startswith("crf") for m in analysis.mentions)
    assert not any(m.origin.startswith("spacy") for m in analysis.mentions)


def test_a_pipeline_for_another_language_leaves_the_builtin_recogniser(tmp_path: Path) -> None:
    path = build(tmp_path / "ruler-en", lang="en")
    analysis = analyze_text(TEXT, ner=f"spacy:{path}")
    assert any("spaCy pipeline is for 'en'" in w for w in analysis.warnings)
    assert any(m.origin.startswith("crf") for m in analysis.mentions)


def test_labels_map_to_newsprobe_types() -> None:
    assert newsprobe_type("PERSON") == newsprobe_type("PER") == "PER"
    assert newsprobe_type("GPE") == newsprobe_type("FAC") == newsprobe_type("LOC") == "LOC"
    assert newsprobe_type("NORP") == newsprobe_type("WORK_OF_ART") == "MISC"
    assert newsprobe_type("MY_CUSTOM") == "MISC"
    assert newsprobe_type("DATE") is None and newsprobe_type("money") is None


def test_bad_values_and_missing_pipelines_are_clear_errors(tmp_path: Path) -> None:
    assert parse("crf") is None and parse("spacy:de_core_news_lg") == "de_core_news_lg"
    with pytest.raises(SpacyNerError, match="spacy:NAME_OR_PATH"):
        parse("flair:de")
    with pytest.raises(SpacyNerError, match="python -m spacy download de_np_missing_model"):
        spacy_ner.check("spacy:de_np_missing_model")
    with pytest.raises(SpacyNerError, match="python -m spacy download"):
        spacy_ner.load("de_np_missing_model")
    empty = tmp_path / "no-ner"
    spacy.blank("de").to_disk(empty)
    with pytest.raises(SpacyNerError, match="no 'ner' or 'entity_ruler'"):
        spacy_ner.load(str(empty))


def test_options_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPROBE_NER", "spacy:x")
    assert Options().ner == "spacy:x"
    monkeypatch.delenv("NEWSPROBE_NER")
    assert Options().ner == "crf"


def test_cli_option(pipeline_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, "utf-8")
    cli = [sys.executable, "-m", "newsprobe.cli"]
    ok = subprocess.run(
        [*cli, "analyze", str(article), "--format", "json", "--ner", f"spacy:{pipeline_dir}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert '"origin": "spacy' in ok.stdout
    bad = subprocess.run(
        [*cli, "analyze", str(article), "--ner", "spacy:de_np_missing_model"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert "python -m spacy download de_np_missing_model" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_ingest_workers_use_the_backend(pipeline_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    db = tmp_path / "c.db"
    cli = [sys.executable, "-m", "newsprobe.cli"]
    ingest = subprocess.run(
        [
            *cli,
            "ingest",
            str(tmp_path / "a.txt"),
            "--db",
            str(db),
            "--workers",
            "1",
            "--no-progress",
            "--ner",
            f"spacy:{pipeline_dir}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ingest.returncode == 0, ingest.stderr
    shown = subprocess.run(
        [*cli, "show", "1", "--db", str(db), "-f", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert '"origin": "spacy' in shown.stdout and '"origin": "crf' not in shown.stdout


class _Ent:
    def __init__(self, start: int, end: int, label: str) -> None:
        self.start_char, self.end_char, self.label_ = start, end, label


class _FakeNlp:
    """Entities by character offsets, whatever spaCy's tokens would be."""

    def __init__(self, ents: list[tuple[str, str]]) -> None:
        self.ents = ents
        self.pipe_names = ["ner", "parser"]

    def pipe(self, texts, disable=()):  # type: ignore[no-untyped-def]
        assert disable == ["parser"]
        for text in texts:
            found = []
            for surface, label in self.ents:
                at = text.find(surface)
                if at >= 0:
                    found.append(_Ent(at, at + len(surface), label))
            yield type("Doc", (), {"ents": found})()


def test_spans_are_laid_over_newsprobe_tokens_and_sentences() -> None:
    from newsprobe.model import Analysis, Token

    text = "Der Lundqvist-Plan kam. Berlin Mitte sagte nein am Montag."
    cuts = [(0, 3), (4, 18), (19, 22), (22, 23), (24, 30), (31, 36), (37, 42), (43, 47)]
    cuts += [(48, 50), (51, 57), (57, 58)]
    tokens = [Token.of(text, s, e, sentence=0 if s < 24 else 1) for s, e in cuts]
    analysis = Analysis(text=text, tokens=tokens)
    sentences = [tokens[:4], tokens[4:]]
    nlp = _FakeNlp([("Lundqvist", "PER"), ("Plan kam. Berlin", "ORG"), ("Montag", "DATE")])
    found = spacy_ner.tag_sentences(nlp, analysis, sentences, [(0, len(text))])
    # "Lundqvist" widens to the token "Lundqvist-Plan"; the span across the sentence break is
    # cut in two, and its first part, longer, wins over the person at the same token
    assert [(t.start, t.end, t.type) for t in found[0]] == [(1, 4, "ORG")]
    assert [(t.start, t.end, t.type) for t in found[1]] == [(0, 1, "ORG")]  # DATE: no name
    nlp = _FakeNlp([("Lundqvist", "PERSON")])
    found = spacy_ner.tag_sentences(nlp, analysis, sentences, [(0, len(text))])
    assert [(t.start, t.end, t.type) for t in found[0]] == [(1, 2, "PER")]
