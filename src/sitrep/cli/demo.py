"""``sitrep demo``: code the bundled example dispatches into a store and print the report."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.code import err, settings_from
from sitrep.cli.ingest import run_ingest
from sitrep.cli.report import ReportFormat, show_report
from sitrep.errors import InputError

#: The example dispatches shipped with the source tree (examples/ beside src/).
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def demo(
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            help="Keep the demo store here (default: a fresh demo.duckdb in a temporary folder, "
            "removed afterwards).",
        ),
    ] = None,
    examples: Annotated[
        Path, typer.Option("--examples", help="The dispatches to code.")
    ] = EXAMPLES,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ReportFormat.table,
    n_process: Annotated[
        int | None,
        typer.Option("--n-process", "-j", help="Worker processes (default: one per core)."),
    ] = None,
    settings_file: Annotated[
        Path | None,
        typer.Option(
            "--settings",
            help="A settings TOML file (default: sitrep.toml in the examples folder, which adds "
            "the invented states and people of the demo to the actor knowledge base).",
        ),
    ] = None,
) -> None:
    """Code the bundled example dispatches (an invented border crisis) and print the report."""
    if not examples.is_dir():
        raise InputError(
            f"example dispatches not found at {examples}; pass --examples DIR (a folder of "
            ".txt files), or run from a source checkout"
        )
    if settings_file is None and (examples / "sitrep.toml").is_file():
        settings_file = examples / "sitrep.toml"
    settings = settings_from(settings_file)
    with tempfile.TemporaryDirectory(prefix="sitrep-demo-") as tmp:
        store = db or Path(tmp) / "demo.duckdb"
        err.print(
            f"coding the example dispatches in {examples} into {store}",
            highlight=False,
            soft_wrap=True,
        )
        run_ingest(
            [examples],
            db=store,
            settings=settings,
            settings_path=settings_file,
            n_process=n_process,
        )
        show_report(store, fmt=fmt, settings_file=settings_file, per_day=0)
        if db:
            err.print(
                f"explore further: sitrep report --db {db} | sitrep export --db {db} "
                f"--format csv --out events.csv\n"
                f"open the dashboard: sitrep serve --db {db}  (then http://127.0.0.1:8000/)",
                highlight=False,
                soft_wrap=True,
            )
        else:
            err.print(
                "to open it in the dashboard, keep the store: sitrep demo --db demo.duckdb, "
                "then sitrep serve --db demo.duckdb",
                highlight=False,
                soft_wrap=True,
            )
