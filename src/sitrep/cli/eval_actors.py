"""``sitrep eval actors --tsv FILE [--predictions OUT.jsonl]``: accuracy per field (SPEC.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


def actors(
    tsv: Annotated[
        Path,
        typer.Option(
            "--tsv",
            help="Gold rows: arg_text, arg_context, arg_date, field (country|code_1), expected.",
        ),
    ],
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help='Write {"row", "country", "sector"} JSONL here.'),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help="Date for rows without one or with 'today' (default: when the NGEC gold "
            "was written, 2023-06-01).",
        ),
    ] = None,
    errors: Annotated[int, typer.Option("--errors", help="Show this many errors.")] = 0,
    settings_path: Annotated[
        Path | None, typer.Option("--settings", help="Settings TOML file ([actors] extra_files).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score actor resolution: accuracy of country and sector (code_1) per gold row."""
    from sitrep.actors.kb import load_kb
    from sitrep.errors import EvalError
    from sitrep.eval.actors import GOLD_TODAY, read_gold, score
    from sitrep.settings import load_settings

    try:
        day = dt.date.fromisoformat(today) if today else GOLD_TODAY
    except ValueError as e:
        raise EvalError(f"--today {today!r} is not an ISO date; expected YYYY-MM-DD") from e
    settings = load_settings(settings_path)
    kb = load_kb(settings.actors.extra_files, min_match_score=settings.actors.min_match_score)
    rows = read_gold(tsv, today=day)
    s, preds = score(kb, rows)
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for i in sorted(preds):
                fh.write(json.dumps({"row": i, **preds[i]}) + "\n")
    console = Console()
    result = {
        name: {"accuracy": round(s.accuracy(name), 4), "n": s.total[name]}
        for name in ("country", "sector")
    }
    if as_json:
        console.print_json(json.dumps(result))
    else:
        table = Table(title=f"actor resolution — {tsv.name}")
        table.add_column("field")
        table.add_column("accuracy", justify="right")
        table.add_column("rows", justify="right")
        for name, r in result.items():
            table.add_row(name, f"{r['accuracy']:.3f}", str(r["n"]))
        console.print(table)
        for row, got in s.errors[:errors]:
            console.print(
                f"row {row.row}: {row.text!r} ({row.date}) {row.field}: "
                f"expected {row.expected!r}, got {got!r}",
                highlight=False,
                markup=False,
            )
