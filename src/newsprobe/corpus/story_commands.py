"""Story commands of the ``newsprobe`` CLI: ``stories`` (the list) and ``story ID`` (one)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from newsprobe.corpus.commands import DEFAULT_DB, DbOption, cli_error, open_corpus
from newsprobe.corpus.output import Column, RowFormat, day, emit
from newsprobe.store.rows import Row


class StoryFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


class StoryListRow(Row):
    """A story with its article ids (what ``newsprobe stories`` lists)."""

    id: int
    title: str | None = None
    articles: int
    copies: int
    outlets: list[str]
    languages: list[str]
    first: str | None = None
    last: str | None = None
    article_ids: list[int]


def stories(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[StoryFormat, typer.Option("--format", "-f", help="Output format.")] = (
        StoryFormat.text
    ),
    min_articles: Annotated[
        int, typer.Option("--min-articles", "-m", min=1, help="Only stories this large.")
    ] = 2,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="How many.")] = None,
    rebuild: Annotated[
        bool,
        typer.Option(
            "--rebuild",
            help="Forget the stories, compute every article's story features again from its "
            "stored analysis, and cluster every article again.",
        ),
    ] = False,
    keep_features: Annotated[
        bool,
        typer.Option(
            "--keep-features",
            help="With --rebuild: keep the stored story features (faster; articles ingested "
            "by an older version keep that version's features).",
        ),
    ] = False,
) -> None:
    """Stories: the same event in several articles and outlets, with their article ids."""
    with open_corpus(db, readonly=not rebuild) as corpus:
        if rebuild:
            n = corpus.rebuild_stories(features=not keep_features)
            typer.echo(
                f"clustered {n:,} articles into {corpus.count_stories():,} stories", err=True
            )
        found = corpus.stories(min_articles=min_articles, limit=limit)
        rows = []
        for s in found:
            _, members = corpus.story(s.id)
            rows.append(
                StoryListRow(
                    id=s.id,
                    title=s.title,
                    articles=s.articles,
                    copies=s.copies,
                    outlets=s.outlets,
                    languages=s.languages,
                    first=s.first_time.isoformat() if s.first_time else None,
                    last=s.last_time.isoformat() if s.last_time else None,
                    article_ids=[m.article_id for m in members],
                )
            )
    emit(
        rows,
        RowFormat.table if fmt is StoryFormat.text else RowFormat(fmt.value),
        [
            Column("story", lambda r: r.id, justify="right"),
            Column("title", lambda r: r.title or "", max_width=50),
            Column("articles", lambda r: r.articles, justify="right"),
            Column("copies", lambda r: r.copies, justify="right"),
            Column("outlets", lambda r: ", ".join(r.outlets), max_width=30),
            Column("lang", lambda r: ",".join(r.languages)),
            Column("first", lambda r: (r.first or "")[:10]),
            Column("article ids", lambda r: " ".join(map(str, r.article_ids)), max_width=40),
        ],
        StoryListRow,
        title="stories",
        empty=f"no stories with {min_articles} or more articles",
    )


def story(
    story_id: Annotated[int, typer.Argument(metavar="ID", help="Story id.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[StoryFormat, typer.Option("--format", "-f", help="Output format.")] = (
        StoryFormat.text
    ),
) -> None:
    """One story: outlets and timeline, headlines and their verdicts, the central claim and
    how each outlet states it, who is quoted by whom, agency copies folded."""
    from newsprobe.stories.view import build

    if fmt is StoryFormat.csv:
        raise cli_error("a story prints as text or json (csv: use `newsprobe stories`)")
    with open_corpus(db) as corpus:
        view = build(corpus.store, story_id)
    if fmt is StoryFormat.json:
        json.dump(view.model_dump(mode="json"), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    sys.stdout.write(render_text(view))


def render_text(view: object) -> str:
    from newsprobe.stories.view import StoryView

    assert isinstance(view, StoryView)
    s = view.story
    out = [f"Story {s.id}: {s.title or '(untitled)'}"]
    span = f"{day(s.first_time)} – {day(s.last_time)}" if s.first_time else "undated"
    out.append(
        f"{s.articles} articles ({s.copies} agency copies) · {len(s.outlets)} outlets · "
        f"{', '.join(s.languages)} · {span}"
    )
    out.append("")
    out.append("Timeline and headlines (copies folded):")
    for h in view.headlines:
        if h.copy_of is not None:
            continue
        verdict = f" [{', '.join(h.verdicts)}]" if h.verdicts else ""
        when = day(h.published) or "—"
        out.append(f"  {when}  #{h.article_id} {h.outlet or '?'}: {h.headline or ''}{verdict}")
        for c in h.copies:
            copy = next(x for x in view.headlines if x.article_id == c)
            agency = f" ({copy.agency} copy)" if copy.agency else " (copy)"
            cv = f" [{', '.join(copy.verdicts)}]" if copy.verdicts else ""
            out.append(f"      ↳ #{c} {copy.outlet or '?'}{agency}: {copy.headline or ''}{cv}")
    if view.central_claim:
        out += ["", f"Central claim: {view.central_claim}"]
        if view.framing:
            out.append(f"  {view.framing}")
        for v in view.versions:
            src = f" — {', '.join(v.sources)}" if v.sources else ""
            out.append(f"  #{v.article_id} {v.outlet or '?'} [{v.status}]: {v.text}{src}")
    if view.quoted:
        out += ["", "Who is quoted by whom:"]
        for q in view.quoted:
            out.append(f"  {q.speaker} ({q.statements}): {', '.join(q.outlets)}")
    return "\n".join(out) + "\n"


def register(app: typer.Typer) -> None:
    app.command()(stories)
    app.command()(story)
