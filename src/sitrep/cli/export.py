"""``sitrep export --db FILE --format parquet|csv --out PATH``: write a store table to a file."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.code import check_output, err, settings_from
from sitrep.cli.options import AllEvents, SettingsFile


class ExportFormat(str, enum.Enum):
    parquet = "parquet"
    csv = "csv"


class ExportTable(str, enum.Enum):
    events = "events"
    attributions = "attributions"
    actors = "actors"
    articles = "articles"


def export(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The file to write.", show_default=False)
    ],
    db: Annotated[
        Path | None,
        typer.Option("--db", help="The DuckDB store (default: store.path in settings)."),
    ] = None,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="File format.")
    ] = ExportFormat.parquet,
    table: Annotated[
        ExportTable,
        typer.Option(
            "--table",
            "-t",
            help="What to export: events (flattened, with actor/recipient names, countries, "
            "sectors), attributions, actors or articles.",
        ),
    ] = ExportTable.events,
    all_events: AllEvents = False,
    settings_file: SettingsFile = None,
) -> None:
    """Export events (or another table) of a store to Parquet or CSV (via DuckDB COPY).

    The events exported are those the report counts (asserted, with a calibrated confidence of
    at least report.min_confidence) unless --all-events is given.
    """
    from sitrep.store import Store

    settings = settings_from(settings_file)
    check_output(out, option="--out")
    with Store(db or Path(settings.store.path), read_only=True) as store:
        threshold = None if all_events else settings.report.min_confidence
        n = store.export(out, table=table.value, fmt=fmt.value, min_confidence=threshold)
    what = table.value
    if table is ExportTable.events and threshold is not None:
        what = f"asserted events with confidence >= {threshold:g} (--all-events for all)"
    err.print(f"wrote {n} rows of {what} → {out}", highlight=False, soft_wrap=True)
