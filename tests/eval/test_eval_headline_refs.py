"""The headline gold reader: articles that name their body in ../shared instead of holding it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprobe.eval import headlines_refs
from newsprobe.eval.base import EvalError
from newsprobe.eval.headlines import read_headlines


def _gold(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "headlines_x.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _shared(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    page = {
        "file": "html/xx_Paper_2026.html.gz",
        "title": "Brücke gesperrt",
        "body": "Die Brücke ist gesperrt.",
    }
    (root / "extraction-fundus").mkdir(parents=True)
    (root / "extraction-fundus" / "gold.jsonl").write_text(json.dumps(page) + "\n", "utf-8")
    wiki = root / "spkatt2023-news" / "train"
    wiki.mkdir(parents=True)
    doc = {"Sentences": [{"Tokens": ["Der", "Zug", "fährt", "."]}], "Annotations": []}
    (wiki / "77 - Zug fährt wieder (2020-01-01).json").write_text(json.dumps(doc), "utf-8")
    return root


def test_references_give_body_and_real_headline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _shared(tmp_path)
    real = headlines_refs.resolve
    monkeypatch.setattr(headlines_refs, "resolve", lambda ref: real(ref, root))
    gold = _gold(
        tmp_path,
        "=== a de @fundus:xx_Paper_2026\n---\nsupported\treal\t@title\n"
        "unsupported\tabsent\tBrücke eingestürzt\n"
        "=== b de @spkatt2023-news:77\n---\nsupported\treal\t@title\n",
    )
    items = read_headlines(gold)
    assert [(i.id, i.headline, i.body) for i in items] == [
        ("a.1", "Brücke gesperrt", "Die Brücke ist gesperrt."),
        ("a.2", "Brücke eingestürzt", "Die Brücke ist gesperrt."),
        ("b.1", "Zug fährt wieder", "Der Zug fährt."),
    ]


def test_absent_corpus_skips_its_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = headlines_refs.resolve
    monkeypatch.setattr(headlines_refs, "resolve", lambda ref: real(ref, tmp_path / "none"))
    gold = _gold(
        tmp_path,
        "=== a de @fundus:xx\n---\nsupported\treal\t@title\n"
        "=== b de\nDer Zug fährt.\n---\nsupported\treal\tZug fährt\n",
    )
    skipped: list[str] = []
    items = read_headlines(gold, skipped)
    assert [i.id for i in items] == ["b.1"] and skipped == ["a"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("=== a de @nowhere:1\n---\nsupported\treal\t@title\n", "unknown reference"),
        ("=== a de\nText.\n---\nsupported\treal\t@title\n", "without reference"),
        ("=== a de @fundus:xx_Paper_2026\nText.\n---\nsupported\treal\t@title\n", "has a body"),
        ("=== a de @fundus:missing\n---\nsupported\treal\t@title\n", "no such page"),
    ],
)
def test_bad_references_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    root = _shared(tmp_path)
    real = headlines_refs.resolve
    monkeypatch.setattr(headlines_refs, "resolve", lambda ref: real(ref, root))
    with pytest.raises(EvalError, match=message):
        read_headlines(_gold(tmp_path, text))
