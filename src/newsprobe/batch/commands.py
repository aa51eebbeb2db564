"""``newsprobe batch`` (sharded analysis on Dask) and ``newsprobe load`` (shards → store)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsprobe.corpus.commands import (
    DEFAULT_DB,
    DbOption,
    JsonReportOption,
    MaxSizeOption,
    cli_error,
    open_corpus,
)
from newsprobe.corpus.limits import DEFAULT_TIMEOUT
from newsprobe.store import shown

if TYPE_CHECKING:
    from newsprobe.batch.load import LoadReport
    from newsprobe.batch.run import BatchReport


ProgressLines = Annotated[
    bool | None,
    typer.Option("--progress/--no-progress", help="Progress lines (default: on a terminal)."),
]


def batch(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="Files, folders (recursive) or glob patterns, as for ingest.",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", help="Output folder (on a file system every worker can reach)."
        ),
    ],
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="A running Dask scheduler (tcp://host:8786); default: a local cluster.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Local cluster processes (default: cores)."),
    ] = None,
    shard_size: Annotated[
        float | None,
        typer.Option(
            "--shard-size",
            min=0.01,
            metavar="MB",
            help="Cut JSON Lines files into ranges of about this size (default: 8 per worker, "
            "at most 64 MB).",
        ),
    ] = None,
    max_size: MaxSizeOption = 20.0,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", min=0, metavar="SECONDS", help="Time limit per article (0: none)."
        ),
    ] = DEFAULT_TIMEOUT,
    progress: ProgressLines = None,
    as_json: JsonReportOption = False,
) -> None:
    """Analyse inputs in shards on a Dask cluster into Parquet files (resumable)."""
    from newsprobe.batch.run import BatchError, Settings
    from newsprobe.batch.run import batch as run

    if scheduler and workers:
        raise cli_error("give --scheduler or --workers, not both")
    show = sys.stderr.isatty() if progress is None else progress
    settings = Settings(max_bytes=int(max_size * 1024**2), timeout=timeout or None)
    try:
        report = run(
            paths,
            out,
            scheduler=scheduler,
            workers=workers,
            shard_bytes=int(shard_size * 1024**2) if shard_size else None,
            settings=settings,
            progress=_Ticker().batch if show else None,
        )
    except BatchError as exc:
        raise cli_error(str(exc)) from None
    except KeyboardInterrupt:
        typer.echo(
            "newsprobe: interrupted; finished shards are kept, run the same command again "
            "to do the rest",
            err=True,
        )
        raise typer.Exit(130) from None
    line = (
        f"{report.written:,} shards written · {report.done_before:,} done before · "
        f"{report.failed_shards:,} failed  ({report.records:,} records: "
        f"{report.articles:,} articles, {report.failures:,} failures"
        f"{f', {report.timeouts:,} timed out' if report.timeouts else ''}; "
        f"{report.seconds:,.1f} s, {report.articles_per_second:,.1f} records/s, "
        f"{report.workers} workers) → {out}"
    )
    if _summary(report.as_dict(), line, as_json):
        typer.echo(f"load them into a database with `newsprobe load {out} --db …`", err=True)


def _summary(report: dict[str, Any], line: str, as_json: bool) -> bool:
    """Print a run's report as JSON or as its one summary line; whether it was the line."""
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return False
    typer.echo(line)
    return True


class _Ticker:
    """Progress lines on stderr, at most one a second (and the last one)."""

    def __init__(self) -> None:
        self.last = 0.0
        self.started = time.monotonic()

    def due(self, final: bool) -> bool:
        now = time.monotonic()
        if final or now - self.last >= 1.0:
            self.last = now
            return True
        return False

    def batch(self, r: BatchReport, total: int) -> None:
        done = r.written + r.done_before + r.failed_shards
        if not self.due(done == total):
            return
        rate = r.records / r.seconds if r.seconds else 0.0
        eta = f" · eta {(total - done) * r.seconds / r.written:,.0f} s" if r.written else ""
        typer.echo(
            f"batch: {done:,}/{total:,} shards · {r.records:,} records · {r.articles:,} "
            f"articles · {r.failures:,} failures · {rate:,.1f} records/s{eta}",
            err=True,
        )

    def load(self, r: LoadReport) -> None:
        if not self.due(r.loaded + r.loaded_before == r.shards):
            return
        elapsed = max(1e-9, time.monotonic() - self.started)
        typer.echo(
            f"load: {r.loaded + r.loaded_before:,}/{r.shards:,} shards · {r.added:,} added · "
            f"{r.duplicates:,} dup · {r.skipped:,} done before · {r.failed:,} failed · "
            f"{r.records / elapsed:,.1f} records/s",
            err=True,
        )


def load(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Output folder of a batch run.")],
    db: DbOption = DEFAULT_DB,
    progress: ProgressLines = None,
    as_json: JsonReportOption = False,
) -> None:
    """Merge the shards of a batch run into a database (resumable; duplicates skipped)."""
    from newsprobe.batch.load import load as run
    from newsprobe.batch.shards import ShardError

    show = sys.stderr.isatty() if progress is None else progress
    with open_corpus(db, readonly=False) as corpus:
        try:
            report = run(
                corpus._store,
                folder,
                location=corpus.location,
                progress=_Ticker().load if show else None,
            )
        except ShardError as exc:
            raise cli_error(str(exc)) from None
    line = (
        f"{report.added:,} added · {report.duplicates:,} duplicates · {report.skipped:,} "
        f"already stored · {report.failed:,} failed  ({report.loaded:,} shards loaded, "
        f"{report.loaded_before:,} before; {report.records:,} records in "
        f"{report.seconds:,.1f} s, {report.records_per_second:,.1f} records/s) → {shown(db)}"
    )
    _summary(report.as_dict(), line, as_json)


def register(app: typer.Typer) -> None:
    app.command()(batch)
    app.command()(load)
