"""Command-line options shared by several commands (declared once, same name and help)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

#: ``--settings FILE``: a TOML file overlaying the packaged defaults.
SettingsFile = Annotated[Path | None, typer.Option("--settings", help="A settings TOML file.")]

#: ``--published DATE``: the publication date given to documents that carry none.
Published = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for documents without one."),
]

#: ``--outlet NAME``: the outlet of documents that do not name theirs.
Outlet = Annotated[
    str | None,
    typer.Option(
        "--outlet",
        help="Outlet (e.g. 'BBC') for documents without one: a national outlet's country is "
        "the default home country of a story's actors.",
    ),
]

#: ``--n-process N`` / ``-j N``: worker processes for coding.
NProcess = Annotated[
    int | None,
    typer.Option(
        "--n-process",
        "-j",
        help="Worker processes (default: one per core for directories and jsonl, else 1).",
    ),
]

#: ``--workers N``: code on a local Dask cluster of N worker processes.
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers",
        help="Code on a local Dask cluster of N single-threaded worker processes (needs the "
        "sitrep[dask] extra); the writer stays in this process.",
        show_default=False,
    ),
]

#: ``--cluster ADDRESS``: code on a running dask.distributed scheduler.
Cluster = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        help="Code on the running Dask scheduler at ADDRESS (e.g. tcp://host:8786; needs the "
        "sitrep[dask] extra); the writer stays in this process.",
        show_default=False,
    ),
]

#: ``--all-events``: every coded event, not only the confident ones.
AllEvents = Annotated[
    bool,
    typer.Option(
        "--all-events",
        help="Every coded event: by default only events with a calibrated confidence of at "
        "least report.min_confidence (0.5) are counted (and, in export, only asserted ones).",
    ),
]
