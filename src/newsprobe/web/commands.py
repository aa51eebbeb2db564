"""The ``newsprobe serve`` command: ``register(app)`` adds it to the typer app."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register", "serve"]

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def serve(
    db: Annotated[
        Path,
        typer.Option(
            "--db",
            help="Corpus database file (created if missing).",
            envvar="NEWSPROBE_DB",
            metavar="FILE",
        ),
    ] = Path("newsprobe.db"),
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. Anything but "
            "127.0.0.1 / localhost exposes the app to the network.",
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")
    ] = 8000,
    max_upload: Annotated[
        float,
        typer.Option("--max-upload", min=0.001, help="Largest article accepted by Analyse, in MB."),
    ] = 5.0,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            metavar="NAME",
            help="Extra host name the app answers to "
            "(repeatable), e.g. the machine's name when serving on the network.",
        ),
    ] = None,
) -> None:
    """Serve the web app: analyse articles and explore the corpus in the browser."""
    try:
        import uvicorn

        from newsprobe.web.app import LOCAL_HOSTS, create_app
    except ImportError as exc:  # pragma: no cover - fastapi/uvicorn are dependencies
        typer.echo(
            f"newsprobe: error: the web app needs {exc.name}: pip install newsprobe", err=True
        )
        raise typer.Exit(2) from None
    from newsprobe.store import StoreError

    hosts = [*LOCAL_HOSTS, *(allow_host or [])]
    wildcard = host in ("0.0.0.0", "::")
    if not wildcard and host not in hosts:
        hosts.append(host if ":" not in host else f"[{host}]")
    if host not in LOOPBACK:
        typer.echo(
            f"newsprobe: warning: listening on {host}: anyone who can reach this "
            "address can read the corpus and add articles to it",
            err=True,
        )
        if wildcard and not allow_host:
            typer.echo(
                "newsprobe: note: only requests addressed to 127.0.0.1/localhost are "
                "answered; add --allow-host NAME for the names others use",
                err=True,
            )
    try:
        app = create_app(db, max_upload=int(max_upload * 1024 * 1024), hosts=hosts)
    except StoreError as exc:
        typer.echo(f"newsprobe: error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo("newsprobe: loading the analysis models…", err=True)
    # once, before requests: the analysis worker process starts and loads the models
    app.state.analyser.run(b"Probe\n\nDie Modelle werden geladen, sagte sie.", None, "auto", 10_000)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"newsprobe: serving {db} on http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(
        app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False
    )


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the CLI."""
    app.command("serve")(serve)
