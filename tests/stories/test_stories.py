"""Stories: MinHash copies, the dateline agency, incremental = from-scratch clustering, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprobe.api import analyze_text
from newsprobe.cli import app
from newsprobe.corpus.api import Corpus
from newsprobe.layout.metadata import dateline_agency
from newsprobe.model import Metadata
from newsprobe.store.story_rows import StoryInput
from newsprobe.stories import minhash
from newsprobe.stories.cluster import Clusterer
from newsprobe.stories.features import extract

BASE = (
    "Hamburg (dpa) – Der Hamburger Hafen hat im vergangenen Jahr deutlich weniger Container "
    "umgeschlagen als im Jahr davor. Nach Angaben der Hafenbehörde HPA sank der Umschlag um "
    "sieben Prozent auf 7,7 Millionen Standardcontainer. Als Gründe nannte die Behörde die "
    "schwache Weltwirtschaft und die Konkurrenz aus Rotterdam und Antwerpen. Hafensenatorin "
    "Melanie Leonhard sprach von einem schwierigen Jahr. Für das laufende Jahr erwartet die "
    "HPA eine leichte Erholung, wenn die Reedereien wieder mehr Schiffe nach Hamburg schicken."
)
OTHER = (
    "München – Der FC Bayern hat das Spitzenspiel gegen Borussia Dortmund mit 3:1 gewonnen. "
    "Harry Kane traf zweimal, Thomas Müller erzielte das dritte Tor. Trainer Vincent Kompany "
    "lobte die Mannschaft für eine geschlossene Leistung vor 75.000 Zuschauern in der Arena."
)


def test_minhash_finds_a_cut_retitled_copy_and_not_another_text() -> None:
    base = minhash.shingle_hashes("Hafen meldet Rückgang\n" + BASE)
    cut = minhash.shingle_hashes("Weniger Container in Hamburg\n" + BASE.rsplit(". ", 1)[0] + ".")
    other = minhash.shingle_hashes(OTHER)
    sb, sc, so = minhash.signature(base), minhash.signature(cut), minhash.signature(other)
    j = minhash.jaccard(sb, sc)
    assert j >= 0.5 or minhash.containment(j, len(base), len(cut)) >= 0.7
    assert minhash.jaccard(sb, so) < 0.2
    assert (minhash.decode(minhash.encode(sb)) == sb).all()
    index = minhash.LshIndex()
    index.add(1, sb)
    index.add(2, so)
    assert index.candidates(sc) == [1]
    with pytest.raises(ValueError, match="bad MinHash signature"):
        minhash.decode("not base64!")


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("Berlin (dpa) – Der Bundestag hat …", ["dpa"]),
        ("Port-au-Prince (dpa/AFP) - Ein Beben …", ["dpa", "AFP"]),
        ("New York (Reuters): Die Börse …", ["Reuters"]),
        ("Der Bundestag (dpa) hat …", []),  # no dash after the code: not a dateline
        ("Berlin – Der Bundestag hat …", []),
        ("A" * 5000 + " (dpa) –", []),  # bounded: no match, no long backtracking
    ],
)
def test_dateline_credits_the_agency(text: str, agencies: list[str]) -> None:
    meta = Metadata()
    dateline_agency(text, meta)
    assert meta.agency == agencies


def _item(n: int, terms: dict[str, float], time: str, lang: str = "de") -> StoryInput:
    return StoryInput(n, time, lang, f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


def test_guard_and_window_keep_stories_apart() -> None:
    event = {"e:Q1": 2.5, "e:Q2": 2.5, "w:hafen": 2.0, "w:container": 1.0, "w:umschlag": 1.0}
    same = {"e:Q1": 2.5, "e:Q2": 2.5, "w:hafen": 2.0, "w:container": 1.0, "w:rückgang": 1.0}
    words_only = {"w:hafen": 2.0, "w:container": 1.0, "w:umschlag": 1.0}
    c = Clusterer()
    batch = c.add(
        [
            _item(1, event, "2025-01-01T10:00:00"),
            _item(2, same, "2025-01-02T10:00:00"),
            _item(3, words_only, "2025-01-02T11:00:00"),  # no shared entity: the guard
            _item(4, same, "2025-02-01T10:00:00"),  # outside the window
        ]
    )
    assert [a.story_id for a in batch.assignments] == [1, 1, 3, 4]
    with pytest.raises(ValueError, match="id order"):
        c.add([_item(2, event, "2025-01-01T10:00:00")])


TEXTS = [
    "Hafen meldet Rückgang\n\n" + BASE,
    "Weniger Container in Hamburg\n\n" + BASE.rsplit(". ", 1)[0] + ".",
    "Bayern schlägt Dortmund\n\n" + OTHER,
    "Hamburg port handles fewer containers\n\nHamburg – The port of Hamburg handled seven "
    "percent fewer containers last year, 7.7 million standard containers, the port authority "
    "HPA said. Senator Melanie Leonhard spoke of a difficult year for Hamburg.",
]


@pytest.fixture(scope="module")
def analyses() -> list:
    return [analyze_text(t) for t in TEXTS]


def _assignments(db: Path | str) -> list[tuple]:
    with Corpus(db, readonly=True) as corpus:
        rows = corpus.stories()
        return sorted(
            (m.article_id, m.story_id, m.joined_by, m.copy_of)
            for s in rows
            for m in corpus.story(s.id)[1]
        )


def test_incremental_equals_from_scratch(db_location: Path | str, analyses: list) -> None:
    db = db_location
    with Corpus(db) as corpus:
        for a in analyses:  # one article at a time, reopening the state in between
            corpus.add(a)
            corpus._stories = None
    incremental = _assignments(db)
    with Corpus(db) as corpus:
        assert corpus.rebuild_stories() == len(TEXTS)
    assert _assignments(db) == incremental
    by_id = {a: (s, how, copy) for a, s, how, copy in incremental}
    assert by_id[2] == (1, "copy", 1)  # the cut, retitled copy folds into the first text
    assert by_id[3][0] == 3  # another event opens its own story


def test_rebuild_recomputes_the_features_of_older_articles(
    db_location: Path | str, analyses: list
) -> None:
    db = db_location
    with Corpus(db) as corpus:
        for a in analyses:
            corpus.add(a)
    incremental = _assignments(db)
    n = len(TEXTS)
    with Corpus(db) as corpus:
        store = corpus.store
        # Features as an older version stored them (here: empty terms, no signature).
        store.reset_stories(features=True)
        store.write_story_features([(i, "{}", None, 0, None) for i in range(1, n + 1)])
        assert corpus.rebuild_stories(features=False) == n  # --keep-features
    assert _assignments(db) != incremental  # clustered on the stale features
    with Corpus(db) as corpus:
        assert corpus.rebuild_stories() == n  # --rebuild: computed again from the analyses
        corpus.store.reset_stories()
        stored = corpus.store.story_pending(0, n)
        assert corpus.rebuild_stories(features=False) == n
    assert _assignments(db) == incremental
    for item, a in zip(stored, analyses, strict=True):
        f = extract(a)  # what ingest computes, from the stored analysis as from the fresh one
        assert (json.loads(item.terms), item.signature, item.shingles) == (
            f.terms,
            f.signature,
            f.shingles,
        )


def test_cli_rebuild_and_keep_features(tmp_path: Path, analyses: list) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        for a in analyses:
            corpus.add(a)
        corpus.store.reset_stories(features=True)
        corpus.store.write_story_features([(1, "{}", None, 0, None)])
    runner = CliRunner()
    args = ["stories", "--db", str(db), "--format", "json", "-m", "1", "--rebuild"]
    out = runner.invoke(app, [*args, "--keep-features"])
    assert out.exit_code == 0, out.output
    kept = {s["article_ids"][0]: s["article_ids"] for s in json.loads(out.stdout)}
    assert kept[1] == [1]  # article 1 keeps its empty features: alone
    out = runner.invoke(app, args)
    assert out.exit_code == 0, out.output
    assert any(s["article_ids"][:2] == [1, 2] for s in json.loads(out.stdout))


def test_cli_stories_and_story(db_location: Path | str, analyses: list) -> None:
    db = db_location
    with Corpus(db) as corpus:
        for a in analyses:
            corpus.add(a)
    runner = CliRunner()
    out = runner.invoke(app, ["stories", "--db", str(db), "--format", "json", "-m", "1"])
    assert out.exit_code == 0, out.output
    listed = json.loads(out.stdout)
    assert any(s["article_ids"][:2] == [1, 2] for s in listed)
    out = runner.invoke(app, ["story", "1", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "copy" in out.stdout and "Hafen meldet Rückgang" in out.stdout
    out = runner.invoke(app, ["story", "999", "--db", str(db)])
    assert out.exit_code == 2 and "no story 999" in out.output


def test_web_story_pages_and_links(db_location: Path | str, analyses: list) -> None:
    from fastapi.testclient import TestClient

    from newsprobe.web.app import create_app

    db = db_location
    with Corpus(db) as corpus:
        for a in analyses:
            corpus.add(a)
    client = TestClient(create_app(db), base_url="http://127.0.0.1:8000")
    listing = client.get("/stories")
    assert listing.status_code == 200 and 'href="/stories/1"' in listing.text
    story = client.get("/stories/1")
    assert story.status_code == 200
    assert "Hafen meldet Rückgang" in story.text and "agency cop" in story.text
    assert client.get("/stories/999").status_code == 404
    assert 'href="/stories/1"' in client.get("/articles/2").text
    assert 'href="/stories/1"' in client.get("/search", params={"q": "Container"}).text


def test_framing_says_who_states_what_on_whose_word() -> None:
    from newsprobe.stories.view import ClaimVersion, framing

    def v(status: str, *sources: str) -> ClaimVersion:
        return ClaimVersion(article_id=1, text="x", status=status, sources=list(sources))

    line = framing(
        [
            v("asserted"),
            v("asserted"),
            v("asserted"),
            v("hedged", "X (social_media)"),
            v("hedged", "X (social_media)"),
        ]
    )
    assert line == (
        "3 outlets state as fact what 2 report as hedged, "
        "on the word of one social-media account (X)"
    )
    assert framing([v("asserted")]) == "1 outlet states it as fact"
    assert framing([v("attributed", "USGS (other)")]) == (
        "1 outlet attributes it, on the word of one source (USGS)"
    )
    assert framing([]) is None
