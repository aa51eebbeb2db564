"""The whole-page metadata figures of ``eval extraction --as-text`` (gold written here)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from newsprobe.eval.page_meta import gold_meta, meta_metrics
from newsprobe.model import Metadata


def test_gold_meta_reads_title_authors_and_date(tmp_path: Path) -> None:
    gold = {
        "a": {"articleBody": "x", "title": "Ein Titel", "authors": "['Anna Beck', 'Jan Ott']",
              "date": "2024-05-03 15:47:42+00:00"},
        "b": {"articleBody": "y"},  # no metadata: not a page of these figures
    }  # fmt: skip
    (tmp_path / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    assert gold_meta(tmp_path) == {
        "a": {"title": "Ein Titel", "authors": ["Anna Beck", "Jan Ott"], "date": "2024-05-03"}
    }
    assert gold_meta(tmp_path / "missing") == {}


def test_meta_metrics_compare_folded_text_name_sets_and_days() -> None:
    gold = {
        "a": {"title": "Ein Titel", "authors": ["Anna Beck", "Jan Ott"], "date": "2024-05-03"},
        "b": {"title": "Zweiter Titel", "authors": ["Lea Rot"], "date": "2024-05-04"},
    }
    right = Metadata(authors=["Jan Ott", "anna beck"], published=datetime(2024, 5, 3, 17, 47))
    wrong = Metadata(authors=["Lea Rot", "Jan Ott"], published=None)
    found = {"a": ("ein  Titel", "Ein Titel", right), "b": ("Zweiter", "Kicker: Zweiter", wrong)}
    got = {m.name: m.value for m in meta_metrics("s", gold, found)}
    assert got == {
        "title exact": 0.5,
        "headline exact": 0.5,
        "authors exact": 0.5,
        "date same day": 0.5,
    }
    assert meta_metrics("s", gold, {}) == []


def test_titles_match_whatever_quotes_they_are_printed_with() -> None:
    gold = {"a": {"title": "Strava unveils 'family' plan", "authors": [], "date": ""}}
    title = "Strava unveils ‘family’ plan"
    got = {m.name: m.value for m in meta_metrics("s", gold, {"a": (title, title, Metadata())})}
    assert got["title exact"] == 1.0
