"""``sitrep serve --db FILE``: the REST API and web dashboard over a store (extra ``sitrep[web]``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.code import err, settings_from
from sitrep.cli.options import SettingsFile
from sitrep.errors import InputError, SitrepError, StoreError


def serve(
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store to serve.")],
    host: Annotated[
        str, typer.Option("--host", help="Address to bind (default: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="SITREP_TOKEN",
            show_envvar=True,
            help="Bearer token enabling POST /api/code and /api/ingest (without it the store "
            "is served read-only and those answer 401).",
        ),
    ] = None,
    settings_file: SettingsFile = None,
) -> None:
    """Serve the REST API (/api, docs at /docs) and the dashboard (/) over a store."""
    if not db.is_file():
        raise StoreError(
            f"store {db} does not exist; create one with `sitrep ingest PATH --db {db}` "
            f"or `sitrep demo --db {db}`",
            path=str(db),
        )
    if not 0 < port < 65536:
        raise InputError(f"--port {port} is not a TCP port; expected 1-65535")
    try:
        import uvicorn
    except ImportError as e:
        raise SitrepError(
            "`sitrep serve` needs the web extra (uvicorn is missing); install it with "
            "pip install 'sitrep[web]'"
        ) from e
    from sitrep.api import create_app

    settings = settings_from(settings_file)
    app = create_app(
        db, settings=settings, settings_path=str(settings_file) if settings_file else None,
        token=token or os.environ.get("SITREP_TOKEN") or None,
    )  # fmt: skip
    mode = "read-write (POST /api/code and /api/ingest need the token)" if token else "read-only"
    err.print(
        f"serving {db} ({mode}) at http://{host}:{port}/ — API docs at /docs; Ctrl-C to stop",
        highlight=False,
        soft_wrap=True,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")
