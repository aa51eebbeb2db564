"""The whole-page metadata figures of ``eval extraction --as-text`` (gold written here)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from newsprobe.eval.page_meta import (
    gold_agencies,
    gold_meta,
    meta_metrics,
    read_time_metric,
    read_times,
)
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


def test_agency_found_counts_pages_whose_gold_authors_name_an_agency() -> None:
    gold = {
        "a": {"title": "T", "authors": ["Anna Beck", "dpa"], "date": ""},
        "b": {"title": "T", "authors": ["AFP, MANILA"], "date": ""},
        "c": {"title": "T", "authors": ["Lea Rot"], "date": ""},  # no agency: not counted
    }
    found = {
        "a": ("T", "T", Metadata(authors=["Anna Beck"], agency=["dpa"])),
        "b": ("T", "T", Metadata(agency=[])),
        "c": ("T", "T", Metadata(authors=["Lea Rot"])),
    }
    got = {m.name: (m.value, m.n) for m in meta_metrics("s", gold, found)}
    assert got["agency found"] == (0.5, 2)
    assert gold_agencies(["Deutsche Presse-Agentur", "SID"]) == {"dpa", "SID"}
    assert gold_agencies(["Adam Vidler"]) == set()


def test_read_times_come_from_the_sets_crawl_dates(tmp_path: Path) -> None:
    rows = [
        {"file": "html/de_Blatt_2024_04_26.html.gz", "crawl_date": "2024-04-26 18:19:08.72"},
        {"file": "html/de_Other_2024_04_27.html.gz"},  # no crawl date: no reading time
    ]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    assert read_times(tmp_path) == {"de_Blatt_2024_04_26": datetime(2024, 4, 26, 18, 19, 8, 720000)}
    assert read_times(tmp_path / "missing") == {}
    gold = {"a": {"title": "T", "authors": [], "date": "2024-04-26"}}
    found = {"a": ("T", "T", Metadata(published=datetime(2024, 4, 26, 16, 0)))}
    (metric,) = read_time_metric("s", gold, found)
    assert (metric.name, metric.value) == ("date same day (read time known)", 1.0)
