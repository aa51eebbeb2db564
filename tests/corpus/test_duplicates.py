"""The same story across outlets: an ingest keeps the outlet, URL and date of every input
that carried an article's text, not only of the first one."""

from __future__ import annotations

import json
from pathlib import Path

from corpus_inputs import german, html_page, warc_bytes

from newsprobe import Corpus


def test_the_same_text_from_several_outlets_lists_them_all(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    story = german(1)
    lines = [
        {
            "text": story,
            "outlet": "Kurier",
            "url": "https://kurier.example/rad",
            "published": "2024-05-02T08:00:00+02:00",
        },
        {"text": german(2), "outlet": "Kurier"},
        {
            "text": story,
            "outlet": "Standard",
            "url": "https://standard.example/rad",
            "published": "2024-05-02T09:30:00+02:00",
        },
    ]
    (folder / "feed.jsonl").write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8"
    )
    # read after the feed (files are read in name order): the text alone, twice
    (folder / "later-copy.txt").write_text(story, encoding="utf-8")
    (folder / "later-copy-2.txt").write_text(story, encoding="utf-8")  # the same bytes
    with Corpus(tmp_path / "c.db") as corpus:
        report = corpus.ingest([folder], workers=0)
        assert (report.added, report.duplicates) == (2, 3)
        [article] = [a for a in corpus.articles() if a.outlet == "Kurier" and a.url]
        rows = corpus.inputs(article.id)
        assert [(r.status, r.outlet, r.url) for r in rows] == [
            ("article", "Kurier", "https://kurier.example/rad"),
            ("duplicate", "Standard", "https://standard.example/rad"),
            ("duplicate", None, None),
            ("duplicate", None, None),
        ]
        assert [r.published.isoformat() for r in rows[:2]] == [  # type: ignore[union-attr]
            "2024-05-02T06:00:00",
            "2024-05-02T07:30:00",
        ]  # UTC, earliest first
        assert (rows[0].record, rows[1].record) == (1, 3)
        assert {Path(r.path).name for r in rows[2:]} == {"later-copy.txt", "later-copy-2.txt"}
        # rerunning adds no input rows
        again = corpus.ingest([folder], workers=0)
        assert again.skipped == 5 and len(corpus.inputs(article.id)) == 4


def test_a_page_archived_under_two_addresses_keeps_both(tmp_path: Path) -> None:
    page = html_page(0)
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes([page, html_page(1), page]))
    with Corpus(tmp_path / "c.db") as corpus:
        report = corpus.ingest([tmp_path / "crawl.warc.gz"], workers=0)
        assert (report.added, report.duplicates) == (2, 1)
        [article] = [a for a in corpus.articles() if a.url == "https://hafen.example/0"]
        assert [(r.status, r.url) for r in corpus.inputs(article.id)] == [
            ("article", "https://hafen.example/0"),
            ("duplicate", "https://hafen.example/2"),
        ]
