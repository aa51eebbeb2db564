"""The ``newsprobe`` command line: a thin layer over the API, the renderers and the evaluation."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

import typer

from newsprobe import __version__
from newsprobe.batch.commands import register as register_batch_commands
from newsprobe.corpus.commands import (
    DateColumn,
    OutletColumn,
    TextColumn,
    TitleColumn,
    UrlColumn,
    write_output,
)
from newsprobe.corpus.commands import register as register_corpus_commands
from newsprobe.corpus.story_commands import register as register_story_commands
from newsprobe.isotime import iso_datetime
from newsprobe.web.commands import register as register_web_commands

app = typer.Typer(
    name="newsprobe",
    help="Read a news article like a careful editor: what is claimed, by whom, how surely, "
    "and whether the headline holds up.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


class Format(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


class Lang(StrEnum):
    auto = "auto"
    de = "de"
    en = "en"


NER_OPTION = typer.Option(
    "--ner",
    metavar="BACKEND",
    help="Entity backend: crf (built in, default) or spacy:NAME_OR_PATH (an installed spaCy "
    "pipeline, e.g. spacy:de_core_news_lg). Default: $NEWSPROBE_NER or crf.",
)

#: Exit status when the input was read but holds no article (report still printed).
EXIT_NO_ARTICLE = 3


class CliError(Exception):
    """A user-facing error: printed as one line, exit code 2."""


def _samples() -> dict[str, Path]:
    folder = files("newsprobe").joinpath("samples")
    return {
        Path(str(p)).stem: Path(str(p))
        for p in folder.iterdir()
        if Path(str(p)).suffix in {".txt", ".html"}
    }


def _use_color(target: Path | None) -> bool:
    return target is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _is_record_file(source: str) -> bool:
    from newsprobe.corpus.discover import input_format

    return input_format(source) in ("csv", "parquet") or source.lower().endswith(
        (".wet", ".wet.gz")
    )


def _analyze_record(
    source: str,
    lang: str,
    only: list[str] | None,
    max_bytes: int,
    columns: Any,
    ner: str | None = None,
    read_at: datetime | None = None,
) -> Any:
    """The one article of a table or WET file (more than one: use ``ingest``)."""
    from newsprobe.api import analyze_bytes
    from newsprobe.corpus.records import Bad, Record, iter_records
    from newsprobe.corpus.tables import Columns

    path = Path(source)
    if not path.is_file():
        raise CliError(f"{source}: no such file")
    records: list[Record] = []
    for item in iter_records(path, max_bytes=max_bytes, columns=columns or Columns()):
        if isinstance(item, Bad):
            where = f" (record {item.record})" if item.record else ""
            raise CliError(f"{source}{where}: {item.reason}")
        records.append(item)
        if len(records) > 1:
            raise CliError(
                f"{source} holds more than one article; analyse one with a one-row file, "
                f"or store them all with: newsprobe ingest {source}"
            )
    if not records:
        raise CliError(f"{source}: no article in the file")
    return analyze_bytes(records[0].data, name=source + ".json", lang=lang, only=only,
                         max_bytes=max_bytes, ner=ner, reference=read_at)  # fmt: skip


def _run_analyze(
    source: str,
    fmt: Format,
    lang: Lang,
    output: Path | None,
    only: str | None,
    timings: bool,
    max_mb: float,
    ner: str | None = None,
    columns: Any = None,
    read_at: datetime | None = None,
) -> None:
    from newsprobe.api import analyze_bytes, analyze_path
    from newsprobe.model import Status
    from newsprobe.report import render

    max_bytes = int(max_mb * 1024 * 1024)
    selected = [n for n in only.split(",")] if only else None
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        analysis = analyze_bytes(
            data,
            name="<stdin>",
            lang=lang.value,
            only=selected,
            max_bytes=max_bytes,
            ner=ner,
            reference=read_at,
        )
    elif _is_record_file(source):
        analysis = _analyze_record(source, lang.value, selected, max_bytes, columns, ner, read_at)
    else:
        analysis = analyze_path(
            source, lang=lang.value, only=selected, max_bytes=max_bytes, ner=ner, reference=read_at
        )
    write_output(render(analysis, fmt.value, color=_use_color(output), timings=timings), output)
    if timings and fmt is not Format.text:
        for t in analysis.timings:
            typer.echo(f"{t.component:>12}  {t.seconds * 1000:8.1f} ms", err=True)
    if analysis.status is not Status.OK:
        typer.echo(
            f"newsprobe: {analysis.status.value}: {source}: "
            f"{analysis.warnings[-1] if analysis.warnings else ''}",
            err=True,
        )
        raise typer.Exit(EXIT_NO_ARTICLE)


@app.command()
def analyze(
    source: Annotated[str, typer.Argument(metavar="PATH|-", help="Article file, or - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.text,
    lang: Annotated[Lang, typer.Option("--lang", "-l", help="Article language.")] = Lang.auto,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE.", metavar="FILE")
    ] = None,
    only: Annotated[
        str | None,
        typer.Option(
            "--only", help="Run only these components (comma-separated; requirements are added)."
        ),
    ] = None,
    timings: Annotated[bool, typer.Option("--timings", help="Report per-component time.")] = False,
    max_size: Annotated[
        float, typer.Option("--max-size", help="Refuse inputs over this many MB.", min=0.001)
    ] = 20.0,
    text_column: TextColumn = None,
    title_column: TitleColumn = None,
    date_column: DateColumn = None,
    url_column: UrlColumn = None,
    outlet_column: OutletColumn = None,
    ner: Annotated[str | None, NER_OPTION] = None,
    read_at: Annotated[
        str | None,
        typer.Option(
            "--read-at",
            metavar="ISO",
            help="When the page was fetched or read (ISO 8601, e.g. 2026-03-10T08:30Z): "
            "relative date stamps ('vor 2 Stunden', 'yesterday at 9:15') give the publication "
            "date counted back from it. Overrides a WARC-Date or 'fetched'/'crawled' field.",
        ),
    ] = None,
) -> None:
    """Analyse one article (plain text, HTML, a JSON article object, or a one-row CSV/TSV/
    Parquet or one-record WET file) and print the report."""
    from newsprobe.corpus.tables import Columns

    reference = _iso_time(read_at) if read_at is not None else None

    columns = Columns(text_column, title_column, date_column, url_column, outlet_column)
    if ner is not None:
        from newsprobe.entities.spacy_ner import check

        check(ner)
    _run_analyze(source, fmt, lang, output, only, timings, max_size, ner, columns, reference)


def _iso_time(value: str) -> datetime:
    """``--read-at``'s ISO 8601 time ("2026-03-10", "2026-03-10T08:30:00Z")."""
    try:
        return iso_datetime(value.strip())
    except ValueError:
        raise typer.BadParameter(
            f"not an ISO 8601 time: {value!r} (e.g. 2026-03-10T08:30:00Z)", param_hint="--read-at"
        ) from None


@app.command()
def demo(
    sample: Annotated[str, typer.Argument(help="Name of a bundled sample.")] = "de_klinik",
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE")] = None,
) -> None:
    """Analyse a bundled sample article (see `newsprobe samples`)."""
    samples = _samples()
    if sample not in samples:
        raise CliError(f"no sample named {sample!r}; available: {', '.join(sorted(samples))}")
    _run_analyze(str(samples[sample]), fmt, Lang.auto, output, None, False, 20.0)


@app.command()
def samples() -> None:
    """List the bundled sample articles and where they are."""
    for name, path in sorted(_samples().items()):
        typer.echo(f"{name:16} {path}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis document."""
    from newsprobe.model import json_schema

    typer.echo(json_schema())


@app.command()
def components() -> None:
    """List the pipeline components in run order, with what each requires."""
    from newsprobe.pipeline import component_names, get_component

    for name in component_names():
        requires = ", ".join(get_component(name).requires) or "-"
        typer.echo(f"{name:12} requires: {requires}")


@app.command("eval")
def evaluate(
    task: Annotated[str, typer.Argument(help="Evaluation task, e.g. extraction, speed.")],
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            "-d",
            help="Dataset path (file or folder); optional for tasks that "
            "bring their own data (speed, claims).",
        ),
    ] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="Dataset format (auto).")] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Use at most N items.", min=1)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    as_text: Annotated[
        str | None,
        typer.Option(
            "--as-text",
            help="extraction: render each page to text (inscriptis, markdown, lynx, "
            "innertext) and score newsprobe on the text, trafilatura on the HTML.",
        ),
    ] = None,
) -> None:
    """Score newsprobe on a dataset and print a table."""
    from rich.console import Console

    from newsprobe.eval.base import EvalError
    from newsprobe.eval.registry import print_result, run_task

    try:
        if as_text is not None:
            if task != "extraction":
                raise EvalError("--as-text is an option of the extraction task")
            from newsprobe.eval import extraction_text

            result = extraction_text.run(data, renderer=as_text, fmt=fmt, limit=limit)
        else:
            result = run_task(task, data, fmt=fmt, limit=limit)
    except EvalError as exc:
        raise CliError(str(exc)) from None
    print_result(result, Console(), as_json=as_json)


register_corpus_commands(app)  # ingest, failures, search, quotes, sources, entities, show, export
register_web_commands(app)  # serve (the web app)
register_batch_commands(app)  # batch (Dask), load
register_story_commands(app)  # stories, story


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"newsprobe {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """newsprobe command line."""


def main() -> None:
    """Console entry point: every expected failure is one line on stderr and exit code 2."""
    from newsprobe.options import OptionError
    from newsprobe.pipeline import PipelineError
    from newsprobe.read import InputError

    try:
        app()  # standalone: usage errors print click's message and exit 2
    except (InputError, PipelineError, OptionError, CliError) as exc:
        typer.echo(f"newsprobe: error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
    except OverflowError:  # an id past what the store holds: nothing can have it
        typer.echo(
            f"newsprobe: error: a number is out of range (ids, limits and offsets are at most "
            f"{2**63 - 1:,})",
            err=True,
        )
        sys.exit(2)
    except Exception as exc:  # anything unexpected: one line, no traceback
        if os.environ.get("NEWSPROBE_DEBUG"):
            raise
        typer.echo(
            f"newsprobe: internal error: {type(exc).__name__}: {exc} "
            "(set NEWSPROBE_DEBUG=1 for a traceback)",
            err=True,
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
