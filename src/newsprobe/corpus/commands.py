"""Corpus commands of the ``newsprobe`` CLI: ingest, failures, search, quotes, sources,
entities, show, export.  ``register(app)`` adds them to the typer app; each is a thin layer over
:class:`newsprobe.Corpus`.  Bad input (a missing database, a bad date, an unknown id) is one
line on stderr and exit status 2, like every other command.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsprobe.corpus.limits import DEFAULT_TIMEOUT
from newsprobe.corpus.output import Column, RowFormat, day, emit, pct
from newsprobe.store import shown
from newsprobe.store.filters import ArticleFilter, Genre, QuoteFilter
from newsprobe.store.rows import EntityRow, FailureRow, OutletSourcing, QuoteRow, SearchHit

if TYPE_CHECKING:
    from newsprobe.corpus.api import Corpus

DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        help="Corpus database: an SQLite file, or a postgresql://user@host/db URL.",
        envvar="NEWSPROBE_DB",
        metavar="FILE|URL",
    ),
]
FormatOption = Annotated[RowFormat, typer.Option("--format", "-f", help="Output format.")]
#: Options of every command that reads inputs (ingest, batch) or prints a run's report.
MaxSizeOption = Annotated[
    float, typer.Option("--max-size", min=0.001, help="Records over this many MB become failures.")
]
JsonReportOption = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]
RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="CSV cells as stored: no ' before cells starting with = + - @ (which a "
        "spreadsheet would run as formulas).",
    ),
]
DEFAULT_DB = Path("newsprobe.db")


class ShowFormat(StrEnum):
    table = "table"
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


GenreOption = Annotated[
    Genre | None,
    typer.Option("--genre", help="opinion: only commentary and editorials; news: leave them out."),
]


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def cli_error(message: str) -> Exception:
    """A one-line error and exit status 2, printed the way ``newsprobe.cli.main`` prints
    its errors (also when the CLI runs as ``python -m newsprobe.cli``)."""
    typer.echo(f"newsprobe: error: {message}", err=True)
    return typer.Exit(2)


def _option(field: str, what: str) -> Any:
    return Annotated[
        str | None,
        typer.Option(
            f"--{field}-column",
            metavar="NAME|N",
            help=f"CSV/TSV/Parquet: the column holding {what} (header name or number).",
        ),
    ]


TextColumn = _option("text", "the article text (default: detected)")
TitleColumn = _option("title", "the headline")
DateColumn = _option("date", "the publication date")
UrlColumn = _option("url", "the URL")
OutletColumn = _option("outlet", "the outlet")


@contextmanager
def open_corpus(db: Path, *, readonly: bool = True) -> Iterator[Corpus]:
    """The corpus, with store errors turned into one-line CLI errors."""
    from newsprobe.corpus.api import Corpus
    from newsprobe.corpus.ingest import IngestError
    from newsprobe.store import StoreError, is_server, store_location

    if is_server(db):
        db = store_location(db)  # type: ignore[assignment]
    elif readonly and not db.exists():
        raise cli_error(
            f"{db}: no such database (create it with `newsprobe ingest PATH --db {db}`)"
        )
    try:
        corpus = Corpus(db, readonly=readonly)
    except StoreError as exc:
        raise cli_error(str(exc)) from None
    try:
        yield corpus
    except (StoreError, IngestError) as exc:
        raise cli_error(str(exc)) from None
    finally:
        corpus.close()


def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="Files, folders (recursive) or glob patterns: .txt, .html, "
            ".json, .jsonl(.gz), .warc(.gz), .warc.wet.gz, .csv, .tsv, .parquet.",
        ),
    ],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=0, help="Analysis processes (default: CPU cores; 0: none)."
        ),
    ] = None,
    max_size: MaxSizeOption = 20.0,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0,
            metavar="SECONDS",
            help="Time limit per article; a record that takes longer is recorded as a failure "
            "and its worker replaced (0: no limit).",
        ),
    ] = DEFAULT_TIMEOUT,
    as_json: JsonReportOption = False,
    ner: Annotated[
        str | None,
        typer.Option(
            "--ner",
            metavar="BACKEND",
            help="Entity backend: crf (built in) or spacy:NAME_OR_PATH (an installed spaCy "
            "pipeline). Default: $NEWSPROBE_NER or crf.",
        ),
    ] = None,
    text_column: TextColumn = None,
    title_column: TitleColumn = None,
    date_column: DateColumn = None,
    url_column: UrlColumn = None,
    outlet_column: OutletColumn = None,
) -> None:
    """Analyse articles in parallel and store them (resumable; duplicates are skipped)."""
    from newsprobe.corpus.tables import Columns

    columns = Columns(text_column, title_column, date_column, url_column, outlet_column)
    if ner is not None:
        from newsprobe.entities.spacy_ner import check

        check(ner)
        os.environ["NEWSPROBE_NER"] = ner  # the workers' pipeline options read it
    show_bar = sys.stderr.isatty() if progress is None else progress
    with open_corpus(db, readonly=False) as corpus:
        try:
            report = corpus.ingest(
                paths,
                workers=workers,
                max_bytes=int(max_size * 1024**2),
                progress=show_bar,
                timeout=timeout or None,
                columns=columns,
            )
        except KeyboardInterrupt:
            stats = corpus.stats()
            typer.echo(
                f"newsprobe: interrupted; {stats.articles:,} articles are stored in "
                f"{shown(db)}; run the same command again to resume",
                err=True,
            )
            raise typer.Exit(130) from None
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    peak = max(report.peak_rss_mb.values(), default=0.0)
    typer.echo(
        f"{report.added:,} added · {report.duplicates:,} duplicates · {report.skipped:,} "
        f"already stored · {report.failed:,} failed"
        f"{f' ({report.timeouts:,} timed out)' if report.timeouts else ''}"
        f"  ({report.inputs:,} inputs in "
        f"{report.seconds:,.1f} s, {report.articles_per_second:,.1f} articles/s, "
        f"{report.workers} workers, peak {peak:,.0f} MB/worker) → {shown(db)}"
    )
    if report.failed:
        typer.echo(f"see `newsprobe failures --db {shown(db)}` for what failed and why", err=True)


def failures(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = RowFormat.table,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, max=2**63 - 1)] = None,
) -> None:
    """Inputs that did not become articles: path, record offset, stage and reason."""
    with open_corpus(db) as corpus:
        rows = corpus.failures(limit=limit)
    emit(
        rows,
        fmt,
        [
            Column("path", lambda r: r.path, max_width=50),
            Column("offset", lambda r: r.offset, justify="right"),
            Column("rec.", lambda r: r.record, justify="right"),
            Column("stage", lambda r: r.stage),
            Column("reason", lambda r: r.reason, max_width=70),
            Column("tries", lambda r: r.attempts, justify="right"),
        ],
        FailureRow,
        title="failures",
        empty="no failures",
    )


def search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", prefix*, AND/OR/NOT.')],
    db: DbOption = DEFAULT_DB,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet name contains.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", "-l", help="Language code.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Published on/after (ISO date).")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Published on/before.")] = None,
    genre: GenreOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=2**63 - 1)] = 20,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """Full-text search over titles and texts, with highlighted snippets."""
    from rich.text import Text

    with open_corpus(db) as corpus:
        where = ArticleFilter(
            outlet=outlet,
            language=lang,
            since=since,
            until=until,
            genre=genre,
        )
        hits = corpus.search(query, where, limit=limit)

    def snippet(hit: object) -> Text:
        text = Text(hit.snippet)  # type: ignore[attr-defined]
        for start, end in hit.highlights:  # type: ignore[attr-defined]
            text.stylize("bold yellow", start, end)
        return text

    emit(
        hits,
        fmt,
        [
            Column("id", lambda h: h.article_id, justify="right"),
            Column("date", lambda h: day(h.published)),
            Column("outlet", lambda h: h.outlet, max_width=18),
            Column("title", lambda h: h.title, max_width=40),
            Column("snippet", snippet, max_width=80),
        ],
        SearchHit,
        title=f"search: {query}",
        empty="no matches",
    )


def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker name contains.")] = None,
    about: Annotated[str | None, typer.Option("--about", help="Entity named in the quote.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet")] = None,
    article: Annotated[int | None, typer.Option("--article", help="Only this article id.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Published on/after (ISO date).")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Published on/before.")] = None,
    genre: GenreOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=2**63 - 1)] = 100,
    offset: Annotated[
        int, typer.Option("--offset", min=0, max=2**63 - 1, help="Skip this many first.")
    ] = 0,
    fmt: FormatOption = RowFormat.table,
    raw_csv: RawCsvOption = False,
) -> None:
    """Who said what: attributed statements, newest first."""
    with open_corpus(db) as corpus:
        where = QuoteFilter(speaker, about, outlet, article, since, until, genre=genre)
        rows = corpus.quotes(where, limit=limit, offset=offset)
    emit(
        rows,
        fmt,
        [
            Column("id", lambda q: f"{q.article_id}:{q.attribution_id}", justify="right"),
            Column("date", lambda q: day(q.published)),
            Column("outlet", lambda q: q.outlet, max_width=16),
            Column("speaker", lambda q: q.speaker_name or q.speaker or q.source_name, max_width=24),
            Column("kind", lambda q: q.kind),
            Column("cue", lambda q: q.cue, max_width=14),
            Column("message", lambda q: q.message, max_width=70),
            Column("about", lambda q: q.about, max_width=24),
        ],
        QuoteRow,
        title="quotes",
        empty="no quotes found",
        raw_csv=raw_csv,
    )


def sources(
    db: DbOption = DEFAULT_DB,
    outlet: Annotated[str | None, typer.Option("--outlet")] = None,
    genre: GenreOption = None,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """Sourcing per outlet: source types, anonymous share, hedging rate."""
    with open_corpus(db) as corpus:
        rows = corpus.sources(outlet=outlet, genre=genre)

    def top(r: object) -> str:
        shares = sorted(r.source_shares.items(), key=lambda kv: -kv[1])  # type: ignore[attr-defined]
        return ", ".join(f"{k} {pct(v)}" for k, v in shares[:4])

    emit(
        rows,
        fmt,
        [
            Column("outlet", lambda r: r.outlet, max_width=24),
            Column("articles", lambda r: f"{r.articles:,}", justify="right"),
            Column("sources", lambda r: f"{r.sources:,}", justify="right"),
            Column("types", top, max_width=48),
            Column("anonymous", lambda r: pct(r.anonymous_share), justify="right"),
            Column("anon. stmts", lambda r: pct(r.anonymous_statement_share), justify="right"),
            Column("claims", lambda r: f"{r.claims:,}", justify="right"),
            Column("hedged", lambda r: pct(r.hedging_rate), justify="right"),
        ],
        OutletSourcing,
        title="sourcing by outlet",
        empty="no articles",
    )


def entities(
    db: DbOption = DEFAULT_DB,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=2**63 - 1, help="How many.")] = 20,
    type_: Annotated[str | None, typer.Option("--type", help="PER, ORG, LOC or MISC.")] = None,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """The entities named in the most articles."""
    with open_corpus(db) as corpus:
        rows = corpus.entities(top=top, type=type_)
    emit(
        rows,
        fmt,
        [
            Column("name", lambda e: e.name, max_width=30),
            Column("type", lambda e: e.type),
            Column("key", lambda e: e.key, max_width=30, style="dim"),
            Column("articles", lambda e: f"{e.articles:,}", justify="right"),
            Column("mentions", lambda e: f"{e.mentions:,}", justify="right"),
            Column("quotes by", lambda e: e.quotes_by, justify="right"),
            Column("about", lambda e: e.quotes_about, justify="right"),
            Column("first", lambda e: day(e.first_seen)),
            Column("last", lambda e: day(e.last_seen)),
        ],
        EntityRow,
        title="entities",
        empty="no entities",
    )


def show(
    article_id: Annotated[int, typer.Argument(metavar="ID", help="Article id.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ShowFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE")] = None,
) -> None:
    """The full report of a stored article (as `analyze` prints it; no re-analysis)."""
    from newsprobe.report import render

    with open_corpus(db) as corpus:
        try:
            analysis = corpus.article(article_id)
        except KeyError:
            raise cli_error(f"{shown(db)}: no article with id {article_id}") from None
    kind = "text" if fmt in (ShowFormat.table, ShowFormat.text) else fmt.value
    color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    write_output(render(analysis, kind, color=color, timings=False), output)


def write_output(text: str, target: Path | None) -> None:
    """Write a rendered report to ``target`` (saying so), or to standard output without one."""
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise cli_error(f"{target}: cannot write: {exc.strerror or exc}") from None
    typer.echo(f"wrote {target}", err=True)


def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write.", metavar="DIR")],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="File format.")
    ] = ExportFormat.jsonl,
    db: DbOption = DEFAULT_DB,
    tables: Annotated[
        str | None, typer.Option("--tables", help="Only these tables (comma-separated).")
    ] = None,
    raw_csv: RawCsvOption = False,
) -> None:
    """Write one file per layer table (articles, entities, mentions, attributions, …)."""
    selected = [t.strip() for t in tables.split(",") if t.strip()] if tables else None
    with open_corpus(db) as corpus:
        written = corpus.export(out, format=fmt.value, layers=selected, raw_csv=raw_csv)
    for path in written:
        typer.echo(str(path))


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app``."""
    app.command()(ingest)
    app.command()(failures)
    app.command()(search)
    app.command()(quotes)
    app.command()(sources)
    app.command()(entities)
    app.command()(show)
    app.command()(export)
